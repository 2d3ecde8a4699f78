// Layouts: ForceAtlas2 in a web worker (src/fa2.worker.js, time-sliced so
// large graphs converge at worker speed), instant circular / community
// circle-pack / random layouts, and noverlap to spread overlapping nodes.
// Pinned nodes (attribute fixed) stay put.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2_DEFAULTS from "graphology-layout-forceatlas2/defaults.js";
import { circular, random, circlepack } from "graphology-layout";
import noverlap from "graphology-layout-noverlap";

export const LAYOUT_NAMES = {
  fa2: "Force (ForceAtlas2)",
  circular: "Circular",
  community: "Circles by community",
  random: "Random",
};

export function fa2Settings(graph, order = graph.order) {
  const s = forceAtlas2.inferSettings(order);
  return { ...FA2_DEFAULTS, ...s, barnesHutOptimize: order > 1500, slowDown: 1 + Math.log10(Math.max(1, order)), adjustSizes: false };
}

const PPN = 10, PPE = 3;

// fa2Matrices builds graphology's FA2 matrices for the nodes that pass
// keep(id, attrs) (by default all) and the edges between them.
export function fa2Matrices(graph, keep = null) {
  const ids = [];
  const index = new Map();
  graph.forEachNode((id, a) => {
    if (keep && !keep(id, a)) return;
    index.set(id, ids.length);
    ids.push(id);
  });
  const nodes = new Float32Array(ids.length * PPN);
  ids.forEach((id, k) => {
    const a = graph.getNodeAttributes(id);
    const j = k * PPN;
    nodes[j] = a.x; nodes[j + 1] = a.y; nodes[j + 6] = 1; nodes[j + 7] = 1; nodes[j + 8] = 1; nodes[j + 9] = a.fixed ? 1 : 0;
  });
  const e = [];
  graph.forEachEdge((_key, _a, s, t) => {
    const si = index.get(s), ti = index.get(t);
    if (si === undefined || ti === undefined || si === ti) return;
    e.push(si * PPN, ti * PPN, 1);
    nodes[si * PPN + 6] += 1;
    nodes[ti * PPN + 6] += 1;
  });
  return { ids, nodes, edges: new Float32Array(e) };
}

// FA2Worker drives src/fa2.worker.js for one graph.
export class FA2Worker {
  constructor(graph, { keep = null, onProgress = null } = {}) {
    this.graph = graph;
    this.keep = keep;
    this.onProgress = onProgress;
    this.applies = 0;
    this.worker = null;
    this.gen = 0;
    this.ids = [];
    this.running = false;
    this.pending = null;
    this.frame = 0;
  }

  ensureWorker() {
    if (!this.worker) {
      this.worker = new Worker(new URL("./fa2.worker.js", import.meta.url), { type: "module", name: "forceatlas2" });
      this.worker.onmessage = (e) => this.message(e.data);
    }
    return this.worker;
  }

  // start lays out the graph's current nodes for `iterations` iterations
  // (0: until stop()); it resolves with timings when they are done.
  start(iterations = 0) {
    this.stop();
    const m = fa2Matrices(this.graph, this.keep);
    if (!m.ids.length) return Promise.resolve({ iterations: 0, computeMs: 0, wallMs: 0 });
    this.ids = m.ids;
    this.index = null;
    this.applies = 0;
    this.running = true;
    this.startedAt = performance.now();
    const gen = ++this.gen;
    const settings = fa2Settings(this.graph, m.ids.length);
    this.ensureWorker().postMessage({ type: "start", gen, nodes: m.nodes.buffer, edges: m.edges.buffer, settings, iterations }, [m.nodes.buffer, m.edges.buffer]);
    return new Promise((resolve) => { this.resolveDone = resolve; });
  }

  stop() {
    if (this.worker && this.running) this.worker.postMessage({ type: "stop" });
    this.running = false;
    this.gen++;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = null;
  }

  kill() {
    this.stop();
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }

  message(m) {
    if (m.type !== "positions" || m.gen !== this.gen) return;
    // Apply at most once per frame; the latest positions win.
    this.pending = m;
    if (!this.frame || m.finished) {
      const apply = () => {
        this.frame = 0;
        const p = this.pending;
        if (!p) return;
        this.pending = null;
        this.applies++;
        this.apply(new Float32Array(p.xy));
        if (this.onProgress) this.onProgress(p);
        if (p.finished) {
          this.running = false;
          const r = this.resolveDone;
          this.resolveDone = null;
          if (r) r({ iterations: p.iterations, computeMs: p.computeMs, wallMs: performance.now() - this.startedAt, applies: this.applies });
        }
      };
      if (m.finished) { cancelAnimationFrame(this.frame); apply(); } else this.frame = requestAnimationFrame(apply);
    }
  }

