// GraphQL client for POST /graphql (relative to the page, so the UI also
// works behind a path prefix). Errors keep their extensions.code.

export class GqlError extends Error {
  constructor(message, { code = "error", path = null, status = 0, data = null, errors = [] } = {}) {
    super(message);
    this.name = "GqlError";
    this.code = code;
    this.path = path;
    this.status = status;
    this.data = data;
    this.errors = errors;
  }
  // "message [code]" for the status line and toasts.
  describe() {
    return this.code ? `${this.message} [${this.code}]` : this.message;
  }
}

let endpoint = "graphql";
export function setEndpoint(url) { endpoint = url; }

// Credentials: servers with access control answer 401 without an API key
// or token; the officer's credential is kept for the browser session only
// (sessionStorage) and sent as Authorization: Bearer.
const TOKEN_KEY = "borderlens.token";
export function authToken() {
  try { return sessionStorage.getItem(TOKEN_KEY) || ""; } catch { return ""; }
}
export function setAuthToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token); else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage disabled: the credential is not kept */ }
}
export function authHeaders() {
  const t = authToken();
  return t ? { authorization: `Bearer ${t}` } : {};
}
// authRequired listeners run when the server refuses a request for
// missing or bad credentials (HTTP 401).
export const authRequired = new Set();

// whoami reads GET auth/whoami: { id, role, devMode, view } or null when
// the server has no such route; throws a GqlError with status 401/403.
export async function whoami() {
  let res;
  try {
    res = await fetch("auth/whoami", { headers: { accept: "application/json", ...authHeaders() } });
  } catch (e) {
    throw new GqlError(`cannot reach the server (${e && e.message ? e.message : e})`, { code: "network" });
  }
  if (res.status === 404) return null;
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const e = body && body.errors && body.errors[0];
    throw new GqlError((e && e.message) || (body && body.error) || `HTTP ${res.status}`, { code: (e && e.extensions && e.extensions.code) || `http_${res.status}`, status: res.status });
  }
  return body;
}

// inflight counts running requests so the UI can show a busy indicator.
export const inflight = { count: 0, listeners: new Set() };
function bump(d) {
  inflight.count += d;
  for (const fn of inflight.listeners) fn(inflight.count);
}

// gqlRaw returns { data, errors } and throws only when there is no usable
// GraphQL response at all (network error, non-JSON body).
export async function gqlRaw(query, variables = {}, { signal } = {}) {
  bump(1);
  try {
    let res;
    try {
      res = await fetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json;q=0.9",
          ...authHeaders(),
        },
        body: JSON.stringify({ query, variables }),
        signal,
      });
    } catch (e) {
      if (e && e.name === "AbortError") throw e;
      throw new GqlError(`cannot reach the server (${e && e.message ? e.message : e})`, { code: "network" });
    }
    let body = null;
    try {
      body = await res.json();
    } catch {
      throw new GqlError(`server answered HTTP ${res.status} without a GraphQL response`, { code: `http_${res.status}`, status: res.status });
    }
    if (res.status === 401) for (const fn of authRequired) fn(body.errors && body.errors[0] ? body.errors[0].message : "credentials required");
    return { data: body.data ?? null, errors: body.errors ?? [], status: res.status };
  } finally {
    bump(-1);
  }
}

// toGqlError turns the first error of a response into a GqlError.
export function toGqlError(errors, status = 0, data = null) {
  const e = errors[0] || {};
  return new GqlError(e.message || "GraphQL error", {
    code: (e.extensions && e.extensions.code) || "error", path: e.path || null, status, data, errors,
  });
}

// gql returns data, or throws a GqlError for the first error.
export async function gql(query, variables = {}, opts = {}) {
  const { data, errors, status } = await gqlRaw(query, variables, opts);
  if (errors && errors.length) throw toGqlError(errors, status, data);
  return data;
}

// Fields of every node the canvas needs (kept small: the server charges
// complexity per field and per listed item).
export const NODE_FIELDS = "id kind label at knownSmuggler communityId pagerank networkRisk degree";
export const REL_FIELDS = "id from to kind at";

