// Saving investigations (graph, positions, notes, filters, view) in this
// browser's localStorage, reopening them, and JSON file export/import.
import { h, clear, download, stamp, toast, showError } from "./ui.js";
import { investigationToJSON, parseInvestigation } from "./exporters.js";
import { NODE_KINDS, REL_KINDS } from "./kinds.js";

const INDEX_KEY = "borderlens.investigations.v1";
const ITEM_KEY = (id) => `borderlens.investigation.${id}`;

export class Investigations {
  constructor(app) {
    this.app = app;
    this.currentId = null;
    this.currentName = "";
    this.globalNotes = "";
    const $ = (id) => document.getElementById(id);
    $("btn-save").addEventListener("click", () => this.openSave());
    $("btn-open").addEventListener("click", () => this.openOpen());
    $("save-cancel").addEventListener("click", () => $("dlg-save").close());
    $("open-close").addEventListener("click", () => $("dlg-open").close());
    $("save-form").addEventListener("submit", (e) => { e.preventDefault(); this.saveLocal(); });
    $("save-file").addEventListener("click", () => { this.readForm(); this.downloadCurrent(); $("dlg-save").close(); });
    $("open-file").addEventListener("change", (e) => this.importFile(e.target.files[0]));
  }

  index() {
    try { return JSON.parse(localStorage.getItem(INDEX_KEY) || "[]"); } catch { return []; }
  }

  snapshot() {
    const app = this.app;
    return {
      name: this.currentName || "Untitled investigation",
      notes: this.globalNotes,
      savedAt: new Date().toISOString(),
      graph: app.graph.export(),
      nodeNotes: { ...app.model.notes },
      filters: {
        hiddenKinds: NODE_KINDS.filter((k) => !app.filters.kinds.has(k)),
        hiddenRels: REL_KINDS.filter((r) => !app.filters.rels.has(r)),
        since: app.filters.since, until: app.filters.until,
      },
      view: { colorBy: app.view.colorBy, sizeBy: app.view.sizeBy },
      layout: app.layoutName,
      camera: app.renderer.getCamera().getState(),
      path: { pairs: app.path.pairs, nodes: [...app.path.nodes], edges: [...app.path.edges] },
    };
  }

  openSave() {
    const $ = (id) => document.getElementById(id);
    $("save-name").value = this.currentName || suggestName(this.app);
    $("save-notes").value = this.globalNotes;
    $("save-msg").textContent = this.app.graph.order ? `${this.app.graph.order} nodes and ${this.app.graph.size} links will be saved.` : "The graph is empty.";
    $("save-msg").className = "form-msg";
    $("dlg-save").showModal();
    $("save-name").select();
  }

  readForm() {
    this.currentName = document.getElementById("save-name").value.trim() || "Untitled investigation";
    this.globalNotes = document.getElementById("save-notes").value;
  }