  apply(xy) {
    const g = this.graph;
    if (!this.index) {
      this.index = new Map();
      this.ids.forEach((id, i) => this.index.set(id, i));
    }
    const pos = this.index;
    g.updateEachNodeAttributes((id, a) => {
      const i = pos.get(id);
      if (i !== undefined && !a.fixed) { a.x = xy[2 * i]; a.y = xy[2 * i + 1]; }
      return a;
    }, { attributes: ["x", "y"] });
  }
}

export class LayoutController {
  constructor(graph, { onState, keep = null } = {}) {
    this.graph = graph;
    this.fa2 = new FA2Worker(graph, { keep });
    this.timer = null;
    this.onState = onState || (() => {});
    this.stopped = [];
  }

  running() {
    return this.fa2.running;
  }

  // startFA2 runs ForceAtlas2 in its worker, stopping after ms (0: until
  // stop() is called).
  startFA2(ms = 0) {
    if (!this.graph.order) return;
    clearTimeout(this.timer);
    this.fa2.start(0);
    if (ms > 0) this.timer = setTimeout(() => this.stopFA2(), ms);
    this.onState(true);
  }

  stopFA2() {
    clearTimeout(this.timer);
    const was = this.fa2.running;
    this.fa2.stop();
    this.onState(false);
    const cbs = this.stopped;
    this.stopped = [];
    if (was) for (const cb of cbs) cb();
  }

  // onceStopped calls cb when the running layout stops.
  onceStopped(cb) {
    this.stopped.push(cb);
  }

  // killFA2 ends the worker (e.g. before replacing the graph).
  killFA2() {
    clearTimeout(this.timer);
    this.fa2.kill();
    this.onState(false);
  }

  // burst runs FA2 for a time that grows with the graph, used after the
  // graph changed (expand, path) in force mode.
  burst() {
    const n = this.graph.order;
    this.startFA2(Math.min(8000, 1500 + n * 2));
  }

  // apply computes a static layout and moves the nodes there (animated
  // when the graph is small). Pinned nodes keep their positions.
  apply(name, { animate = true } = {}) {
    this.stopFA2();
    const g = this.graph;
    if (!g.order) return;
    const scale = Math.max(10, Math.sqrt(g.order) * 10);
    let pos;
    switch (name) {
      case "circular": pos = circular(g, { scale }); break;
      case "random": pos = random(g, { scale: scale * 2, center: 0 }); break;
      case "community":
        pos = circlepack(g, { hierarchyAttributes: ["communityId", "kind"], scale });
        break;
      default: return;
    }
    this.moveTo(pos, animate && g.order <= 5000);
  }

  noverlap() {
    this.stopFA2();
    const pos = noverlap(this.graph, { maxIterations: 80, settings: { ratio: 1.2, margin: 2 } });
    this.moveTo(pos, this.graph.order <= 5000);
  }

  moveTo(pos, animate) {
    const g = this.graph;
    const from = new Map();
    g.forEachNode((n, a) => from.set(n, [a.x, a.y]));
    const target = (n, a) => (a.fixed || !pos[n] ? [a.x, a.y] : [pos[n].x, pos[n].y]);
    if (!animate) {
      g.updateEachNodeAttributes((n, a) => { const [x, y] = target(n, a); a.x = x; a.y = y; return a; }, { attributes: ["x", "y"] });
      return Promise.resolve();
    }
    const to = new Map();
    g.forEachNode((n, a) => to.set(n, target(n, a)));
    const start = performance.now(), dur = 450;
    return new Promise((resolve) => {
      const step = (now) => {
        const u = Math.min(1, (now - start) / dur);
        const e = u < 0.5 ? 2 * u * u : 1 - Math.pow(-2 * u + 2, 2) / 2;
        g.updateEachNodeAttributes((n, a) => {
          const f = from.get(n), t = to.get(n);
          if (f && t) { a.x = f[0] + (t[0] - f[0]) * e; a.y = f[1] + (t[1] - f[1]) * e; }
          return a;
        }, { attributes: ["x", "y"] });
        if (u < 1) requestAnimationFrame(step); else resolve();
      };
      requestAnimationFrame(step);
    });
  }
}
