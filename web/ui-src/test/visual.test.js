import { describe, it, expect } from "vitest";
import { binTimes } from "../src/timeline.js";
import { nodeVisible, edgeVisible, ringColor, nodeSize, defaultView, defaultFilters, nodeColor } from "../src/visual.js";
import { communityColor, riskColor, NODE_KINDS, REL_KINDS, SMUGGLER_RING, HIGH_RISK_RING, riskKinds, widenRiskKinds } from "../src/kinds.js";
import { newGraph } from "../src/model.js";
import { benchGraph } from "../src/benchgraph.js";

describe("timeline bins", () => {
  it("counts by kind and flags", () => {
    const d = Date.UTC(2024, 0, 1);
    const r = binTimes([{ t: d, kind: "Booking" }, { t: d + 10 * 86400000, kind: "Seizure", flag: true }, { t: null, kind: "Trader" }], 10);
    expect(r.bins.length).toBe(10);
    expect(r.bins[0].byKind.Booking).toBe(1);
    expect(r.bins[9].byKind.Seizure).toBe(1);
    expect(r.bins[9].flagged).toBe(1);
    expect(r.maxCount).toBe(1);
    expect(binTimes([], 5).bins).toEqual([]);
  });
});

describe("visual mapping", () => {
  const view = defaultView();
  it("rings known smugglers red and high-risk amber", () => {
    expect(ringColor({ knownSmuggler: true }, view)).toBe(SMUGGLER_RING);
    expect(ringColor({ knownSmuggler: false, networkRisk: 0.9 }, view)).toBe(HIGH_RISK_RING);
    expect(ringColor({ knownSmuggler: false, networkRisk: 0.1 }, view)).toBe("rgba(0,0,0,0)");
  });
  it("sizes known smugglers at least 12 and within bounds", () => {
    const st = { maxPagerank: 1, maxDegree: 10 };
    expect(nodeSize({ knownSmuggler: true, pagerank: 0 }, view, st)).toBeGreaterThanOrEqual(12);
    expect(nodeSize({ pagerank: 1 }, view, st)).toBe(20);
    expect(nodeSize({ pagerank: 0 }, view, st)).toBe(4);
  });
  it("colours stably by community, kind and risk", () => {
    expect(communityColor(5)).toBe(communityColor(5));
    expect(communityColor(null)).toBe("#b8b8b8");
    expect(riskColor(1)).toBe("#d7191c");
    expect(nodeColor({ kind: "Trader", communityId: 2 }, { ...view, colorBy: "kind" })).toBe("#1f77b4");
  });
  it("filters nodes by kind, time, hidden and group, and edges by both ends", () => {
    const f = defaultFilters(NODE_KINDS, REL_KINDS);
    f.since = Date.UTC(2024, 0, 1);
    expect(nodeVisible({ kind: "Booking", t: Date.UTC(2023, 0, 1) }, f)).toBe(false);
    expect(nodeVisible({ kind: "Booking", t: Date.UTC(2024, 5, 1) }, f)).toBe(true);
    expect(nodeVisible({ kind: "Trader", t: null }, f)).toBe(true);
    expect(nodeVisible({ kind: "Trader", userHidden: true }, f)).toBe(false);
    expect(nodeVisible({ kind: "Trader", groupId: "Group:1" }, f)).toBe(false);
    f.kinds.delete("Trader");
    expect(nodeVisible({ kind: "Trader" }, f)).toBe(false);
    const g = newGraph();
    g.addNode("a", { kind: "Trader" });
    g.addNode("b", { kind: "Phone" });
    expect(edgeVisible({ kind: "USES_PHONE", from: "a", to: "b", t: null }, f, g)).toBe(false);
    f.kinds.add("Trader");
    expect(edgeVisible({ kind: "USES_PHONE", from: "a", to: "b", t: null }, f, g)).toBe(true);
    f.rels.delete("USES_PHONE");
    expect(edgeVisible({ kind: "USES_PHONE", from: "a", to: "b", t: null }, f, g)).toBe(false);
  });
});

describe("bench graph", () => {
  it("is deterministic and sized as asked", () => {
    const a = benchGraph(newGraph(), 1000), b = benchGraph(newGraph(), 1000);
    expect(a.order).toBe(1000);
    expect(a.size).toBeGreaterThan(1200);
    expect(a.size).toBe(b.size);
    expect(a.getNodeAttributes(a.nodes()[7])).toEqual(b.getNodeAttributes(b.nodes()[7]));
  });
});

describe("top-risk kinds", () => {
  it("maps the kind control to topRisk's kinds argument", () => {
    for (const [value, want] of [["parties", ["Trader", "Passenger"]], ["", null], ["Phone", ["Phone"]]]) {
      expect(riskKinds(value)).toEqual(want);
    }
    for (const k of riskKinds("parties")) expect(NODE_KINDS).toContain(k);
  });
  it("widens to every kind only when the parties are forbidden", () => {
    const forbidden = { code: "forbidden" };
    expect(widenRiskKinds("parties", forbidden)).toBe(true);
    expect(widenRiskKinds("parties", { code: "unavailable" })).toBe(false);
    expect(widenRiskKinds("Trader", forbidden)).toBe(false);
    expect(widenRiskKinds("", forbidden)).toBe(false);
    expect(widenRiskKinds("parties", null)).toBe(false);
  });
});
