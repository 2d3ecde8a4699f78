package csr

import (
	"slices"

	"github.com/borderlens/borderlens/graph"
)

// Graph is an undirected weighted graph in compressed sparse row form.
//
// Nodes are the dense ids 0..N()-1. The neighbours of u are
// Adj[Off[u]:Off[u+1]], sorted by id, with the edge weights in the same
// positions of W. Every edge appears in the rows of both its endpoints,
// weights are positive, and there are no self-loops and no parallel edges
// (parallel relationships are merged by summing their weights).
//
// A Graph is immutable once built; the exported slices are shared with
// every algorithm that reads them and must not be modified. It is safe for
// concurrent use by readers.
type Graph struct {
	Off      []int     // row offsets, len N()+1
	Adj      []int32   // neighbour ids, row by row, ascending within a row
	W        []float64 // edge weights, parallel to Adj
	Strength []float64 // weighted degree of each node: the sum of its row of W

	total    float64         // sum of the weights of the undirected edges
	unit     bool            // every weight is exactly 1
	keys     []graph.Key     // id -> key, ascending; nil for anonymous graphs
	rel      []uint8         // per Adj entry: relKinds index | dirIn
	relKinds []graph.RelKind // rel index -> kind
}

// dirIn marks, in Graph.rel, that the stored relationship runs from the
// neighbour to the row's node.
const dirIn = 0x80

// N returns the number of nodes.
func (g *Graph) N() int { return len(g.Off) - 1 }

// Edges returns the number of undirected edges.
func (g *Graph) Edges() int { return len(g.Adj) / 2 }

// UnitWeights reports whether every edge weight is exactly 1, so that
// algorithms may skip loading W.
func (g *Graph) UnitWeights() bool { return g.unit }

// TotalWeight returns m, the sum of the weights of the undirected edges
// (each edge counted once), so that the strengths sum to 2m.
func (g *Graph) TotalWeight() float64 { return g.total }

// Neighbours returns the neighbours of u and the weights of the edges to
// them. The slices alias the graph and must not be modified.
func (g *Graph) Neighbours(u int32) ([]int32, []float64) {
	lo, hi := g.Off[u], g.Off[u+1]
	return g.Adj[lo:hi], g.W[lo:hi]
}

// Degree returns the number of distinct neighbours of u.
func (g *Graph) Degree(u int32) int { return g.Off[u+1] - g.Off[u] }

// Weight returns the weight of the edge between u and v, and whether the
// edge exists. It takes O(log deg(u)).
func (g *Graph) Weight(u, v int32) (float64, bool) {
	row := g.Adj[g.Off[u]:g.Off[u+1]]
	i, ok := slices.BinarySearch(row, v)
	if !ok {
		return 0, false
	}
	return g.W[g.Off[u]+i], true
}

// Key returns the natural key of node u, or the zero Key for graphs built
// by FromEdges.
func (g *Graph) Key(u int32) graph.Key {
	if g.keys == nil {
		return graph.Key{}
	}
	return g.keys[u]
}

// Kind returns the node kind of u ("" for graphs built by FromEdges).
func (g *Graph) Kind(u int32) graph.Kind { return g.Key(u).Kind }

// Keys returns the keys of all nodes indexed by id, in ascending key
// order, or nil for graphs built by FromEdges. The slice aliases the graph
// and must not be modified.
func (g *Graph) Keys() []graph.Key { return g.keys }

// ID returns the id of the node with the given key, and whether the node
// is in the projection. It takes O(log N) key comparisons.
func (g *Graph) ID(k graph.Key) (int32, bool) {
	i, ok := slices.BinarySearchFunc(g.keys, k, graph.Key.Compare)
	return int32(i), ok
}

// Link returns the stored identity of the relationship behind adjacency
// entry i (an index into Adj, in the row of u). When several relationships
// between the same two nodes were merged into the entry, it is the
// heaviest of them (ties go to the kind that sorts first, then to the one
// stored from the lower key). ok is false for graphs built by FromEdges.
func (g *Graph) Link(u int32, i int) (id graph.EdgeID, ok bool) {
	if g.rel == nil {
		return graph.EdgeID{}, false
	}
	r := g.rel[i]
	a, b := g.keys[u], g.keys[g.Adj[i]]
	if r&dirIn != 0 {
		a, b = b, a
	}
	return graph.EdgeID{From: a, Kind: g.relKinds[r&^dirIn], To: b}, true
}

// Reweight returns a graph with the nodes and links of g whose link
// weights follow the table to instead of from, the table g was built
// with: an entry whose relationship kind k weighed from[k] per
// relationship now weighs to[k] per relationship, so parallel
// relationships of one kind keep their multiplicity. An entry that merged
// relationships of several kinds is scaled by its heaviest kind (the one
// Link names). Entries whose kind has no positive weight in from or in
// to keep their weight. The result shares Off, Adj, keys and
// relationship identities with g (Link, Key and ID answer alike) and has
// its own W and Strength. Graphs built by FromEdges have no relationship
// kinds: Reweight returns g itself. O(M).
func (g *Graph) Reweight(from, to Weights) *Graph {
	if g.rel == nil {
		return g
	}
	scale := make([]float64, len(g.relKinds))
	for i, k := range g.relKinds {
		scale[i] = 1
		if f, t := from[k], to[k]; f > 0 && t > 0 {
			scale[i] = t / f
		}
	}
	h := *g
	h.W = make([]float64, len(g.W))
	for i, x := range g.W {
		h.W[i] = x * scale[g.rel[i]&^dirIn]
	}
	h.weigh()
	return &h
}
