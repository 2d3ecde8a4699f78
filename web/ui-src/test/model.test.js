import { describe, it, expect } from "vitest";
import { Model } from "../src/model.js";

const N = (id, extra = {}) => ({ id, kind: id.split(":")[0], label: id, at: null, knownSmuggler: false, communityId: 1, pagerank: 0.1, networkRisk: 0.2, degree: 1, ...extra });
const R = (from, kind, to) => ({ id: `${from}-${kind}->${to}`, from, to, kind, at: null });

function world() {
  const m = new Model();
  m.transaction("load", () => {
    m.addApiNodes([N("Passenger:A"), N("Phone:1"), N("Trader:S", { knownSmuggler: true }), N("Booking:B")]);
    m.addApiEdges([R("Passenger:A", "USES_PHONE", "Phone:1"), R("Trader:S", "USES_PHONE", "Phone:1"), R("Passenger:A", "BOOKED", "Booking:B")]);
  });
  return m;
}

describe("model undo", () => {
  it("undoes additions", () => {
    const m = world();
    expect(m.graph.order).toBe(4);
    m.transaction("expand", () => {
      m.addApiNodes([N("Email:x")]);
      m.addApiEdges([R("Passenger:A", "USES_EMAIL", "Email:x")]);
    });
    expect(m.graph.order).toBe(5);
    expect(m.undo()).toBe("expand");
    expect(m.graph.order).toBe(4);
    expect(m.graph.size).toBe(3);
  });

  it("undoes attribute changes, including new attributes", () => {
    const m = world();
    m.transaction("pin", () => m.setNodeAttrs("Passenger:A", { fixed: true }));
    expect(m.graph.getNodeAttribute("Passenger:A", "fixed")).toBe(true);
    m.undo();
    expect(m.graph.hasNodeAttribute("Passenger:A", "fixed")).toBe(false);
  });

  it("restores removed nodes with their edges", () => {
    const m = world();
    m.transaction("remove", () => m.dropNode("Phone:1"));
    expect(m.graph.order).toBe(3);
    expect(m.graph.size).toBe(1);
    m.undo();
    expect(m.graph.order).toBe(4);
    expect(m.graph.size).toBe(3);
    expect(m.graph.hasEdge("Trader:S-USES_PHONE->Phone:1")).toBe(true);
  });

  it("groups and ungroups, and undo reverses grouping", () => {
    const m = world();
    const gid = m.transaction("group", () => m.group(["Passenger:A", "Phone:1"]));
    expect(gid).toMatch(/^Group:/);
    const g = m.graph.getNodeAttributes(gid);
    expect(g.members).toEqual(["Passenger:A", "Phone:1"]);
    expect(m.graph.getNodeAttribute("Passenger:A", "groupId")).toBe(gid);
    // Outside links are aggregated onto the group node.
    expect(m.graph.hasEdge(`Trader:S-USES_PHONE->${gid}`)).toBe(true);
    expect(m.graph.hasEdge(`${gid}-BOOKED->Booking:B`)).toBe(true);
    m.undo();
    expect(m.graph.hasNode(gid)).toBe(false);
    expect(m.graph.hasNodeAttribute("Passenger:A", "groupId")).toBe(false);
    const gid2 = m.transaction("group", () => m.group(["Passenger:A", "Phone:1"]));
    m.transaction("ungroup", () => m.ungroup(gid2));
    expect(m.graph.hasNode(gid2)).toBe(false);
    expect(m.graph.getNodeAttribute("Phone:1", "groupId")).toBeNull();
    m.undo();
    expect(m.graph.hasNode(gid2)).toBe(true);
    expect(m.graph.getNodeAttribute("Phone:1", "groupId")).toBe(gid2);
  });

  it("restores positions after a layout", () => {
    const m = world();
    const before = m.graph.getNodeAttributes("Passenger:A");
    const [x, y] = [before.x, before.y];
    m.transaction("layout", () => {
      m.snapshotPositions();
      m.graph.updateEachNodeAttributes((_, a) => ({ ...a, x: 99, y: 99 }));
    });
    m.undo();
    expect(m.graph.getNodeAttribute("Passenger:A", "x")).toBe(x);
    expect(m.graph.getNodeAttribute("Passenger:A", "y")).toBe(y);
  });

  it("does not record empty transactions and ignores edges to absent nodes", () => {
    const m = world();
    const depth = m.stack.length;
    m.transaction("noop", () => m.addApiEdges([R("Passenger:A", "USES_PHONE", "Phone:404")]));
    expect(m.stack.length).toBe(depth);
  });
});
