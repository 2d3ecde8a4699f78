// The Details tab: the selected node's properties, analytics, DATE/HS
// fields, risk profile (with paths to known smugglers), actions and notes.
import { gql, Q, isUnavailable, riskProfile, hsRecommend } from "./api.js";
import { h, clear, fmtNum, fmtPct, fmtDate, fmtValue, errorText, showError, toast } from "./ui.js";
import { NODE_KINDS, kindStyle } from "./kinds.js";
import { isHighRisk } from "./visual.js";

export const ANALYTICS_HINT = "Analytics not ready yet: the server reports its analytics as unavailable (it computes them at start-up, which takes a minute or two on a large graph, or they have not been run). Risk explanations, rankings and DATE/HS scores appear as soon as they are ready.";

// RISK_RETRY_MS is how often an open risk profile asks again while the
// server's analytics are unavailable.
const RISK_RETRY_MS = 5000;

export class DetailsPanel {
  constructor(app, el) {
    this.app = app;
    this.el = el;
    this.shown = null;
    this.cache = new Map(); // id -> { detail, counts, risk, hs } promises
  }

  get graph() { return this.app.graph; }

  render() {
    const sel = this.app.selected();
    const key = sel.length === 1 ? sel[0] : sel.length ? `multi:${sel.join("|")}` : "";
    if (key === this.shown && key && !key.startsWith("multi:")) { this.refreshHeader(); return; }
    this.shown = key;
    clear(this.el);
    if (!sel.length) return this.renderEmpty();
    if (sel.length > 1) return this.renderMulti(sel);
    return this.renderOne(sel[0]);
  }

  renderEmpty() {
    this.el.append(
      h("div", { class: "empty" },
        h("p", {}, h("strong", {}, "Nothing selected.")),
        h("p", {}, "Click a node (Shift+click to select several), or pick one from search or the lists."),
        h("p", { class: "muted" }, "Double-click a node to expand it. Press ? for keyboard shortcuts.")));
  }

  renderMulti(sel) {
    const ks = sel.filter((id) => this.graph.getNodeAttribute(id, "knownSmuggler")).length;
    const kinds = {};
    for (const id of sel) { const k = this.graph.getNodeAttribute(id, "kind"); kinds[k] = (kinds[k] || 0) + 1; }
    this.el.append(
      h("h2", { class: "sel-title" }, `${sel.length} nodes selected`),
      h("p", { class: "muted" }, Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(", "), ks ? h("strong", { class: "ks-text" }, ` · ${ks} known smuggler${ks === 1 ? "" : "s"}`) : ""),
      h("div", { class: "actions-grid" },
        btn("Expand all (e)", () => this.app.expand()),
        btn("Group (g)", () => this.app.group()),
        btn("Pin / unpin (i)", () => this.app.pinToggle()),
        btn("Hide (h)", () => this.app.hide()),
        btn("Add neighbours (a)", () => this.app.selectNeighbours()),
        btn("Remove (Del)", () => this.app.remove()),
        sel.length === 2 ? btn("Paths between them", () => this.app.openPathDialog(sel[0], sel[1])) : null,
        btn("Clear selection (Esc)", () => this.app.select(null))),
      h("ul", { class: "sel-list" }, sel.slice(0, 50).map((id) => h("li", {}, nodeLink(this.app, id, this.graph.getNodeAttributes(id))))));
  }

  // updateCounts refreshes the "in view / total" numbers of the expand
  // chips after the graph changed.
  updateCounts() {
    const id = this.shown;
    if (!id || id.startsWith("multi:") || !this.graph.hasNode(id)) return;
    const nb = this.graph.neighbors(id);
    for (const chip of this.el.querySelectorAll("[data-expand-kind]")) {
      const k = chip.dataset.expandKind;
      const have = nb.filter((x) => this.graph.getNodeAttribute(x, "kind") === k).length;
      const c = chip.querySelector(".count");
      if (c) c.textContent = `${have}/${c.textContent.split("/")[1]}`;
    }
    const sum = this.el.querySelector("[data-nb-summary]");
    if (sum) sum.textContent = `${sum.dataset.nbSummary} relationships; ${nb.length} neighbours in view.`;
  }

  refreshHeader() {
    const id = this.shown;
    if (!id || !this.graph.hasNode(id)) return;
    const pin = this.el.querySelector("[data-action=pin]");
    if (pin) pin.textContent = this.graph.getNodeAttribute(id, "fixed") ? "Unpin (i)" : "Pin (i)";
  }

