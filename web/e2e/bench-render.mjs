#!/usr/bin/env node
// Render benchmark of the BorderLens UI in headless Chromium (software
// WebGL: SwiftShader, or Mesa llvmpipe with BENCH_GL=llvmpipe). For
// synthetic graphs of 1k, 10k and 50k nodes generated in-page (?bench=N,
// no API) it opens two pages side by side, the UI as it is and the UI with
// the renderer settings from before issue #9 (&render=legacy), and
// alternates the measurements between them:
//   - first render;
//   - frame times (requestAnimationFrame deltas) during a few seconds of
//     camera animation (zoom, pan, rotate) in three modes: everything
//     drawn while moving; "UI" (the settings the UI picks by size on a
//     fast GPU); "slow-gfx" (what the UI switches to after it measured
//     slow frames, i.e. what this machine's users get);
//   - the cost of one render with the GPU idle first, while moving and
//     for the settle frame after a move: main-thread JS time of render()
//     (GPU-independent) and the time until the frame is rasterised;
//   - ForceAtlas2 in the UI's worker: wall and compute time, frame times
//     while it runs; and the synchronous iterations (pure compute);
//   - JS heap.
// It prints a table (also ARTIFACTS_DIR/bench-<gl>.json) with after/before
// ratios (below 1: less time now; fps above 1: faster now).
//
// Environment:
//   BASE_URL        a running server (default: serve ../ui from a local
//                   static server with the production CSP)
//   BENCH_SIZES     comma-separated node counts (default 1000,10000,50000)
//   BENCH_FRAMES_MS camera animation time per mode (default 4000)
//   BENCH_FA2_ITERS FA2 iterations (default 50; 10 above 20k nodes)
//   BENCH_FA2_SYNC  0 to skip the synchronous FA2 run (default 1)
//   BENCH_LEGACY    0 to measure only the current UI (default 1)
//   BENCH_GL        swiftshader (default: the e2e flags) or llvmpipe
//   ARTIFACTS_DIR   (default web/e2e/artifacts)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, watchConsole } from "./lib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = resolve(process.env.ARTIFACTS_DIR || join(here, "artifacts"));
const SIZES = (process.env.BENCH_SIZES || "1000,10000,50000").split(",").map((s) => parseInt(s, 10)).filter((n) => n > 0);
const FRAMES_MS = +(process.env.BENCH_FRAMES_MS || 4000);
const ITERS_ENV = process.env.BENCH_FA2_ITERS ? +process.env.BENCH_FA2_ITERS : null;
const itersFor = (n) => ITERS_ENV || (n > 20000 ? 10 : 50);
const LEGACY = process.env.BENCH_LEGACY !== "0";
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
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–");

// openBench loads ?bench=n (&render=legacy) and waits until it is drawn.
async function openBench(context, base, n, legacy, errors) {
  const page = await context.newPage();
  const errs = watchConsole(page);
  const t0 = Date.now();
  await page.goto(`${base}?bench=${n}${legacy ? "&render=legacy" : ""}`, { timeout: 300000 });
  await page.waitForFunction(() => window.__bench && window.__bench.ready, null, { timeout: 300000 });
  const loadMs = Date.now() - t0;
  await page.waitForTimeout(500);
  const info = await page.evaluate(() => {
    const gl = window.borderlens.app.renderer.getWebGLContext();
    const dbg = gl.getExtension("WEBGL_debug_renderer_info");
    const b = window.__bench;
    return { nodes: b.nodes, edges: b.edges, genMs: b.genMs, firstRenderMs: b.firstRenderMs, legacy: b.legacy, gpu: dbg ? gl.getParameter(dbg.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER) };
  });
  return { page, errs, info: { ...info, loadMs } };
}

// measure runs one named measurement on a page (brought to front, so
// requestAnimationFrame runs at full rate).
// Each page's GPU work is finished before and after, so one page's
// frames do not queue behind the other's in the GPU process.
async function measure(page, fn, arg) {
  await page.bringToFront();
  await page.evaluate(() => window.__bench.sync());
  const r = await page.evaluate(fn, arg);
  await page.evaluate(() => window.__bench.sync());
  await page.waitForTimeout(300);
  return r;
}

