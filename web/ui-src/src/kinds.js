// Node and relationship kinds as declared in schema.graphqls, with the
// visual encoding of each node kind (shape + colour + short glyph).

export const NODE_KINDS = [
  "Trader", "Declaration", "Passenger", "Booking", "Flight", "Document", "Phone", "Email",
  "Address", "PaymentCard", "Agency", "Seizure", "Office", "Country", "Airport",
];

export const REL_KINDS = [
  "IMPORTED", "DECLARED_BY", "SOLD_BY", "CARRIED_BY", "LODGED_AT", "ORIGINATES_IN", "SHIPPED_FROM",
  "BOOKED", "TRAVELLED_ON", "RESERVES", "BOOKED_VIA", "HOLDS_DOCUMENT", "USES_PHONE", "USES_EMAIL",
  "LOCATED_AT", "PAID_WITH", "INVOLVED_IN", "SEIZED_AT", "DEPARTS", "ARRIVES", "NATIONAL_OF", "TRAVELS_WITH",
];

// Kinds whose nodes carry an event time (`at`) shown on the timeline.
export const TIMED_KINDS = ["Declaration", "Booking", "Flight", "Seizure"];

// shape: one of the sigma SDF shapes registered in renderer.js.
// glyph: a short tag shown in the legend, lists and the hover label.
export const KIND_STYLE = {
  Trader: { shape: "square", color: "#1f77b4", glyph: "TR" },
  Declaration: { shape: "diamond", color: "#9467bd", glyph: "DE" },
  Passenger: { shape: "circle", color: "#2ca02c", glyph: "PX" },
  Booking: { shape: "triangle", color: "#ff7f0e", glyph: "PNR" },
  Flight: { shape: "triangle", color: "#8c564b", glyph: "FL" },
  Document: { shape: "rectangle", color: "#7f7f7f", glyph: "DOC" },
  Phone: { shape: "circle", color: "#17becf", glyph: "TEL" },
  Email: { shape: "circle", color: "#bcbd22", glyph: "@" },
  Address: { shape: "square", color: "#e377c2", glyph: "ADR" },
  PaymentCard: { shape: "rectangle", color: "#393b79", glyph: "CARD" },
  Agency: { shape: "square", color: "#637939", glyph: "AG" },
  Seizure: { shape: "diamond", color: "#222222", glyph: "SZ" },
  Office: { shape: "rectangle", color: "#8c6d31", glyph: "OFF" },
  Country: { shape: "rectangle", color: "#9e9e9e", glyph: "CC" },
  Airport: { shape: "triangle", color: "#6b6ecf", glyph: "APT" },
  Group: { shape: "square", color: "#444444", glyph: "GRP" },
};

export function kindStyle(kind) {
  return KIND_STYLE[kind] || { shape: "circle", color: "#888888", glyph: "?" };
}

// A qualitative palette for communities (colour-blind aware first, then
// extended). Communities beyond it cycle with a hash so ids stay stable.
// No greys (grey means "no community") and no reds (red marks smugglers).
const PALETTE = [
  "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#1b9e77",
  "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#1f78b4", "#b2df8a", "#6a3d9a", "#8dd3c7",
  "#fdb462", "#80b1d3", "#bc80bd", "#ccebc5",
];
export const NO_COMMUNITY_COLOR = "#b8b8b8";

export function communityColor(id) {
  if (id === null || id === undefined || Number.isNaN(id)) return NO_COMMUNITY_COLOR;
  const n = Math.abs(Math.trunc(id));
  // Knuth multiplicative hash spreads consecutive ids across the palette.
  return PALETTE[(n * 2654435761) % 4294967296 % PALETTE.length];
}

// Risk colour ramp for "colour by risk": grey -> amber -> red.
export function riskColor(r) {
  if (r === null || r === undefined) return NO_COMMUNITY_COLOR;
  const t = Math.max(0, Math.min(1, r));
  const a = [189, 189, 189], b = [253, 174, 97], c = [215, 25, 28];
  const [from, to, u] = t < 0.5 ? [a, b, t * 2] : [b, c, (t - 0.5) * 2];
  const ch = (i) => Math.round(from[i] + (to[i] - from[i]) * u).toString(16).padStart(2, "0");
  return `#${ch(0)}${ch(1)}${ch(2)}`;
}

export const SMUGGLER_RING = "#e00000";
export const HIGH_RISK_RING = "#ff8c00";
export const GROUP_RING = "#333333";
export const PATH_COLOR = "#d81b60";
export const DEFAULT_HIGH_RISK = 0.6;

// Relationships to places every traveller or declaration shares
// (countries, offices, airports): paths through them say little, so path
// search skips them unless asked.
export const GENERIC_RELS = ["NATIONAL_OF", "LODGED_AT", "ORIGINATES_IN", "SHIPPED_FROM", "SEIZED_AT", "DEPARTS", "ARRIVES"];

// PARTIES are the kinds an investigator ranks first: the people and firms
// behind the identifiers. The top-risk list starts on them.
export const PARTIES = ["Trader", "Passenger"];

// riskKinds maps the top-risk kind control's value to topRisk's kinds
// argument: "parties" for PARTIES, "" for every kind, else that one kind.
export function riskKinds(value) {
  if (value === "parties") return PARTIES;
  return value ? [value] : null;
}

// widenRiskKinds tells whether a top-risk query that failed with err
// should be retried over every kind: the parties were asked for and the
// role may not see one of them (code "forbidden").
export function widenRiskKinds(value, err) {
  return value === "parties" && !!err && err.code === "forbidden";
}
