import { describe, it, expect, beforeEach, afterEach, vi } from "vitest";
import {
  capsFromIntrospection, objectTypesToDescribe, namedType, hsMismatchOf, PLANNED_CAPS,
  resetCapabilities, topRisk, inspectionList, communities, riskProfile, hsRecommend,
  gql, setAuthToken, authRequired, whoami,
} from "../src/api.js";

const nn = (t) => ({ kind: "NON_NULL", name: null, ofType: t });
const list = (t) => ({ kind: "LIST", name: null, ofType: t });
const obj = (name) => ({ kind: "OBJECT", name, ofType: null });
const scalar = (name) => ({ kind: "SCALAR", name, ofType: null });
const f = (name, type, args = []) => ({ name, type, args: args.map((a) => ({ name: a })) });

// Introspection answers shaped like the schema before and after the
// analytics lists became connections.
const OLD = {
  query: { fields: [
    f("topRisk", nn(list(nn(obj("RiskScore")))), ["kinds", "first"]),
    f("inspectionList", nn(list(nn(obj("InspectionItem")))), ["first", "since", "until", "officeId"]),
    f("hsRecommend", nn(list(nn(obj("HSCandidate")))), ["declarationId", "first"]),
    f("community", nn(obj("Community")), ["id"]),
  ] },
  riskProfile: { fields: ["node", "score", "communityId", "factors", "paths", "analysisRun", "computedAt"].map((n) => f(n, scalar("String"))) },
  community: { fields: [f("id", scalar("Int")), f("size", scalar("Int")), f("members", nn(list(nn(obj("Node")))), ["first"])] },
  inspection: { fields: [f("rank", scalar("Int")), f("reasons", scalar("String"))] },
  hsCandidate: { fields: [{ name: "hsCode" }, { name: "probability" }, { name: "description" }] },
  communityOrder: null,
  inspectionStrategy: null,
};

const NEW = {
  query: { fields: [
    f("topRisk", nn(obj("RiskScoreConnection")), ["kinds", "first", "after"]),
    f("communities", nn(obj("CommunityConnection")), ["first", "after", "orderBy"]),
    f("inspectionList", nn(obj("InspectionConnection")), ["rate", "strategy", "exploration", "officeId", "since", "until", "first", "after"]),
    f("hsRecommend", nn(list(nn(obj("HSCandidate")))), ["description", "first"]),
  ] },
  riskProfile: { fields: [
    f("score", nn(scalar("Float"))), f("communitySmugglerShare", scalar("Float")),
    f("centrality", obj("Centrality")), f("seizures", nn(list(nn(obj("Seizure"))))), f("date", obj("DateSummary")), f("paths", nn(list(nn(obj("Path"))))),
  ] },
  community: { fields: [f("smugglerShare", nn(scalar("Float"))), f("members", nn(obj("NodeConnection")), ["first", "after"])] },
  inspection: { fields: [f("explore", nn(scalar("Boolean"))), f("hsMismatch", scalar("Boolean"))] },
  hsCandidate: { fields: [{ name: "hsCode" }, { name: "heading" }, { name: "chapter" }] },
  communityOrder: { enumValues: [{ name: "SMUGGLER_SHARE" }, { name: "SIZE" }, { name: "RISK" }] },
  inspectionStrategy: { enumValues: [{ name: "ILLICIT" }, { name: "REVENUE" }] },
};

// The schema with corroborated risk: topRisk(orderBy) and
// RiskProfile.corroboration.
const NEWER = {
  ...NEW,
  query: { fields: NEW.query.fields.map((x) => (x.name === "topRisk" ? f("topRisk", x.type, ["kinds", "first", "after", "orderBy"]) : x)) },
  riskProfile: { fields: [...NEW.riskProfile.fields, f("corroboration", obj("Corroboration"))] },
  riskOrder: { enumValues: [{ name: "NETWORK_RISK" }, { name: "CORROBORATED" }] },
};

