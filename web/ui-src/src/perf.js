// Render performance policy for big graphs and slow (software) WebGL.
//
// perfPolicy picks sigma settings and the move optimisations from the
// graph size and whether frames were measured slow; MoveOptimizer wraps
// sigma's render() so that while the camera moves
//   - the picking pass (an off-screen redraw of every node, used only for
//     hover and clicks) is skipped, and redrawn once the move ends;
//   - on slow renderers the last frame is moved by the compositor (a CSS
//     similarity transform of the canvas) instead of re-rendering the
//     scene every frame; the scene is redrawn once when the move stops.
// `?render=legacy` turns all of this off (web/e2e/bench-render.mjs uses
// it to measure before and after in one run).

// Thresholds (visible nodes / links) above which a cost is dropped.
export const BIG_NODES = 5000;
export const BIG_EDGES = 5000;

// perfPolicy returns the renderer configuration for a graph of `nodes`
// nodes and `edges` links. slow: frames measured slow (software WebGL);
// legacy: the settings before issue #9 (no move optimisations).
export function perfPolicy({ nodes, edges, slow = false, legacy = false }) {
  const settings = {
    // Labels are drawn every frame: past a few thousand nodes they cost
    // more than the nodes themselves.
    hideEdgesOnMove: edges > (slow ? 300 : BIG_EDGES),
    hideLabelsOnMove: nodes > (slow ? 1000 : BIG_NODES),
    labelDensity: nodes > BIG_NODES ? 0.25 : nodes > 1000 ? 0.45 : 0.6,
    labelRenderedSizeThreshold: nodes > BIG_NODES ? 12 : 9,
  };
  const arrows = edges <= (slow ? 5000 : 20000);
  if (legacy) {
    return { settings: { ...settings, enableEdgeEvents: true }, arrows, skipPickingWhileMoving: false, previewWhileMoving: false };
  }
  return {
    // Link hover/click redraws every link into the picking buffer on each
    // frame; on big graphs links are too dense to point at anyway.
    settings: { ...settings, enableEdgeEvents: edges <= BIG_EDGES },
    arrows,
    skipPickingWhileMoving: true,
    previewWhileMoving: slow && nodes + edges > 2000,
  };
}

// similarity returns the 2D similarity transform (uniform scale, rotation,
// translation) mapping a0 to a1 and b0 to b1, as a CSS matrix(a, b, c, d,
// e, f) list: x' = a x + c y + e, y' = b x + d y + f. null when a0 = b0.
export function similarity(a0, b0, a1, b1) {
  const ux = b0.x - a0.x, uy = b0.y - a0.y;
  const vx = b1.x - a1.x, vy = b1.y - a1.y;
  const d = ux * ux + uy * uy;
  if (!(d > 0)) return null;
  // Complex division v/u gives scale·e^(iθ) = p + iq.
  const p = (vx * ux + vy * uy) / d;
  const q = (vy * ux - vx * uy) / d;
  const e = a1.x - (p * a0.x - q * a0.y);
  const f = a1.y - (q * a0.x + p * a0.y);
  return [p, q, -q, p, e, f];
}

// cameraMoving is sigma's own "moving" test (render() hides edges and
// labels on move with it).
export function cameraMoving(renderer) {
  const mc = renderer.getMouseCaptor();
  return !!(renderer.getCamera().isAnimating() || mc.isMoving || mc.draggedEvents || mc.currentWheelDirection);
}

// MoveOptimizer wraps renderer.render; policy() returns the current
// perfPolicy. stats counts full renders and previewed frames.
export class MoveOptimizer {
  constructor(renderer, policy) {
    this.renderer = renderer;
    this.policy = policy;
    this.snapshot = null; // camera state of the frame on screen
    this.transformed = false;
    this.settleTimer = 0;
    this.stats = { renders: 0, previews: 0, pickingSkipped: 0, lastRenderMs: NaN };
    const r = renderer;
    const orig = r.render;
    const origParams = r.getRenderParams;
    const self = this;
    const own = (k) => Object.prototype.hasOwnProperty.call(r, k);
    const ownRender = own("render"), ownParams = own("getRenderParams");
    this.restore = () => {
      if (ownRender) r.render = orig; else delete r.render;
      if (ownParams) r.getRenderParams = origParams; else delete r.getRenderParams;
      self.clearTransform();
      clearTimeout(self.settleTimer);
    };
    r.getRenderParams = function (...args) {
      const p = origParams.apply(this, args);
      const pol = self.policy();
      if (pol.skipPickingWhileMoving && p.pickingFrameBuffer && cameraMoving(this)) {
        self.stats.pickingSkipped++;
        self.needSettle = true;
        return { ...p, pickingFrameBuffer: null };
      }
      return p;
    };
    r.render = function (...args) {
      const pol = self.policy();
      if (pol.previewWhileMoving && self.canPreview()) {
        if (this.renderFrame) { cancelAnimationFrame(this.renderFrame); this.renderFrame = null; }
        self.preview();
        return this;
      }
      self.clearTransform();
      const t = performance.now();
      const out = orig.apply(this, args);
      self.stats.lastRenderMs = performance.now() - t;
      self.stats.renders++;
      self.snapshot = this.getCamera().getState();
      self.snapshotSize = { w: this.width, h: this.height };
      if (self.needSettle) self.scheduleSettle();
      return out;
    };
  }

  // canPreview: the camera moves and the graph data did not change since
  // the frame on screen (graph edits, layout ticks and node drags render
  // for real). State-only changes (sigma flags every zoom animation as a
  // graph state change; hover) wait for the settle frame.
  canPreview() {
    const r = this.renderer;
    if (!this.snapshot || !cameraMoving(r)) return false;
    if (r.pendingProcess !== "none") return false;
    const c = r.getContainer();
    if (!this.snapshotSize || c.offsetWidth !== this.snapshotSize.w || c.offsetHeight !== this.snapshotSize.h) return false;
    return true;
  }

  stage() {
    return this.renderer.getStageCanvas ? this.renderer.getStageCanvas() : null;
  }

  preview() {
    const r = this.renderer, canvas = this.stage();
    if (!canvas) return;
    const now = r.getCamera().getState();
    const A = { x: 0.5, y: 0.5 }, B = { x: 0.6, y: 0.5 };
    const m = similarity(
      r.framedGraphToViewport(A, { cameraState: this.snapshot }), r.framedGraphToViewport(B, { cameraState: this.snapshot }),
      r.framedGraphToViewport(A, { cameraState: now }), r.framedGraphToViewport(B, { cameraState: now }),
    );
    if (!m) return;
    canvas.style.transformOrigin = "0 0";
    canvas.style.transform = `matrix(${m.map((v) => +v.toFixed(6)).join(",")})`;
    this.transformed = true;
    this.stats.previews++;
    this.needSettle = true;
    this.scheduleSettle();
  }

  clearTransform() {
    if (!this.transformed) return;
    const canvas = this.stage();
    if (canvas) canvas.style.transform = "";
    this.transformed = false;
  }

  // scheduleSettle redraws once the move has ended (sharp frame, picking
  // buffer for hover and clicks).
  scheduleSettle() {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      if (cameraMoving(this.renderer)) { this.scheduleSettle(); return; }
      this.needSettle = false;
      this.renderer.scheduleRender();
    }, 60);
  }

  kill() {
    this.restore();
  }
}
