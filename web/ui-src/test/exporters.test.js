import { describe, it, expect } from "vitest";
import { Model } from "../src/model.js";
import { toGraphML, toGEXF, toCSV, csvCell, xmlEscape, parseInvestigation, investigationToJSON } from "../src/exporters.js";
import { defaultView } from "../src/visual.js";

function ctx() {
  return { view: defaultView(), stats: { maxPagerank: 1, maxDegree: 3 }, notes: { "Trader:<&>": 'note "quoted"' } };
}

function graph() {
  const m = new Model();
  m.addApiNodes([
    { id: "Trader:<&>", kind: "Trader", label: "A & B <Ltd>", at: null, knownSmuggler: true, communityId: 3, pagerank: 0.5, networkRisk: 1, degree: 1 },
    { id: "Phone:+82", kind: "Phone", label: "+82\u0001", at: "2024-03-01T00:00:00Z", knownSmuggler: false, communityId: null, pagerank: null, networkRisk: null, degree: 1 },
  ]);
  m.addApiEdges([{ id: "Trader:<&>-USES_PHONE->Phone:+82", from: "Trader:<&>", to: "Phone:+82", kind: "USES_PHONE", at: null }]);
  return m.graph;
}

describe("xml", () => {
  it("escapes markup and drops invalid characters", () => {
    expect(xmlEscape(`a<b>&"c'\u0000`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
  });
});

describe("GraphML", () => {
  it("writes keys, nodes and edges with escaped values", () => {
    const x = toGraphML(graph(), ctx());
    expect(x).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(x).toContain('<node id="Trader:&lt;&amp;&gt;">');
    expect(x).toContain('<data key="n_label">A &amp; B &lt;Ltd&gt;</data>');
    expect(x).toContain('<data key="n_knownSmuggler">true</data>');
    expect(x).toContain('<data key="n_note">note &quot;quoted&quot;</data>');
    expect(x).toContain('<edge id="Trader:&lt;&amp;&gt;-USES_PHONE-&gt;Phone:+82" source="Trader:&lt;&amp;&gt;" target="Phone:+82">');
    expect(x).not.toContain("\u0001");
    expect((x.match(/<node /g) || []).length).toBe(2);
    expect((x.match(/<edge /g) || []).length).toBe(1);
    // null values are left out
    expect(x).not.toMatch(/n_communityId">(null)?</);
  });

  it("honours node filters and drops dangling edges", () => {
    const x = toGraphML(graph(), { ...ctx(), nodeFilter: (id) => id !== "Phone:+82" });
    expect((x.match(/<node /g) || []).length).toBe(1);
    expect((x.match(/<edge /g) || []).length).toBe(0);
  });
});

describe("GEXF", () => {
  it("writes attributes and viz data", () => {
    const x = toGEXF(graph(), ctx(), new Date("2025-01-02T00:00:00Z"));
    expect(x).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(x).toContain('lastmodifieddate="2025-01-02"');
    expect(x).toContain('<attribute id="knownSmuggler" title="knownSmuggler" type="boolean"/>');
    expect(x).toContain('<attvalue for="kind" value="Trader"/>');
    expect(x).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    expect(x).toContain('label="USES_PHONE"');
  });
});

describe("CSV", () => {
  it("quotes and defuses formulas", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=cmd()")).toBe("'=cmd()");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(toCSV([{ a: 1, b: "x\ny" }], [["A", (r) => r.a], ["B", (r) => r.b]])).toBe('A,B\r\n1,"x\ny"\r\n');
  });
});

describe("investigation files", () => {
  it("round-trips and rejects foreign files", () => {
    const g = graph();
    const text = investigationToJSON({ name: "t", graph: g.export() });
    expect(parseInvestigation(text).graph.nodes.length).toBe(2);
    expect(() => parseInvestigation("{}")).toThrow(/not a BorderLens investigation/);
    expect(() => parseInvestigation("nope")).toThrow(/not JSON/);
  });
});
