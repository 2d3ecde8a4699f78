// Timeline strip: a histogram of the event times (`at`) of the loaded
// bookings, declarations, flights and seizures, stacked by kind, with a
// brush that sets the time-window filter.
import { kindStyle, SMUGGLER_RING } from "./kinds.js";

const DAY = 86400000;

// binTimes counts items [{t, kind, flag}] into n equal bins over
// [min, max] (the items' own extent when range is null).
export function binTimes(items, n, range = null) {
  const ts = items.filter((i) => Number.isFinite(i.t));
  if (!ts.length) return { min: null, max: null, bins: [], maxCount: 0 };
  let min = range ? range[0] : Infinity, max = range ? range[1] : -Infinity;
  if (!range) for (const i of ts) { if (i.t < min) min = i.t; if (i.t > max) max = i.t; }
  if (max - min < DAY) { min -= DAY / 2; max += DAY / 2; }
  const bins = Array.from({ length: n }, () => ({ count: 0, byKind: {}, flagged: 0 }));
  const w = (max - min) / n;
  for (const i of ts) {
    if (i.t < min || i.t > max) continue;
    const b = bins[Math.min(n - 1, Math.floor((i.t - min) / w))];
    b.count++;
    b.byKind[i.kind] = (b.byKind[i.kind] || 0) + 1;
    if (i.flag) b.flagged++;
  }
  return { min, max, bins, maxCount: Math.max(...bins.map((b) => b.count)) };
}

export class Timeline {
  constructor(canvas, { onBrush }) {
    this.canvas = canvas;
    this.onBrush = onBrush;
    this.items = [];
    this.window = { since: null, until: null };
    this.data = null;
    this.drag = null;
    canvas.addEventListener("pointerdown", (e) => this.down(e));
    canvas.addEventListener("pointermove", (e) => this.move(e));
    canvas.addEventListener("pointerup", (e) => this.up(e));
    canvas.addEventListener("dblclick", () => this.onBrush(null, null));
    new ResizeObserver(() => this.draw()).observe(canvas);
  }

  setItems(items, window) {
    this.items = items;
    this.window = window;
    this.draw();
  }

  tAt(x) {
    const d = this.data;
    if (!d || d.min === null) return null;
    const r = this.canvas.getBoundingClientRect();
    const u = Math.max(0, Math.min(1, (x - r.left - 4) / Math.max(1, r.width - 8)));
    return d.min + u * (d.max - d.min);
  }

  down(e) {
    const t = this.tAt(e.clientX);
    if (t === null) return;
    this.canvas.setPointerCapture(e.pointerId);
    this.drag = { a: t, b: t };
  }

  move(e) {
    if (!this.drag) return;
    this.drag.b = this.tAt(e.clientX);
    this.draw();
  }

  up(e) {
    if (!this.drag) return;
    const { a, b } = this.drag;
    this.drag = null;
    this.canvas.releasePointerCapture(e.pointerId);
    if (Math.abs(b - a) < (this.data.max - this.data.min) / 200) { this.draw(); return; }
    this.onBrush(Math.min(a, b), Math.max(a, b));
  }

  draw() {
    const c = this.canvas;
    const dpr = window.devicePixelRatio || 1;
    const W = c.clientWidth, H = c.clientHeight;
    if (!W || !H) return;
    if (c.width !== Math.round(W * dpr) || c.height !== Math.round(H * dpr)) {
      c.width = Math.round(W * dpr);
      c.height = Math.round(H * dpr);
    }
    const g = c.getContext("2d");
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, W, H);
    const n = Math.max(10, Math.min(120, Math.floor((W - 8) / 6)));
    const d = (this.data = binTimes(this.items, n));
    g.font = "11px sans-serif";
    if (!d.bins.length) {
      g.fillStyle = "#666";
      g.fillText("No dated bookings, declarations, flights or seizures loaded yet.", 8, H / 2 + 4);
      return;
    }
    const plotH = H - 16, bw = (W - 8) / n;
    const kinds = Object.keys(Object.assign({}, ...d.bins.map((b) => b.byKind))).sort();
    d.bins.forEach((b, i) => {
      let y = plotH;
      for (const k of kinds) {
        const v = b.byKind[k] || 0;
        if (!v) continue;
        const hgt = (v / d.maxCount) * (plotH - 4);
        g.fillStyle = kindStyle(k).color;
        g.fillRect(4 + i * bw, y - hgt, Math.max(1, bw - 1), hgt);
        y -= hgt;
      }
      if (b.flagged) {
        g.fillStyle = SMUGGLER_RING;
        g.fillRect(4 + i * bw, plotH + 1, Math.max(1, bw - 1), 3);
      }
    });
    const x = (t) => 4 + ((t - d.min) / (d.max - d.min)) * (W - 8);
    // Current window (or the brush being dragged) shaded.
    const w = this.drag ? { since: Math.min(this.drag.a, this.drag.b), until: Math.max(this.drag.a, this.drag.b) } : this.window;
    if (w.since !== null || w.until !== null) {
      const x0 = w.since === null ? 4 : Math.max(4, x(w.since));
      const x1 = w.until === null ? W - 4 : Math.min(W - 4, x(w.until));
      g.fillStyle = "rgba(0,0,0,0.18)";
      if (x0 > 4) g.fillRect(4, 0, x0 - 4, plotH);
      if (x1 < W - 4) g.fillRect(x1, 0, W - 4 - x1, plotH);
      g.strokeStyle = "#1a1a1a";
      g.strokeRect(x0, 0.5, Math.max(1, x1 - x0), plotH - 1);
    }
    g.fillStyle = "#444";
    const fmt = (t) => new Date(t).toISOString().slice(0, 10);
    g.fillText(fmt(d.min), 4, H - 2);
    const right = fmt(d.max);
    g.fillText(right, W - 4 - g.measureText(right).width, H - 2);
    g.fillText(`peak ${d.maxCount}/bin`, W / 2 - 25, H - 2);
  }
}