export const Q = {
  stats: `query Stats { stats { nodeCount edgeCount nodes { kind count } } }`,
  search: `query Search($text: String!, $kinds: [NodeKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) { totalCount edges { node { ${NODE_FIELDS} } } } }`,
  subgraph: `query Subgraph($centers: [ID!]!, $depth: Int, $kinds: [NodeKind!], $relKinds: [RelKind!], $since: DateTime, $until: DateTime, $limit: Int) {
    subgraph(centers: $centers, depth: $depth, kinds: $kinds, relKinds: $relKinds, since: $since, until: $until, limit: $limit) {
      truncated nodes { distance node { ${NODE_FIELDS} } } edges { ${REL_FIELDS} } } }`,
  paths: `query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $relKinds: [RelKind!], $kinds: [NodeKind!]) {
    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, relKinds: $relKinds, kinds: $kinds) {
      hops nodes { ${NODE_FIELDS} } edges { ${REL_FIELDS} } } }`,
  nodes: `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`,
  detail: `query Detail($id: ID!) {
    node(id: $id) {
      ${NODE_FIELDS} betweenness knownSmugglerSince knownSmugglerSource knownSmugglerReason
      properties { name value }
      ... on Declaration { date hsCode description inspected illicit critical dateIllicitProb dateRevenue dateRank dateModel hsRecommended hsMismatch hsDeclaredRank value taxes originCountry departureCountry }
      ... on Trader { name country roles }
      ... on Passenger { surname givenNames dateOfBirth nationality crew infant }
      ... on Seizure { date goods quantity source description }
      ... on Booking { carrier recordLocator created splitFrom }
      ... on Flight { carrier number origin destination departure arrival }
    } }`,
  // Neighbour counts per kind for the "expand by kind" menu: one alias per kind.
  neighbourCounts(kinds) {
    const parts = kinds.map((k) => `${k}: neighbours(kinds: [${k}], first: 1) { totalCount }`).join("\n      ");
    return `query NeighbourCounts($id: ID!) { node(id: $id) { id all: neighbours(first: 1) { totalCount }
      ${parts} } }`;
  },
  mark: `mutation Mark($id: ID!, $reason: String!, $source: String) { markKnownSmuggler(id: $id, reason: $reason, source: $source) { ${NODE_FIELDS} knownSmugglerSince knownSmugglerSource knownSmugglerReason } }`,
  unmark: `mutation Unmark($id: ID!, $reason: String!) { unmarkKnownSmuggler(id: $id, reason: $reason) { ${NODE_FIELDS} knownSmugglerSince knownSmugglerSource knownSmugglerReason } }`,
};

// Analytics fields fail with code "unavailable" until analytics has run.
export function isUnavailable(err) {
  return err instanceof GqlError && /unavailable/i.test(err.code || "");
}

// ---------------------------------------------------------------------
// Analytics queries. The analytics part of the schema is growing (list
// fields becoming Relay connections, communities listed, inspection
// strategies, richer risk profiles), so the UI asks the server once what
// it offers (introspection) and builds its queries from that; every
// function below returns the same shape whichever schema answered.
// When introspection is disabled the planned schema is assumed.

const TYPE_REF = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

export const CAPS_QUERY = `query Capabilities {
  query: __type(name: "Query") { fields { name args { name } type { ${TYPE_REF} } } }
  riskProfile: __type(name: "RiskProfile") { fields { name type { ${TYPE_REF} } } }
  community: __type(name: "Community") { fields { name args { name } type { ${TYPE_REF} } } }
  inspection: __type(name: "InspectionItem") { fields { name type { ${TYPE_REF} } } }
  hsCandidate: __type(name: "HSCandidate") { fields { name } }
  communityOrder: __type(name: "CommunityOrder") { enumValues { name } }
  inspectionStrategy: __type(name: "InspectionStrategy") { enumValues { name } }
  riskOrder: __type(name: "RiskOrder") { enumValues { name } }
}`;

// namedType unwraps NON_NULL and LIST wrappers: { kind, name, list }.
export function namedType(t) {
  let list = false;
  while (t && (t.kind === "NON_NULL" || t.kind === "LIST")) {
    if (t.kind === "LIST") list = true;
    t = t.ofType;
  }
  return { kind: t ? t.kind : null, name: t ? t.name : null, list };
}

const fieldMap = (type) => new Map(((type && type.fields) || []).map((f) => [f.name, f]));
const argNames = (f) => new Set(((f && f.args) || []).map((a) => a.name));
const enumNames = (t) => ((t && t.enumValues) || []).map((v) => v.name);

