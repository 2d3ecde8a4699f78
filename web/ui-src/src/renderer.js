// sigma.js 4 renderer: one WebGL program for all node shapes with a fill
// layer and a risk ring layer, arrowed edges, declarative styles reading
// the graph attributes and the shared view/filter settings.
import Sigma from "sigma";
import {
  layerFill, sdfCircle, sdfSquare, sdfTriangle, sdfDiamond, sdfRectangle,
  pathLine, extremityArrow, layerPlain,
} from "sigma/rendering";
import { kindStyle, PATH_COLOR } from "./kinds.js";
import { nodeColor, nodeSize, ringColor, nodeVisible, edgeVisible } from "./visual.js";

const UNSIGNED_BYTE = 0x1401;

// layerRing draws an outer ring (for known smugglers and high-risk nodes)
// with a thin white gap inside it, so the ring reads on any fill colour.
export function layerRing() {
  return {
    name: "ring",
    uniforms: [],
    attributes: [{ name: "ringColor", size: 4, type: UNSIGNED_BYTE, normalized: true, source: "ringColor", defaultValue: "rgba(0,0,0,0)" }],
    glsl: /* glsl */ `
vec4 layer_ring(vec4 v_ringColor) {
  if (v_ringColor.a <= 0.0) return vec4(0.0);
  float w = max(0.30 * context.shapeHalfSize, 2.5 * context.pixelToUV);
  float gap = max(0.10 * context.shapeHalfSize, 1.0 * context.pixelToUV);
  float aa = context.aaWidth;
  float ring = smoothstep(-w - aa, -w + aa, context.sdf);
  float white = smoothstep(-w - gap - aa, -w - gap + aa, context.sdf) * (1.0 - ring);
  vec4 c = vec4(1.0, 1.0, 1.0, white);
  return vec4(mix(c.rgb, v_ringColor.rgb, ring), max(white, ring * v_ringColor.a));
}
`,
  };
}

// ctx: { view, filters, stats } (mutable; call renderer.refresh() after changes)
export function createRenderer(graph, container, ctx) {
  const vis = (a) => nodeVisible(a, ctx.filters);
  const renderer = new Sigma(graph, container, {
    customNodeState: { isSelected: false, isPath: false },
    customEdgeState: { isPath: false },
    customGraphState: { hasPath: false, manySelected: false },
    primitives: {
      depthLayers: ["edges", "nodes", "topEdges", "topNodes"],
      nodes: {
        shapes: [sdfCircle(), sdfSquare({ cornerRadius: 0.1 }), sdfTriangle({ cornerRadius: 0.1 }), sdfDiamond({ cornerRadius: 0.05 }), sdfRectangle({ aspectRatio: 1.6 })],
        layers: [layerFill(), layerRing()],
        variables: { ringColor: { type: "color", default: "rgba(0,0,0,0)" } },
        label: { font: { family: "sans-serif", size: 13 }, color: "#222" },
      },
      edges: {
        paths: [pathLine()],
        extremities: [extremityArrow()],
        layers: [layerPlain()],
      },
    },
    styles: {
      nodes: [
        {
          x: { attribute: "x" },
          y: { attribute: "y" },
          shape: (a) => kindStyle(a.kind).shape,
          color: (a) => nodeColor(a, ctx.view),
          size: (a) => nodeSize(a, ctx.view, ctx.stats),
          ringColor: (a) => ringColor(a, ctx.view),
          label: (a) => a.label || "",
          labelFont: (a) => (a.knownSmuggler || a.isGroup ? "bold sans-serif" : "sans-serif"),
          labelColor: (a) => (a.knownSmuggler ? "#b00000" : "#222222"),
          labelSize: (a) => (a.knownSmuggler ? 15 : 13),
          labelVisibility: (a) => (a.knownSmuggler || a.centre || a.isGroup ? "visible" : "auto"),
          visibility: (a) => (vis(a) ? "visible" : "hidden"),
          depth: (a) => (a.knownSmuggler ? "topNodes" : "nodes"),
          zIndex: (a) => (a.knownSmuggler ? 2 : 0),
          cursor: "pointer",
        },
        { whenState: "isHovered", then: { label: (a) => `${kindStyle(a.kind).glyph} · ${a.label || ""}`, labelVisibility: "visible", depth: "topNodes", backdropVisibility: "visible", backdropColor: "#ffffff", backdropShadowColor: "rgba(0,0,0,0.35)", backdropShadowBlur: 8, backdropPadding: 4 } },
        {
          when: (_a, s, gs) => gs.hasPath && !s.isPath && !s.isSelected,
          then: { opacity: 0.25, labelVisibility: "hidden" },
        },
        { whenState: "isPath", then: { labelVisibility: "visible", depth: "topNodes" } },
        {
          when: (_a, s, gs) => s.isSelected && !gs.manySelected,
          then: { labelVisibility: "visible", depth: "topNodes", backdropVisibility: "visible", backdropColor: "#fff7c2", backdropBorderColor: "#111111", backdropBorderWidth: 2, backdropPadding: 5, backdropShadowColor: "rgba(0,0,0,0.4)", backdropShadowBlur: 6 },
        },
        // A large selection dims everything else instead of labelling all.
        { when: (_a, s, gs) => gs.manySelected && !s.isSelected && !s.isHovered, then: { opacity: 0.3, labelVisibility: "hidden" } },
        { when: (_a, s, gs) => gs.manySelected && s.isSelected, then: { depth: "topNodes" } },
      ],
      edges: [
        {
          size: (a) => (a.grouped ? Math.min(6, 1 + Math.log2(a.grouped)) : 1),
          color: "#b9bec7",
          head: () => (ctx.perf && ctx.perf.arrows === false ? "none" : "arrow"),
          visibility: (a) => (edgeVisible(a, ctx.filters, graph) ? "visible" : "hidden"),
          depth: "edges",
        },
        { whenState: "isHovered", then: { color: "#555b66", label: { attribute: "kind" }, labelVisibility: "visible", depth: "topEdges" } },
        { when: (_a, s, gs) => gs.hasPath && !s.isPath, then: { opacity: 0.2 } },
        { whenState: "isPath", then: { color: PATH_COLOR, size: 4, depth: "topEdges", label: { attribute: "kind" }, labelVisibility: "visible", labelColor: PATH_COLOR } },
      ],
      stage: { background: "#fbfbfc" },
    },
    settings: {
      itemSizesReference: "screen",
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      enableNodeDrag: true,
      hideEdgesOnMove: false,
      labelDensity: 0.6,
      labelRenderedSizeThreshold: 9,
      stagePadding: 40,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      gestureTarget: "graph",
    },
  });
  return renderer;
}
