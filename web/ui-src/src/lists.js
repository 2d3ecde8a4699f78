// The list tabs: top-risk entities (topRisk), communities ranked by the
// share of known smugglers (communities, or community per id on servers
// without the list), and the inspection list (inspectionList) with HS
// mismatches highlighted.
import { gql, Q, isUnavailable, capabilities, topRisk, communities, community, inspectionList, hsMismatchOf } from "./api.js";
import { h, clear, fmtNum, fmtPct, fmtDate, errorText, showError, download, stamp, toast } from "./ui.js";
import { NODE_KINDS, kindStyle, riskKinds, widenRiskKinds } from "./kinds.js";
import { toCSV } from "./exporters.js";
import { ANALYTICS_HINT } from "./panel.js";

const MAX_COMMUNITIES = 60;

export class Lists {
  constructor(app) {
    this.app = app;
    this.loaded = {};
    this.data = { risk: [], communities: [], inspection: [] };
    this.riskKind = "parties";
    this.riskOrder = "NETWORK_RISK";
  }

  ensure(name) {
    if (!this.loaded[name]) this.load(name);
  }

  panel(name) { return document.getElementById(`panel-${name}`); }

  frame(name, title, { onRefresh, onCSV, controls = null, note = null }) {
    const p = clear(this.panel(name));
    const body = h("div", { class: "list-body" });
    p.append(
      h("div", { class: "list-head" }, h("h2", {}, title),
        h("div", { class: "list-tools" }, controls,
          h("button", { type: "button", class: "small", onclick: onRefresh, title: "Reload" }, "Refresh"),
          h("button", { type: "button", class: "small", onclick: onCSV, title: "Download as CSV", "data-csv": name }, "CSV"))),
      note ? h("p", { class: "muted small-print" }, note) : null,
      body);
    return body;
  }