  renderOne(id) {
    const a = this.graph.getNodeAttributes(id);
    const st = kindStyle(a.kind);
    const head = h("div", { class: "node-head" + (a.knownSmuggler ? " is-ks" : "") },
      h("div", {}, h("span", { class: "kind-tag", style: { background: st.color } }, st.glyph), " ", h("span", { class: "muted" }, a.kind)),
      h("h2", { class: "node-title", id: "detail-title" }, a.label),
      h("code", { class: "node-id" }, id),
      a.knownSmuggler ? h("div", { class: "ks-banner", role: "note" }, "KNOWN SMUGGLER", h("span", { id: "ks-detail" })) : null,
      !a.knownSmuggler && isHighRisk(a, this.app.view) ? h("div", { class: "hr-banner", role: "note" }, `HIGH NETWORK RISK ${fmtPct(a.networkRisk)}`) : null);
    this.el.append(head);

    if (a.isGroup) return this.renderGroup(id, a);

    const acts = h("div", { class: "actions-grid" },
      btn("Expand all (e)", () => this.app.expand(id), { "data-action": "expand-all", class: "primary" }),
      btn("Paths from here (p)", () => this.app.openPathDialog(id), { "data-action": "path" }),
      btn(a.fixed ? "Unpin (i)" : "Pin (i)", () => this.app.pinToggle([id]), { "data-action": "pin" }),
      btn("Hide (h)", () => this.app.hide([id])),
      btn("Remove (Del)", () => this.app.remove([id])),
      btn("Centre view", () => this.app.focusNode(id, 0.35)));
    this.el.append(acts);

    // Expand by kind, with neighbour counts.
    const exp = h("section", { class: "block", "aria-labelledby": "exp-h" }, h("h3", { id: "exp-h" }, "Expand by kind"), h("div", { class: "loading" }, "Counting neighbours…"));
    this.el.append(exp);
    // Analytics (from the canvas attributes, completed by the detail query).
    const an = h("section", { class: "block", "aria-labelledby": "an-h" }, h("h3", { id: "an-h" }, "Network analytics"), analyticsTable(a));
    this.el.append(an);
    const risk = h("section", { class: "block", id: "risk-profile", tabindex: "-1", "aria-labelledby": "rp-h", "aria-busy": "true" }, h("h3", { id: "rp-h" }, "Risk profile"), h("div", { class: "loading" }, "Loading risk profile…"));
    this.el.append(risk);
    const decl = a.kind === "Declaration" ? h("section", { class: "block", "aria-labelledby": "dh-h" }, h("h3", { id: "dh-h" }, "DATE fraud score and HS check"), h("div", { class: "loading" }, "Loading…")) : null;
    if (decl) this.el.append(decl);
    const props = h("section", { class: "block", "aria-labelledby": "pr-h" }, h("h3", { id: "pr-h" }, "Properties"), h("div", { class: "loading" }, "Loading…"));
    this.el.append(props);
    this.el.append(this.notesBlock(id));
    this.el.append(this.markBlock(id, a));

    this.loadCounts(id, exp);
    this.loadDetail(id, props, an, decl);
    this.loadRisk(id, risk);
  }

  renderGroup(id, a) {
    const members = (a.members || []).filter((m) => this.graph.hasNode(m));
    this.el.append(
      h("div", { class: "actions-grid" },
        btn("Ungroup (u)", () => this.app.ungroup([id]), { class: "primary" }),
        btn("Pin / unpin (i)", () => this.app.pinToggle([id])),
        btn("Remove (Del)", () => this.app.remove([id]))),
      h("section", { class: "block" }, h("h3", {}, `${members.length} members`),
        h("ul", { class: "sel-list" }, members.map((m) => h("li", {}, nodeLink(this.app, m, this.graph.getNodeAttributes(m), false))))),
      this.notesBlock(id));
  }

  notesBlock(id) {
    const ta = h("textarea", { id: "node-notes", rows: "3", placeholder: "Notes on this entity (saved with the investigation)" });
    ta.value = this.app.model.notes[id] || "";
    ta.addEventListener("input", () => {
      if (ta.value) this.app.model.notes[id] = ta.value; else delete this.app.model.notes[id];
    });
    return h("section", { class: "block" }, h("h3", {}, h("label", { for: "node-notes" }, "Notes")), ta);
  }