  saveLocal() {
    this.readForm();
    const inv = this.snapshot();
    const idx = this.index();
    const existing = idx.find((e) => e.name === inv.name);
    const id = existing ? existing.id : `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    try {
      localStorage.setItem(ITEM_KEY(id), investigationToJSON(inv));
    } catch (err) {
      const msg = document.getElementById("save-msg");
      msg.textContent = `Could not save in the browser (${err.name === "QuotaExceededError" ? "storage full: download the JSON file instead" : err.message}).`;
      msg.className = "form-msg error";
      return;
    }
    const entry = { id, name: inv.name, savedAt: inv.savedAt, nodes: this.app.graph.order, edges: this.app.graph.size };
    localStorage.setItem(INDEX_KEY, JSON.stringify([entry, ...idx.filter((e) => e.id !== id)]));
    this.currentId = id;
    document.getElementById("dlg-save").close();
    toast(`Saved "${inv.name}" in this browser.`, "info");
  }

  downloadCurrent() {
    const inv = this.snapshot();
    download(`${slug(inv.name)}-${stamp()}.borderlens.json`, investigationToJSON(inv), "application/json");
  }

  openOpen() {
    const list = clear(document.getElementById("open-list"));
    const idx = this.index();
    document.getElementById("open-msg").textContent = "";
    if (!idx.length) list.append(h("p", { class: "muted" }, "No investigations saved in this browser yet."));
    else {
      list.append(h("table", { class: "list" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Name"), h("th", { scope: "col" }, "Saved"), h("th", { scope: "col", class: "num" }, "Nodes"), h("th", { scope: "col" }, h("span", { class: "sr-only" }, "Actions")))),
        h("tbody", {}, idx.map((e) => h("tr", {},
          h("td", {}, e.name), h("td", {}, e.savedAt.slice(0, 16).replace("T", " ")), h("td", { class: "num" }, e.nodes),
          h("td", { class: "row-actions" },
            h("button", { type: "button", class: "small primary", onclick: () => this.openLocal(e.id) }, "Open"),
            h("button", { type: "button", class: "small", onclick: () => this.downloadLocal(e.id) }, "JSON"),
            h("button", { type: "button", class: "small danger", onclick: () => this.deleteLocal(e.id) }, "Delete")))))));
    }
    document.getElementById("dlg-open").showModal();
  }

  loadText(id) {
    const text = localStorage.getItem(ITEM_KEY(id));
    if (!text) throw new Error("the saved investigation is missing from browser storage");
    return text;
  }

  openLocal(id) {
    try {
      const inv = parseInvestigation(this.loadText(id));
      this.apply(inv);
      this.currentId = id;
      document.getElementById("dlg-open").close();
    } catch (err) {
      showError("Could not open the investigation", err);
    }
  }

  downloadLocal(id) {
    try {
      const text = this.loadText(id);
      const inv = JSON.parse(text);
      download(`${slug(inv.name)}.borderlens.json`, text, "application/json");
    } catch (err) { showError("Could not download", err); }
  }

  deleteLocal(id) {
    const e = this.index().find((x) => x.id === id);
    if (!e || !window.confirm(`Delete "${e.name}" from this browser?`)) return;
    localStorage.removeItem(ITEM_KEY(id));
    localStorage.setItem(INDEX_KEY, JSON.stringify(this.index().filter((x) => x.id !== id)));
    this.openOpen();
  }

  async importFile(file) {
    if (!file) return;
    const msg = document.getElementById("open-msg");
    try {
      const inv = parseInvestigation(await file.text());
      this.apply(inv);
      this.currentId = null;
      document.getElementById("dlg-open").close();
    } catch (err) {
      msg.textContent = `Could not import ${file.name}: ${err.message}`;
      msg.className = "form-msg error";
    } finally {
      document.getElementById("open-file").value = "";
    }
  }

  apply(inv) {
    const app = this.app;
    app.replaceGraph(inv.graph);
    app.model.notes = { ...(inv.nodeNotes || {}) };
    const f = inv.filters || {};
    app.filters.kinds = new Set(NODE_KINDS.filter((k) => !(f.hiddenKinds || []).includes(k)));
    app.filters.rels = new Set(REL_KINDS.filter((r) => !(f.hiddenRels || []).includes(r)));
    app.filters.since = f.since ?? null;
    app.filters.until = f.until ?? null;
    if (inv.view) Object.assign(app.view, { colorBy: inv.view.colorBy || "community", sizeBy: inv.view.sizeBy || "pagerank" });
    app.layoutName = inv.layout || "fa2";
    this.currentName = inv.name || "";
    this.globalNotes = inv.notes || "";
    app.renderFilters();
    app.refresh();
    if (inv.path && inv.path.edges && inv.path.edges.length) {
      app.highlightPaths([{ nodes: inv.path.nodes.map((id) => ({ id, label: app.label(id) })), edges: inv.path.edges.map((id) => ({ id })), hops: 0 }], null);
      app.path.pairs = inv.path.pairs || [];
    }
    if (inv.camera) requestAnimationFrame(() => app.renderer.getCamera().setState(inv.camera));
    app.afterGraphChange();
    toast(`Opened "${inv.name}": ${app.graph.order} nodes, ${app.graph.size} links.`, "info");
  }
}

function slug(s) {
  return (s || "investigation").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "investigation";
}

function suggestName(app) {
  const c = app.graph.filterNodes((_, a) => a.centre).slice(0, 2).map((id) => app.label(id));
  return c.length ? `Investigation: ${c.join(", ")}` : `Investigation ${new Date().toISOString().slice(0, 10)}`;
}
