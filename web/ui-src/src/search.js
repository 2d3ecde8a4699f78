// Search combobox with suggestions from the GraphQL `search` field
// (ARIA 1.2 combobox pattern: arrows move, Enter picks, Escape closes).
import { gql, Q } from "./api.js";
import { h, clear, errorText, debounce } from "./ui.js";
import { kindStyle } from "./kinds.js";

let seq = 0;

export class SearchBox {
  // input: <input>; list: <ul>; onPick(node) gets the API node.
  constructor(input, list, { onPick, first = 12, kinds = () => null }) {
    this.input = input;
    this.list = list;
    this.onPick = onPick;
    this.first = first;
    this.kinds = kinds;
    this.items = [];
    this.active = -1;
    this.ctrl = null;
    this.id = `sb${++seq}`;
    list.id = list.id || `${this.id}-list`;
    list.setAttribute("role", "listbox");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");
    input.setAttribute("spellcheck", "false");
    const run = debounce(() => this.query(), 180);
    input.addEventListener("input", () => (input.value.trim().length >= 2 ? run() : (run.cancel(), this.close())));
    input.addEventListener("keydown", (e) => this.key(e));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    input.addEventListener("focus", () => { if (this.items.length && input.value.trim().length >= 2) this.open(); });
  }

  async query() {
    const text = this.input.value.trim();
    if (text.length < 2) return;
    if (this.ctrl) this.ctrl.abort();
    const ctrl = (this.ctrl = new AbortController());
    this.status("Searching…", "busy");
    try {
      const data = await gql(Q.search, { text, first: this.first, kinds: this.kinds() }, { signal: ctrl.signal });
      if (ctrl.signal.aborted) return;
      this.items = data.search.edges.map((e) => e.node);
      this.render(data.search.totalCount);
    } catch (err) {
      if (err.name === "AbortError") return;
      this.items = [];
      this.status(`Search failed: ${errorText(err)}`, "error");
    }
  }

  status(text, cls) {
    clear(this.list).append(h("li", { class: `sb-status ${cls || ""}`, role: "option", "aria-disabled": "true" }, text));
    this.open();
  }

  render(total) {
    clear(this.list);
    this.active = this.items.length ? 0 : -1;
    if (!this.items.length) { this.status("No matches", ""); return; }
    this.items.forEach((n, i) => {
      const st = kindStyle(n.kind);
      const li = h("li", { id: `${this.id}-o${i}`, role: "option", class: `sb-item${n.knownSmuggler ? " ks" : ""}`, "aria-selected": i === this.active ? "true" : "false" },
        h("span", { class: "kind-tag", style: { background: st.color } }, st.glyph),
        h("span", { class: "sb-label" }, n.label),
        n.knownSmuggler ? h("span", { class: "ks-badge", title: "known smuggler" }, "KNOWN SMUGGLER") : null,
        h("span", { class: "sb-id" }, n.id));
      li.addEventListener("mousedown", (e) => { e.preventDefault(); this.pick(i); });
      this.list.append(li);
    });
    if (total > this.items.length) this.list.append(h("li", { class: "sb-status", role: "option", "aria-disabled": "true" }, `${total} matches; showing ${this.items.length}. Type more to narrow.`));
    this.highlight();
    this.open();
  }

  highlight() {
    [...this.list.querySelectorAll(".sb-item")].forEach((li, i) => li.setAttribute("aria-selected", i === this.active ? "true" : "false"));
    if (this.active >= 0) {
      const id = `${this.id}-o${this.active}`;
      this.input.setAttribute("aria-activedescendant", id);
      const el = document.getElementById(id);
      if (el) el.scrollIntoView({ block: "nearest" });
    } else this.input.removeAttribute("aria-activedescendant");
  }

  open() { this.list.hidden = false; this.input.setAttribute("aria-expanded", "true"); }
  close() { this.list.hidden = true; this.input.setAttribute("aria-expanded", "false"); this.input.removeAttribute("aria-activedescendant"); }

  key(e) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!this.items.length) return;
      if (this.list.hidden) this.open();
      const d = e.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + d + this.items.length) % this.items.length;
      this.highlight();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (!this.list.hidden && this.active >= 0 && this.items[this.active]) this.pick(this.active);
      else if (/^[A-Za-z]+:.+/.test(this.input.value.trim())) this.onPick({ id: this.input.value.trim() }, true);
      else this.query();
    } else if (e.key === "Escape") {
      if (!this.list.hidden) { e.preventDefault(); e.stopPropagation(); this.close(); }
    }
  }

  pick(i) {
    const n = this.items[i];
    this.close();
    this.onPick(n, false);
  }
}
