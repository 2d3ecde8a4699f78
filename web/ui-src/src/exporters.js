// Client-side exporters: GraphML, GEXF 1.3 and CSV (strings), plus the
// investigation file format.
import { nodeColor, nodeSize } from "./visual.js";

// Characters XML 1.0 does not allow are dropped; markup characters escaped.
export function xmlEscape(v) {
  return String(v ?? "")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const NODE_KEYS = [
  ["label", "string"], ["kind", "string"], ["at", "string"], ["knownSmuggler", "boolean"],
  ["communityId", "int"], ["pagerank", "double"], ["networkRisk", "double"], ["degree", "int"],
  ["pinned", "boolean"], ["note", "string"], ["x", "double"], ["y", "double"], ["color", "string"], ["size", "double"],
];
const EDGE_KEYS = [["kind", "string"], ["at", "string"]];

function nodeValues(id, a, ctx) {
  return {
    label: a.label, kind: a.kind, at: a.at, knownSmuggler: !!a.knownSmuggler, communityId: a.communityId,
    pagerank: a.pagerank, networkRisk: a.networkRisk, degree: a.degree, pinned: !!a.fixed,
    note: ctx.notes ? ctx.notes[id] : null, x: a.x, y: a.y,
    color: nodeColor(a, ctx.view), size: nodeSize(a, ctx.view, ctx.stats),
  };
}

function* selectedNodes(graph, ctx) {
  for (const id of graph.nodes()) {
    const a = graph.getNodeAttributes(id);
    if (ctx.nodeFilter && !ctx.nodeFilter(id, a)) continue;
    yield [id, a];
  }
}

function* selectedEdges(graph, ctx, ids) {
  for (const e of graph.edges()) {
    const s = graph.source(e), t = graph.target(e);
    if (!ids.has(s) || !ids.has(t)) continue;
    const a = graph.getEdgeAttributes(e);
    if (ctx.edgeFilter && !ctx.edgeFilter(e, a)) continue;
    yield [e, s, t, a];
  }
}

const present = (v) => v !== null && v !== undefined && !(typeof v === "number" && Number.isNaN(v));

// ctx: { view, stats, notes, nodeFilter(id, attrs), edgeFilter(id, attrs) }
export function toGraphML(graph, ctx) {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
  for (const [k, t] of NODE_KEYS) out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`);
  for (const [k, t] of EDGE_KEYS) out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`);
  out.push('  <graph id="borderlens" edgedefault="directed">');
  const ids = new Set();
  for (const [id, a] of selectedNodes(graph, ctx)) {
    ids.add(id);
    const vals = nodeValues(id, a, ctx);
    out.push(`    <node id="${xmlEscape(id)}">`);
    for (const [k] of NODE_KEYS) if (present(vals[k])) out.push(`      <data key="n_${k}">${xmlEscape(vals[k])}</data>`);
    out.push("    </node>");
  }
  for (const [e, s, t, a] of selectedEdges(graph, ctx, ids)) {
    out.push(`    <edge id="${xmlEscape(e)}" source="${xmlEscape(s)}" target="${xmlEscape(t)}">`);
    for (const [k] of EDGE_KEYS) if (present(a[k])) out.push(`      <data key="e_${k}">${xmlEscape(a[k])}</data>`);
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

function hexToRgb(hex) {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex || "");
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : [128, 128, 128];
}

const GEXF_TYPES = { string: "string", boolean: "boolean", int: "integer", double: "double" };

export function toGEXF(graph, ctx, now = new Date()) {
  const attrKeys = NODE_KEYS.filter(([k]) => !["label", "x", "y", "color", "size"].includes(k));
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}"><creator>BorderLens</creator><description>BorderLens investigation export</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">'];
  for (const [k, t] of attrKeys) out.push(`      <attribute id="${k}" title="${k}" type="${GEXF_TYPES[t]}"/>`);
  out.push("    </attributes>", '    <attributes class="edge">');
  for (const [k, t] of EDGE_KEYS) out.push(`      <attribute id="${k}" title="${k}" type="${GEXF_TYPES[t]}"/>`);
  out.push("    </attributes>", "    <nodes>");
  const ids = new Set();
  for (const [id, a] of selectedNodes(graph, ctx)) {
    ids.add(id);
    const vals = nodeValues(id, a, ctx);
    out.push(`      <node id="${xmlEscape(id)}" label="${xmlEscape(vals.label)}">`);
    const av = attrKeys.filter(([k]) => present(vals[k]));
    if (av.length) {
      out.push("        <attvalues>");
      for (const [k] of av) out.push(`          <attvalue for="${k}" value="${xmlEscape(vals[k])}"/>`);
      out.push("        </attvalues>");
    }
    const [r, g, b] = hexToRgb(vals.color);
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    if (present(vals.x) && present(vals.y)) out.push(`        <viz:position x="${+vals.x}" y="${+vals.y}" z="0"/>`);
    out.push(`        <viz:size value="${+vals.size}"/>`);
    out.push("      </node>");
  }
  out.push("    </nodes>", "    <edges>");
  for (const [e, s, t, a] of selectedEdges(graph, ctx, ids)) {
    out.push(`      <edge id="${xmlEscape(e)}" source="${xmlEscape(s)}" target="${xmlEscape(t)}" label="${xmlEscape(a.kind)}">`);
    const av = EDGE_KEYS.filter(([k]) => present(a[k]));
    if (av.length) {
      out.push("        <attvalues>");
      for (const [k] of av) out.push(`          <attvalue for="${k}" value="${xmlEscape(a[k])}"/>`);
      out.push("        </attvalues>");
    }
    out.push("      </edge>");
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}

// csvCell quotes per RFC 4180 and defuses spreadsheet formulas in text.
export function csvCell(v) {
  if (v === null || v === undefined) return "";
  let s = typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// toCSV(rows, columns): columns is [[header, row => value], ...].
export function toCSV(rows, columns) {
  const lines = [columns.map(([h]) => csvCell(h)).join(",")];
  for (const r of rows) lines.push(columns.map(([, f]) => csvCell(f(r))).join(","));
  return lines.join("\r\n") + "\r\n";
}

// Investigation files: everything needed to reopen the work.
export const INVESTIGATION_FORMAT = "borderlens-investigation";
export const INVESTIGATION_VERSION = 1;

export function investigationToJSON(inv) {
  return JSON.stringify({ format: INVESTIGATION_FORMAT, version: INVESTIGATION_VERSION, ...inv }, null, 1);
}

export function parseInvestigation(text) {
  let obj;
  try { obj = JSON.parse(text); } catch (e) { throw new Error(`not JSON: ${e.message}`); }
  if (!obj || obj.format !== INVESTIGATION_FORMAT) throw new Error("not a BorderLens investigation file");
  if (obj.version > INVESTIGATION_VERSION) throw new Error(`investigation version ${obj.version} is newer than this UI understands`);
  if (!obj.graph || !Array.isArray(obj.graph.nodes)) throw new Error("investigation has no graph");
  return obj;
}
