#!/usr/bin/env node
// Render benchmark of the BorderLens UI in headless Chromium (software
// WebGL through SwiftShader): for synthetic graphs of 1k, 10k and 50k
// nodes generated in-page (?bench=N, no API), it records
//   - frame times: requestAnimationFrame deltas during a few seconds of
//     camera animation (zoom, pan, rotate), and the main-thread time of
//     each sigma render (what bounds the frame rate when a GPU does the
//     rasterising; here SwiftShader rasterises on the CPU),
//   - ForceAtlas2 time for N iterations in the web worker the UI uses,
//     and the same iterations run synchronously (pure layout compute),
// and prints a table (also written to ARTIFACTS_DIR/bench-<gl>.json).
//
// Environment:
//   BASE_URL       a running server (default: serve ../ui from a local
//                  static server with the production CSP)
//   BENCH_SIZES    comma-separated node counts (default 1000,10000,50000)
//   BENCH_FRAMES_MS camera animation time per size (default 5000)
//   BENCH_FA2_ITERS FA2 iterations (default 50)
//   BENCH_FA2_SYNC  0 to skip the synchronous FA2 run (default 1)
//   BENCH_GL       swiftshader (default: the e2e flags) or llvmpipe (Mesa
//                  through ANGLE GLES/EGL, another software rasteriser)
//   ARTIFACTS_DIR  (default web/e2e/artifacts)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, watchConsole } from "./lib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = resolve(process.env.ARTIFACTS_DIR || join(here, "artifacts"));
const SIZES = (process.env.BENCH_SIZES || "1000,10000,50000").split(",").map((s) => parseInt(s, 10)).filter((n) => n > 0);
const FRAMES_MS = +(process.env.BENCH_FRAMES_MS || 5000);
const ITERS = +(process.env.BENCH_FA2_ITERS || 50);
const SYNC = process.env.BENCH_FA2_SYNC !== "0";
const GL = process.env.BENCH_GL || "swiftshader";
mkdirSync(ARTIFACTS, { recursive: true });

// The same Content-Security-Policy the Go server sends (web/middleware.go),
// so the benchmark also proves the worker starts under it.
const CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self' ws: wss:; frame-ancestors 'none'";
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };

async function staticServer(root) {
  const server = createServer(async (req, res) => {
    try {
      const u = new URL(req.url, "http://x");
      let p = normalize(decodeURIComponent(u.pathname)).replace(/^(\.\.[/\\])+/, "");
      if (p.endsWith("/")) p += "index.html";
      const file = join(root, p);
      if (!file.startsWith(root)) throw new Error("outside root");
      await stat(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "content-security-policy": CSP });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

const f1 = (v) => (Number.isFinite(v) ? v.toFixed(1) : "–");
const f0 = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString("en") : "–");

async function main() {
  let base = process.env.BASE_URL ? process.env.BASE_URL.replace(/\/+$/, "") + "/" : null;
  let srv = null;
  if (!base) {
    srv = await staticServer(resolve(here, "..", "ui"));
    base = srv.url;
  }
  const { context, close } = await launch({ viewport: { width: 1440, height: 900 }, gl: GL });
  const rows = [];
  let errors = [];
  try {
    const ua = await (context.pages()[0] || (await context.newPage())).evaluate(() => navigator.userAgent);
    for (const n of SIZES) {
      const page = await context.newPage();
      errors = errors.concat(watchConsole(page));
      const t0 = Date.now();
      await page.goto(`${base}?bench=${n}`);
      await page.waitForFunction(() => window.__bench && window.__bench.ready, null, { timeout: 300000 });
      const loadMs = Date.now() - t0;
      await page.waitForTimeout(1000);
      const info = await page.evaluate(() => {
        const gl = window.borderlens.app.renderer.getWebGLContext();
        const dbg = gl.getExtension("WEBGL_debug_renderer_info");
        return { nodes: window.__bench.nodes, edges: window.__bench.edges, genMs: window.__bench.genMs, firstRenderMs: window.__bench.firstRenderMs, gpu: dbg ? gl.getParameter(dbg.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER) };
      });
      const full = await page.evaluate((ms) => window.__bench.frames(ms, { mode: "full" }), FRAMES_MS);
      await page.screenshot({ path: join(ARTIFACTS, `bench-${n}.png`) });
      const frames = await page.evaluate((ms) => window.__bench.frames(ms, { mode: "ui" }), FRAMES_MS);
      const slow = await page.evaluate((ms) => window.__bench.frames(ms, { mode: "slow" }), FRAMES_MS);
      const fa2 = await page.evaluate((it) => window.__bench.fa2Worker(it), ITERS);
      const sync = SYNC ? await page.evaluate((it) => window.__bench.fa2Sync(it), ITERS) : null;
      await page.screenshot({ path: join(ARTIFACTS, `bench-${n}-fa2.png`) });
      rows.push({ n, ...info, loadMs, full, frames, slow, fa2, sync });
      console.log(`bench ${n}: ${info.nodes} nodes, ${info.edges} edges, frame mean: all drawn ${f1(full.mean)} ms (render JS ${f1(full.render.mean)} ms), UI ${f1(frames.mean)} ms (render JS ${f1(frames.render.mean)} ms), slow-graphics mode ${f1(slow.mean)} ms, FA2 worker ${f0(fa2.ms)} ms/${ITERS} it${sync ? `, sync ${f0(sync.ms)} ms` : ""}`);
      await page.close();
    }
    const out = { userAgent: ua, gpu: rows[0] && rows[0].gpu, framesMs: FRAMES_MS, fa2Iterations: ITERS, rows, consoleErrors: errors };
    writeFileSync(join(ARTIFACTS, `bench-${GL}.json`), JSON.stringify(out, null, 2));
    console.log(`\n${ua}\nWebGL renderer: ${out.gpu}\n`);
    const modeText = (m) => (m.hideEdgesOnMove ? "edges hidden" : "edges drawn") + (m.hideLabelsOnMove ? ", labels hidden" : "") + (m.arrows ? "" : ", no arrows");
    const head = ["nodes", "edges", "1st render ms",
      "all drawn: mean ms", "p95", "fps", "render JS mean", "p95",
      "UI: mean ms", "p95", "fps", "render JS mean", "p95", "UI while moving",
      "slow-gfx: mean ms", "p95", "fps", "slow-gfx while moving",
      `FA2 worker wall ms (${ITERS} it)`, "ms/it", "worker compute ms", `FA2 main-thread sync ms`];
    const table = rows.map((r) => [f0(r.nodes), f0(r.edges), f0(r.firstRenderMs),
      f1(r.full.mean), f1(r.full.p95), f1(r.full.fps), f1(r.full.render.mean), f1(r.full.render.p95),
      f1(r.frames.mean), f1(r.frames.p95), f1(r.frames.fps), f1(r.frames.render.mean), f1(r.frames.render.p95), modeText(r.frames.settings),
      f1(r.slow.mean), f1(r.slow.p95), f1(r.slow.fps), modeText(r.slow.settings),
      f0(r.fa2.ms), f1(r.fa2.perIteration), f0(r.fa2.computeMs), r.sync ? f0(r.sync.ms) : "–"]);
    const w = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
    const left = new Set([13, 17]);
    const line = (cells) => "| " + cells.map((c, i) => (left.has(i) ? c.padEnd(w[i]) : c.padStart(w[i]))).join(" | ") + " |";
    console.log(line(head));
    console.log("|" + w.map((x) => "-".repeat(x + 2)).join("|") + "|");
    for (const t of table) console.log(line(t));
    if (errors.length) {
      console.log(`\nconsole errors:\n  ${errors.join("\n  ")}`);
      process.exitCode = 1;
    }
  } finally {
    await close();
    if (srv) srv.close();
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
