// ForceAtlas2 web worker: runs graphology's FA2 iteration on flat
// matrices, in time slices, posting positions back about every 40 ms so
// the layout runs at worker speed while the page renders at its own pace.
import iterate from "graphology-layout-forceatlas2/iterate.js";

const PPN = 10;
let nodes = null, edges = null, settings = null;
let running = false, done = 0, target = Infinity, computeMs = 0, slice = 40, gen = 0;

function positions() {
  const n = nodes.length / PPN;
  const xy = new Float32Array(n * 2);
  for (let i = 0, j = 0; i < nodes.length; i += PPN, j += 2) {
    xy[j] = nodes[i];
    xy[j + 1] = nodes[i + 1];
  }
  return xy;
}

function loop(g) {
  if (!running || g !== gen) return;
  const t0 = performance.now();
  while (running && done < target && performance.now() - t0 < slice) {
    iterate(settings, nodes, edges);
    done++;
  }
  computeMs += performance.now() - t0;
  const xy = positions();
  const finished = done >= target;
  self.postMessage({ type: "positions", gen: g, xy: xy.buffer, iterations: done, computeMs, finished }, [xy.buffer]);
  if (finished) { running = false; return; }
  setTimeout(() => loop(g), 0);
}

self.onmessage = (e) => {
  const m = e.data;
  if (m.type === "start") {
    nodes = new Float32Array(m.nodes);
    edges = new Float32Array(m.edges);
    settings = m.settings;
    target = m.iterations > 0 ? m.iterations : Infinity;
    slice = m.sliceMs || 40;
    done = 0;
    computeMs = 0;
    running = true;
    gen = m.gen;
    loop(gen);
  } else if (m.type === "stop") {
    running = false;
  }
};