  markBlock(id, a) {
    const reason = h("input", { id: "mark-reason", placeholder: "reason (required)", maxlength: "300" });
    const b = btn(a.knownSmuggler ? "Clear known-smuggler mark" : "Mark as known smuggler", async () => {
      if (!reason.value.trim()) { reason.focus(); toast("A reason is required.", "info"); return; }
      b.disabled = true;
      try {
        const data = a.knownSmuggler
          ? await gql(Q.unmark, { id, reason: reason.value.trim() })
          : await gql(Q.mark, { id, reason: reason.value.trim(), source: "manual" });
        const n = data.markKnownSmuggler || data.unmarkKnownSmuggler;
        this.app.model.transaction(a.knownSmuggler ? "Unmark" : "Mark", () => this.app.model.addApiNodes([n]));
        this.cache.delete(id);
        this.shown = null;
        this.render();
        toast(n.knownSmuggler ? `${n.label} marked as a known smuggler.` : `Mark cleared on ${n.label}.`, "info");
      } catch (err) {
        showError("Could not change the mark", err);
      } finally { b.disabled = false; }
    });
    return h("details", { class: "block mark" }, h("summary", {}, a.knownSmuggler ? "Clear the known-smuggler mark…" : "Mark as known smuggler…"),
      h("label", { for: "mark-reason", class: "sr-only" }, "Reason"), reason, b,
      h("p", { class: "muted" }, "Marks are recorded with the reason; risk scores change at the next analytics run."));
  }

  fetch(id, what, fn) {
    let c = this.cache.get(id);
    if (!c) { c = {}; this.cache.set(id, c); if (this.cache.size > 200) this.cache.delete(this.cache.keys().next().value); }
    if (!c[what]) c[what] = fn().catch((err) => { delete c[what]; throw err; });
    return c[what];
  }

  stillShowing(id) { return this.shown === id; }

  async loadCounts(id, box) {
    try {
      const d = await this.fetch(id, "counts", () => gql(Q.neighbourCounts(NODE_KINDS), { id }));
      if (!this.stillShowing(id)) return;
      const n = d.node;
      const list = box.querySelector(".loading");
      const rows = NODE_KINDS.filter((k) => n[k] && n[k].totalCount > 0);
      const loaded = new Set(this.graph.neighbors(id));
      const wrap = h("div", { class: "expand-kinds" });
      if (!rows.length) wrap.append(h("p", { class: "muted" }, "No neighbours."));
      for (const k of rows) {
        const st = kindStyle(k);
        const cnt = n[k].totalCount;
        const have = this.graph.neighbors(id).filter((x) => this.graph.getNodeAttribute(x, "kind") === k).length;
        wrap.append(h("button", { type: "button", class: "chip", "data-expand-kind": k, title: `Load ${k} neighbours (${have} of ${cnt} already in view)`, onclick: () => this.app.expand(id, [k]) },
          h("span", { class: "kind-tag", style: { background: st.color } }, st.glyph), ` ${k} `, h("span", { class: "count" }, `${have}/${cnt}`)));
      }
      list.replaceWith(h("p", { class: "muted", "data-nb-summary": String(n.all.totalCount) }, `${n.all.totalCount} relationships; ${loaded.size} neighbours in view.`), wrap);
    } catch (err) {
      if (!this.stillShowing(id)) return;
      const l = box.querySelector(".loading");
      if (l) l.replaceWith(h("p", { class: "error-text" }, `Could not count neighbours: ${errorText(err)}`));
    }
  }

  async loadDetail(id, props, an, decl) {
    try {
      const d = await this.fetch(id, "detail", () => gql(Q.detail, { id }));
      if (!this.stillShowing(id)) return;
      const n = d.node;
      if (!n) { props.querySelector(".loading").replaceWith(h("p", { class: "error-text" }, "This entity no longer exists in the database.")); return; }
      const ks = document.getElementById("ks-detail");
      if (ks && n.knownSmuggler) ks.textContent = [n.knownSmugglerSince && ` since ${n.knownSmugglerSince}`, n.knownSmugglerSource && ` · source ${n.knownSmugglerSource}`, n.knownSmugglerReason && ` · ${n.knownSmugglerReason}`].filter(Boolean).join("");
      an.replaceChildren(an.firstChild, analyticsTable(n));
      const rows = (n.properties || []).map((p) => h("tr", {}, h("th", { scope: "row" }, p.name), h("td", {}, fmtValue(p.value))));
      props.querySelector(".loading").replaceWith(rows.length ? h("table", { class: "kv" }, h("tbody", {}, rows)) : h("p", { class: "muted" }, "No stored properties."));
      if (decl) this.renderDecl(id, n, decl);
    } catch (err) {
      if (!this.stillShowing(id)) return;
      const l = props.querySelector(".loading");
      if (l) l.replaceWith(h("p", { class: "error-text" }, `Could not load the details: ${errorText(err)}`));
    }
  }

