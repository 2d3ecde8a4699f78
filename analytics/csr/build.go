package csr

import (
	"slices"
	"sort"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// Options select what a Builder projects.
type Options struct {
	// NodeKinds keeps only nodes of these kinds, and the relationships
	// between them. Empty keeps every kind.
	NodeKinds []graph.Kind
	// Since and Until, when non-zero, drop nodes and relationships whose
	// At lies outside [Since, Until]. Timeless items (zero At) always
	// pass, as in graph.SubgraphQuery.
	Since, Until time.Time
	// Weights gives the weight of each relationship kind; nil means
	// DefaultWeights. Kinds without a positive weight are not projected.
	Weights Weights
}

// Builder accumulates nodes and relationships and assembles a Graph.
//
// Feed it every node with AddNode and every relationship with AddEdge, in
// any order and any interleaving (a store's scan order is unspecified);
// then call Build once. A relationship is kept only when both endpoints
// were added and kept as nodes, so a relationship to a node outside the
// node-kind filter or the time window is dropped with it. A Builder is not
// safe for concurrent use.
type Builder struct {
	kinds    map[graph.Kind]bool // nil: all kinds
	since    time.Time
	until    time.Time
	weight   []float64 // by rel index
	relIndex map[graph.RelKind]uint8
	relKinds []graph.RelKind

	ids  map[graph.Key]int32 // interned key -> provisional id
	keys []graph.Key         // provisional id -> key
	kept []bool              // provisional id -> added by AddNode and kept

	eu, ev []int32 // provisional endpoints, eu stored as From
	er     []uint8 // rel index
}

// NewBuilder returns a Builder projecting with the given options.
func NewBuilder(opts Options) *Builder {
	w := opts.Weights
	if w == nil {
		w = DefaultWeights()
	}
	b := &Builder{since: opts.Since, until: opts.Until, ids: make(map[graph.Key]int32), relIndex: make(map[graph.RelKind]uint8)}
	if len(opts.NodeKinds) > 0 {
		b.kinds = make(map[graph.Kind]bool, len(opts.NodeKinds))
		for _, k := range opts.NodeKinds {
			b.kinds[k] = true
		}
	}
	for k, x := range w {
		if x > 0 {
			b.relKinds = append(b.relKinds, k)
		}
	}
	slices.Sort(b.relKinds)
	if len(b.relKinds) > dirIn {
		b.relKinds = b.relKinds[:dirIn] // graph.RelKinds has far fewer; guard the encoding
	}
	for i, k := range b.relKinds {
		b.relIndex[k] = uint8(i)
		b.weight = append(b.weight, w[k])
	}
	return b
}

func (b *Builder) inWindow(t time.Time) bool {
	if t.IsZero() {
		return true
	}
	if !b.since.IsZero() && t.Before(b.since) {
		return false
	}
	return b.until.IsZero() || !t.After(b.until)
}

func (b *Builder) kindOK(k graph.Kind) bool { return b.kinds == nil || b.kinds[k] }

func (b *Builder) intern(k graph.Key) int32 {
	if id, ok := b.ids[k]; ok {
		return id
	}
	id := int32(len(b.keys))
	b.ids[k] = id
	b.keys = append(b.keys, k)
	b.kept = append(b.kept, false)
	return id
}

// AddNode adds a node and reports whether it passes the filters.
func (b *Builder) AddNode(n graph.Node) bool {
	if !b.kindOK(n.Key.Kind) || !b.inWindow(n.At) {
		return false
	}
	b.kept[b.intern(n.Key)] = true
	return true
}

// AddEdge adds a relationship and reports whether it passes the filters
// (its kind has a weight, its endpoints' kinds are kept, its At is in the
// window). A relationship that passes is still dropped by Build when an
// endpoint was not kept as a node.
func (b *Builder) AddEdge(e graph.Edge) bool {
	r, ok := b.relIndex[e.Kind]
	if !ok || e.From == e.To || !b.kindOK(e.From.Kind) || !b.kindOK(e.To.Kind) || !b.inWindow(e.At) {
		return false
	}
	b.eu = append(b.eu, b.intern(e.From))
	b.ev = append(b.ev, b.intern(e.To))
	b.er = append(b.er, r)
	return true
}

// Build assembles the projection: kept nodes get ids in ascending key
// order, relationships are weighted and merged. It takes O(N log N + M)
// time for N nodes and M relationships. The Builder must not be used
// afterwards.
func (b *Builder) Build() *Graph {
	order := make([]int32, 0, len(b.keys))
	for id, ok := range b.kept {
		if ok {
			order = append(order, int32(id))
		}
	}
	slices.SortFunc(order, func(x, y int32) int { return b.keys[x].Compare(b.keys[y]) })
	final := make([]int32, len(b.keys))
	for i := range final {
		final[i] = -1
	}
	keys := make([]graph.Key, len(order))
	for i, id := range order {
		final[id] = int32(i)
		keys[i] = b.keys[id]
	}
	b.ids, b.keys, b.kept = nil, nil, nil

	n := len(keys)
	deg := make([]int, n+1)
	for i := range b.eu {
		u, v := final[b.eu[i]], final[b.ev[i]]
		if u < 0 || v < 0 {
			b.eu[i] = -1
			continue
		}
		b.eu[i], b.ev[i] = u, v
		deg[u]++
		deg[v]++
	}
	g := &Graph{keys: keys, relKinds: b.relKinds}
	g.fill(n, deg, func(emit func(u, v int32, w float64, r uint8)) {
		for i, u := range b.eu {
			if u < 0 {
				continue
			}
			emit(u, b.ev[i], b.weight[b.er[i]], b.er[i])
		}
	}, true)
	b.eu, b.ev, b.er = nil, nil, nil
	return g
}

// Edge is an undirected weighted edge between two node ids, the input of
// FromEdges.
type Edge struct {
	U, V int32
	W    float64
}

// FromEdges returns the anonymous graph on nodes 0..n-1 with the given
// edges: no keys and no relationship kinds. Self-loops are dropped and
// parallel edges merged by summing weights. It returns an EINVALID error
// for an endpoint outside [0, n) or a weight that is not positive (or is
// NaN). It takes O(n + m log d) time, d being the largest degree.
func FromEdges(n int, edges []Edge) (*Graph, error) {
	deg := make([]int, n+1)
	for _, e := range edges {
		if e.U < 0 || int(e.U) >= n || e.V < 0 || int(e.V) >= n {
			return nil, graph.Errorf(graph.EINVALID, "csr: edge %d-%d outside [0,%d)", e.U, e.V, n)
		}
		if !(e.W > 0) {
			return nil, graph.Errorf(graph.EINVALID, "csr: edge %d-%d has weight %v, want > 0", e.U, e.V, e.W)
		}
		if e.U != e.V {
			deg[e.U]++
			deg[e.V]++
		}
	}
	g := &Graph{}
	g.fill(n, deg, func(emit func(u, v int32, w float64, r uint8)) {
		for _, e := range edges {
			if e.U != e.V {
				emit(e.U, e.V, e.W, 0)
			}
		}
	}, false)
	return g, nil
}

// fill builds the rows from deg (entries per node, len n+1, overwritten)
// and the edge stream, sorting each row and merging parallel entries.
// For each edge, emit's u is the stored From endpoint.
func (g *Graph) fill(n int, deg []int, edges func(emit func(u, v int32, w float64, r uint8)), withRel bool) {
	off := make([]int, n+1)
	for u := 0; u < n; u++ {
		off[u+1] = off[u] + deg[u]
	}
	total := off[n]
	adj := make([]int32, total)
	w := make([]float64, total)
	var rel []uint8
	if withRel {
		rel = make([]uint8, total)
	}
	pos := deg[:n]
	copy(pos, off[:n])
	edges(func(u, v int32, x float64, r uint8) {
		i := pos[u]
		adj[i], w[i] = v, x
		j := pos[v]
		adj[j], w[j] = u, x
		if withRel {
			rel[i] = r
			rel[j] = r | dirIn
		}
		pos[u]++
		pos[v]++
	})

	// Sort each row and merge parallel entries in place.
	out := 0
	for u := 0; u < n; u++ {
		lo, hi := off[u], off[u+1]
		off[u] = out
		s := rowSorter{adj: adj[lo:hi], w: w[lo:hi]}
		if withRel {
			s.rel = rel[lo:hi]
		}
		if s.Len() < 12 {
			for i := 1; i < s.Len(); i++ {
				for j := i; j > 0 && s.Less(j, j-1); j-- {
					s.Swap(j, j-1)
				}
			}
		} else {
			sort.Sort(s)
		}
		for i := lo; i < hi; {
			v := adj[i]
			sum, best, bestW := w[i], i, w[i]
			j := i + 1
			for ; j < hi && adj[j] == v; j++ {
				sum += w[j]
				if withRel && heavier(int32(u), v, w[j], rel[j], bestW, rel[best]) {
					best, bestW = j, w[j]
				}
			}
			adj[out], w[out] = v, sum
			if withRel {
				rel[out] = rel[best]
			}
			out++
			i = j
		}
	}
	off[n] = out
	g.Off = off
	g.Adj = slices.Clip(adj[:out])
	g.W = slices.Clip(w[:out])
	if withRel {
		g.rel = slices.Clip(rel[:out])
	}
	g.weigh()
}

// weigh derives Strength, the total weight and the unit-weight flag from
// Off and W.
func (g *Graph) weigh() {
	n := g.N()
	g.Strength = make([]float64, n)
	var twice float64
	g.unit = true
	for u := 0; u < n; u++ {
		var s float64
		for _, x := range g.W[g.Off[u]:g.Off[u+1]] {
			s += x
			g.unit = g.unit && x == 1
		}
		g.Strength[u] = s
		twice += s
	}
	g.total = twice / 2
}

// heavier reports whether the relationship (w, r) should represent the
// merged entry u-v rather than (bw, br). The order is symmetric in u and
// v, so both rows of an edge name the same relationship: higher weight,
// then the kind that sorts first, then the one stored from the lower id.
func heavier(u, v int32, w float64, r uint8, bw float64, br uint8) bool {
	if w != bw {
		return w > bw
	}
	if r&^dirIn != br&^dirIn {
		return r&^dirIn < br&^dirIn
	}
	fromLow := func(r uint8) bool { return (u < v) == (r&dirIn == 0) }
	return fromLow(r) && !fromLow(br)
}

// rowSorter orders one row by (neighbour, rel, weight), a total order on
// distinct entries, so merged sums do not depend on input order.
type rowSorter struct {
	adj []int32
	w   []float64
	rel []uint8
}

func (s rowSorter) Len() int { return len(s.adj) }
func (s rowSorter) Less(i, j int) bool {
	if s.adj[i] != s.adj[j] {
		return s.adj[i] < s.adj[j]
	}
	if s.rel != nil && s.rel[i] != s.rel[j] {
		return s.rel[i] < s.rel[j]
	}
	return s.w[i] < s.w[j]
}
func (s rowSorter) Swap(i, j int) {
	s.adj[i], s.adj[j] = s.adj[j], s.adj[i]
	s.w[i], s.w[j] = s.w[j], s.w[i]
	if s.rel != nil {
		s.rel[i], s.rel[j] = s.rel[j], s.rel[i]
	}
}
