// The investigation workspace: wires the graph model, the sigma renderer,
// layouts, filters, search, paths, lists, the side panel, URL state,
// saving and exports.
import { Model } from "./model.js";
import { createRenderer } from "./renderer.js";
import { LayoutController } from "./layout.js";
import { Timeline } from "./timeline.js";
import { SearchBox } from "./search.js";
import { gql, Q, inflight } from "./api.js";
import { NODE_KINDS, REL_KINDS, TIMED_KINDS, GENERIC_RELS, kindStyle } from "./kinds.js";
import { defaultView, defaultFilters, computeStats, nodeVisible, edgeVisible } from "./visual.js";
import { encodeHash, decodeHash } from "./hashstate.js";
import { h, clear, toast, showError, errorText, debounce } from "./ui.js";
import { DetailsPanel } from "./panel.js";
import { Lists } from "./lists.js";
import { Exporter } from "./exporting.js";
import { Investigations } from "./investigations.js";
import { perfPolicy, MoveOptimizer } from "./perf.js";

const SUBGRAPH_LIMIT = 500;

export class App {
  constructor({ bench = 0, legacyRender = false } = {}) {
    this.bench = bench;
    // ?render=legacy: the renderer settings before issue #9 (benchmarks).
    this.legacyRender = legacyRender;
    this.model = new Model();
    this.graph = this.model.graph;
    this.view = defaultView();
    this.filters = defaultFilters(NODE_KINDS, REL_KINDS);
    this.stats = { maxPagerank: 0, maxDegree: 0 };
    this.selection = new Set();
    this.path = { nodes: new Set(), edges: new Set(), pairs: [] };
    this.layoutName = "fa2";
    this.dbStats = null;
    this.busyCount = 0;
  }

  $(id) { return document.getElementById(id); }

  init() {
    // The URL hash is read by loadFromHash before anything writes it.
    this.restoring = !this.bench;
    const ctx = { view: this.view, filters: this.filters, stats: this.stats, perf: { arrows: true } };
    this.ctx = ctx;
    this.renderer = createRenderer(this.graph, this.$("graph"), ctx);
    this.policy = this.perfPolicy();
    this.moves = this.legacyRender ? null : new MoveOptimizer(this.renderer, () => this.policy);
    this.layout = new LayoutController(this.graph, { onState: (on) => this.layoutState(on), keep: (_id, a) => nodeVisible(a, this.filters) });
    this.timeline = new Timeline(this.$("timeline"), { onBrush: (a, b) => this.setTimeWindow(a, b) });
    this.panel = new DetailsPanel(this, this.$("panel-details"));
    this.lists = new Lists(this);
    this.exporter = new Exporter(this);
    this.investigations = new Investigations(this);

    this.bindRenderer();
    if (!this.bench) this.watchFrameRate();
    this.bindToolbar();
    this.bindFilters();
    this.bindKeys();
    this.bindTabs();
    this.bindPathDialog();
    this.search = new SearchBox(this.$("search-input"), this.$("search-list"), {
      onPick: (n, raw) => this.openEntity(n.id, { raw, node: raw ? null : n }),
    });

    const refreshDerived = debounce(() => this.afterGraphChange(), 60);
    this.graph.on("nodeAdded", refreshDerived);
    this.graph.on("nodeDropped", refreshDerived);
    this.graph.on("edgeAdded", refreshDerived);
    this.graph.on("edgeDropped", refreshDerived);
    this.graph.on("nodeAttributesUpdated", refreshDerived);
    this.model.on(() => this.updateUndo());

    inflight.listeners.add((n) => this.$("status").classList.toggle("busy", n > 0));
    window.addEventListener("hashchange", () => { if (location.hash !== this.lastHash) this.loadFromHash(); });
    this.renderFilters();
    this.afterGraphChange();
    this.panel.render();
  }

  // watchFrameRate samples frame times while the camera moves; a median
  // over 45 ms marks the renderer slow for the session (see
  // tunePerformance).
  watchFrameRate() {
    const cam = this.renderer.getCamera();
    let last = null, samples = [], until = 0, looping = false;
    const loop = (now) => {
      if (last !== null) samples.push(now - last);
      last = now;
      if (samples.length >= (this.legacyRender ? 12 : 5)) {
        const sorted = [...samples].sort((a, b) => a - b);
        const median = sorted[sorted.length >> 1];
        samples = [];
        if (median > 45 && !this.slowRenderer && this.graph.size > 300) {
          this.slowRenderer = true;
          this.tunePerformance();
          this.setStatus(`Slow graphics (${Math.round(median)} ms a frame): the view moves as a picture and is redrawn when it stops.`);
        }
      }
      if (now < until) requestAnimationFrame(loop);
      else { looping = false; last = null; samples = []; }
    };
    cam.on("updated", () => {
      until = performance.now() + 250;
      if (!looping) { looping = true; requestAnimationFrame(loop); }
    });
  }

  // ---------- renderer events ----------

