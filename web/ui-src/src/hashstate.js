// The shareable part of the workspace state, kept in the URL hash:
//   #c=<expanded centres>&n=<other opened nodes>&sel=<id>&p=<from>~<to>,...&xk=<hidden kinds>&xr=<hidden rel kinds>
//    &since=YYYY-MM-DD&until=YYYY-MM-DD&layout=fa2&color=community&size=pagerank
// Ids are percent-encoded and joined with commas.

const enc = (s) => encodeURIComponent(s);
const dec = (s) => { try { return decodeURIComponent(s); } catch { return s; } };
const list = (v) => (v ? v.split(",").filter(Boolean).map(dec) : []);

export const LAYOUTS = ["fa2", "circular", "community", "random"];
export const COLOR_BY = ["community", "kind", "risk"];
export const SIZE_BY = ["pagerank", "networkRisk", "degree", "uniform"];

export function emptyHashState() {
  return {
    centres: [], nodes: [], selected: null, paths: [], hiddenKinds: [], hiddenRels: [],
    since: null, until: null, layout: "fa2", colorBy: "community", sizeBy: "pagerank",
  };
}

function dateOnly(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

export function encodeHash(s) {
  const parts = [];
  if (s.centres && s.centres.length) parts.push("c=" + s.centres.map(enc).join(","));
  if (s.nodes && s.nodes.length) parts.push("n=" + s.nodes.map(enc).join(","));
  if (s.selected) parts.push("sel=" + enc(s.selected));
  if (s.paths && s.paths.length) parts.push("p=" + s.paths.map(([a, b]) => enc(a) + "~" + enc(b)).join(","));
  if (s.hiddenKinds && s.hiddenKinds.length) parts.push("xk=" + s.hiddenKinds.map(enc).join(","));
  if (s.hiddenRels && s.hiddenRels.length) parts.push("xr=" + s.hiddenRels.map(enc).join(","));
  if (s.since !== null && s.since !== undefined) parts.push("since=" + dateOnly(s.since));
  if (s.until !== null && s.until !== undefined) parts.push("until=" + dateOnly(s.until));
  if (s.layout && s.layout !== "fa2") parts.push("layout=" + enc(s.layout));
  if (s.colorBy && s.colorBy !== "community") parts.push("color=" + enc(s.colorBy));
  if (s.sizeBy && s.sizeBy !== "pagerank") parts.push("size=" + enc(s.sizeBy));
  return parts.length ? "#" + parts.join("&") : "";
}

function parseDate(v, endOfDay) {
  if (!v) return null;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? v + (endOfDay ? "T23:59:59.999Z" : "T00:00:00Z") : v);
  return Number.isFinite(ms) ? ms : null;
}

export function decodeHash(hash) {
  const s = emptyHashState();
  const h = (hash || "").replace(/^#/, "");
  if (!h) return s;
  for (const part of h.split("&")) {
    const i = part.indexOf("=");
    if (i < 0) continue;
    const k = part.slice(0, i), v = part.slice(i + 1);
    switch (k) {
      case "c": s.centres = list(v); break;
      case "n": s.nodes = list(v); break;
      case "sel": s.selected = dec(v) || null; break;
      case "p":
        s.paths = v.split(",").filter(Boolean).map((pair) => pair.split("~").map(dec)).filter((p) => p.length === 2 && p[0] && p[1]);
        break;
      case "xk": s.hiddenKinds = list(v); break;
      case "xr": s.hiddenRels = list(v); break;
      case "since": s.since = parseDate(dec(v), false); break;
      case "until": s.until = parseDate(dec(v), true); break;
      case "layout": if (LAYOUTS.includes(dec(v))) s.layout = dec(v); break;
      case "color": if (COLOR_BY.includes(dec(v))) s.colorBy = dec(v); break;
      case "size": if (SIZE_BY.includes(dec(v))) s.sizeBy = dec(v); break;
    }
  }
  return s;
}
