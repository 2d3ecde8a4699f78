// ?bench=N mode: renders a synthetic graph without the API and exposes
// window.__bench for web/e2e/bench-render.mjs (frame times during camera
// animation, single-render costs, ForceAtlas2 worker and synchronous
// timings). With &render=legacy the UI uses the renderer settings from
// before issue #9, for side-by-side comparisons.
import forceAtlas2 from "graphology-layout-forceatlas2";
import { benchGraph } from "./benchgraph.js";
import { fa2Settings, FA2Worker } from "./layout.js";

function summary(deltas) {
  const s = [...deltas].sort((a, b) => a - b);
  const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN);
  // No complete frame in the window: report NaN ("–"), not 0 ms.
  const mean = s.length ? s.reduce((a, b) => a + b, 0) / s.length : NaN;
  return { frames: s.length, mean, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? NaN, fps: 1000 / mean };
}

export function runBench(app, n) {
  const t0 = performance.now();
  benchGraph(app.graph, n);
  const genMs = performance.now() - t0;
  app.$("graph-empty").hidden = true;
  document.title = `BorderLens bench ${n}`;
  const t1 = performance.now();
  app.refresh();
  const firstRenderMs = performance.now() - t1;
  app.afterGraphChange();
  const api = {
    n, nodes: app.graph.order, edges: app.graph.size, genMs, firstRenderMs, ready: true, legacy: !!app.legacyRender,

    // frames animates the camera (zoom in/out and pan) for ms and records
    // requestAnimationFrame deltas.
    // frames in one of three modes: "full" keeps edges, arrowheads and
    // labels drawn while the camera moves; "ui" uses the UI's size-based
    // thresholds; "slow" what the UI switches to when it measures slow
    // frames (software WebGL).
    async frames(ms = 4000, { mode = "ui" } = {}) {
      const saved = { ...app.renderer.getSettings() };
      const savedPerf = app.ctx.perf, savedSlow = app.slowRenderer;
      if (mode === "full") {
        app.renderer.setSettings({ hideEdgesOnMove: false, hideLabelsOnMove: false });
        app.ctx.perf = { arrows: true };
        app.refresh();
      } else if (mode === "slow") {
        app.slowRenderer = true;
        app.tunePerformance();
      }
      try {
        // Let the set-up render finish before timing frames.
        await new Promise((r) => setTimeout(r, 200));
        this.sync();
        return { ...(await this.animateFor(ms)), settings: this.settings() };
      } finally {
        app.slowRenderer = savedSlow;
        app.renderer.setSettings({ hideEdgesOnMove: saved.hideEdgesOnMove, hideLabelsOnMove: saved.hideLabelsOnMove, labelDensity: saved.labelDensity, labelRenderedSizeThreshold: saved.labelRenderedSizeThreshold });
        app.ctx.perf = savedPerf;
        app.refresh();
      }
    },

    settings() {
      const s = app.renderer.getSettings();
      const p = app.policy || {};
      return {
        hideEdgesOnMove: s.hideEdgesOnMove, hideLabelsOnMove: s.hideLabelsOnMove, arrows: app.ctx.perf.arrows, edgeEvents: s.enableEdgeEvents,
        skipPicking: !!p.skipPickingWhileMoving, preview: !!p.previewWhileMoving,
      };
    },

    // sync waits until the GPU process has executed every queued command
    // (a one-pixel readPixels is a round trip; finish() is not in Chrome).
    sync() {
      const gl = app.renderer.getWebGLContext();
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    },

    // renderCost renders `times` frames back to back, each with the GPU
    // idle first: js is the main-thread time of render() (GPU-independent
    // CPU cost), total includes the rasterising until the frame is done.
    // moving: render as if the camera were moving (what each frame of a
    // pan or zoom costs; 0 for a previewed frame); otherwise what the
    // settle frame after a move costs. Medians.
    renderCost({ moving = false, times = 3, mode = "ui" } = {}) {
      const r = app.renderer, mc = r.getMouseCaptor(), savedSlow = app.slowRenderer;
      app.slowRenderer = mode === "slow";
      app.tunePerformance();
      r.refresh();
      this.sync();
      const js = [], total = [];
      try {
        for (let i = 0; i < times; i++) {
          mc.isMoving = moving;
          const t0 = performance.now();
          r.render();
          const t1 = performance.now();
          this.sync();
          js.push(t1 - t0);
          total.push(performance.now() - t0);
        }
      } finally {
        mc.isMoving = false;
        app.slowRenderer = savedSlow;
        app.tunePerformance();
        r.refresh();
      }
      const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
      return { js: med(js), total: med(total) };
    },

    memory() {
      const m = performance.memory;
      return m ? { usedJSHeapMB: m.usedJSHeapSize / 1048576 } : null;
    },

    animateFor(ms) {
      const cam = app.renderer.getCamera();
      cam.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      return new Promise((resolve) => {
        const deltas = [], renderMs = [];
        let last = null, stop = false, renders = 0;
        const onRender = () => { renders++; };
        app.renderer.on("afterRender", onRender);
        // Main-thread cost of each sigma render (WebGL calls are queued to
        // the GPU process, so this is what limits the frame rate where
        // the GPU is not the bottleneck).
        const r = app.renderer, own = Object.prototype.hasOwnProperty.call(r, "render"), orig = r.render;
        r.render = function (...args) {
          const t = performance.now();
          try { return orig.apply(this, args); } finally { renderMs.push(performance.now() - t); }
        };
        const previews0 = app.moves ? app.moves.stats.previews : 0;
        const start = performance.now();
        const targets = [{ ratio: 0.25, x: 0.35, y: 0.4 }, { ratio: 1.2, x: 0.5, y: 0.5 }, { ratio: 0.4, x: 0.65, y: 0.6 }, { ratio: 1, x: 0.5, y: 0.5 }];
        let k = 0;
        const next = () => { if (stop) return; cam.animate({ ...targets[k++ % targets.length], angle: (k % 2) * 0.3 }, { duration: 900 }).then(next, () => {}); };
        next();
        const tick = (now) => {
          if (last !== null) deltas.push(now - last);
          last = now;
          if (now - start < ms) requestAnimationFrame(tick);
          else {
            stop = true;
            app.renderer.removeListener("afterRender", onRender);
            if (own) r.render = orig; else delete r.render;
            resolve({ ...summary(deltas), renders, previews: app.moves ? app.moves.stats.previews - previews0 : 0, seconds: (now - start) / 1000, render: summary(renderMs) });
          }
        };
        requestAnimationFrame(tick);
      });
    },

    // fa2Worker runs `iterations` ForceAtlas2 iterations in the UI's
    // layout worker (time-sliced, positions applied at most once per frame
    // and rendered as they arrive; slow: with the slow-renderer settings):
    // wall time, the worker's compute time and the frame times meanwhile.
    async fa2Worker(iterations = 100, { slow = false } = {}) {
      const savedSlow = app.slowRenderer;
      app.slowRenderer = slow;
      app.tunePerformance();
      const w = new FA2Worker(app.graph);
      const deltas = [];
      let last = null, done = false;
      const tick = (now) => { if (last !== null) deltas.push(now - last); last = now; if (!done) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      try {
        const r = await w.start(iterations);
        return { iterations: r.iterations, ms: r.wallMs, computeMs: r.computeMs, perIteration: r.wallMs / Math.max(1, r.iterations), applies: r.applies, frames: summary(deltas) };
      } finally {
        done = true;
        w.kill();
        app.slowRenderer = savedSlow;
        app.tunePerformance();
      }
    },

    // fa2Sync runs the same iterations synchronously on a copy (pure
    // layout compute, no rendering), for comparison.
    fa2Sync(iterations = 100) {
      const g = app.graph.copy();
      const start = performance.now();
      forceAtlas2.assign(g, { iterations, settings: fa2Settings(g) });
      const ms = performance.now() - start;
      return { iterations, ms, perIteration: ms / iterations };
    },
  };
  window.__bench = api;
  return api;
}