// The schema this UI was written against, used when introspection is off.
export const PLANNED_CAPS = Object.freeze({
  introspected: false,
  topRiskConnection: true,
  communities: true,
  communityOrders: ["SMUGGLER_SHARE", "SIZE", "RISK"],
  communitySmugglerShare: true,
  communityMembersConnection: true,
  inspectionConnection: true,
  inspectionArgs: ["rate", "strategy", "exploration", "officeId", "since", "until", "first", "after"],
  inspectionStrategies: ["ILLICIT", "REVENUE"],
  inspectionFields: ["explore", "hsMismatch"],
  inspectionHsMismatchType: "Boolean",
  hsByDescription: true,
  hsFields: ["heading", "chapter"],
  riskOrders: ["NETWORK_RISK", "CORROBORATED"],
  riskProfile: { communitySmugglerShare: null, centrality: ["pagerankRank", "betweennessRank", "degree"], seizures: "node", corroboration: "corroboration" },
});

// capsFromIntrospection turns CAPS_QUERY data (plus the scalar fields of
// the risk profile's object fields, in `objects`) into the capability set.
export function capsFromIntrospection(d, objects = {}) {
  const q = fieldMap(d.query);
  const com = fieldMap(d.community);
  const ins = fieldMap(d.inspection);
  const topRisk = q.get("topRisk"), inspection = q.get("inspectionList"), hs = q.get("hsRecommend");
  const isConnection = (f) => !!f && !namedType(f.type).list && /Connection$/.test(namedType(f.type).name || "");
  const rp = {};
  for (const [name, f] of fieldMap(d.riskProfile)) {
    if (["node", "score", "communityId", "factors", "paths", "analysisRun", "computedAt"].includes(name)) continue;
    const t = namedType(f.type);
    if (t.kind === "SCALAR" || t.kind === "ENUM") rp[name] = null;
    else if (t.kind === "INTERFACE" || t.name === "Node" || t.name === "Seizure") rp[name] = "node";
    else if (t.name === "Corroboration") rp[name] = "corroboration";
    else if (t.kind === "OBJECT" && objects[t.name]) rp[name] = objects[t.name];
  }
  const mm = ins.get("hsMismatch");
  return {
    introspected: true,
    topRiskConnection: isConnection(topRisk),
    communities: q.has("communities"),
    communityOrders: enumNames(d.communityOrder),
    communitySmugglerShare: com.has("smugglerShare"),
    communityMembersConnection: isConnection(com.get("members")),
    inspectionConnection: isConnection(inspection),
    inspectionArgs: [...argNames(inspection)],
    inspectionStrategies: enumNames(d.inspectionStrategy),
    inspectionFields: [...ins.keys()].filter((k) => ["explore", "hsMismatch"].includes(k)),
    inspectionHsMismatchType: mm ? namedType(mm.type).name : null,
    hsByDescription: argNames(hs).has("description"),
    hsFields: [...fieldMap(d.hsCandidate).keys()].filter((k) => ["heading", "chapter"].includes(k)),
    riskOrders: argNames(topRisk).has("orderBy") ? enumNames(d.riskOrder) : [],
    riskProfile: rp,
  };
}

// objectTypesToDescribe lists the object types of the risk profile's
// extra fields, whose scalar fields a second introspection query reads.
export function objectTypesToDescribe(d) {
  const out = [];
  for (const f of (d.riskProfile && d.riskProfile.fields) || []) {
    const t = namedType(f.type);
    if (t.kind === "OBJECT" && !["Path", "RiskFactor", "Seizure", "Corroboration"].includes(t.name) && !["node", "factors", "paths"].includes(f.name)) out.push(t.name);
  }
  return [...new Set(out)];
}

let capsPromise = null;

