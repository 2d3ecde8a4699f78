package ingest

import (
	"context"
	"fmt"
	"sort"

	"github.com/borderlens/borderlens/graph"
)

// accumulator gathers record fragments into one batch, merging nodes and
// relationships that several records share (an office, a country, a
// trader) so that each is written once per batch.
type accumulator struct {
	nodes   []graph.Node
	nodeIdx map[graph.Key]int
	edges   []graph.Edge
	edgeIdx map[graph.EdgeID]int
	records int
}

func newAccumulator() *accumulator {
	return &accumulator{nodeIdx: map[graph.Key]int{}, edgeIdx: map[graph.EdgeID]int{}}
}

// add merges a validated fragment into the batch.
func (a *accumulator) add(b graph.Batch) {
	for _, n := range b.Nodes {
		if i, ok := a.nodeIdx[n.Key]; ok {
			mergeNode(&a.nodes[i], n)
			continue
		}
		a.nodeIdx[n.Key] = len(a.nodes)
		a.nodes = append(a.nodes, n)
	}
	for _, e := range b.Edges {
		id := e.ID()
		if i, ok := a.edgeIdx[id]; ok {
			mergeEdge(&a.edges[i], e)
			continue
		}
		a.edgeIdx[id] = len(a.edges)
		a.edges = append(a.edges, e)
	}
	a.records++
}

func (a *accumulator) batch() graph.Batch { return graph.Batch{Nodes: a.nodes, Edges: a.edges} }

func (a *accumulator) reset() {
	a.nodes, a.edges = nil, nil
	clear(a.nodeIdx)
	clear(a.edgeIdx)
	a.records = 0
}

// mergeNode merges n, written after *into, into *into with the store's
// merge semantics (a non-empty label and a non-zero time replace, named
// properties are set) and the accumulating rules of mergeProps.
func mergeNode(into *graph.Node, n graph.Node) {
	if n.Label != "" {
		into.Label = n.Label
	}
	if !n.At.IsZero() {
		into.At = n.At
	}
	if into.Props == nil {
		into.Props = graph.Props{}
	}
	mergeProps(into.Props, n.Props)
}

func mergeEdge(into *graph.Edge, e graph.Edge) {
	if !e.At.IsZero() {
		into.At = e.At
	}
	if len(e.Props) > 0 {
		if into.Props == nil {
			into.Props = graph.Props{}
		}
		for k, v := range e.Props {
			into.Props[k] = v
		}
	}
}

// mergeProps sets src's properties on dst, except for those that
// accumulate rather than replace:
//
//   - roles (a trader's roles): the sorted union;
//   - raw (an identifier as first seen): the first value stays;
//   - the known-smuggler marking: the earliest knownSmugglerSince stays,
//     with its source and reason.
func mergeProps(dst, src graph.Props) {
	for k, v := range src {
		switch k {
		case "roles":
			dst[k] = unionRoles(dst[k], v)
		case graph.PropRaw:
			if _, ok := dst[k]; !ok {
				dst[k] = v
			}
		case graph.PropKnownSmugglerSince, graph.PropKnownSmugglerSource, graph.PropKnownSmugglerReason:
			// handled below, as a unit
		default:
			dst[k] = v
		}
	}
	if since := src.String(graph.PropKnownSmugglerSince); since != "" {
		old := dst.String(graph.PropKnownSmugglerSince)
		if old == "" || since < old {
			for _, k := range []string{graph.PropKnownSmugglerSince, graph.PropKnownSmugglerSource, graph.PropKnownSmugglerReason} {
				if v, ok := src[k]; ok {
					dst[k] = v
				} else {
					delete(dst, k)
				}
			}
		}
	}
}

func unionRoles(a, b any) []string {
	set := map[string]bool{}
	for _, x := range []any{a, b} {
		if s, ok := x.([]string); ok {
			for _, r := range s {
				set[r] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for r := range set {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}

// accumulating reports whether a node carries a property that must be
// reconciled with its stored version.
func accumulating(n graph.Node) bool {
	_, roles := n.Props["roles"]
	_, raw := n.Props[graph.PropRaw]
	_, since := n.Props[graph.PropKnownSmugglerSince]
	return roles || raw || since
}

// reconcile rewrites the batch's accumulating properties against the
// stored nodes, so that writing the batch keeps what mergeProps keeps:
// stored roles are added to the new ones, a stored raw value is not
// overwritten and an earlier known-smuggler marking is not replaced.
func reconcile(ctx context.Context, r NodeReader, b graph.Batch) error {
	var keys []graph.Key
	var idx []int
	for i, n := range b.Nodes {
		if accumulating(n) {
			keys = append(keys, n.Key)
			idx = append(idx, i)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	stored, found, err := r.Nodes(ctx, keys)
	if err != nil {
		return fmt.Errorf("read stored nodes: %w", err)
	}
	for j, i := range idx {
		if !found[j] {
			continue
		}
		n := &b.Nodes[i]
		s := stored[j].Props
		if _, ok := n.Props["roles"]; ok {
			n.Props["roles"] = unionRoles(s["roles"], n.Props["roles"])
		}
		if _, ok := s[graph.PropRaw]; ok {
			delete(n.Props, graph.PropRaw)
		}
		if since := n.Props.String(graph.PropKnownSmugglerSince); since != "" {
			if old := s.String(graph.PropKnownSmugglerSince); old != "" && old <= since {
				delete(n.Props, graph.PropKnownSmugglerSince)
				delete(n.Props, graph.PropKnownSmugglerSource)
				delete(n.Props, graph.PropKnownSmugglerReason)
			}
		}
	}
	return nil
}
