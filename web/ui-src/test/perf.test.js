import { describe, it, expect, vi, afterEach } from "vitest";
import { perfPolicy, similarity, MoveOptimizer, BIG_NODES, BIG_EDGES } from "../src/perf.js";
import { FA2Worker } from "../src/layout.js";
import { newGraph } from "../src/model.js";
import { rng } from "../src/benchgraph.js";

describe("perfPolicy", () => {
  const cases = [
    { name: "small, fast", in: { nodes: 500, edges: 800 }, edgeEvents: true, hideEdges: false, hideLabels: false, preview: false, arrows: true },
    { name: "at the big threshold", in: { nodes: BIG_NODES, edges: BIG_EDGES }, edgeEvents: true, hideEdges: false, hideLabels: false, preview: false, arrows: true },
    { name: "just over it", in: { nodes: BIG_NODES + 1, edges: BIG_EDGES + 1 }, edgeEvents: false, hideEdges: true, hideLabels: true, preview: false, arrows: true },
    { name: "10k fast", in: { nodes: 10000, edges: 15000 }, edgeEvents: false, hideEdges: true, hideLabels: true, preview: false, arrows: true },
    { name: "50k fast", in: { nodes: 50000, edges: 75000 }, edgeEvents: false, hideEdges: true, hideLabels: true, preview: false, arrows: false },
    { name: "tiny, slow", in: { nodes: 100, edges: 150, slow: true }, edgeEvents: true, hideEdges: false, hideLabels: false, preview: false, arrows: true },
    { name: "1k slow", in: { nodes: 1000, edges: 1500, slow: true }, edgeEvents: true, hideEdges: true, hideLabels: false, preview: true, arrows: true },
    { name: "10k slow", in: { nodes: 10000, edges: 15000, slow: true }, edgeEvents: false, hideEdges: true, hideLabels: true, preview: true, arrows: false },
    { name: "10k legacy", in: { nodes: 10000, edges: 15000, legacy: true }, edgeEvents: true, hideEdges: true, hideLabels: true, preview: false, arrows: true },
    { name: "10k legacy slow", in: { nodes: 10000, edges: 15000, slow: true, legacy: true }, edgeEvents: true, hideEdges: true, hideLabels: true, preview: false, arrows: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const p = perfPolicy(c.in);
      expect({
        edgeEvents: p.settings.enableEdgeEvents, hideEdges: p.settings.hideEdgesOnMove, hideLabels: p.settings.hideLabelsOnMove,
        preview: p.previewWhileMoving, arrows: p.arrows,
      }).toEqual({ edgeEvents: c.edgeEvents, hideEdges: c.hideEdges, hideLabels: c.hideLabels, preview: c.preview, arrows: c.arrows });
      expect(p.skipPickingWhileMoving).toBe(!c.in.legacy);
    });
  }
  it("legacy keeps the label settings of the current policy", () => {
    for (const n of [500, 3000, 20000]) {
      const a = perfPolicy({ nodes: n, edges: n * 1.5 }), b = perfPolicy({ nodes: n, edges: n * 1.5, legacy: true });
      expect(b.settings.labelDensity).toBe(a.settings.labelDensity);
      expect(b.settings.labelRenderedSizeThreshold).toBe(a.settings.labelRenderedSizeThreshold);
    }
  });
});

const apply = (m, p) => ({ x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] });

