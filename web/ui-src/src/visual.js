// Pure functions from node/edge attributes and view settings to visual
// variables and visibility. Shared by the renderer and the exporters.
import {
  kindStyle, communityColor, riskColor, SMUGGLER_RING, HIGH_RISK_RING, GROUP_RING, DEFAULT_HIGH_RISK,
} from "./kinds.js";

export function defaultView() {
  return {
    colorBy: "community", // community | kind | risk
    sizeBy: "pagerank", // pagerank | networkRisk | degree | uniform
    highRisk: DEFAULT_HIGH_RISK,
  };
}

export function defaultFilters(nodeKinds, relKinds) {
  return { kinds: new Set(nodeKinds), rels: new Set(relKinds), since: null, until: null };
}

// Graph-wide maxima used to scale sizes; recomputed when nodes change.
export function computeStats(graph) {
  let maxPagerank = 0, maxDegree = 0;
  graph.forEachNode((_, a) => {
    if (a.pagerank > maxPagerank) maxPagerank = a.pagerank;
    if (a.degree > maxDegree) maxDegree = a.degree;
  });
  return { maxPagerank, maxDegree };
}

export function isHighRisk(a, view) {
  return !a.knownSmuggler && a.networkRisk !== null && a.networkRisk !== undefined && a.networkRisk >= view.highRisk;
}

export function nodeColor(a, view) {
  if (a.isGroup) return kindStyle("Group").color;
  switch (view.colorBy) {
    case "kind": return kindStyle(a.kind).color;
    case "risk": return riskColor(a.knownSmuggler ? 1 : a.networkRisk);
    default: return communityColor(a.communityId);
  }
}

const MIN_SIZE = 4, MAX_SIZE = 20;

export function nodeSize(a, view, stats) {
  if (a.isGroup) return 10 + Math.min(12, Math.sqrt((a.members || []).length) * 2);
  let v = null;
  switch (view.sizeBy) {
    case "networkRisk": v = a.networkRisk; break;
    case "degree": v = stats.maxDegree ? (a.degree || 0) / stats.maxDegree : null; break;
    case "uniform": v = 0.3; break;
    default: v = stats.maxPagerank ? (a.pagerank || 0) / stats.maxPagerank : null;
  }
  let s = v === null || v === undefined ? MIN_SIZE + 2 : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, Math.min(1, v)));
  if (a.knownSmuggler) s = Math.max(s, 12);
  return s;
}

// ringColor: red for known smugglers, amber for high network risk, dark
// for groups; transparent (no ring) otherwise.
export function ringColor(a, view) {
  if (a.knownSmuggler) return SMUGGLER_RING;
  if (a.isGroup) return GROUP_RING;
  if (isHighRisk(a, view)) return HIGH_RISK_RING;
  return "rgba(0,0,0,0)";
}

export function timeOK(t, filters) {
  if (t === null || t === undefined) return true;
  if (filters.since !== null && t < filters.since) return false;
  if (filters.until !== null && t > filters.until) return false;
  return true;
}

export function nodeVisible(a, filters) {
  if (!a) return false;
  if (a.userHidden || a.groupId) return false;
  if (a.isGroup) return true;
  if (!filters.kinds.has(a.kind)) return false;
  return timeOK(a.t, filters);
}

export function edgeVisible(a, filters, graph) {
  if (!filters.rels.has(a.kind)) return false;
  if (!timeOK(a.t, filters)) return false;
  return nodeVisible(graph.getNodeAttributes(a.from), filters) && nodeVisible(graph.getNodeAttributes(a.to), filters);
}

export function displayLabel(a) {
  return a.label || "";
}