async function main() {
  let base = process.env.BASE_URL ? process.env.BASE_URL.replace(/\/+$/, "") + "/" : null;
  let srv = null;
  if (!base) {
    srv = await staticServer(resolve(here, "..", "ui"));
    base = srv.url;
  }
  const { context, close } = await launch({ viewport: { width: 1440, height: 900 }, gl: GL });
  const rows = [];
  const errors = [];
  try {
    const ua = await (context.pages()[0] || (await context.newPage())).evaluate(() => navigator.userAgent);
    // Warm-up: compile the shaders once (Chromium caches them for later
    // pages), so the first measured page does not pay for both variants.
    {
      const w = await openBench(context, base, 200, false, errors);
      errors.push(...w.errs);
      await w.page.close();
    }
    for (const n of SIZES) {
      const iters = itersFor(n);
      const variants = LEGACY ? [false, true] : [false];
      const pages = [];
      for (const legacy of variants) pages.push({ legacy, ...(await openBench(context, base, n, legacy, errors)) });
      const res = pages.map(() => ({}));
      // Alternate after/before for each measurement, so load changes on
      // the machine hit both alike.
      const each = async (key, fn, arg) => {
        for (let i = 0; i < pages.length; i++) res[i][key] = await measure(pages[i].page, fn, arg);
      };
      await each("full", (ms) => window.__bench.frames(ms, { mode: "full" }), FRAMES_MS);
      for (let i = 0; i < pages.length; i++) await pages[i].page.screenshot({ path: join(ARTIFACTS, `bench-${n}${pages[i].legacy ? "-legacy" : ""}.png`) });
      await each("ui", (ms) => window.__bench.frames(ms, { mode: "ui" }), FRAMES_MS);
      await each("slow", (ms) => window.__bench.frames(ms, { mode: "slow" }), FRAMES_MS);
      await each("moveUI", () => window.__bench.renderCost({ moving: true, mode: "ui" }));
      await each("moveSlow", () => window.__bench.renderCost({ moving: true, mode: "slow" }));
      await each("settle", () => window.__bench.renderCost({ moving: false, mode: "slow" }));
      await each("memory", () => window.__bench.memory());
      await each("fa2", (it) => window.__bench.fa2Worker(it, { slow: true }), iters);
      const sync = SYNC ? await measure(pages[0].page, (it) => window.__bench.fa2Sync(it), iters) : null;
      await pages[0].page.screenshot({ path: join(ARTIFACTS, `bench-${n}-fa2.png`) });
      for (let i = 0; i < pages.length; i++) {
        const p = pages[i];
        const r = { n, variant: p.legacy ? "before" : "after", ...p.info, ...res[i], sync: i === 0 ? sync : null, fa2Iterations: iters };
        rows.push(r);
        console.log(`bench ${n} ${r.variant}: ${r.nodes} nodes, ${r.edges} edges; frame mean: all drawn ${f1(r.full.mean)} ms, UI ${f1(r.ui.mean)} ms, slow-gfx ${f1(r.slow.mean)} ms (${r.slow.previews} previewed); moving render ${f1(r.moveUI.total)} ms (JS ${f1(r.moveUI.js)}), settle ${f1(r.settle.total)} ms; FA2 ${f0(r.fa2.ms)} ms/${iters} it`);
        errors.push(...p.errs);
        await p.page.close();
      }
    }
    const out = { userAgent: ua, gl: GL, gpu: rows[0] && rows[0].gpu, framesMs: FRAMES_MS, rows, consoleErrors: errors };
    writeFileSync(join(ARTIFACTS, `bench-${GL}.json`), JSON.stringify(out, null, 2));
    console.log(`\n${ua}\nWebGL renderer: ${out.gpu}\n`);
    const head = ["nodes", "edges", "variant", "1st render ms",
      "all drawn ms/frame", "UI ms/frame", "p95", "slow-gfx ms/frame", "p95", "fps",
      "moving render ms", "JS", "slow-gfx moving ms", "settle ms", "JS",
      "FA2 wall ms", "it", "compute ms", "frame ms in FA2", "heap MB"];
    const table = rows.map((r) => [f0(r.nodes), f0(r.edges), r.variant, f0(r.firstRenderMs),
      f1(r.full.mean), f1(r.ui.mean), f1(r.ui.p95), f1(r.slow.mean), f1(r.slow.p95), f1(r.slow.fps),
      f1(r.moveUI.total), f1(r.moveUI.js), f1(r.moveSlow.total), f1(r.settle.total), f1(r.settle.js),
      f0(r.fa2.ms), String(r.fa2Iterations), f0(r.fa2.computeMs), f1(r.fa2.frames.mean), r.memory ? f0(r.memory.usedJSHeapMB) : "–"]);
    // after/before ratios (below 1: faster now)
    for (const n of SIZES) {
      const a = rows.find((r) => r.n === n && r.variant === "after"), b = rows.find((r) => r.n === n && r.variant === "before");
      if (!a || !b) continue;
      table.push([f0(n), "", "after/before", ratio(a.firstRenderMs, b.firstRenderMs),
        ratio(a.full.mean, b.full.mean), ratio(a.ui.mean, b.ui.mean), ratio(a.ui.p95, b.ui.p95), ratio(a.slow.mean, b.slow.mean), ratio(a.slow.p95, b.slow.p95), ratio(a.slow.fps, b.slow.fps),
        ratio(a.moveUI.total, b.moveUI.total), ratio(a.moveUI.js, b.moveUI.js), ratio(a.moveSlow.total, b.moveSlow.total), ratio(a.settle.total, b.settle.total), ratio(a.settle.js, b.settle.js),
        ratio(a.fa2.ms, b.fa2.ms), "", ratio(a.fa2.computeMs, b.fa2.computeMs), ratio(a.fa2.frames.mean, b.fa2.frames.mean), a.memory && b.memory ? ratio(a.memory.usedJSHeapMB, b.memory.usedJSHeapMB) : "–"]);
    }
    const w = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
    const left = new Set([2]);
    const line = (cells) => "| " + cells.map((c, i) => (left.has(i) ? c.padEnd(w[i]) : c.padStart(w[i]))).join(" | ") + " |";
    console.log(line(head));
    console.log("|" + w.map((x, i) => (left.has(i) ? ":" + "-".repeat(x + 1) : "-".repeat(x + 1) + ":")).join("|") + "|");
    for (const t of table) console.log(line(t));
    if (SYNC) console.log(`\nFA2 synchronous (main thread, no rendering): ${rows.filter((r) => r.sync).map((r) => `${f0(r.n)} nodes ${f0(r.sync.ms)} ms/${r.sync.iterations} it`).join(", ")}`);
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