describe("capabilities", () => {
  it("unwraps type references", () => {
    expect(namedType(nn(list(nn(obj("X")))))).toEqual({ kind: "OBJECT", name: "X", list: true });
    expect(namedType(nn(obj("Y")))).toEqual({ kind: "OBJECT", name: "Y", list: false });
  });

  const cases = [
    { name: "old schema", data: OLD, objects: {}, want: { topRiskConnection: false, communities: false, inspectionConnection: false, hsByDescription: false, communityMembersConnection: false, inspectionFields: [], hsFields: [], riskProfile: {} } },
    { name: "new schema", data: NEW, objects: { Centrality: ["pagerankRank", "degree"], DateSummary: ["meanProbability"] }, want: {
      topRiskConnection: true, communities: true, inspectionConnection: true, hsByDescription: true, communityMembersConnection: true,
      inspectionFields: ["explore", "hsMismatch"], hsFields: ["heading", "chapter"],
      riskProfile: { communitySmugglerShare: null, centrality: ["pagerankRank", "degree"], seizures: "node", date: ["meanProbability"] },
    } },
  ];
  cases.push({ name: "schema with corroboration", data: NEWER, objects: { Centrality: ["degree"] }, want: {
    riskOrders: ["NETWORK_RISK", "CORROBORATED"],
    riskProfile: { communitySmugglerShare: null, centrality: ["degree"], seizures: "node", corroboration: "corroboration" },
  } });
  cases[0].want.riskOrders = [];
  cases[1].want.riskOrders = [];
  for (const tc of cases) {
    it(tc.name, () => {
      const c = capsFromIntrospection(tc.data, tc.objects);
      for (const [k, v] of Object.entries(tc.want)) expect(c[k], k).toEqual(v);
    });
  }

  it("lists the summary types to describe", () => {
    expect(objectTypesToDescribe(NEW)).toEqual(["Centrality", "DateSummary"]);
    expect(objectTypesToDescribe(OLD)).toEqual([]);
    expect(objectTypesToDescribe(NEWER)).toEqual(["Centrality", "DateSummary"]);
  });

  it("flags HS mismatches from either schema", () => {
    const cases = [
      [{ hsMismatch: true, declaration: {} }, true],
      [{ hsMismatch: false, declaration: { hsCode: "1", hsRecommended: "2" } }, false],
      [{ hsMismatch: 0.7 }, true],
      [{ declaration: { hsCode: "010121", hsRecommended: "010129" } }, true],
      [{ declaration: { hsCode: "010121", hsRecommended: "010121", hsMismatch: 0.1 } }, false],
      [{ declaration: { hsCode: "010121", hsMismatch: 0.9 } }, true],
    ];
    for (const [r, want] of cases) expect(hsMismatchOf(r), JSON.stringify(r)).toBe(want);
  });
});

// A fake /graphql answering introspection from `schema` and recording
// every other query; `answer(query, variables)` gives their data.
function fakeServer(schema, answer) {
  const seen = [];
  const fetch = vi.fn(async (_url, init) => {
    const { query, variables } = JSON.parse(init.body);
    let data;
    if (/query Capabilities/.test(query)) data = schema;
    else if (/query Describe/.test(query)) data = { t0: { name: "Centrality", fields: [f("pagerankRank", nn(scalar("Int")))] }, t1: { name: "DateSummary", fields: [f("scored", nn(scalar("Int")))] } };
    else { seen.push({ query, variables }); data = answer(query, variables); }
    return { status: 200, json: async () => ({ data }) };
  });
  return { fetch, seen };
}