  renderDecl(id, n, box) {
    const mismatch = n.hsRecommended && n.hsCode && n.hsRecommended !== n.hsCode;
    const rows = [
      ["DATE illicit probability", n.dateIllicitProb === null || n.dateIllicitProb === undefined ? "not scored" : fmtPct(n.dateIllicitProb)],
      ["DATE expected revenue", fmtNum(n.dateRevenue, 0)],
      ["DATE rank", fmtValue(n.dateRank)],
      ["DATE model", fmtValue(n.dateModel)],
      ["HS declared", n.hsCode || "–"],
      ["HS recommended", n.hsRecommended || "not scored"],
      ["HS mismatch", n.hsMismatch === null || n.hsMismatch === undefined ? "–" : fmtNum(n.hsMismatch)],
      ["Declared code's rank", fmtValue(n.hsDeclaredRank)],
      ["Date", fmtDate(n.date)],
      ["Inspected", n.inspected ? `yes${n.illicit ? " — illicit" : ""}${n.critical ? ` (critical ${n.critical})` : ""}` : "no"],
    ];
    const table = h("table", { class: "kv" }, h("tbody", {}, rows.map(([k, v]) => h("tr", { class: k.startsWith("HS") && mismatch ? "mismatch" : "" }, h("th", { scope: "row" }, k), h("td", {}, v)))));
    const children = [box.firstChild];
    if (mismatch) children.push(h("p", { class: "mismatch-note", role: "note" }, `HS mismatch: declared ${n.hsCode}, model suggests ${n.hsRecommended}.`));
    children.push(table);
    const hs = h("div", { class: "hs-cands" }, h("span", { class: "muted" }, "Loading HS suggestions…"));
    children.push(hs);
    box.replaceChildren(...children);
    hsRecommend({ id, description: n.description }).then(({ candidates: c, by }) => {
      const what = by === "description" ? `for “${n.description}”` : "for this declaration";
      hs.replaceChildren(c.length ? h("div", {}, h("h4", {}, `HS model suggestions ${what}`), h("ol", {}, c.map((x) => h("li", { class: x.hsCode === n.hsCode ? "declared" : "" },
        `${x.hsCode} — ${fmtPct(x.probability)}${x.description ? " · " + x.description : ""}${x.heading ? ` (heading ${x.heading})` : ""}${x.hsCode === n.hsCode ? " (declared)" : ""}`))))
        : h("p", { class: "muted" }, by === "none" ? "No goods description to suggest HS codes from." : "No HS suggestions."));
    }).catch((err) => {
      hs.replaceChildren(h("p", { class: isUnavailable(err) ? "muted" : "error-text" }, isUnavailable(err) ? "HS model not run yet." : `HS suggestions failed: ${errorText(err)}`));
    });
  }

