// The investigation graph: a graphology graph of what the officer has
// loaded, with an undo stack. Every mutation made inside transaction()
// records its inverse; undo() replays a transaction's inverses backwards.
import Graph from "graphology";

export function newGraph() {
  return new Graph({ type: "directed", multi: true, allowSelfLoops: true });
}

// Attributes of an API node as stored on the graph.
export function nodeAttrs(n) {
  const t = n.at ? Date.parse(n.at) : NaN;
  return {
    kind: n.kind,
    label: n.label || n.id,
    at: n.at || null,
    t: Number.isFinite(t) ? t : null,
    knownSmuggler: !!n.knownSmuggler,
    communityId: n.communityId ?? null,
    pagerank: n.pagerank ?? null,
    networkRisk: n.networkRisk ?? null,
    degree: n.degree ?? null,
  };
}

export function edgeAttrs(r) {
  const t = r.at ? Date.parse(r.at) : NaN;
  return { kind: r.kind, from: r.from, to: r.to, at: r.at || null, t: Number.isFinite(t) ? t : null };
}

export class Model {
  constructor(graph = newGraph()) {
    this.graph = graph;
    this.stack = [];
    this.tx = null;
    this.maxUndo = 200;
    this.listeners = new Set();
    this.notes = {}; // node id -> free text
    this.groupSeq = 0;
  }

  on(fn) { this.listeners.add(fn); return () => this.listeners.delete(fn); }
  emit(what) { for (const fn of this.listeners) fn(what); }

  // transaction runs fn (synchronous) as one undoable step named label.
  transaction(label, fn) {
    if (this.tx) return fn();
    this.tx = { label, ops: [] };
    let out;
    try {
      out = fn();
    } finally {
      const tx = this.tx;
      this.tx = null;
      if (tx.ops.length) {
        this.stack.push(tx);
        if (this.stack.length > this.maxUndo) this.stack.shift();
      }
      this.emit("change");
    }
    return out;
  }

  record(inverse) {
    if (this.tx) this.tx.ops.push(inverse);
  }

  canUndo() { return this.stack.length > 0; }
  undoLabel() { return this.stack.length ? this.stack[this.stack.length - 1].label : null; }

  undo() {
    const tx = this.stack.pop();
    if (!tx) return null;
    for (let i = tx.ops.length - 1; i >= 0; i--) tx.ops[i]();
    this.emit("change");
    return tx.label;
  }

  clearHistory() { this.stack = []; this.emit("change"); }

  // upsertNode adds a node or merges attributes into an existing one.
  upsertNode(id, attrs) {
    const g = this.graph;
    if (!g.hasNode(id)) {
      g.addNode(id, attrs);
      this.record(() => { if (g.hasNode(id)) g.dropNode(id); });
      return true;
    }
    this.setNodeAttrs(id, attrs);
    return false;
  }

  upsertEdge(id, from, to, attrs) {
    const g = this.graph;
    if (!g.hasNode(from) || !g.hasNode(to)) return false;
    if (g.hasEdge(id)) return false;
    g.addEdgeWithKey(id, from, to, attrs);
    this.record(() => { if (g.hasEdge(id)) g.dropEdge(id); });
    return true;
  }

  // setNodeAttrs sets attributes, recording the old values (and removing
  // on undo the attributes that did not exist before).
  setNodeAttrs(id, attrs) {
    const g = this.graph;
    if (!g.hasNode(id)) return;
    const cur = g.getNodeAttributes(id);
    const old = {};
    const absent = [];
    let changed = false;
    for (const k of Object.keys(attrs)) {
      if (cur[k] === attrs[k]) continue;
      changed = true;
      if (k in cur) old[k] = cur[k];
      else absent.push(k);
    }
    if (!changed) return;
    g.mergeNodeAttributes(id, attrs);
    this.record(() => {
      if (!g.hasNode(id)) return;
      g.mergeNodeAttributes(id, old);
      for (const k of absent) g.removeNodeAttribute(id, k);
    });
  }

  // dropNode removes a node and its edges; undo puts both back.
  dropNode(id) {
    const g = this.graph;
    if (!g.hasNode(id)) return;
    const attrs = { ...g.getNodeAttributes(id) };
    const edges = [];
    g.forEachEdge(id, (key, a, source, target) => edges.push([key, source, target, { ...a }]));
    g.dropNode(id);
    this.record(() => {
      if (!g.hasNode(id)) g.addNode(id, attrs);
      for (const [key, s, t, a] of edges) {
        if (!g.hasEdge(key) && g.hasNode(s) && g.hasNode(t)) g.addEdgeWithKey(key, s, t, a);
      }
    });
  }