// capabilities introspects the server once per page.
export function capabilities() {
  if (!capsPromise) {
    capsPromise = (async () => {
      let d;
      try {
        d = await gql(CAPS_QUERY);
      } catch (err) {
        if (err instanceof GqlError && err.code === "network") { capsPromise = null; throw err; }
        return PLANNED_CAPS;
      }
      if (!d || !d.query) return PLANNED_CAPS;
      const objects = {};
      const names = objectTypesToDescribe(d);
      if (names.length) {
        const parts = names.map((n, i) => `t${i}: __type(name: ${JSON.stringify(n)}) { name fields { name type { ${TYPE_REF} } } }`);
        try {
          const o = await gql(`query Describe { ${parts.join("\n")} }`);
          names.forEach((n, i) => {
            const t = o[`t${i}`];
            if (t) objects[n] = t.fields.filter((f) => ["SCALAR", "ENUM"].includes(namedType(f.type).kind)).map((f) => f.name);
          });
        } catch { /* the extra summaries are left out */ }
      }
      return capsFromIntrospection(d, objects);
    })();
  }
  return capsPromise;
}

// resetCapabilities forgets the cached capabilities (tests, reconnects).
export function resetCapabilities() { capsPromise = null; }

const listOf = (conn) => (Array.isArray(conn) ? conn : (conn && conn.edges ? conn.edges.map((e) => e.node) : []));
const countOf = (conn) => (Array.isArray(conn) ? conn.length : conn ? conn.totalCount ?? listOf(conn).length : 0);
const moreOf = (conn) => !Array.isArray(conn) && !!(conn && conn.pageInfo && conn.pageInfo.hasNextPage);
const connect = (isConn, inner) => (isConn ? `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${inner} } }` : inner);

// topRisk: { items: [{ rank, score, corroboratedScore?, node }], totalCount,
// hasMore, order }. order (a RiskOrder value) applies when the server
// offers it; the answer's order says which ranking came back.
export async function topRisk({ kinds = null, first = 100, order = null } = {}) {
  const c = await capabilities();
  const orders = c.riskOrders || [];
  const by = order && orders.includes(order) ? order : null;
  const fields = `rank score${orders.includes("CORROBORATED") ? " corroboratedScore" : ""} node { ${NODE_FIELDS} }`;
  const q = `query TopRisk($kinds: [NodeKind!], $first: Int${by ? ", $order: RiskOrder" : ""}) {
    topRisk(kinds: $kinds, first: $first${by ? ", orderBy: $order" : ""}) { ${connect(c.topRiskConnection, fields)} } }`;
  const d = await gql(q, by ? { kinds, first, order: by } : { kinds, first });
  return { items: listOf(d.topRisk), totalCount: countOf(d.topRisk), hasMore: moreOf(d.topRisk), order: by || "NETWORK_RISK" };
}

const COMMUNITY_FIELDS = (c) => `id size knownSmugglers risk${c.communitySmugglerShare ? " smugglerShare" : ""}`;
const withShare = (x) => ({ ...x, smugglerShare: x.smugglerShare ?? (x.size ? x.knownSmugglers / x.size : 0) });

// communities lists the communities of the last analytics run, or
// returns null when the server has no such list (old schema).
export async function communities({ first = 100, orderBy = "SMUGGLER_SHARE" } = {}) {
  const c = await capabilities();
  if (!c.communities) return null;
  const order = c.communityOrders.length && !c.communityOrders.includes(orderBy) ? c.communityOrders[0] : orderBy;
  const args = c.communityOrders.length ? ", orderBy: $orderBy" : "";
  const q = `query Communities($first: Int${args ? ", $orderBy: CommunityOrder" : ""}) { communities(first: $first${args}) { ${connect(true, COMMUNITY_FIELDS(c))} } }`;
  const d = await gql(q, args ? { first, orderBy: order } : { first });
  return { items: listOf(d.communities).map(withShare), totalCount: countOf(d.communities), hasMore: moreOf(d.communities) };
}

// community reads one community (and up to membersFirst members).
export async function community(id, { membersFirst = 0 } = {}) {
  const c = await capabilities();
  const members = membersFirst > 0 ? ` members(first: $first) { ${connect(c.communityMembersConnection, NODE_FIELDS)} }` : "";
  const q = `query Community($id: Int!${members ? ", $first: Int" : ""}) { community(id: $id) { ${COMMUNITY_FIELDS(c)}${members} } }`;
  const d = await gql(q, members ? { id, first: membersFirst } : { id });
  const x = d.community;
  return { ...withShare(x), members: members ? listOf(x.members) : [], membersTotal: members ? countOf(x.members) : x.size };
}

export const INSPECTION_DECL_FIELDS = `${NODE_FIELDS} date hsCode hsRecommended hsMismatch hsDeclaredRank officeId description`;

