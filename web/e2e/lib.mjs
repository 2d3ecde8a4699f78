// Shared helpers for the BorderLens browser scripts: launch Debian's
// Chromium or Firefox ESR through playwright-core (never a downloaded
// browser) with the flags this environment needs, and collect console
// errors. Both browsers hand back the same playwright-core objects
// (BrowserContext, Page), so the scripts run unchanged on either.
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

// BROWSERS are the kinds launch accepts (E2E_BROWSER picks one).
export const BROWSERS = ["chromium", "firefox"];

// browserKind validates a kind name (default: E2E_BROWSER, else chromium).
export function browserKind(kind = process.env.E2E_BROWSER || "chromium") {
  if (!BROWSERS.includes(kind)) throw new Error(`E2E_BROWSER=${kind}: want one of ${BROWSERS.join(", ")}`);
  return kind;
}

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

// chromiumPath is CHROMIUM, else Debian's /usr/bin/chromium.
export function chromiumPath() {
  const p = process.env.CHROMIUM || "/usr/bin/chromium";
  if (!existsSync(p)) throw new Error(`Chromium not found at ${p}: apt-get install -y chromium (or set CHROMIUM)`);
  return p;
}

// FIREFOX_PREFS are set in the fresh Firefox profile on top of
// playwright-core's own test prefs. webgl.force-enabled lifts the
// blocklist that refuses WebGL when glxtest cannot probe a GPU (no X
// display in headless mode); together with MOZ_WEBGL_FORCE_EGL=1 in the
// environment it gives a WebGL 2 context on Mesa's llvmpipe through
// surfaceless EGL (checked on firefox-esr 153, Mesa 22.3).
export const FIREFOX_PREFS = {
  "webgl.force-enabled": true,
};

// firefoxPath is FIREFOX, else Debian's firefox-esr (or firefox).
export function firefoxPath() {
  const p = process.env.FIREFOX || ["/usr/bin/firefox-esr", "/usr/bin/firefox"].find((f) => existsSync(f)) || "/usr/bin/firefox-esr";
  if (!existsSync(p)) throw new Error(`Firefox not found at ${p}: apt-get install -y firefox-esr (or set FIREFOX)`);
  return p;
}

// bidiShim makes playwright-core 1.65 work with firefox-esr 153 over
// WebDriver BiDi. It wraps playwright-core's exported WebSocketTransport
// (the BiDi connection's socket; Chromium runs over a CDP pipe and never
// meets it) and mends two gaps between what Playwright expects and what
// Firefox 153 speaks; every other message passes untouched:
//  1. Playwright sends emulation.setMediaFeaturesOverride (for
//     prefers-color-scheme) whenever it sets up a context or page, even
//     when no colour scheme is asked for; Firefox 153 answers "unknown
//     command" and the launch fails. The shim answers it with an empty
//     success instead of sending it, so page.emulateMedia / colorScheme
//     have no effect in Firefox (the tests use neither).
//  2. A download started by script (a blob: link clicked by the UI's
//     export and CSV buttons) comes as browsingContext.downloadWillBegin /
//     downloadEnd with navigation null and no download id; Playwright
//     drops such events, so page.waitForEvent("download") timed out
//     although Firefox had saved the file. The shim gives each such
//     download an id (paired by URL) so Playwright reports it as usual.
// Applied once per process; returns counters for the run's log.
function bidiShim() {
  const require = createRequire(import.meta.url);
  const { server } = require("playwright-core/lib/coreBundle");
  const T = server && server.WebSocketTransport;
  if (!T || typeof T.prototype.send !== "function") throw new Error("playwright-core changed: no WebSocketTransport to shim for Firefox (see lib.mjs bidiShim)");
  const mark = Symbol.for("borderlens.bidiShim");
  if (T.prototype[mark]) return T.prototype[mark];
  const stats = { mediaOverrides: 0, downloads: 0 };
  const send = T.prototype.send;
  T.prototype.send = function (msg) {
    if (msg && msg.method === "emulation.setMediaFeaturesOverride") {
      stats.mediaOverrides++;
      setImmediate(() => { if (this.onmessage) this.onmessage({ type: "success", id: msg.id, result: {} }); });
      return;
    }
    return send.call(this, msg);
  };
  const handler = Symbol("onmessage"), pending = Symbol("downloads");
  let seq = 0;
  const mend = (t, m) => {
    const p = m && m.type === "event" && m.params;
    if (!p || p.download || p.navigation) return m;
    if (m.method === "browsingContext.downloadWillBegin") {
      const id = `borderlens-download-${++seq}`;
      const q = t[pending] || (t[pending] = new Map());
      q.set(p.url, [...(q.get(p.url) || []), id]);
      stats.downloads++;
      return { ...m, params: { ...p, download: id } };
    }
    if (m.method === "browsingContext.downloadEnd") {
      const ids = t[pending] && t[pending].get(p.url);
      if (!ids || !ids.length) return m;
      const id = ids.shift();
      if (!ids.length) t[pending].delete(p.url);
      return { ...m, params: { ...p, download: id } };
    }
    return m;
  };
  Object.defineProperty(T.prototype, "onmessage", {
    configurable: true,
    get() { return this[handler]; },
    set(fn) { this[handler] = typeof fn === "function" ? (m) => fn(mend(this, m)) : fn; },
  });
  T.prototype[mark] = stats;
  return stats;
}

