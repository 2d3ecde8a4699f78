// Synthetic customs-like graph for ?bench=N: communities of ~50 nodes
// with mostly internal links, kinds, risk and a few known smugglers.
import { NODE_KINDS, REL_KINDS } from "./kinds.js";

// mulberry32: small seeded PRNG so benchmark graphs are reproducible.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchGraph(graph, n, { seed = 42, edgesPerNode = 1.5 } = {}) {
  const r = rng(seed);
  const communities = Math.max(1, Math.round(n / 50));
  const t0 = Date.UTC(2024, 0, 1);
  const members = Array.from({ length: communities }, () => []);
  const R = Math.sqrt(n) * 10;
  const centres = Array.from({ length: communities }, () => [(r() - 0.5) * 2 * R, (r() - 0.5) * 2 * R]);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(r() * communities);
    const kind = NODE_KINDS[Math.floor(r() * r() * NODE_KINDS.length)];
    const ks = r() < 0.002;
    const risk = ks ? 1 : Math.pow(r(), 4);
    const at = kind === "Declaration" || kind === "Booking" || kind === "Seizure" || kind === "Flight" ? t0 + Math.floor(r() * 365 * 86400000) : null;
    const id = `${kind}:B${i}`;
    graph.addNode(id, {
      kind, label: `${kind} ${i}`, at: at ? new Date(at).toISOString() : null, t: at,
      knownSmuggler: ks, communityId: c, pagerank: Math.pow(r(), 3) / n, networkRisk: risk, degree: 0,
      x: centres[c][0] + (r() - 0.5) * 40, y: centres[c][1] + (r() - 0.5) * 40,
    });
    members[c].push(id);
  }
  const ids = graph.nodes();
  const m = Math.round(n * edgesPerNode);
  for (let e = 0; e < m; e++) {
    const a = ids[Math.floor(r() * n)];
    const c = graph.getNodeAttribute(a, "communityId");
    const pool = r() < 0.9 && members[c].length > 1 ? members[c] : ids;
    const b = pool[Math.floor(r() * pool.length)];
    if (a === b) continue;
    const kind = REL_KINDS[Math.floor(r() * REL_KINDS.length)];
    const key = `${a}-${kind}->${b}`;
    if (graph.hasEdge(key)) continue;
    graph.addEdgeWithKey(key, a, b, { kind, from: a, to: b, at: null, t: null });
  }
  graph.forEachNode((id) => graph.setNodeAttribute(id, "degree", graph.degree(id)));
  return graph;
}