  async loadRisk(id, box) {
    const done = (...children) => { box.replaceChildren(box.firstChild, ...children.flat().filter((c) => c !== null && c !== undefined && c !== false)); box.removeAttribute("aria-busy"); };
    try {
      const rp = await this.fetch(id, "risk", () => riskProfile(id));
      if (!this.stillShowing(id)) return;
      box.classList.add("risk-ok");
      const factors = (rp.factors || []).slice().sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
      const maxW = Math.max(1e-9, ...factors.map((f) => Math.abs(f.weight)));
      done(
        h("div", { class: "risk-score" }, h("span", { class: "big" }, fmtPct(rp.score)), " network risk",
          h("div", { class: "meter", role: "meter", "aria-valuemin": "0", "aria-valuemax": "1", "aria-valuenow": String(rp.score), "aria-label": "network risk" }, h("span", { style: { width: `${Math.round(rp.score * 100)}%` } }))),
        rp.communityId !== null && rp.communityId !== undefined ? h("p", {}, "Community ", h("button", { type: "button", class: "link", onclick: () => this.app.lists.openCommunity(rp.communityId) }, `#${rp.communityId}`),
          rp.communitySmugglerShare !== null && rp.communitySmugglerShare !== undefined ? h("span", { class: rp.communitySmugglerShare > 0 ? "ks-text" : "muted", id: "rp-community-share" }, ` · ${fmtPct(rp.communitySmugglerShare)} of its members are known smugglers`) : null) : null,
        profileExtras(rp),
        factors.length ? h("div", {}, h("h4", {}, "Why: factors"), h("ul", { class: "factors" }, factors.map((f) =>
          h("li", {}, h("span", { class: "f-name" }, f.name), h("span", { class: "f-bar" }, h("span", { style: { width: `${Math.round((Math.abs(f.weight) / maxW) * 100)}%` } })), h("span", { class: "f-w" }, fmtNum(f.weight)), f.detail ? h("div", { class: "f-detail muted" }, f.detail) : null))))
          : h("p", { class: "muted" }, "No contributing factors recorded."),
        h("h4", {}, "Shortest links to known smugglers"),
        rp.paths && rp.paths.length ? h("ol", { class: "rp-paths" }, rp.paths.map((p, i) => h("li", { "data-to": p.nodes[p.nodes.length - 1].id, "data-hops": String(p.hops) },
          h("span", {}, `${p.hops} hop${p.hops === 1 ? "" : "s"}: `),
          p.nodes.map((n, j) => [j ? " → " : "", h("span", { class: n.knownSmuggler ? "ks-text" : "" }, n.label)]),
          " ", h("button", { type: "button", class: "small", "data-rp-path": String(i), onclick: () => this.app.showPaths([p], [p.nodes[0].id, p.nodes[p.nodes.length - 1].id]) }, "Show on graph"))))
          : h("p", { class: "muted" }, "No known smuggler within reach."),
        h("p", { class: "muted small-print" }, `Analysis run ${rp.analysisRun || "–"}${rp.computedAt ? ", computed " + fmtDate(rp.computedAt) : ""}.`));
    } catch (err) {
      if (!this.stillShowing(id)) return;
      if (isUnavailable(err)) {
        box.classList.add("risk-unavailable");
        // Ask again while the profile stays open: the server's analytics
        // may still be running.
        clearTimeout(this.riskRetry);
        this.riskRetry = setTimeout(() => {
          if (this.stillShowing(id) && box.isConnected && box.classList.contains("risk-unavailable")) {
            box.classList.remove("risk-unavailable");
            this.loadRisk(id, box);
          }
        }, RISK_RETRY_MS);
        const a = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : {};
        const stored = a.networkRisk !== null && a.networkRisk !== undefined;
        const ks = this.graph.filterNodes((k, x) => x.knownSmuggler && k !== id && !x.isGroup).slice(0, 5);
        done(h("p", { class: "notice" }, ANALYTICS_HINT),
          stored ? h("p", {}, "Scores stored on the entity: network risk ", h("strong", {}, fmtPct(a.networkRisk)),
            a.communityId !== null && a.communityId !== undefined ? `, community #${a.communityId}` : "", ".") : null,
          ks.length ? h("p", {}, h("button", { type: "button", class: "small", onclick: () => this.pathsToKnown(id, ks) }, `Find paths to the ${ks.length} known smuggler${ks.length === 1 ? "" : "s"} in view`)) : null,
          h("p", { class: "muted" }, `Server: ${errorText(err)}. Retrying every ${RISK_RETRY_MS / 1000} s while this profile is open.`));
      } else {
        box.classList.add("risk-error");
        done(h("p", { class: "error-text" }, `Risk profile failed: ${errorText(err)}`),
          h("button", { type: "button", class: "small", onclick: () => { box.classList.remove("risk-error"); this.loadRisk(id, box); } }, "Retry"));
      }
    }
  }

  // pathsToKnown is the fallback for "paths to known smugglers" when the
  // risk service is unavailable: shortest paths to those in view.
  async pathsToKnown(id, targets) {
    const found = [];
    for (const t of targets) {
      try {
        const d = await this.app.busy(`Paths to ${this.app.label(t)}…`, () => gql(Q.paths, { from: id, to: t, maxHops: 8, limit: 1 }));
        found.push(...d.paths);
      } catch (err) {
        showError(`Paths to ${this.app.label(t)} failed`, err);
      }
    }
    if (!found.length) { toast("No path to the known smugglers in view within 8 hops.", "info"); return; }
    found.sort((a, b) => a.hops - b.hops);
    this.app.showPaths(found, null);
  }

  focusRisk() {
    const r = document.getElementById("risk-profile");
    if (r) { r.scrollIntoView({ block: "start" }); r.focus(); }
  }
}

