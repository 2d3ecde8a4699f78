package storetest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// testModel compares Subgraph and ShortestPaths with a brute-force
// reference on seeded random graphs: the hand-written tables pin down the
// rules, the model catches the combinations nobody wrote down (filters
// with limits, ties, parallel relationships, centres reached from other
// centres).
func testModel(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	r := rand.New(rand.NewPCG(20240601, 7))
	b := randomGraph(r)
	mustUpsert(t, s, b)
	m := newModel(contentOf(b))

	for i := range 60 {
		q := randomSubgraphQuery(r, m)
		t.Run(fmt.Sprintf("subgraph %02d", i), func(t *testing.T) {
			got, err := s.Subgraph(t.Context(), q)
			if err != nil {
				t.Fatalf("subgraph %+v: got %v, want nil", q, err)
			}
			want := m.subgraph(q)
			if d := diff(want, renderSubgraph(got)); d != "" {
				t.Errorf("subgraph %+v (-model +store):\n%s", q, d)
			}
		})
	}
	for i := range 60 {
		q := randomPathQuery(r, m)
		t.Run(fmt.Sprintf("paths %02d", i), func(t *testing.T) {
			got, err := s.ShortestPaths(t.Context(), q)
			if err != nil {
				t.Fatalf("shortest paths %+v: got %v, want nil", q, err)
			}
			var rendered []string
			for _, p := range got {
				rendered = append(rendered, pathString(p))
			}
			if d := diff(m.paths(q), rendered); d != "" {
				t.Errorf("shortest paths %+v (-model +store):\n%s", q, d)
			}
		})
	}
}

// modelKinds returns the node kinds of the random graphs.
func modelKinds() []graph.Kind {
	return []graph.Kind{graph.KindTrader, graph.KindDeclaration, graph.KindPhone, graph.KindOffice}
}

// modelRelKinds returns the relationship kinds of the random graphs.
func modelRelKinds() []graph.RelKind {
	return []graph.RelKind{graph.RelImported, graph.RelUsesPhone, graph.RelLodgedAt}
}

// randomGraph returns 30 nodes (some only named by relationships, so
// bare) and about 60 relationships, with parallel relationships of
// different kinds and times on some items.
func randomGraph(r *rand.Rand) graph.Batch {
	const n, m = 30, 60
	kinds, rels := modelKinds(), modelRelKinds()
	keys := make([]graph.Key, n)
	for i := range keys {
		keys[i] = key(kinds[r.IntN(len(kinds))], fmt.Sprintf("n%02d", i))
	}
	when := func() time.Time {
		if r.IntN(3) == 0 {
			return time.Time{}
		}
		return day(2024, time.Month(1+r.IntN(12)), 1+r.IntN(28))
	}
	var b graph.Batch
	for _, k := range keys {
		if r.IntN(5) > 0 {
			b.Nodes = append(b.Nodes, graph.Node{Key: k, Label: "node " + k.ID, At: when()})
		}
	}
	seen := map[graph.EdgeID]bool{}
	for len(b.Edges) < m {
		e := graph.Edge{From: keys[r.IntN(n)], Kind: rels[r.IntN(len(rels))], To: keys[r.IntN(n)], At: when()}
		if e.From == e.To || seen[e.ID()] {
			continue
		}
		seen[e.ID()] = true
		b.Edges = append(b.Edges, e)
	}
	return b
}

// model is the reference: the graph in memory, and the contract's
// semantics in their most literal form.
type model struct {
	keys  []graph.Key // sorted
	nodes map[graph.Key]graph.Node
	edges []graph.Edge // sorted by identity
	adj   map[graph.Key][]graph.Edge
}

func newModel(c content) *model {
	m := &model{nodes: nodeMap(c), edges: c.Edges, adj: map[graph.Key][]graph.Edge{}}
	for _, n := range c.Nodes {
		m.keys = append(m.keys, n.Key)
	}
	for _, e := range c.Edges {
		m.adj[e.From] = append(m.adj[e.From], e)
		m.adj[e.To] = append(m.adj[e.To], e)
	}
	return m
}

// renderedSubgraph is a subgraph as comparable text.
type renderedSubgraph struct {
	Levels    [][]string
	Edges     []string
	Truncated bool
}

func renderSubgraph(sg graph.Subgraph) renderedSubgraph {
	var r renderedSubgraph
	for _, n := range sg.Nodes {
		d, ok := sg.Distance[n.Key]
		if !ok || d < 0 {
			d = 99
		}
		for len(r.Levels) <= d {
			r.Levels = append(r.Levels, nil)
		}
		r.Levels[d] = append(r.Levels[d], n.Key.String())
	}
	r.Edges = edgeStrings(sg.Edges)
	r.Truncated = sg.Truncated
	return r
}

func inWindow(at, since, until time.Time) bool {
	return at.IsZero() || ((since.IsZero() || !at.Before(since)) && (until.IsZero() || !at.After(until)))
}

