import "./style.css";
import { App } from "./app.js";
import { runBench } from "./bench.js";
import { Auth } from "./auth.js";

const params = new URLSearchParams(location.search);
const bench = Math.max(0, Math.min(200000, parseInt(params.get("bench") || "0", 10) || 0));

const app = new App({ bench, legacyRender: params.get("render") === "legacy" });
let started = true;
try {
  app.init();
} catch (err) {
  // Without WebGL (disabled, blocklisted GPU, some headless browsers)
  // sigma cannot start: say so instead of showing a dead workspace.
  started = false;
  const box = document.getElementById("graph-empty");
  box.hidden = false;
  box.classList.add("fatal");
  box.setAttribute("role", "alert");
  box.replaceChildren();
  const p1 = document.createElement("p");
  p1.innerHTML = "<strong>The graph canvas could not start.</strong>";
  const p2 = document.createElement("p");
  p2.textContent = `This browser did not give the page a WebGL context (${err && err.message ? err.message : err}). Turn on WebGL / hardware acceleration, or use a current Chromium or Firefox.`;
  box.append(p1, p2);
  document.getElementById("db-stats").textContent = "Workspace not started.";
  console.warn("BorderLens: workspace not started:", err);
}

// A small, stable hook for the browser tests (web/e2e).
window.borderlens = {
  app,
  state() {
    const g = app.graph;
    const pathEdges = [...app.path.edges].filter((e) => g.hasEdge(e));
    const v = app.visibleCounts();
    return {
      started,
      nodes: g.order,
      visibleNodes: v.nodes,
      visibleEdges: v.edges,
      filters: { kinds: [...app.filters.kinds], since: app.filters.since, until: app.filters.until },
      edges: g.size,
      selected: app.selected(),
      pathNodes: [...app.path.nodes].filter((n) => g.hasNode(n)),
      pathEdges,
      pathEdgesVisible: pathEdges.filter((e) => {
        const d = app.renderer.getEdgeDisplayData(e);
        return d && d.visibility !== "hidden" && app.renderer.getEdgeState(e).isPath;
      }).length,
      canUndo: app.model.canUndo(),
      hash: location.hash,
    };
  },
};

if (!started) {
  // nothing more to do
} else if (bench) {
  runBench(app, bench);
} else {
  new Auth().check();
  app.loadDbStats();
  app.loadFromHash();
}