  bindRenderer() {
    const r = this.renderer;
    r.on("clickNode", ({ node, event }) => {
      const add = event && event.original && (event.original.shiftKey || event.original.metaKey || event.original.ctrlKey);
      this.select(node, { add, toggle: add });
    });
    r.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      this.expand(node);
    });
    r.on("clickStage", () => { if (this.selection.size) this.select(null); });
    r.on("clickEdge", ({ edge }) => {
      const a = this.graph.getEdgeAttributes(edge);
      this.setStatus(`${a.kind}: ${this.label(a.from)} → ${this.label(a.to)}${a.at ? " · " + a.at.slice(0, 10) : ""}`);
    });
    let dragFrom = null;
    r.on("nodeDragStart", ({ node }) => {
      if (this.layout.running()) this.layout.stopFA2();
      const a = this.graph.getNodeAttributes(node);
      dragFrom = { node, x: a.x, y: a.y, fixed: !!a.fixed };
    });
    r.on("nodeDragEnd", ({ node }) => {
      if (!dragFrom || dragFrom.node !== node || !this.graph.hasNode(node)) return;
      const a = this.graph.getNodeAttributes(node);
      const from = dragFrom;
      dragFrom = null;
      if (Math.hypot(a.x - from.x, a.y - from.y) < 1e-9) return;
      // Moving a node pins it; undo puts it back.
      this.model.transaction("Move node", () => {
        this.model.record(() => { if (this.graph.hasNode(node)) this.graph.mergeNodeAttributes(node, { x: from.x, y: from.y, fixed: from.fixed }); });
        this.graph.setNodeAttribute(node, "fixed", true);
      });
      this.panel.render();
    });
  }

  label(id) {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, "label") : id;
  }

  // ---------- derived state ----------

  perfPolicy() {
    return perfPolicy({ nodes: this.graph.order, edges: this.graph.size, slow: !!this.slowRenderer, legacy: this.legacyRender });
  }

  // tunePerformance trades details for frame rate on big graphs (see
  // perf.js): edges and labels hidden while the camera moves, arrowheads
  // dropped, link events off. Without GPU acceleration (software WebGL, as
  // on many virtual desktops) watchFrameRate marks the renderer slow and
  // moves become previews of the last frame.
  tunePerformance() {
    this.policy = this.perfPolicy();
    const perf = { arrows: this.policy.arrows };
    const settings = this.policy.settings;
    const cur = this.renderer.getSettings();
    const changed = Object.keys(settings).some((k) => cur[k] !== settings[k]);
    if (changed) this.renderer.setSettings(settings);
    if (!this.ctx.perf || this.ctx.perf.arrows !== perf.arrows) { this.ctx.perf = perf; this.refresh(); }
  }

  afterGraphChange() {
    this.tunePerformance();
    const s = computeStats(this.graph);
    this.stats.maxPagerank = s.maxPagerank;
    this.stats.maxDegree = s.maxDegree;
    for (const id of [...this.selection]) if (!this.graph.hasNode(id) || !this.isVisible(id)) this.selection.delete(id);
    this.$("graph-empty").hidden = this.graph.order > 0;
    this.updateInfo();
    this.updateTimeline();
    this.renderKindCounts();
    this.panel.render();
    this.panel.updateCounts();
    this.updateHash();
    this.updateButtons();
  }

  isVisible(id) {
    return this.graph.hasNode(id) && nodeVisible(this.graph.getNodeAttributes(id), this.filters);
  }

  visibleCounts() {
    let nodes = 0, edges = 0, hidden = 0, grouped = 0;
    this.graph.forEachNode((_, a) => {
      if (nodeVisible(a, this.filters)) nodes++;
      else if (a.userHidden) hidden++;
      else if (a.groupId) grouped++;
    });
    this.graph.forEachEdge((_, a) => { if (edgeVisible(a, this.filters, this.graph)) edges++; });
    return { nodes, edges, hidden, grouped, filtered: this.graph.order - nodes - hidden - grouped };
  }

  updateInfo() {
    const c = this.visibleCounts();
    const box = clear(this.$("graph-info"));
    box.append(`${c.nodes.toLocaleString("en")} nodes · ${c.edges.toLocaleString("en")} edges shown`);
    if (c.filtered) box.append(` · ${c.filtered} filtered out`);
    if (c.grouped) box.append(` · ${c.grouped} in groups`);
    if (c.hidden) {
      box.append(` · ${c.hidden} hidden `);
      box.append(h("button", { type: "button", class: "link", onclick: () => this.unhideAll() }, "show hidden"));
    }
  }

  updateTimeline() {
    const items = [];
    this.graph.forEachNode((_, a) => {
      if (a.t !== null && a.t !== undefined && TIMED_KINDS.includes(a.kind) && !a.userHidden && !a.groupId && this.filters.kinds.has(a.kind)) {
        items.push({ t: a.t, kind: a.kind, flag: a.knownSmuggler });
      }
    });
    this.timeline.setItems(items, { since: this.filters.since, until: this.filters.until });
  }

  updateUndo() {
    const b = this.$("btn-undo");
    b.disabled = !this.model.canUndo();
    b.title = this.model.canUndo() ? `Undo ${this.model.undoLabel()} (z)` : "Nothing to undo";
  }

  updateButtons() {
    const one = this.selection.size === 1;
    this.$("btn-expand").disabled = !this.selection.size;
    this.$("btn-expand").title = one ? "Expand the selected node's neighbours (e)" : this.selection.size ? "Expand the selected nodes (e)" : "Select a node to expand (e)";
  }

  setStatus(text) {
    this.$("status").textContent = text;
  }

  // busy shows the canvas loading overlay while promise runs.
  async busy(text, fn) {
    this.busyCount++;
    this.$("graph-busy-text").textContent = text;
    this.$("graph-busy").hidden = false;
    this.$("graph-wrap").setAttribute("aria-busy", "true");
    try {
      return await fn();
    } finally {
      if (--this.busyCount === 0) {
        this.$("graph-busy").hidden = true;
        this.$("graph-wrap").removeAttribute("aria-busy");
      }
    }
  }

  refresh() {
    this.renderer.refresh();
  }

  // ---------- selection ----------

  select(id, { add = false, toggle = false, focus = false } = {}) {
    const prev = [...this.selection];
    if (!add) this.selection.clear();
    if (id && this.graph.hasNode(id)) {
      if (toggle && prev.includes(id) && add) this.selection.delete(id);
      else this.selection.add(id);
    }
    const now = this.selection;
    const changed = prev.filter((p) => !now.has(p) && this.graph.hasNode(p));
    if (changed.length) this.renderer.setNodesState(changed, { isSelected: false });
    const sel = [...now];
    if (sel.length) this.renderer.setNodesState(sel, { isSelected: true });
    const many = sel.length > 8;
    if (this.renderer.getGraphState().manySelected !== many) this.renderer.setGraphState({ manySelected: many });
    if (focus && id) this.focusNode(id);
    this.panel.render();
    this.updateButtons();
    this.updateHash();
    if (id && this.selection.size === 1) this.showTab("details", false);
  }

  // selectMany replaces (or extends) the selection with ids at once.
  selectMany(ids, { add = false } = {}) {
    const prev = [...this.selection].filter((p) => this.graph.hasNode(p));
    if (!add) this.selection.clear();
    for (const id of ids) if (this.graph.hasNode(id)) this.selection.add(id);
    const gone = prev.filter((p) => !this.selection.has(p));
    if (gone.length) this.renderer.setNodesState(gone, { isSelected: false });
    const sel = [...this.selection];
    if (sel.length) this.renderer.setNodesState(sel, { isSelected: true });
    this.renderer.setGraphState({ manySelected: sel.length > 8 });
    this.panel.render();
    this.updateButtons();
    this.updateHash();
  }

  selected() {
    return [...this.selection].filter((id) => this.graph.hasNode(id));
  }

  focusNode(id, ratio = null, tries = 6) {
    requestAnimationFrame(() => {
      if (!this.graph.hasNode(id)) return;
      const d = this.renderer.getNodeDisplayData(id);
      if (!d || !Number.isFinite(d.x)) { if (tries > 0) this.focusNode(id, ratio, tries - 1); return; }
      const cam = this.renderer.getCamera();
      cam.animate({ x: d.x, y: d.y, ratio: ratio ?? Math.min(cam.getState().ratio, 0.6) }, { duration: 450 });
    });
  }

  fit() {
    this.renderer.getCamera().reset({ duration: 400 });
  }

  // fitNodes frames the given nodes (framed-graph coordinates: the whole
  // graph spans about [0, 1], so the camera ratio is the span to show).
  fitNodes(ids, tries = 6) {
    requestAnimationFrame(() => {
      const pts = ids.filter((id) => this.graph.hasNode(id)).map((id) => this.renderer.getNodeDisplayData(id)).filter((d) => d && Number.isFinite(d.x));
      if (!pts.length) { if (tries > 0) this.fitNodes(ids, tries - 1); return; }
      const xs = pts.map((d) => d.x), ys = pts.map((d) => d.y);
      const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
      const { width, height } = this.renderer.getDimensions();
      const aspect = width / Math.max(1, height);
      const span = Math.max((x1 - x0) / Math.max(1, aspect), (y1 - y0) * Math.min(1, aspect), x1 - x0, y1 - y0);
      const ratio = Math.max(0.08, Math.min(1.2, span * 1.35));
      this.renderer.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 450 });
    });
  }

  // ---------- loading data ----------

  // openEntity loads a node (from search or lists), selects it and puts
  // it at the centre of the view.
  async openEntity(id, { raw = false, expand = false, node = null } = {}) {
    try {
      if (node && (!node.kind || node.knownSmuggler === undefined)) node = null;
      if (!node && (!this.graph.hasNode(id) || raw)) {
        const data = await this.busy("Loading entity…", () => gql(Q.nodes, { ids: [id] }));
        node = data.nodes[0];
        if (!node) { toast(`No entity with id ${id}`, "error"); return false; }
      }
      let added = [];
      this.model.transaction(`Open ${node ? node.label : this.label(id)}`, () => {
        if (node) added = this.model.addApiNodes([node], this.selected()[0] || null);
        this.model.setNodeAttrs(id, { centre: true, userHidden: false });
      });
      this.ensureKindShown(this.graph.getNodeAttribute(id, "kind"));
      // A new node joins the layout instead of sitting on its anchor.
      if (added.length && this.graph.order > 1) this.afterLoad(added);
      this.select(id, { focus: true });
      if (expand) await this.expand(id);
      return true;
    } catch (err) {
      showError("Could not open the entity", err);
      return false;
    }
  }

  ensureKindShown(kind) {
    if (kind && !this.filters.kinds.has(kind) && kind !== "Group") {
      this.filters.kinds.add(kind);
      this.renderFilters();
      this.refresh();
    }
  }

  expandVars(extra = {}) {
    const v = { depth: 1, limit: SUBGRAPH_LIMIT };
    if (this.filters.rels.size !== REL_KINDS.length) v.relKinds = [...this.filters.rels];
    if (this.filters.since !== null) v.since = new Date(this.filters.since).toISOString();
    if (this.filters.until !== null) v.until = new Date(this.filters.until).toISOString();
    return { ...v, ...extra };
  }

  // expand loads the neighbours of ids (default: the selection), of the
  // given kinds (all when null), within the time window and relationship
  // filter.
  async expand(ids = null, kinds = null) {
    ids = (ids === null ? this.selected() : Array.isArray(ids) ? ids : [ids]).filter((id) => this.graph.hasNode(id) && !this.graph.getNodeAttribute(id, "isGroup"));
    if (!ids.length) { toast("Select a node to expand first.", "info"); return; }
    const vars = this.expandVars({ centers: ids });
    if (kinds && kinds.length) vars.kinds = kinds;
    const what = kinds && kinds.length ? kinds.join(", ") : "all";
    try {
      const data = await this.busy(`Expanding ${ids.length === 1 ? this.label(ids[0]) : ids.length + " nodes"} (${what})…`, () => gql(Q.subgraph, vars));
      const sg = data.subgraph;
      let added = [];
      let edges = 0;
      this.model.transaction(`Expand ${ids.length === 1 ? this.label(ids[0]) : ids.length + " nodes"}`, () => {
        added = this.model.addApiNodes(sg.nodes.map((n) => n.node), ids[0]);
        edges = this.model.addApiEdges(sg.edges);
        for (const id of ids) this.model.setNodeAttrs(id, { centre: true, expanded: true });
      });
      for (const n of sg.nodes) this.ensureKindShownQuiet(n.node.kind, kinds);
      this.afterLoad(added);
      if (added.length) {
        const area = [...ids, ...added];
        this.fitNodes(area);
        if (this.layout.running()) this.layout.onceStopped(() => { if (area.every((id) => this.graph.hasNode(id))) this.fitNodes(area); });
      }
      const msg = `${added.length} new node${added.length === 1 ? "" : "s"}, ${edges} new link${edges === 1 ? "" : "s"}`;
      this.setStatus(`Expanded: ${msg}`);
      if (sg.truncated) toast(`Only the first ${SUBGRAPH_LIMIT} neighbours were loaded (limit reached).`, "warn");
      else if (!added.length) toast(`No new neighbours${kinds ? " of kind " + what : ""}${this.filters.since !== null || this.filters.until !== null ? " in the time window" : ""}.`, "info");
    } catch (err) {
      showError("Expand failed", err);
    }
  }

  ensureKindShownQuiet(kind, asked) {
    // A kind the officer explicitly asked for is switched on.
    if (asked && asked.includes(kind) && !this.filters.kinds.has(kind)) {
      this.filters.kinds.add(kind);
      this.renderFilters();
      this.refresh();
    }
  }

  afterLoad(added) {
    if (!added.length) return;
    if (this.layoutName === "fa2") this.layout.burst();
    else this.layout.apply(this.layoutName);
  }

  // findPaths queries shortest paths and draws them highlighted.
  async findPaths(from, to, { maxHops = 6, limit = 3, useFilters = false, skipGeneric = true } = {}) {
    const vars = { from, to, maxHops, limit };
    let rels = new Set(REL_KINDS);
    if (useFilters) {
      if (this.filters.kinds.size !== NODE_KINDS.length) vars.kinds = [...this.filters.kinds];
      rels = new Set(this.filters.rels);
    }
    if (skipGeneric) for (const r of GENERIC_RELS) rels.delete(r);
    if (rels.size !== REL_KINDS.length) vars.relKinds = [...rels];
    const data = await this.busy("Finding paths…", () => gql(Q.paths, vars));
    const paths = data.paths || [];
    if (!paths.length) return paths;
    this.showPaths(paths, [from, to]);
    return paths;
  }

  // showPaths adds the paths' nodes and edges and highlights them.
  showPaths(paths, pair = null) {
    let added = [];
    this.model.transaction("Show path", () => {
      const nodes = paths.flatMap((p) => p.nodes);
      added = this.model.addApiNodes(nodes, pair && this.graph.hasNode(pair[0]) ? pair[0] : null);
      for (const p of paths) this.model.addApiEdges(p.edges);
      if (pair) for (const id of pair) this.model.setNodeAttrs(id, { centre: true, userHidden: false });
      for (const n of nodes) if (this.graph.getNodeAttribute(n.id, "userHidden")) this.model.setNodeAttrs(n.id, { userHidden: false });
    });
    for (const p of paths) for (const n of p.nodes) this.ensureKindShown(n.kind);
    this.highlightPaths(paths, pair);
    this.afterLoad(added);
    const ids = [...this.path.nodes];
    this.fitNodes(ids);
    // Frame the path again once the layout has moved the new nodes.
    if (added.length && this.layout.running()) this.layout.onceStopped(() => { if (this.path.nodes.size) this.fitNodes([...this.path.nodes]); });
  }

  highlightPaths(paths, pair) {
    this.clearPath(false);
    for (const p of paths) {
      for (const n of p.nodes) this.path.nodes.add(n.id);
      for (const e of p.edges) if (this.graph.hasEdge(e.id)) this.path.edges.add(e.id);
    }
    if (pair && !this.path.pairs.some(([a, b]) => a === pair[0] && b === pair[1])) this.path.pairs.push(pair);
    this.renderer.setNodesState([...this.path.nodes].filter((n) => this.graph.hasNode(n)), { isPath: true });
    this.renderer.setEdgesState([...this.path.edges], { isPath: true });
    this.renderer.setGraphState({ hasPath: true });
    const hops = Math.min(...paths.map((p) => p.hops));
    const banner = clear(this.$("path-banner"));
    banner.hidden = false;
    banner.dataset.paths = String(paths.length);
    banner.append(
      h("span", {}, hops > 0 ? `${paths.length} shortest path${paths.length === 1 ? "" : "s"} of ${hops} hop${hops === 1 ? "" : "s"}` : "Path highlight",
        pair ? ` between ${this.label(pair[0])} and ${this.label(pair[1])}` : ""),
      h("button", { type: "button", class: "link", onclick: () => this.clearPath() }, "clear highlight (Esc)"));
    this.updateHash();
    if (paths[0].nodes.every((n) => n.label)) this.setStatus(`Path: ${paths[0].nodes.map((n) => n.label).join(" → ")}`);
  }

  clearPath(updateHash = true) {
    const g = this.graph;
    const ns = [...this.path.nodes].filter((n) => g.hasNode(n));
    const es = [...this.path.edges].filter((e) => g.hasEdge(e));
    if (ns.length) this.renderer.setNodesState(ns, { isPath: false });
    if (es.length) this.renderer.setEdgesState(es, { isPath: false });
    this.renderer.setGraphState({ hasPath: false });
    this.path.nodes.clear();
    this.path.edges.clear();
    if (updateHash) {
      this.path.pairs = [];
      this.$("path-banner").hidden = true;
      this.updateHash();
    }
  }

  // ---------- node actions (undoable) ----------

  pinToggle(ids = this.selected()) {
    if (!ids.length) return;
    const pin = ids.some((id) => !this.graph.getNodeAttribute(id, "fixed"));
    this.model.transaction(pin ? "Pin" : "Unpin", () => { for (const id of ids) this.model.setNodeAttrs(id, { fixed: pin }); });
    this.setStatus(`${pin ? "Pinned" : "Unpinned"} ${ids.length} node${ids.length === 1 ? "" : "s"}`);
    this.panel.render();
  }

  hide(ids = this.selected()) {
    if (!ids.length) return;
    this.model.transaction(`Hide ${ids.length}`, () => { for (const id of ids) this.model.setNodeAttrs(id, { userHidden: true }); });
    this.select(null);
    this.setStatus(`Hid ${ids.length} node${ids.length === 1 ? "" : "s"} (z to undo)`);
  }

  unhideAll() {
    const ids = this.graph.filterNodes((_, a) => a.userHidden);
    this.model.transaction("Show hidden", () => { for (const id of ids) this.model.setNodeAttrs(id, { userHidden: false }); });
  }

  remove(ids = this.selected()) {
    if (!ids.length) return;
    this.model.transaction(`Remove ${ids.length}`, () => {
      for (const id of ids) {
        const a = this.graph.getNodeAttributes(id);
        if (a.isGroup) this.model.ungroup(id);
        else this.model.dropNode(id);
      }
    });
    this.select(null);
    this.setStatus(`Removed ${ids.length} node${ids.length === 1 ? "" : "s"} from the view (z to undo)`);
  }

  group(ids = this.selected()) {
    if (ids.length < 2) { toast("Select two or more nodes (Shift+click) to group them.", "info"); return; }
    const gid = this.model.transaction(`Group ${ids.length}`, () => this.model.group(ids));
    if (gid) { this.select(gid, { focus: true }); this.setStatus(`Grouped ${ids.length} nodes (u to ungroup)`); }
  }

  ungroup(ids = this.selected()) {
    const groups = ids.filter((id) => this.graph.getNodeAttribute(id, "isGroup"));
    if (!groups.length) { toast("Select a group to ungroup.", "info"); return; }
    let members = [];
    this.model.transaction("Ungroup", () => { for (const g of groups) members = members.concat(this.model.ungroup(g)); });
    this.selectMany(members);
  }

  selectNeighbours() {
    const out = new Set(this.selection);
    for (const id of this.selected()) this.graph.forNeighbor(id, (n) => { if (this.isVisible(n)) out.add(n); });
    this.selectMany([...out]);
  }

  cycleNeighbour(dir) {
    const cur = this.selected()[0];
    if (!cur) return;
    const ns = this.graph.neighbors(cur).filter((n) => this.isVisible(n)).sort((a, b) => this.label(a).localeCompare(this.label(b)));
    if (!ns.length) return;
    this.nbCursor = ((this.nbCursor ?? -1) + dir + ns.length) % ns.length;
    this.select(ns[this.nbCursor], { focus: true });
  }

  undo() {
    if (this.layout.running()) this.layout.stopFA2();
    const label = this.model.undo();
    if (!label) { this.setStatus("Nothing to undo"); return; }
    this.renderFilters();
    this.refresh();
    // Path highlight may reference dropped items.
    if (this.path.nodes.size) {
      for (const n of [...this.path.nodes]) if (!this.graph.hasNode(n)) this.path.nodes.delete(n);
      for (const e of [...this.path.edges]) if (!this.graph.hasEdge(e)) this.path.edges.delete(e);
      if (!this.path.edges.size) this.clearPath();
    }
    this.setStatus(`Undid: ${label}`);
    this.afterGraphChange();
  }

  // ---------- filters ----------

  bindFilters() {
    this.$("kinds-all").addEventListener("click", () => this.setKinds(new Set(NODE_KINDS)));
    this.$("kinds-none").addEventListener("click", () => this.setKinds(new Set()));
    this.$("rels-all").addEventListener("click", () => this.setRels(new Set(REL_KINDS)));
    this.$("rels-none").addEventListener("click", () => this.setRels(new Set()));
    const dates = () => {
      const s = this.$("f-since").value, u = this.$("f-until").value;
      this.setTimeWindow(s ? Date.parse(s + "T00:00:00Z") : null, u ? Date.parse(u + "T23:59:59.999Z") : null);
    };
    this.$("f-since").addEventListener("change", dates);
    this.$("f-until").addEventListener("change", dates);
    this.$("f-time-clear").addEventListener("click", () => this.setTimeWindow(null, null));
  }

  // filterChange applies fn to the filters as one undoable step.
  filterChange(label, fn) {
    const old = { kinds: new Set(this.filters.kinds), rels: new Set(this.filters.rels), since: this.filters.since, until: this.filters.until };
    this.model.transaction(label, () => {
      this.model.record(() => {
        Object.assign(this.filters, old);
        this.renderFilters();
        this.refresh();
      });
      fn();
    });
    this.renderFilters();
    this.refresh();
    this.afterGraphChange();
  }

  setKinds(set) {
    if (sameSet(set, this.filters.kinds)) return;
    this.filterChange("Kind filter", () => { this.filters.kinds = set; });
  }

  setRels(set) {
    if (sameSet(set, this.filters.rels)) return;
    this.filterChange("Relationship filter", () => { this.filters.rels = set; });
  }

  setTimeWindow(since, until) {
    if (since !== null && until !== null && until < since) [since, until] = [until, since];
    // Browsers fire both input and change on some date pickers: a window
    // that does not change is not a step to undo.
    if (since === this.filters.since && until === this.filters.until) { this.renderFilters(); return; }
    this.filterChange("Time window", () => { this.filters.since = since; this.filters.until = until; });
  }

  renderFilters() {
    const kf = this.$("kind-filters");
    if (!kf.childElementCount) {
      for (const k of NODE_KINDS) {
        const st = kindStyle(k);
        const cb = h("input", { type: "checkbox", id: `fk-${k}`, "data-kind": k });
        cb.addEventListener("change", () => {
          const s = new Set(this.filters.kinds);
          if (cb.checked) s.add(k); else s.delete(k);
          this.setKinds(s);
        });
        kf.append(h("div", { class: "kind-row" }, cb,
          h("label", { for: `fk-${k}` }, shapeIcon(st.shape, st.color), h("span", { class: "kind-tag", style: { background: st.color } }, st.glyph), ` ${k}`,
            h("span", { class: "count", id: `fkc-${k}` }))));
      }
      const rf = this.$("rel-filters");
      for (const r of REL_KINDS) {
        const cb = h("input", { type: "checkbox", id: `fr-${r}`, "data-rel": r });
        cb.addEventListener("change", () => {
          const s = new Set(this.filters.rels);
          if (cb.checked) s.add(r); else s.delete(r);
          this.setRels(s);
        });
        rf.append(h("div", { class: "rel-row" }, cb, h("label", { for: `fr-${r}` }, r)));
      }
    }
    for (const k of NODE_KINDS) this.$(`fk-${k}`).checked = this.filters.kinds.has(k);
    for (const r of REL_KINDS) this.$(`fr-${r}`).checked = this.filters.rels.has(r);
    this.$("rel-summary").textContent = this.filters.rels.size === REL_KINDS.length ? "(all)" : `(${this.filters.rels.size} of ${REL_KINDS.length})`;
    const d = (ms) => (ms === null ? "" : new Date(ms).toISOString().slice(0, 10));
    this.$("f-since").value = d(this.filters.since);
    this.$("f-until").value = d(this.filters.until);
    this.$("sel-color").value = this.view.colorBy;
    this.$("sel-size").value = this.view.sizeBy;
    this.$("sel-layout").value = this.layoutName;
    const colour = { community: "Fill colour: community (grey = no community yet)", kind: "Fill colour: node kind (tags above)", risk: "Fill colour: network risk, grey → amber → red" };
    this.$("legend-colour").textContent = colour[this.view.colorBy];
    this.$("legend-size").textContent = { pagerank: "PageRank", networkRisk: "network risk", degree: "degree", uniform: "uniform" }[this.view.sizeBy];
    this.$("hr-threshold").textContent = String(this.view.highRisk);
  }

  renderKindCounts() {
    const loaded = {};
    this.graph.forEachNode((_, a) => { loaded[a.kind] = (loaded[a.kind] || 0) + 1; });
    for (const k of NODE_KINDS) {
      const el = this.$(`fkc-${k}`);
      if (!el) continue;
      const db = this.dbStats ? this.dbStats[k] : null;
      el.textContent = `${loaded[k] || 0}${db !== null && db !== undefined ? " / " + db.toLocaleString("en") : ""}`;
      el.title = `${loaded[k] || 0} in view${db !== null && db !== undefined ? `, ${db} in the database` : ""}`;
    }
  }

  // ---------- toolbar ----------

  bindToolbar() {
    this.$("btn-expand").addEventListener("click", () => this.expand());
    this.$("btn-path").addEventListener("click", () => this.openPathDialog());
    this.$("btn-undo").addEventListener("click", () => this.undo());
    this.$("sel-layout").addEventListener("change", (e) => this.setLayout(e.target.value));
    this.$("btn-layout-run").addEventListener("click", () => this.toggleFA2());
    this.$("btn-noverlap").addEventListener("click", () => {
      this.model.transaction("Spread", () => { this.model.snapshotPositions(); this.layout.noverlap(); });
    });
    this.$("sel-color").addEventListener("change", (e) => { this.view.colorBy = e.target.value; this.renderFilters(); this.refresh(); this.updateHash(); });
    this.$("sel-size").addEventListener("change", (e) => { this.view.sizeBy = e.target.value; this.renderFilters(); this.refresh(); this.updateHash(); });
    this.$("zoom-in").addEventListener("click", () => this.renderer.getCamera().zoomIn({ duration: 250 }));
    this.$("zoom-out").addEventListener("click", () => this.renderer.getCamera().zoomOut({ duration: 250 }));
    this.$("zoom-fit").addEventListener("click", () => this.fit());
    this.$("btn-share").addEventListener("click", () => this.copyLink());
    this.$("btn-help").addEventListener("click", () => this.$("dlg-help").showModal());
    this.$("help-close").addEventListener("click", () => this.$("dlg-help").close());
    const menuBtn = this.$("btn-export"), menu = this.$("menu-export");
    const closeMenu = () => { menu.hidden = true; menuBtn.setAttribute("aria-expanded", "false"); };
    menuBtn.addEventListener("click", () => {
      const open = menu.hidden;
      menu.hidden = !open;
      menuBtn.setAttribute("aria-expanded", String(open));
      if (open) menu.querySelector("button").focus();
    });
    menu.addEventListener("keydown", (e) => {
      const items = [...menu.querySelectorAll("button")];
      const i = items.indexOf(document.activeElement);
      if (e.key === "ArrowDown") { e.preventDefault(); items[(i + 1) % items.length].focus(); }
      if (e.key === "ArrowUp") { e.preventDefault(); items[(i - 1 + items.length) % items.length].focus(); }
      if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); closeMenu(); menuBtn.focus(); }
    });
    menu.addEventListener("click", (e) => {
      const b = e.target.closest("[data-export]");
      if (!b) return;
      closeMenu();
      this.exporter.run(b.dataset.export);
    });
    document.addEventListener("click", (e) => { if (!e.target.closest(".menu-wrap")) closeMenu(); });
  }

  layoutState(on) {
    const b = this.$("btn-layout-run");
    b.setAttribute("aria-pressed", String(on));
    b.textContent = on ? "Stop" : "Run";
    b.classList.toggle("running", on);
  }

  toggleFA2() {
    if (this.layout.running()) { this.layout.stopFA2(); return; }
    if (this.layoutName !== "fa2") { this.layoutName = "fa2"; this.renderFilters(); this.updateHash(); }
    this.model.transaction("Force layout", () => this.model.snapshotPositions());
    this.layout.startFA2(0);
  }

  setLayout(name) {
    this.layoutName = name;
    this.model.transaction(`Layout ${name}`, () => this.model.snapshotPositions());
    if (name === "fa2") this.layout.burst();
    else this.layout.apply(name);
    this.updateHash();
  }

  async copyLink() {
    this.updateHash(true);
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      toast("Link copied: it reopens these centres, paths, filters and layout.", "info");
    } catch {
      window.prompt("Copy this link:", url);
    }
  }

  // ---------- tabs ----------

  bindTabs() {
    const tabs = ["details", "risk", "communities", "inspection"];
    tabs.forEach((t, i) => {
      const b = this.$(`tab-${t}`);
      b.addEventListener("click", () => this.showTab(t));
      b.addEventListener("keydown", (e) => {
        if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
          e.preventDefault();
          const n = tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
          this.showTab(n);
          this.$(`tab-${n}`).focus();
        }
      });
    });
  }

  showTab(name, load = true) {
    for (const t of ["details", "risk", "communities", "inspection"]) {
      const on = t === name;
      const b = this.$(`tab-${t}`);
      b.setAttribute("aria-selected", String(on));
      b.tabIndex = on ? 0 : -1;
      this.$(`panel-${t}`).hidden = !on;
    }
    if (load && name !== "details") this.lists.ensure(name);
  }

  // ---------- paths dialog ----------

  bindPathDialog() {
    const dlg = this.$("dlg-path");
    this.pathFrom = null;
    this.pathTo = null;
    const pick = (which) => (n) => {
      this[which] = n.id;
      const input = this.$(which === "pathFrom" ? "path-from" : "path-to");
      input.value = n.label ? `${n.label} (${n.id})` : n.id;
      input.dataset.id = n.id;
    };
    this.pathFromBox = new SearchBox(this.$("path-from"), this.$("path-from-list"), { onPick: pick("pathFrom") });
    this.pathToBox = new SearchBox(this.$("path-to"), this.$("path-to-list"), { onPick: pick("pathTo") });
    for (const id of ["path-from", "path-to"]) this.$(id).addEventListener("input", (e) => { delete e.target.dataset.id; });
    this.$("path-cancel").addEventListener("click", () => dlg.close());
    this.$("path-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const idOf = (inp) => inp.dataset.id || (/^[A-Za-z]+:.+/.test(inp.value.trim()) ? inp.value.trim() : null);
      const from = idOf(this.$("path-from")), to = idOf(this.$("path-to"));
      const msg = this.$("path-msg");
      if (!from || !to) { msg.textContent = "Pick both entities from the suggestions (or type a Kind:ID key)."; msg.className = "form-msg error"; return; }
      if (from === to) { msg.textContent = "From and To are the same entity."; msg.className = "form-msg error"; return; }
      const maxHops = Math.max(1, Math.min(8, +this.$("path-hops").value || 6));
      const limit = Math.max(1, Math.min(10, +this.$("path-limit").value || 3));
      msg.textContent = "Searching…";
      msg.className = "form-msg";
      this.$("path-go").disabled = true;
      try {
        const paths = await this.findPaths(from, to, { maxHops, limit, useFilters: this.$("path-respect").checked, skipGeneric: this.$("path-generic").checked });
        if (!paths.length) {
          msg.textContent = `No path within ${maxHops} hops.`;
          msg.className = "form-msg error";
          return;
        }
        dlg.close();
      } catch (err) {
        msg.textContent = `Path search failed: ${errorText(err)}`;
        msg.className = "form-msg error";
      } finally {
        this.$("path-go").disabled = false;
      }
    });
  }

  openPathDialog(from = this.selected()[0] || null, to = null) {
    const set = (inputId, id) => {
      const inp = this.$(inputId);
      if (id) { inp.value = `${this.label(id)} (${id})`; inp.dataset.id = id; }
      else { inp.value = ""; delete inp.dataset.id; }
    };
    set("path-from", from);
    set("path-to", to);
    this.$("path-msg").textContent = "";
    // Quick targets: known smugglers already in view.
    const quick = clear(this.$("path-quick"));
    const ks = this.graph.filterNodes((id, a) => a.knownSmuggler && id !== from && !a.isGroup).slice(0, 8);
    if (ks.length) {
      quick.append(h("span", { class: "muted" }, "Known smugglers in view: "));
      for (const id of ks) quick.append(h("button", { type: "button", class: "chip ks", onclick: () => set("path-to", id) }, this.label(id)));
    }
    this.$("dlg-path").showModal();
    this.$(from ? "path-to" : "path-from").focus();
  }

  // ---------- keyboard ----------

  bindKeys() {
    document.addEventListener("keydown", (e) => {
      const t = e.target;
      const typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") { e.preventDefault(); this.investigations.openSave(); return; }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !typing) { e.preventDefault(); this.undo(); return; }
      if (document.querySelector("dialog[open]")) return;
      if (e.key === "Escape") {
        if (typing && t.id === "search-input") { t.blur(); return; }
        if (this.path.nodes.size) { this.clearPath(); return; }
        if (this.selection.size) { this.select(null); return; }
        return;
      }
      if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
      const k = e.key;
      const act = {
        "/": () => this.$("search-input").focus(),
        e: () => this.expand(),
        p: () => this.openPathDialog(),
        z: () => this.undo(),
        h: () => this.hide(),
        g: () => this.group(),
        u: () => this.ungroup(),
        i: () => this.pinToggle(),
        Delete: () => this.remove(),
        Backspace: () => this.remove(),
        n: () => this.cycleNeighbour(1),
        N: () => this.cycleNeighbour(-1),
        a: () => this.selectNeighbours(),
        f: () => this.fit(),
        "+": () => this.renderer.getCamera().zoomIn({ duration: 200 }),
        "=": () => this.renderer.getCamera().zoomIn({ duration: 200 }),
        "-": () => this.renderer.getCamera().zoomOut({ duration: 200 }),
        l: () => this.toggleFA2(),
        r: () => { this.showTab("details"); this.panel.focusRisk(); },
        "?": () => this.$("dlg-help").showModal(),
        1: () => this.showTab("details"),
        2: () => this.showTab("risk"),
        3: () => this.showTab("communities"),
        4: () => this.showTab("inspection"),
      }[k];
      if (act) { e.preventDefault(); act(); }
    });
  }

  // ---------- URL state ----------

  hashState() {
    return {
      centres: this.graph.filterNodes((_, a) => a.expanded && !a.isGroup),
      nodes: this.graph.filterNodes((_, a) => a.centre && !a.expanded && !a.isGroup),
      selected: this.selected().length === 1 ? this.selected()[0] : null,
      paths: this.path.pairs,
      hiddenKinds: NODE_KINDS.filter((k) => !this.filters.kinds.has(k)),
      hiddenRels: REL_KINDS.filter((r) => !this.filters.rels.has(r)),
      since: this.filters.since,
      until: this.filters.until,
      layout: this.layoutName,
      colorBy: this.view.colorBy,
      sizeBy: this.view.sizeBy,
    };
  }

  updateHash(now = false) {
    if (this.bench || this.restoring) return;
    const go = () => {
      if (this.restoring) return;
      const hash = encodeHash(this.hashState());
      if (hash === (location.hash || "")) return;
      this.lastHash = hash;
      history.replaceState(null, "", hash || location.pathname + location.search);
    };
    if (now) { go(); return; }
    clearTimeout(this.hashTimer);
    this.hashTimer = setTimeout(go, 150);
  }

  // loadFromHash rebuilds the view a shared link describes.
  async loadFromHash() {
    const s = decodeHash(location.hash);
    this.lastHash = location.hash;
    this.restoring = true;
    try {
      this.filters.kinds = new Set(NODE_KINDS.filter((k) => !s.hiddenKinds.includes(k)));
      this.filters.rels = new Set(REL_KINDS.filter((r) => !s.hiddenRels.includes(r)));
      this.filters.since = s.since;
      this.filters.until = s.until;
      this.view.colorBy = s.colorBy;
      this.view.sizeBy = s.sizeBy;
      this.layoutName = s.layout;
      this.renderFilters();
      this.refresh();
      if (!s.centres.length && !s.nodes.length && !s.paths.length) return;
      await this.busy("Opening shared view…", async () => {
        const wanted = [...new Set([...s.centres, ...s.nodes])].slice(0, 1000);
        let found = { nodes: [] };
        if (wanted.length) {
          // Ids that no longer exist are reported, not fatal.
          found = await gql(Q.nodes, { ids: wanted });
          const missing = wanted.filter((_, i) => !found.nodes[i]);
          if (missing.length) toast(`${missing.length} entit${missing.length === 1 ? "y" : "ies"} in the link no longer exist${missing.length === 1 ? "s" : ""}: ${missing.slice(0, 3).join(", ")}`, "warn");
        }
        const exists = new Set(found.nodes.filter(Boolean).map((n) => n.id));
        const centres = s.centres.filter((id) => exists.has(id));
        const sg = centres.length ? (await gql(Q.subgraph, this.expandVars({ centers: centres, limit: 2000 }))).subgraph : { nodes: [], edges: [] };
        this.model.transaction("Open link", () => {
          this.model.addApiNodes(found.nodes.filter(Boolean));
          this.model.addApiNodes(sg.nodes.map((n) => n.node));
          this.model.addApiEdges(sg.edges);
          for (const id of exists) this.model.setNodeAttrs(id, { centre: true });
          for (const id of centres) this.model.setNodeAttrs(id, { expanded: true });
        });
        for (const [a, b] of s.paths) {
          try {
            const data = await gql(Q.paths, { from: a, to: b, maxHops: 8, limit: 3, relKinds: REL_KINDS.filter((r) => !GENERIC_RELS.includes(r)) });
            if (data.paths.length) this.showPaths(data.paths, [a, b]);
          } catch (err) { showError("A path in the link could not be found", err); }
        }
      });
      this.model.clearHistory();
      if (this.layoutName === "fa2") this.layout.burst(); else this.layout.apply(this.layoutName, { animate: false });
      if (s.selected && this.graph.hasNode(s.selected)) this.select(s.selected, { focus: true });
    } catch (err) {
      showError("Could not open the shared view", err);
    } finally {
      this.restoring = false;
      this.afterGraphChange();
    }
  }

  async loadDbStats() {
    const box = this.$("db-stats");
    try {
      const d = await gql(Q.stats);
      this.dbStats = Object.fromEntries(d.stats.nodes.map((n) => [n.kind, n.count]));
      box.textContent = `${d.stats.nodeCount.toLocaleString("en")} nodes, ${d.stats.edgeCount.toLocaleString("en")} relationships stored.`;
      this.renderKindCounts();
      if (!d.stats.nodeCount) box.append(h("p", { class: "notice" }, "The database is empty: load data with `borderlens ingest` or `borderlens demo`."));
    } catch (err) {
      box.textContent = `Could not read database stats: ${errorText(err)}`;
      box.className = "error-text";
    }
  }

  // replaceGraph swaps in a saved investigation's graph.
  replaceGraph(exported) {
    this.layout.killFA2();
    this.clearPath();
    this.select(null);
    this.graph.clear();
    this.graph.import(exported);
    this.model.clearHistory();
    this.model.groupSeq = this.graph.filterNodes((_, a) => a.isGroup).length + 1;
    this.refresh();
    this.afterGraphChange();
    requestAnimationFrame(() => this.fit());
  }
}