describe("similarity", () => {
  it("recovers random similarity transforms", () => {
    const r = rng(7);
    for (let i = 0; i < 50; i++) {
      const s = 0.1 + 5 * r(), th = (r() - 0.5) * 2 * Math.PI, tx = (r() - 0.5) * 2000, ty = (r() - 0.5) * 2000;
      const T = [s * Math.cos(th), s * Math.sin(th), -s * Math.sin(th), s * Math.cos(th), tx, ty];
      const a0 = { x: r() * 1000, y: r() * 800 }, b0 = { x: r() * 1000, y: r() * 800 };
      const m = similarity(a0, b0, apply(T, a0), apply(T, b0));
      const probe = { x: r() * 1000, y: r() * 800 };
      const want = apply(T, probe), got = apply(m, probe);
      expect(Math.hypot(want.x - got.x, want.y - got.y)).toBeLessThan(1e-6 * (1 + Math.hypot(want.x, want.y)));
    }
  });
  it("is the identity when nothing moved and null for one point", () => {
    const a = { x: 3, y: 4 }, b = { x: 10, y: -2 };
    expect(similarity(a, b, a, b).map((v) => +v.toFixed(12) + 0)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(similarity(a, a, a, b)).toBeNull();
  });
});

// fakeRenderer stands in for sigma: render() counts frames and records
// whether the picking framebuffer was passed.
function fakeRenderer() {
  const camera = { state: { x: 0.5, y: 0.5, ratio: 1, angle: 0 }, animating: false, isAnimating() { return this.animating; }, getState() { return { ...this.state }; } };
  const mc = { isMoving: false, draggedEvents: 0, currentWheelDirection: 0 };
  const canvas = { style: {} };
  const r = {
    renders: 0, picks: 0, scheduled: 0, pendingProcess: "none", needToRefreshState: false, width: 800, height: 600, renderFrame: null,
    getCamera: () => camera, getMouseCaptor: () => mc, getStageCanvas: () => canvas, getContainer: () => ({ offsetWidth: 800, offsetHeight: 600 }),
    getRenderParams() { return { pickingFrameBuffer: {} }; },
    render() { this.renders++; if (this.getRenderParams().pickingFrameBuffer) this.picks++; return this; },
    scheduleRender() { this.scheduled++; },
    // viewport = framed * 800 / ratio, shifted by the camera
    framedGraphToViewport(p, { cameraState }) { const c = cameraState; return { x: (p.x - c.x) * 800 / c.ratio + 400, y: (p.y - c.y) * 800 / c.ratio + 300 }; },
  };
  return { r, camera, mc, canvas };
}

describe("MoveOptimizer", () => {
  afterEach(() => vi.useRealTimers());
  const policy = (o) => () => ({ skipPickingWhileMoving: true, previewWhileMoving: false, ...o });

  it("skips picking while moving and redraws it after the move", () => {
    vi.useFakeTimers();
    const { r, mc } = fakeRenderer();
    const mo = new MoveOptimizer(r, policy());
    r.render();
    expect([r.renders, r.picks]).toEqual([1, 1]);
    mc.isMoving = true;
    r.render(); r.render();
    expect([r.renders, r.picks, mo.stats.pickingSkipped]).toEqual([3, 1, 2]);
    vi.advanceTimersByTime(200);
    expect(r.scheduled).toBe(0); // still moving
    mc.isMoving = false;
    vi.advanceTimersByTime(200);
    expect(r.scheduled).toBe(1);
    r.render();
    expect(r.picks).toBe(2);
  });

  it("previews camera moves with a transform and renders graph changes", () => {
    vi.useFakeTimers();
    const { r, camera, canvas } = fakeRenderer();
    const mo = new MoveOptimizer(r, policy({ previewWhileMoving: true }));
    r.render();
    camera.animating = true;
    camera.state = { x: 0.6, y: 0.5, ratio: 0.5, angle: 0 };
    r.render();
    expect(r.renders).toBe(1);
    expect(mo.stats.previews).toBe(1);
    // the framed point under the new camera's centre was at x=480 before
    const m = canvas.style.transform.match(/matrix\(([^)]*)\)/)[1].split(",").map(Number);
    expect(apply(m, { x: 480, y: 300 })).toEqual({ x: 400, y: 300 });
    expect(m[0]).toBeCloseTo(2);
    // a state-only change (zoom flag, hover) waits for the settle frame
    r.needToRefreshState = true;
    r.render();
    expect([r.renders, mo.stats.previews]).toEqual([1, 2]);
    r.needToRefreshState = false;
    // a graph change while moving is drawn for real, without transform
    r.pendingProcess = "partial";
    r.render();
    expect(r.renders).toBe(2);
    expect(canvas.style.transform).toBe("");
    r.pendingProcess = "none";
    camera.animating = false;
    vi.advanceTimersByTime(200);
    expect(r.scheduled).toBe(1);
    mo.kill();
    expect(Object.prototype.hasOwnProperty.call(r, "render")).toBe(true); // the fake's own method is back
  });

  it("does nothing while moving when the policy is legacy", () => {
    const { r, mc } = fakeRenderer();
    new MoveOptimizer(r, () => perfPolicy({ nodes: 10000, edges: 15000, legacy: true }));
    mc.isMoving = true;
    r.render();
    expect([r.renders, r.picks]).toEqual([1, 1]);
  });
});

describe("FA2Worker positions", () => {
  afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });
  it("applies at most once per frame, the latest positions winning", () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestAnimationFrame", (cb) => setTimeout(() => cb(performance.now()), 100));
    vi.stubGlobal("cancelAnimationFrame", (id) => clearTimeout(id));
    const g = newGraph();
    g.addNode("a", { x: 0, y: 0 });
    g.addNode("b", { x: 1, y: 1, fixed: true });
    const w = new FA2Worker(g);
    w.ids = ["a", "b"];
    w.gen = 1;
    w.running = true;
    let k = 0;
    const send = (finished = false) => { k++; w.message({ type: "positions", gen: 1, xy: new Float32Array([k, k, -k, -k]).buffer, iterations: k, computeMs: k, finished }); };
    for (let t = 0; t < 1000; t += 20) { send(); vi.advanceTimersByTime(20); }
    expect(w.applies).toBeLessThanOrEqual(11);
    expect(w.applies).toBeGreaterThanOrEqual(9);
    send(true);
    expect(g.getNodeAttribute("a", "x")).toBe(k);
    expect(g.getNodeAttribute("b", "x")).toBe(1); // pinned
    // stale generations are ignored
    w.message({ type: "positions", gen: 0, xy: new Float32Array([99, 99, 99, 99]).buffer, iterations: 1, computeMs: 1, finished: true });
    expect(g.getNodeAttribute("a", "x")).toBe(k);
  });
});