// profileExtras renders what newer servers add to a risk profile:
// centrality ranks, the seizure history, and DATE / HS summaries.
function profileExtras(rp) {
  const out = [];
  const c = rp.centrality;
  if (c) {
    const rows = [
      ["PageRank rank", c.pagerankRank], ["Betweenness rank", c.betweennessRank], ["Degree", c.degree],
      ["PageRank", c.pagerank], ["Betweenness", c.betweenness],
    ].filter(([, v]) => v !== null && v !== undefined);
    if (rows.length) out.push(h("div", { id: "rp-centrality" }, h("h4", {}, "Centrality"), h("table", { class: "kv" }, h("tbody", {}, rows.map(([k, v]) => h("tr", {}, h("th", { scope: "row" }, k), h("td", {}, /rank/.test(k) ? `#${fmtValue(v)}` : fmtValue(v))))))));
  }
  if (Array.isArray(rp.seizures)) {
    out.push(h("div", { id: "rp-seizures" }, h("h4", {}, `Seizures (${rp.seizures.length})`), rp.seizures.length
      ? h("ul", { class: "sel-list" }, rp.seizures.map((z) => h("li", {}, h("span", { class: "kind-tag", style: { background: kindStyle("Seizure").color } }, kindStyle("Seizure").glyph), ` ${z.label}${z.at ? " · " + fmtDate(z.at) : ""}`)))
      : h("p", { class: "muted" }, "No seizures recorded.")));
  }
  const co = rp.corroboration;
  if (co && typeof co === "object") {
    const srcs = co.sources || [];
    out.push(h("div", { id: "rp-corroboration" }, h("h4", {}, "Corroboration"),
      h("p", {}, `Corroborated risk ${fmtNum(co.score)}${co.rank ? ` · rank #${co.rank}` : ""}`,
        h("span", { class: "muted" }, " — how many known smugglers reach this entity, and how strongly.")),
      srcs.length ? h("ul", { class: "sel-list" }, srcs.map((s) => h("li", { "data-share": String(s.share) },
        s.smugglers.length ? s.smugglers.map((n, i) => [i ? ", " : "", h("span", { class: n.knownSmuggler ? "ks-text" : "" }, n.label)]) : h("span", { class: "muted" }, "a known smuggler you may not see"),
        ` — walk risk ${fmtPct(s.risk)}, ${fmtPct(s.share)} of the score`)))
        : h("p", { class: "muted" }, "No known smuggler within reach.")));
  }
  for (const [key, title] of [["date", "DATE fraud scores (declarations of this entity)"], ["hs", "HS code checks (declarations of this entity)"]]) {
    const v = rp[key];
    if (!v || typeof v !== "object") continue;
    const rows = Object.entries(v).filter(([, x]) => x !== null && x !== undefined);
    if (!rows.length) continue;
    out.push(h("div", { id: `rp-${key}` }, h("h4", {}, title), h("table", { class: "kv" }, h("tbody", {}, rows.map(([k, x]) =>
      h("tr", {}, h("th", { scope: "row" }, humanize(k)), h("td", {}, typeof x === "number" && x >= 0 && x <= 1 && /prob|share|rate|mean|max/i.test(k) ? fmtPct(x) : fmtValue(x))))))));
  }
  return out;
}

// humanize turns a camelCase field name into words.
function humanize(k) {
  const s = k.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function btn(text, onclick, attrs = {}) {
  return h("button", { type: "button", ...attrs, onclick }, text);
}

export function nodeLink(app, id, a, select = true) {
  const st = kindStyle(a.kind);
  return h("button", { type: "button", class: "node-link" + (a.knownSmuggler ? " ks" : ""), onclick: () => (select ? app.select(id, { focus: true }) : app.focusNode(id)) },
    h("span", { class: "kind-tag", style: { background: st.color } }, st.glyph), " ", a.label);
}

function analyticsTable(a) {
  const rows = [
    ["Network risk", a.networkRisk === null || a.networkRisk === undefined ? "not computed" : fmtPct(a.networkRisk)],
    ["Community", a.communityId === null || a.communityId === undefined ? "–" : `#${a.communityId}`],
    ["PageRank", fmtNum(a.pagerank, 5)],
    ["Betweenness", a.betweenness === undefined ? "…" : fmtNum(a.betweenness, 4)],
    ["Degree", fmtValue(a.degree)],
    ["Event time", a.at ? fmtDate(a.at) : "–"],
  ];
  return h("table", { class: "kv" }, h("tbody", {}, rows.map(([k, v]) => h("tr", {}, h("th", { scope: "row" }, k), h("td", {}, v)))));
}