// inspectionList: { items: [{ rank, declaration, illicitProbability,
// expectedRevenue, explore, hsMismatch (boolean), hsMismatchScore,
// reasons }], totalCount,
// strategies } — arguments the server does not know are dropped.
export async function inspectionList(vars = {}) {
  const c = await capabilities();
  const types = { rate: "Float", strategy: "InspectionStrategy", exploration: "Float", officeId: "String", since: "DateTime", until: "DateTime", first: "Int", after: "String" };
  const known = c.introspected ? new Set(c.inspectionArgs) : new Set(Object.keys(types));
  const use = Object.keys(types).filter((k) => known.has(k) && vars[k] !== undefined && vars[k] !== null);
  const decl = use.map((k) => `$${k}: ${types[k]}`).join(", ");
  const args = use.map((k) => `${k}: $${k}`).join(", ");
  const extra = c.inspectionFields.join(" ");
  const inner = `rank illicitProbability expectedRevenue reasons ${extra} declaration { ${INSPECTION_DECL_FIELDS} }`;
  const q = `query Inspection${decl ? `(${decl})` : ""} { inspectionList${args ? `(${args})` : ""} { ${connect(c.inspectionConnection, inner)} } }`;
  const d = await gql(q, Object.fromEntries(use.map((k) => [k, vars[k]])));
  const items = listOf(d.inspectionList).map((r) => ({
    ...r, explore: !!r.explore, hsMismatch: hsMismatchOf(r),
    hsMismatchScore: typeof r.hsMismatch === "number" ? r.hsMismatch : r.declaration && typeof r.declaration.hsMismatch === "number" ? r.declaration.hsMismatch : null,
  }));
  return { items, totalCount: countOf(d.inspectionList), hasMore: moreOf(d.inspectionList), strategies: c.inspectionStrategies, args: [...known] };
}

// hsMismatchOf says whether an inspection item (or a declaration) has a
// declared HS code the HS model disagrees with.
export function hsMismatchOf(r) {
  if (typeof r.hsMismatch === "boolean") return r.hsMismatch;
  if (typeof r.hsMismatch === "number") return r.hsMismatch >= 0.5;
  const d = r.declaration || r;
  if (d.hsRecommended && d.hsCode && d.hsRecommended !== d.hsCode) return true;
  return d.hsMismatch !== null && d.hsMismatch !== undefined && d.hsMismatch >= 0.5;
}

// hsRecommend suggests HS codes for a declaration: by its goods
// description (new schema; [] when it has none) or by its id (old).
export async function hsRecommend({ id, description = null, first = 5 }) {
  const c = await capabilities();
  const fields = `hsCode probability description ${c.hsFields.join(" ")}`;
  if (c.hsByDescription) {
    if (!description || !description.trim()) return { candidates: [], by: "none" };
    const d = await gql(`query HSRecommend($text: String!, $first: Int) { hsRecommend(description: $text, first: $first) { ${fields} } }`, { text: description, first });
    return { candidates: d.hsRecommend || [], by: "description" };
  }
  const d = await gql(`query HSRecommend($id: ID!, $first: Int) { hsRecommend(declarationId: $id, first: $first) { ${fields} } }`, { id, first });
  return { candidates: d.hsRecommend || [], by: "declaration" };
}

// riskProfile reads a node's risk profile with every extra the server
// offers (community smuggler share, centrality ranks, seizures, DATE and
// HS summaries).
export async function riskProfile(id) {
  const c = await capabilities();
  const extras = Object.entries(c.riskProfile).map(([name, sub]) => {
    if (sub === null) return name;
    if (sub === "node") return `${name} { id kind label at knownSmuggler }`;
    if (sub === "corroboration") return `${name} { score rank sources { risk share smugglers { id kind label knownSmuggler } } }`;
    return sub.length ? `${name} { ${sub.join(" ")} }` : "";
  }).filter(Boolean).join("\n      ");
  const q = `query RiskProfile($id: ID!) {
    riskProfile(id: $id) {
      score communityId analysisRun computedAt
      factors { name weight detail }
      paths { hops nodes { ${NODE_FIELDS} } edges { ${REL_FIELDS} } }
      ${extras}
    } }`;
  const d = await gql(q, { id });
  return d.riskProfile;
}