// launch starts the browser (default chromium; scripts pass browserKind()
// to honour E2E_BROWSER) with a fresh profile / user-data-dir (removed by
// close()) and returns { kind, context, close, version, shim } (shim:
// bidiShim's counters for Firefox, else null).
// Chromium: gl "swiftshader" (default, the required flags) or "llvmpipe".
// Firefox: Debian's firefox-esr, headless, over WebDriver BiDi
// (playwright-core's "moz-firefox" channel with executablePath), WebGL on
// llvmpipe (FIREFOX_PREFS, MOZ_WEBGL_FORCE_EGL=1).
export async function launch({ viewport = { width: 1440, height: 900 }, gl = "swiftshader", browser = "chromium" } = {}) {
  const kind = browserKind(browser);
  let pw;
  try {
    pw = await import("playwright-core");
  } catch {
    throw new Error("playwright-core is not installed: run `npm ci` in web/e2e");
  }
  const userDataDir = mkdtempSync(join(tmpdir(), `borderlens-${kind}-`));
  let context, shim = null;
  try {
    if (kind === "firefox") {
      shim = bidiShim();
      context = await pw.firefox.launchPersistentContext(userDataDir, {
        channel: "moz-firefox",
        executablePath: firefoxPath(),
        headless: true,
        viewport,
        acceptDownloads: true,
        firefoxUserPrefs: FIREFOX_PREFS,
        env: { ...process.env, MOZ_WEBGL_FORCE_EGL: "1", MOZ_CRASHREPORTER_DISABLE: "1" },
      });
    } else {
      context = await pw.chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath(),
        headless: true,
        args: gl === "llvmpipe" ? LLVMPIPE_FLAGS : CHROMIUM_FLAGS,
        viewport,
        acceptDownloads: true,
      });
    }
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  const b = context.browser();
  const version = b ? b.version() : "";
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { kind, context, close, version, shim };
}

// fill sets a form field's value like page.fill and checks that it took.
// playwright-core 1.65 over WebDriver BiDi (Firefox) appends to an
// <input type=number> instead of replacing its value ("6" + "8" -> "68":
// the selection API does not apply to number inputs, so fill's select-all
// selects nothing); then the field's text is selected by the locator's
// selectText and typed over, as a user would.
export async function fill(page, selector, value, { timeout } = {}) {
  const loc = page.locator(selector);
  await loc.fill(value, { timeout });
  if ((await loc.inputValue()) === value) return;
  await loc.selectText({ timeout });
  await page.keyboard.type(value);
  const got = await loc.inputValue();
  if (got !== value) throw new Error(`fill ${selector}: value ${JSON.stringify(got)}, want ${JSON.stringify(value)}`);
}

// watchConsole records console errors, page errors and failed requests.
export function watchConsole(page) {
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console.error: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => {
    const f = r.failure();
    // Downloads and aborted searches are cancelled on purpose (Chromium
    // says net::ERR_ABORTED, Firefox NS_BINDING_ABORTED).
    if (f && /ERR_ABORTED|NS_BINDING_ABORTED/.test(f.errorText)) return;
    errors.push(`requestfailed: ${r.url()} ${f ? f.errorText : ""}`);
  });
  return errors;
}
