// Export menu: PNG (sigma's canvas layers composited with a caption),
// GraphML, GEXF, nodes CSV and the investigation JSON.
import { download, stamp, toast, showError } from "./ui.js";
import { toGraphML, toGEXF, toCSV } from "./exporters.js";
import { nodeVisible, edgeVisible } from "./visual.js";
import { SMUGGLER_RING, HIGH_RISK_RING } from "./kinds.js";

export class Exporter {
  constructor(app) { this.app = app; }

  ctx() {
    const app = this.app;
    return {
      view: app.view, stats: app.stats, notes: app.model.notes,
      nodeFilter: (_id, a) => nodeVisible(a, app.filters),
      edgeFilter: (_id, a) => edgeVisible(a, app.filters, app.graph),
    };
  }

  async run(kind) {
    try {
      const app = this.app;
      if (!app.graph.order && kind !== "json") { toast("The graph is empty: nothing to export.", "info"); return; }
      switch (kind) {
        case "png": await this.png(); break;
        case "graphml": download(`borderlens-${stamp()}.graphml`, toGraphML(app.graph, this.ctx()), "application/graphml+xml"); break;
        case "gexf": download(`borderlens-${stamp()}.gexf`, toGEXF(app.graph, this.ctx()), "application/gexf+xml"); break;
        case "nodes-csv": {
          const rows = [];
          app.graph.forEachNode((id, a) => { if (nodeVisible(a, app.filters)) rows.push({ id, ...a }); });
          download(`borderlens-nodes-${stamp()}.csv`, toCSV(rows, [
            ["id", (r) => r.id], ["kind", (r) => r.kind], ["label", (r) => r.label], ["at", (r) => r.at],
            ["knownSmuggler", (r) => !!r.knownSmuggler], ["networkRisk", (r) => r.networkRisk], ["communityId", (r) => r.communityId],
            ["pagerank", (r) => r.pagerank], ["degree", (r) => r.degree], ["pinned", (r) => !!r.fixed], ["note", (r) => app.model.notes[r.id] || ""],
          ]), "text/csv;charset=utf-8");
          break;
        }
        case "json": this.app.investigations.downloadCurrent(); break;
      }
      app.setStatus(`Exported ${kind.toUpperCase()}`);
    } catch (err) {
      showError(`Export ${kind} failed`, err);
    }
  }

  // pngBlob renders a frame and composites every canvas layer of the
  // sigma container in the same task (WebGL buffers are not preserved).
  pngBlob() {
    const r = this.app.renderer;
    const container = r.getContainer();
    const stage = r.getStageCanvas();
    const W = stage.width, H = stage.height;
    const dpr = W / Math.max(1, stage.clientWidth || W);
    const capH = Math.round(30 * dpr);
    const out = document.createElement("canvas");
    out.width = W;
    out.height = H + capH;
    const g = out.getContext("2d");
    g.fillStyle = "#fbfbfc";
    g.fillRect(0, 0, W, H + capH);
    let drawn = false;
    const copy = () => {
      for (const c of container.querySelectorAll("canvas")) {
        if (c.width && c.height && c.style.display !== "none") g.drawImage(c, 0, 0, W, H);
      }
      drawn = true;
    };
    r.once("afterRender", copy);
    r.refresh();
    if (!drawn) { r.removeListener("afterRender", copy); copy(); }
    // Caption: what, when, and the ring legend.
    g.fillStyle = "#ffffff";
    g.fillRect(0, H, W, capH);
    g.fillStyle = "#222";
    g.font = `${Math.round(12 * dpr)}px sans-serif`;
    const c = this.app.visibleCounts();
    const text = `BorderLens · ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · ${c.nodes} nodes, ${c.edges} links`;
    g.fillText(text, 8 * dpr, H + capH * 0.68);
    let x = 8 * dpr + g.measureText(text).width + 20 * dpr;
    for (const [col, label] of [[SMUGGLER_RING, "known smuggler"], [HIGH_RISK_RING, "high network risk"]]) {
      g.strokeStyle = col;
      g.lineWidth = 3 * dpr;
      g.beginPath();
      g.arc(x, H + capH / 2, 6 * dpr, 0, Math.PI * 2);
      g.stroke();
      g.fillText(label, x + 12 * dpr, H + capH * 0.68);
      x += 12 * dpr + g.measureText(label).width + 20 * dpr;
    }
    return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("the canvas could not be encoded"))), "image/png"));
  }

  async png() {
    const blob = await this.pngBlob();
    download(`borderlens-${stamp()}.png`, blob, "image/png");
  }
}