describe("queries adapt to the schema", () => {
  beforeEach(() => resetCapabilities());
  afterEach(() => vi.unstubAllGlobals());

  const node = { id: "Trader:T1", kind: "Trader", label: "T1", knownSmuggler: false };

  it("topRisk returns one shape for lists and connections", async () => {
    for (const [schema, topRiskData] of [
      [OLD, [{ rank: 1, score: 0.9, node }]],
      [NEW, { totalCount: 7, pageInfo: { hasNextPage: true }, edges: [{ cursor: "a", node: { rank: 1, score: 0.9, node } }] }],
    ]) {
      resetCapabilities();
      const srv = fakeServer(schema, () => ({ topRisk: topRiskData }));
      vi.stubGlobal("fetch", srv.fetch);
      const got = await topRisk({ first: 5 });
      expect(got.items).toEqual([{ rank: 1, score: 0.9, node }]);
      expect(got.totalCount).toBe(schema === NEW ? 7 : 1);
      expect(/edges/.test(srv.seen[0].query)).toBe(schema === NEW);
    }
  });

  it("topRisk ranks by corroboration only where the server can", async () => {
    const srv = fakeServer(NEW, () => ({ topRisk: { totalCount: 0, edges: [] } }));
    vi.stubGlobal("fetch", srv.fetch);
    expect((await topRisk({ order: "CORROBORATED" })).order).toBe("NETWORK_RISK");
    expect(srv.seen[0].query).not.toMatch(/orderBy|corroboratedScore/);
    expect(srv.seen[0].variables).toEqual({ kinds: null, first: 100 });

    resetCapabilities();
    const srv2 = fakeServer(NEWER, () => ({ topRisk: { totalCount: 1, edges: [{ node: { rank: 1, score: 0.2, corroboratedScore: 1.4, node } }] } }));
    vi.stubGlobal("fetch", srv2.fetch);
    const got = await topRisk({ order: "CORROBORATED", first: 5 });
    expect(got.order).toBe("CORROBORATED");
    expect(got.items[0].corroboratedScore).toBe(1.4);
    expect(srv2.seen[0].query).toMatch(/orderBy: \$order/);
    expect(srv2.seen[0].variables).toEqual({ kinds: null, first: 5, order: "CORROBORATED" });
    await topRisk({ order: "BOGUS" });
    expect(srv2.seen[1].query).not.toMatch(/orderBy/);
  });

  it("inspectionList sends only the arguments the server knows", async () => {
    const srv = fakeServer(OLD, () => ({ inspectionList: [] }));
    vi.stubGlobal("fetch", srv.fetch);
    await inspectionList({ first: 10, strategy: "REVENUE", rate: 0.05, since: "2021-01-01T00:00:00Z" });
    expect(srv.seen[0].variables).toEqual({ first: 10, since: "2021-01-01T00:00:00Z" });
    expect(srv.seen[0].query).not.toMatch(/strategy|explore/);

    resetCapabilities();
    const srv2 = fakeServer(NEW, () => ({ inspectionList: { totalCount: 1, edges: [{ node: { rank: 1, hsMismatch: true, explore: false, reasons: [], declaration: { id: "Declaration:1" } } }] } }));
    vi.stubGlobal("fetch", srv2.fetch);
    const got = await inspectionList({ first: 10, strategy: "REVENUE", rate: 0.05 });
    expect(srv2.seen[0].variables).toEqual({ first: 10, strategy: "REVENUE", rate: 0.05 });
    expect(got.items[0].hsMismatch).toBe(true);
    expect(got.args).toContain("exploration");
  });

  it("communities is null without the list and ranked with it", async () => {
    vi.stubGlobal("fetch", fakeServer(OLD, () => ({})).fetch);
    expect(await communities()).toBeNull();
    resetCapabilities();
    const srv = fakeServer(NEW, () => ({ communities: { totalCount: 2, edges: [{ node: { id: 3, size: 4, knownSmugglers: 1, smugglerShare: 0.25, risk: 0.5 } }] } }));
    vi.stubGlobal("fetch", srv.fetch);
    const got = await communities({ orderBy: "SIZE" });
    expect(srv.seen[0].variables).toEqual({ first: 100, orderBy: "SIZE" });
    expect(got.items[0].smugglerShare).toBe(0.25);
    expect(got.totalCount).toBe(2);
  });

  it("riskProfile asks for the extras the server has", async () => {
    const srv = fakeServer(NEW, () => ({ riskProfile: { score: 0.5 } }));
    vi.stubGlobal("fetch", srv.fetch);
    await riskProfile("Trader:T1");
    const q = srv.seen[0].query;
    expect(q).toMatch(/communitySmugglerShare/);
    expect(q).toMatch(/centrality \{ pagerankRank \}/);
    expect(q).toMatch(/seizures \{ id kind label at knownSmuggler \}/);
    expect(q).toMatch(/date \{ scored \}/);
  });

  it("riskProfile reads the corroboration sources", async () => {
    const srv = fakeServer(NEWER, () => ({ riskProfile: { score: 0.5 } }));
    vi.stubGlobal("fetch", srv.fetch);
    await riskProfile("Trader:T1");
    expect(srv.seen[0].query).toMatch(/corroboration \{ score rank sources \{ risk share smugglers \{ id kind label knownSmuggler \} \} \}/);
  });

  it("hsRecommend uses the description when the server wants one", async () => {
    const srv = fakeServer(NEW, () => ({ hsRecommend: [{ hsCode: "851712", probability: 0.8 }] }));
    vi.stubGlobal("fetch", srv.fetch);
    expect((await hsRecommend({ id: "Declaration:1", description: "" })).by).toBe("none");
    const got = await hsRecommend({ id: "Declaration:1", description: "mobile phones" });
    expect(got.candidates[0].hsCode).toBe("851712");
    expect(srv.seen[0].variables).toEqual({ text: "mobile phones", first: 5 });
  });

  it("falls back to the planned schema when introspection is refused", async () => {
    const fetch = vi.fn(async (_u, init) => {
      const { query } = JSON.parse(init.body);
      if (/Capabilities/.test(query)) return { status: 200, json: async () => ({ errors: [{ message: "introspection disabled", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }) };
      return { status: 200, json: async () => ({ data: { topRisk: { totalCount: 0, edges: [] } } }) };
    });
    vi.stubGlobal("fetch", fetch);
    const got = await topRisk();
    expect(got.items).toEqual([]);
    expect(PLANNED_CAPS.topRiskConnection).toBe(true);
  });
});

describe("credentials", () => {
  afterEach(() => vi.unstubAllGlobals());

  function session() {
    const m = new Map();
    return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k) };
  }

  it("sends the session's token and reports refusals", async () => {
    vi.stubGlobal("sessionStorage", session());
    const seen = [];
    vi.stubGlobal("fetch", vi.fn(async (_u, init) => {
      seen.push(init.headers.authorization || null);
      return init.headers.authorization === "Bearer good"
        ? { status: 200, json: async () => ({ data: { ok: true } }) }
        : { status: 401, json: async () => ({ errors: [{ message: "credentials required", extensions: { code: "unauthorized" } }] }) };
    }));
    const why = [];
    const fn = (w) => why.push(w);
    authRequired.add(fn);
    try {
      await expect(gql("{ ok }")).rejects.toMatchObject({ code: "unauthorized", status: 401 });
      expect(why).toEqual(["credentials required"]);
      setAuthToken("good");
      expect(await gql("{ ok }")).toEqual({ ok: true });
      expect(seen).toEqual([null, "Bearer good"]);
      setAuthToken("");
    } finally {
      authRequired.delete(fn);
    }
  });

  it("whoami is null on servers without it and throws on refusals", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => ({ status: 404, ok: false, json: async () => ({}) })));
    expect(await whoami()).toBeNull();
    vi.stubGlobal("fetch", vi.fn(async () => ({ status: 401, ok: false, json: async () => ({ errors: [{ message: "credentials required", extensions: { code: "unauthorized" } }] }) })));
    await expect(whoami()).rejects.toMatchObject({ status: 401, code: "unauthorized" });
  });
});