  // snapshotPositions records every node's position so that undo restores
  // the layout as it was before the transaction.
  snapshotPositions() {
    const g = this.graph;
    const pos = new Map();
    g.forEachNode((n, a) => pos.set(n, [a.x, a.y]));
    this.record(() => {
      g.updateEachNodeAttributes((n, a) => {
        const p = pos.get(n);
        if (p) { a.x = p[0]; a.y = p[1]; }
        return a;
      }, { attributes: ["x", "y"] });
    });
  }

  // addApiNodes merges API nodes, placing new ones around anchor (a node
  // id) or at random; it returns the ids that were new.
  addApiNodes(nodes, anchor = null) {
    const g = this.graph;
    const added = [];
    let ax = 0, ay = 0, spread = 1;
    // Place new nodes at a distance proportional to the drawing's extent,
    // so they neither pile onto the anchor nor fly off screen.
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    g.forEachNode((_, a) => {
      if (a.x < x0) x0 = a.x;
      if (a.x > x1) x1 = a.x;
      if (a.y < y0) y0 = a.y;
      if (a.y > y1) y1 = a.y;
    });
    const extent = g.order > 1 ? Math.max(x1 - x0, y1 - y0) : 0;
    if (anchor && g.hasNode(anchor)) {
      ax = g.getNodeAttribute(anchor, "x");
      ay = g.getNodeAttribute(anchor, "y");
      spread = Math.max(1, Math.sqrt(g.order) * 0.15, extent * 0.12);
    } else if (g.order) {
      ax = (x0 + x1) / 2;
      ay = (y0 + y1) / 2;
      spread = Math.max(Math.sqrt(g.order) * 2, extent * 0.6);
    }
    nodes.forEach((n, i) => {
      if (!n || !n.id) return;
      const attrs = nodeAttrs(n);
      if (!g.hasNode(n.id)) {
        const ang = (i / Math.max(1, nodes.length)) * Math.PI * 2 + Math.random() * 0.3;
        const r = spread * (0.5 + Math.random() * 0.5);
        attrs.x = ax + Math.cos(ang) * r;
        attrs.y = ay + Math.sin(ang) * r;
        this.upsertNode(n.id, attrs);
        added.push(n.id);
      } else {
        this.setNodeAttrs(n.id, attrs);
        // A node loaded again is shown again.
        if (g.getNodeAttribute(n.id, "userHidden")) this.setNodeAttrs(n.id, { userHidden: false });
      }
    });
    return added;
  }

  addApiEdges(rels) {
    let n = 0;
    for (const r of rels) if (r && this.upsertEdge(r.id, r.from, r.to, edgeAttrs(r))) n++;
    return n;
  }

  // group collapses the given nodes into one group node linked to their
  // outside neighbours; it returns the group id.
  group(ids, label) {
    const g = this.graph;
    const members = ids.filter((id) => g.hasNode(id) && !g.getNodeAttribute(id, "isGroup"));
    if (members.length < 2) return null;
    let gid;
    do { gid = `Group:${++this.groupSeq}`; } while (g.hasNode(gid));
    let x = 0, y = 0, smugglers = 0, risk = 0;
    for (const id of members) {
      const a = g.getNodeAttributes(id);
      x += a.x; y += a.y;
      if (a.knownSmuggler) smugglers++;
      risk = Math.max(risk, a.networkRisk || 0);
    }
    const memberSet = new Set(members);
    this.upsertNode(gid, {
      kind: "Group", label: label || `Group of ${members.length}`, isGroup: true, members,
      x: x / members.length, y: y / members.length, knownSmuggler: smugglers > 0, networkRisk: risk,
      communityId: null, pagerank: null, degree: null, t: null, at: null,
    });
    const outside = new Map();
    for (const id of members) {
      g.forEachEdge(id, (key, a, s, t) => {
        const other = s === id ? t : s;
        if (memberSet.has(other)) return;
        const dirOut = s === id;
        const k = `${dirOut ? "o" : "i"}|${other}|${a.kind}`;
        if (!outside.has(k)) outside.set(k, { other, kind: a.kind, out: dirOut, n: 0 });
        outside.get(k).n++;
      });
      this.setNodeAttrs(id, { groupId: gid });
    }
    for (const { other, kind, out, n } of outside.values()) {
      const from = out ? gid : other, to = out ? other : gid;
      this.upsertEdge(`${from}-${kind}->${to}`, from, to, { kind, from, to, t: null, at: null, grouped: n });
    }
    return gid;
  }

  ungroup(gid) {
    const g = this.graph;
    if (!g.hasNode(gid) || !g.getNodeAttribute(gid, "isGroup")) return [];
    const members = g.getNodeAttribute(gid, "members") || [];
    for (const id of members) if (g.hasNode(id)) this.setNodeAttrs(id, { groupId: null });
    this.dropNode(gid);
    return members;
  }
}