  loading(body, text) {
    body.closest("[role=tabpanel]").setAttribute("aria-busy", "true");
    clear(body).append(h("div", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), text));
  }

  failed(body, err, fallback = null) {
    const panel = body.closest("[role=tabpanel]");
    panel.removeAttribute("aria-busy");
    // Analytics may become available later: load again on the next visit.
    if (isUnavailable(err)) this.loaded[panel.id.replace(/^panel-/, "")] = false;
    clear(body).append(isUnavailable(err)
      ? h("p", { class: "notice" }, ANALYTICS_HINT, h("br"), h("span", { class: "muted" }, `Server: ${errorText(err)}`))
      : h("p", { class: "error-text" }, `Could not load: ${errorText(err)}`));
    if (isUnavailable(err) && fallback) fallback(body);
  }

  // inView lists the loaded nodes (not groups) that pass pred.
  inView(pred) {
    const out = [];
    this.app.graph.forEachNode((id, a) => { if (!a.isGroup && pred(a)) out.push({ id, ...a }); });
    return out;
  }

  // riskFallback ranks the entities in view by their stored networkRisk.
  riskFallback(body) {
    const kinds = riskKinds(this.riskKind);
    const rows = this.inView((a) => a.networkRisk !== null && a.networkRisk !== undefined && (!kinds || kinds.includes(a.kind)))
      .sort((a, b) => b.networkRisk - a.networkRisk).slice(0, 100);
    if (!rows.length) return;
    this.data.risk = rows.map((r, i) => ({ rank: i + 1, score: r.networkRisk, node: r }));
    body.append(h("h3", { class: "fallback-h" }, "Riskiest entities in view"), h("p", { class: "muted small-print" }, "Ranked here from the network risk stored on each loaded entity; the server-wide ranking needs topRisk."),
      h("table", { class: "list", id: "top-risk-table" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "#"), h("th", { scope: "col" }, "Entity"), h("th", { scope: "col", class: "num" }, "Risk"))),
        h("tbody", {}, this.data.risk.map((r) => this.row([h("td", { class: "num" }, r.rank), h("td", {}, entityCell(r.node)), h("td", { class: "num" }, riskBar(r.score))],
          () => this.app.select(r.node.id, { focus: true }), r.node.knownSmuggler ? "ks-row" : "")))));
  }

  // communityFallback groups the entities in view by stored communityId.
  communityFallback(body) {
    const by = new Map();
    for (const a of this.inView((x) => x.communityId !== null && x.communityId !== undefined)) {
      const c = by.get(a.communityId) || { id: a.communityId, size: 0, knownSmugglers: 0, riskSum: 0, riskN: 0, ids: [] };
      c.size++;
      c.ids.push(a.id);
      if (a.knownSmuggler) c.knownSmugglers++;
      if (a.networkRisk !== null && a.networkRisk !== undefined) { c.riskSum += a.networkRisk; c.riskN++; }
      by.set(a.communityId, c);
    }
    const list = [...by.values()].map((c) => ({ ...c, smugglerShare: c.knownSmugglers / c.size, risk: c.riskN ? c.riskSum / c.riskN : null }))
      .sort((a, b) => b.smugglerShare - a.smugglerShare || (b.risk ?? 0) - (a.risk ?? 0) || b.size - a.size);
    if (!list.length) return;
    this.data.communities = list;
    body.append(h("h3", { class: "fallback-h" }, "Communities in view"), h("p", { class: "muted small-print" }, "Counted over the loaded entities only, from the community id stored on each; selecting a row selects its members in view."),
      h("table", { class: "list", id: "communities-table" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Community"), h("th", { scope: "col", class: "num" }, "In view"), h("th", { scope: "col", class: "num" }, "Smugglers"), h("th", { scope: "col", class: "num" }, "Share"), h("th", { scope: "col", class: "num" }, "Mean risk"))),
        h("tbody", {}, list.map((c) => this.row([
          h("td", {}, `#${c.id}`), h("td", { class: "num" }, c.size), h("td", { class: "num" + (c.knownSmugglers ? " ks-text" : "") }, c.knownSmugglers),
          h("td", { class: "num" }, fmtPct(c.smugglerShare)), h("td", { class: "num" }, c.risk === null ? "–" : riskBar(c.risk))], () => this.app.selectMany(c.ids), c.knownSmugglers ? "ks-row" : "")))));
  }

  done(body) {
    body.closest("[role=tabpanel]").removeAttribute("aria-busy");
  }

  load(name) {
    this.loaded[name] = true;
    if (name === "risk") return this.loadRisk();
    if (name === "communities") return this.loadCommunities();
    if (name === "inspection") return this.loadInspection();
  }

  csv(name, rows, cols) {
    if (!rows.length) { toast("Nothing to export yet.", "info"); return; }
    download(`borderlens-${name}-${stamp()}.csv`, toCSV(rows, cols), "text/csv;charset=utf-8");
  }

  row(cells, onOpen, cls = "", attrs = {}) {
    const tr = h("tr", { class: `clickable ${cls}`, tabindex: "0", ...attrs }, cells);
    tr.addEventListener("click", onOpen);
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onOpen(); } });
    return tr;
  }

  // ---- top risk ----

  async loadRisk() {
    const sel = h("select", { "aria-label": "Kind", class: "small", id: "top-risk-kind" }, h("option", { value: "parties" }, "traders & passengers"), h("option", { value: "" }, "all kinds"),
      NODE_KINDS.map((k) => h("option", { value: k }, k)));
    sel.value = this.riskKind;
    sel.addEventListener("change", () => { this.riskKind = sel.value; this.loadRisk(); });
    let orders = [];
    try { orders = (await capabilities()).riskOrders || []; } catch { /* the list reports the failure below */ }
    const orderSel = orders.includes("CORROBORATED")
      ? h("select", { "aria-label": "Rank by", class: "small", id: "top-risk-order" },
        [["NETWORK_RISK", "by network risk"], ["CORROBORATED", "by corroboration"]].map(([v, t]) => h("option", { value: v }, t)))
      : null;
    if (orderSel) {
      orderSel.value = this.riskOrder;
      orderSel.addEventListener("change", () => { this.riskOrder = orderSel.value; this.loadRisk(); });
    }
    const corroborated = !!orderSel && this.riskOrder === "CORROBORATED";
    const body = this.frame("risk", corroborated ? "Top-risk entities by corroboration" : "Top-risk entities", {
      controls: [sel, orderSel],
      onRefresh: () => this.loadRisk(),
      onCSV: () => this.csv("top-risk", this.data.risk, [["rank", (r) => r.rank], ["id", (r) => r.node.id], ["kind", (r) => r.node.kind], ["label", (r) => r.node.label], ["score", (r) => r.score],
        ...(orderSel ? [["corroboratedScore", (r) => r.corroboratedScore]] : []), ["knownSmuggler", (r) => r.node.knownSmuggler], ["communityId", (r) => r.node.communityId]]),
      note: corroborated
        ? "Corroborated risk: entities reached from several known smugglers first (walks from each smuggler, (Σ √risk)²). Enter or click opens the entity."
        : "Network risk propagated from known smugglers. Enter or click opens the entity.",
    });
    this.loading(body, "Loading top-risk entities…");
    try {
      const d = await topRisk({ first: 100, kinds: riskKinds(this.riskKind), order: this.riskOrder });
      this.data.risk = d.items;
      this.done(body);
      if (!d.items.length) { clear(body).append(h("p", { class: "muted" }, "No scored entities.")); return; }
      const byCorr = d.order === "CORROBORATED";
      clear(body).append(h("p", { class: "muted small-print", id: "top-risk-count" }, `${d.items.length} of ${d.totalCount.toLocaleString("en")} scored entities.`),
        h("table", { class: "list", id: "top-risk-table", "data-order": d.order },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "#"), h("th", { scope: "col" }, "Entity"), h("th", { scope: "col", class: "num" }, "Risk"),
          byCorr ? h("th", { scope: "col", class: "num", title: "(Σ √risk)² over the walks from each known smuggler" }, "Corroborated") : null)),
        h("tbody", {}, d.items.map((r) => this.row([
          h("td", { class: "num" }, r.rank),
          h("td", {}, entityCell(r.node)),
          h("td", { class: "num" }, riskBar(r.score)),
          byCorr ? h("td", { class: "num corr" }, fmtNum(r.corroboratedScore)) : null], () => this.app.openEntity(r.node.id, { node: r.node }), r.node.knownSmuggler ? "ks-row" : "", { "data-id": r.node.id })))));
    } catch (err) {
      if (widenRiskKinds(this.riskKind, err)) {
        // A role that may not see one of the parties' kinds: rank every
        // kind the server lets it see instead.
        this.riskKind = "";
        return this.loadRisk();
      }
      this.failed(body, err, (b) => this.riskFallback(b));
    }
  }

  // ---- communities ----

  async communityIds() {
    const ids = new Set();
    this.app.graph.forEachNode((_, a) => { if (a.communityId !== null && a.communityId !== undefined) ids.add(a.communityId); });
    if (ids.size < MAX_COMMUNITIES) {
      // Seed with the communities of the riskiest entities.
      try {
        const d = await topRisk({ first: 200 });
        for (const r of d.items) if (r.node.communityId !== null && r.node.communityId !== undefined) ids.add(r.node.communityId);
      } catch (err) {
        if (!ids.size) throw err;
      }
    }
    return [...ids].slice(0, MAX_COMMUNITIES);
  }

  async loadCommunities() {
    const orderSel = h("select", { "aria-label": "Order communities by", class: "small", id: "communities-order" },
      [["SMUGGLER_SHARE", "by smuggler share"], ["SIZE", "by size"], ["RISK", "by mean risk"]].map(([v, t]) => h("option", { value: v }, t)));
    orderSel.value = this.communityOrder || "SMUGGLER_SHARE";
    orderSel.addEventListener("change", () => { this.communityOrder = orderSel.value; this.loadCommunities(); });
    const body = this.frame("communities", "Communities by smuggler share", {
      controls: orderSel,
      onRefresh: () => this.loadCommunities(),
      onCSV: () => this.csv("communities", this.data.communities, [["communityId", (c) => c.id], ["size", (c) => c.size], ["knownSmugglers", (c) => c.knownSmugglers], ["smugglerShare", (c) => c.smugglerShare], ["meanRisk", (c) => c.risk]]),
      note: "Communities found by the last analytics run. Enter or click loads a community's members and the links among them.",
    });
    this.loading(body, "Loading communities…");
    try {
      let list = null, total = 0, partial = false;
      const listed = await communities({ first: 100, orderBy: orderSel.value });
      if (listed) {
        list = listed.items;
        total = listed.totalCount;
      } else {
        // Servers without the communities list: rank the communities of
        // the entities in view and of the riskiest entities.
        orderSel.hidden = true;
        partial = true;
        const ids = await this.communityIds();
        if (!ids.length) { this.done(body); clear(body).append(h("p", { class: "muted" }, "No communities known yet: load some entities, or run analytics.")); return; }
        // community(id) is non-null, so one id gone since the last run would
        // null a whole aliased query: ask for each id separately instead.
        const results = await mapLimit(ids, 6, (id) => community(id).catch((err) => err));
        list = results.filter((c) => c && !(c instanceof Error));
        if (!list.length) { const e = results.find((c) => c instanceof Error); if (e) throw e; }
        total = list.length;
      }
      const key = { SMUGGLER_SHARE: (c) => c.smugglerShare, SIZE: (c) => c.size, RISK: (c) => c.risk ?? 0 }[orderSel.value] || ((c) => c.smugglerShare);
      if (partial) list.sort((a, b) => key(b) - key(a) || b.knownSmugglers - a.knownSmugglers || b.size - a.size || a.id - b.id);
      this.data.communities = list;
      this.done(body);
      if (!list.length) { clear(body).append(h("p", { class: "muted" }, "No communities.")); return; }
      clear(body).append(
        h("p", { class: "muted small-print", id: "communities-count" }, partial
          ? `The server lists no communities: ${list.length} communities of the entities in view and of the 200 riskiest entities (at most ${MAX_COMMUNITIES}).`
          : `${list.length} of ${total.toLocaleString("en")} communities.`),
        h("table", { class: "list", id: "communities-table" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Community"), h("th", { scope: "col", class: "num" }, "Size"), h("th", { scope: "col", class: "num" }, "Smugglers"), h("th", { scope: "col", class: "num" }, "Share"), h("th", { scope: "col", class: "num" }, "Mean risk"))),
          h("tbody", {}, list.map((c) => this.row([
            h("td", {}, `#${c.id}`), h("td", { class: "num" }, c.size.toLocaleString("en")), h("td", { class: "num" + (c.knownSmugglers ? " ks-text" : "") }, c.knownSmugglers),
            h("td", { class: "num" }, fmtPct(c.smugglerShare)), h("td", { class: "num" }, c.risk === null || c.risk === undefined ? "–" : riskBar(c.risk))],
          () => this.openCommunity(c.id), c.knownSmugglers ? "ks-row" : "", { "data-community": c.id, "data-share": c.smugglerShare })))));
    } catch (err) {
      this.failed(body, err, (b) => this.communityFallback(b));
    }
  }

  // openCommunity loads (up to 100) members and the links among them.
  async openCommunity(id) {
    try {
      const c = await this.app.busy(`Loading community #${id}…`, () => community(id, { membersFirst: 100 }));
      const members = c.members;
      if (!members.length) { toast(`Community #${id} has no members.`, "info"); return; }
      const sg = await this.app.busy("Loading links…", () => gql(Q.subgraph, { centers: members.map((m) => m.id), depth: 0, limit: 200 }));
      let added = [];
      this.app.model.transaction(`Community #${id}`, () => {
        added = this.app.model.addApiNodes(members);
        this.app.model.addApiEdges(sg.subgraph.edges);
      });
      for (const m of members) this.app.ensureKindShown(m.kind);
      this.app.afterLoad(added);
      this.app.setStatus(`Community #${id}: ${c.size} members, ${c.knownSmugglers} known smugglers; ${members.length} loaded.`);
      this.app.selectMany(members.map((m) => m.id));
      requestAnimationFrame(() => this.app.fit());
    } catch (err) {
      showError(`Could not open community #${id}`, err);
    }
  }

  // ---- inspection ----

  async loadInspection() {
    const f = this.app.filters;
    this.inspect = this.inspect || { strategy: "ILLICIT", rate: "" };
    const strategy = h("select", { "aria-label": "Rank declarations by", class: "small", id: "inspection-strategy" },
      h("option", { value: "ILLICIT" }, "by P(illicit)"), h("option", { value: "REVENUE" }, "by expected revenue"));
    strategy.value = this.inspect.strategy;
    const rate = h("select", { "aria-label": "Inspection rate", class: "small", id: "inspection-rate", title: "Share of declarations that can be inspected" },
      h("option", { value: "" }, "top 100"), ["0.01", "0.02", "0.05", "0.1"].map((v) => h("option", { value: v }, `${+v * 100}% rate`)));
    rate.value = this.inspect.rate;
    strategy.addEventListener("change", () => { this.inspect.strategy = strategy.value; this.loadInspection(); });
    rate.addEventListener("change", () => { this.inspect.rate = rate.value; this.loadInspection(); });
    const body = this.frame("inspection", "Inspection list", {
      controls: [strategy, rate],
      onRefresh: () => this.loadInspection(),
      onCSV: () => this.csv("inspection", this.data.inspection, [["rank", (r) => r.rank], ["declaration", (r) => r.declaration.id], ["date", (r) => r.declaration.date], ["office", (r) => r.declaration.officeId], ["illicitProbability", (r) => r.illicitProbability], ["expectedRevenue", (r) => r.expectedRevenue], ["explore", (r) => r.explore], ["hsDeclared", (r) => r.declaration.hsCode], ["hsRecommended", (r) => r.declaration.hsRecommended], ["hsMismatch", (r) => r.hsMismatch], ["hsMismatchScore", (r) => r.hsMismatchScore], ["reasons", (r) => r.reasons.join("; ")]]),
      note: `Declarations ranked by the DATE fraud score${f.since !== null || f.until !== null ? ", within the time window" : ""}. Rows whose declared HS code the HS model disputes are highlighted (≠ shows its suggestion).`,
    });
    this.loading(body, "Loading inspection list…");
    try {
      const vars = { first: 100, strategy: this.inspect.strategy };
      if (this.inspect.rate) { vars.rate = +this.inspect.rate; vars.first = 500; }
      if (f.since !== null) vars.since = new Date(f.since).toISOString();
      if (f.until !== null) vars.until = new Date(f.until).toISOString();
      const d = await inspectionList(vars);
      strategy.hidden = !d.args.includes("strategy");
      rate.hidden = !d.args.includes("rate");
      this.data.inspection = d.items;
      this.done(body);
      if (!d.items.length) { clear(body).append(h("p", { class: "muted" }, "No declarations to inspect.")); return; }
      const mismatches = d.items.filter((r) => r.hsMismatch).length;
      clear(body).append(
        h("p", { class: "muted small-print", id: "inspection-count" }, `${d.items.length} of ${d.totalCount.toLocaleString("en")} declarations; ${mismatches} with an HS mismatch.`),
        h("table", { class: "list", id: "inspection-table" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "#"), h("th", { scope: "col" }, "Declaration"), h("th", { scope: "col", class: "num", title: "DATE probability that the declaration is illicit" }, "P(illicit)"), h("th", { scope: "col", class: "num", title: "DATE expected additional revenue" }, "Revenue"), h("th", { scope: "col", title: "Declared HS code; ≠ shows the HS model's suggestion when they disagree" }, "HS"))),
          h("tbody", {}, d.items.map((r) => {
            const dcl = r.declaration;
            const mm = r.hsMismatch;
            return this.row([
              h("td", { class: "num" }, r.rank),
              h("td", {}, h("span", { class: "ent-label" + (dcl.knownSmuggler ? " ks-text" : "") }, dcl.label), r.explore ? h("span", { class: "explore-badge", title: "picked to explore: the model is unsure here" }, "explore") : null,
                h("div", { class: "muted small-print clamp2", title: r.reasons.join("\n") }, [fmtDate(dcl.date || dcl.at), dcl.officeId, r.reasons.join(", ")].filter(Boolean).join(" · "))),
              h("td", { class: "num" }, fmtPct(r.illicitProbability)),
              h("td", { class: "num" }, fmtNum(r.expectedRevenue, 0)),
              h("td", { class: mm ? "hs-mm" : "hs" }, h("div", {}, dcl.hsCode || "–"), mm ? h("div", { class: "hs-rec", title: `HS model suggests ${dcl.hsRecommended || "another code"}${r.hsMismatchScore !== null ? ` (P(declared code wrong) ${fmtPct(r.hsMismatchScore)})` : ""}` }, `≠ ${dcl.hsRecommended || "?"}`) : null)],
            () => this.app.openEntity(dcl.id, { node: dcl }), mm ? "mm-row" : "", { "data-id": dcl.id, "data-mismatch": mm ? "1" : "0" });
          }))));
    } catch (err) {
      this.failed(body, err);
    }
  }
}

export const hsMismatch = hsMismatchOf;

function entityCell(n) {
  const st = kindStyle(n.kind);
  return h("span", { class: "entity" + (n.knownSmuggler ? " ks" : "") },
    h("span", { class: "kind-tag", style: { background: st.color } }, st.glyph), " ",
    h("span", { class: "ent-label" }, n.label),
    n.knownSmuggler ? h("span", { class: "ks-badge" }, "KS") : null);
}

function riskBar(v) {
  return h("span", { class: "rbar-wrap", title: fmtPct(v) }, h("span", { class: "rbar-text" }, fmtNum(v, 2)),
    h("span", { class: "rbar", "aria-hidden": "true" }, h("span", { class: "rbar-fill", style: { width: `${Math.round(Math.max(0, Math.min(1, v)) * 100)}%` } })));
}

// mapLimit maps fn over items with at most n calls in flight.
export async function mapLimit(items, n, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}