function sameSet(a, b) {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

// shapeIcon draws a node kind's shape for the legend.
export function shapeIcon(shape, color) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("width", "14");
  svg.setAttribute("height", "14");
  svg.setAttribute("aria-hidden", "true");
  svg.classList.add("shape-icon");
  let el;
  switch (shape) {
    case "square": el = document.createElementNS(ns, "rect"); el.setAttribute("x", "2"); el.setAttribute("y", "2"); el.setAttribute("width", "12"); el.setAttribute("height", "12"); el.setAttribute("rx", "1.5"); break;
    case "triangle": el = document.createElementNS(ns, "polygon"); el.setAttribute("points", "8,1.5 15,14 1,14"); break;
    case "diamond": el = document.createElementNS(ns, "polygon"); el.setAttribute("points", "8,1 15,8 8,15 1,8"); break;
    case "rectangle": el = document.createElementNS(ns, "rect"); el.setAttribute("x", "0.5"); el.setAttribute("y", "4"); el.setAttribute("width", "15"); el.setAttribute("height", "8"); el.setAttribute("rx", "1"); break;
    default: el = document.createElementNS(ns, "circle"); el.setAttribute("cx", "8"); el.setAttribute("cy", "8"); el.setAttribute("r", "6.5");
  }
  el.setAttribute("fill", color);
  svg.append(el);
  return svg;
}