func (m *model) subgraph(q graph.SubgraphQuery) renderedSubgraph {
	limit := graph.ClampLimit(q.Limit, graph.DefaultNodeLimit, graph.MaxNodeLimit)
	depth := min(q.Depth, graph.MaxDepth)
	centres := slices.Clone(q.Centers)
	slices.SortFunc(centres, graph.Key.Compare)
	centres = slices.Compact(centres)
	var r renderedSubgraph
	if len(centres) > limit {
		centres, r.Truncated = centres[:limit], true
	}
	dist := map[graph.Key]int{}
	for _, c := range centres {
		dist[c] = 0
	}
	levels := [][]graph.Key{centres}
	total := len(centres)
	for d := 1; d <= depth && !r.Truncated; d++ {
		next := map[graph.Key]bool{}
		for _, u := range levels[d-1] {
			for _, e := range m.adj[u] {
				v := e.Other(u)
				_, done := dist[v]
				if done || (len(q.RelKinds) > 0 && !slices.Contains(q.RelKinds, e.Kind)) ||
					(len(q.NodeKinds) > 0 && !slices.Contains(q.NodeKinds, v.Kind)) ||
					!inWindow(e.At, q.Since, q.Until) || !inWindow(m.nodes[v].At, q.Since, q.Until) {
					continue
				}
				next[v] = true
			}
		}
		var level []graph.Key
		for _, k := range m.keys {
			if next[k] {
				level = append(level, k)
			}
		}
		if total+len(level) > limit {
			level, r.Truncated = level[:limit-total], true
		}
		for _, k := range level {
			dist[k] = d
		}
		total += len(level)
		levels = append(levels, level)
	}
	for _, lv := range levels {
		if len(lv) == 0 {
			break
		}
		var ss []string
		for _, k := range lv {
			ss = append(ss, k.String())
		}
		r.Levels = append(r.Levels, ss)
	}
	for _, e := range m.edges {
		_, a := dist[e.From]
		_, z := dist[e.To]
		if a && z && (len(q.RelKinds) == 0 || slices.Contains(q.RelKinds, e.Kind)) && inWindow(e.At, q.Since, q.Until) {
			r.Edges = append(r.Edges, e.ID().String())
		}
	}
	return r
}

// paths enumerates every simple path of each length in turn, depth first
// in key and identity order, and keeps the first length that has any.
func (m *model) paths(q graph.PathQuery) []string {
	if q.From == q.To {
		return []string{q.From.String()}
	}
	hops := graph.ClampLimit(q.MaxHops, graph.MaxHops, graph.MaxHops)
	limit := graph.ClampLimit(q.Limit, graph.DefaultPathLimit, graph.MaxPathLimit)
	for length := 1; length <= hops; length++ {
		var found []graph.Path
		var walk func(p graph.Path)
		walk = func(p graph.Path) {
			u := p.Nodes[len(p.Nodes)-1].Key
			if len(p.Edges) == length {
				if u == q.To {
					found = append(found, graph.Path{Nodes: slices.Clone(p.Nodes), Edges: slices.Clone(p.Edges)})
				}
				return
			}
			if u == q.To && len(p.Edges) > 0 {
				return
			}
			for _, e := range m.adj[u] {
				v := e.Other(u)
				if len(q.RelKinds) > 0 && !slices.Contains(q.RelKinds, e.Kind) {
					continue
				}
				if v != q.To && len(q.NodeKinds) > 0 && !slices.Contains(q.NodeKinds, v.Kind) {
					continue
				}
				if slices.ContainsFunc(p.Nodes, func(n graph.Node) bool { return n.Key == v }) {
					continue
				}
				walk(graph.Path{Nodes: append(p.Nodes, m.nodes[v]), Edges: append(p.Edges, e)})
			}
		}
		walk(graph.Path{Nodes: []graph.Node{m.nodes[q.From]}})
		if len(found) == 0 {
			continue
		}
		slices.SortFunc(found, func(a, b graph.Path) int {
			if c := slices.CompareFunc(a.Nodes, b.Nodes, func(x, y graph.Node) int { return x.Key.Compare(y.Key) }); c != 0 {
				return c
			}
			return slices.CompareFunc(a.Edges, b.Edges, func(x, y graph.Edge) int { return x.ID().Compare(y.ID()) })
		})
		var out []string
		for _, p := range found[:min(len(found), limit)] {
			out = append(out, pathString(p))
		}
		return out
	}
	return nil
}

// subset returns a random subset of xs, nil (no filter) half the time.
func subset[T any](r *rand.Rand, xs []T) []T {
	if r.IntN(2) == 0 {
		return nil
	}
	var out []T
	for _, x := range xs {
		if r.IntN(2) == 0 {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		out = xs[:1]
	}
	return out
}

func randomSubgraphQuery(r *rand.Rand, m *model) graph.SubgraphQuery {
	q := graph.SubgraphQuery{
		Depth:     r.IntN(4),
		Limit:     []int{0, 1, 3, 7, 15}[r.IntN(5)],
		NodeKinds: subset(r, modelKinds()),
		RelKinds:  subset(r, modelRelKinds()),
	}
	for range 1 + r.IntN(3) {
		q.Centers = append(q.Centers, m.keys[r.IntN(len(m.keys))])
	}
	switch r.IntN(4) {
	case 1:
		q.Since = day(2024, time.Month(1+r.IntN(12)), 1)
	case 2:
		q.Until = day(2024, time.Month(1+r.IntN(12)), 1)
	case 3:
		q.Since = day(2024, time.Month(1+r.IntN(6)), 1)
		q.Until = q.Since.AddDate(0, 3, 0)
	}
	return q
}

func randomPathQuery(r *rand.Rand, m *model) graph.PathQuery {
	return graph.PathQuery{
		From:      m.keys[r.IntN(len(m.keys))],
		To:        m.keys[r.IntN(len(m.keys))],
		MaxHops:   []int{0, 1, 2, 3, 5}[r.IntN(5)],
		Limit:     []int{0, 1, 2, 5}[r.IntN(4)],
		NodeKinds: subset(r, modelKinds()),
		RelKinds:  subset(r, modelRelKinds()),
	}
}
