// Shared helpers for the BorderLens browser scripts: launch Debian's
// Chromium through playwright-core (never a downloaded browser) with the
// flags this environment needs, and collect console errors.
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader",
  "--disable-background-networking", "--no-first-run", "--disable-quic",
  "--disable-component-update", "--disable-sync",
];

// LLVMPIPE_FLAGS render WebGL with Mesa's llvmpipe (multi-threaded,
// LLVM-compiled software rasteriser) through ANGLE's GLES/EGL backend
// instead of SwiftShader: a second software renderer for the benchmark
// (BENCH_GL=llvmpipe). Needs Debian's libegl-mesa0 / libgl1-mesa-dri.
export const LLVMPIPE_FLAGS = [
  "--headless", "--no-sandbox", "--use-angle=gles-egl", "--use-gl=angle", "--ignore-gpu-blocklist",
  "--disable-background-networking", "--no-first-run", "--disable-quic",
  "--disable-component-update", "--disable-sync",
];

export function chromiumPath() {
  const p = process.env.CHROMIUM || "/usr/bin/chromium";
  if (!existsSync(p)) throw new Error(`Chromium not found at ${p}: apt-get install -y chromium (or set CHROMIUM)`);
  return p;
}

// launch starts Chromium with a fresh user-data-dir (removed by close()).
// gl: "swiftshader" (default, the required flags) or "llvmpipe".
export async function launch({ viewport = { width: 1440, height: 900 }, gl = "swiftshader" } = {}) {
  let chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch {
    throw new Error("playwright-core is not installed: run `npm ci` in web/e2e");
  }
  const userDataDir = mkdtempSync(join(tmpdir(), "borderlens-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: gl === "llvmpipe" ? LLVMPIPE_FLAGS : CHROMIUM_FLAGS,
    viewport,
    acceptDownloads: true,
  });
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

// watchConsole records console errors, page errors and failed requests.
export function watchConsole(page) {
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console.error: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => {
    const f = r.failure();
    // Downloads and aborted searches are cancelled on purpose.
    if (f && /ERR_ABORTED/.test(f.errorText)) return;
    errors.push(`requestfailed: ${r.url()} ${f ? f.errorText : ""}`);
  });
  return errors;
}
