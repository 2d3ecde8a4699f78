package csr

import gonumgraph "gonum.org/v1/gonum/graph"

// Undirected adapts a Graph to Gonum's gonumgraph.WeightedUndirected, so
// that Gonum's algorithms (community.Q, community.Modularize,
// network.Betweenness, ...) run on the projection for cross-checks. Gonum
// node ids are the projection's int32 ids. It allocates per call and is
// meant for tests and comparisons, not for hot paths.
type Undirected struct{ G *Graph }

// Directed adapts a Graph to Gonum's gonumgraph.WeightedDirected by
// turning each undirected edge into two arcs of the same weight. It is
// what network.PageRank needs, and gives the same random walk as the
// undirected graph.
type Directed struct{ G *Graph }

var (
	_ gonumgraph.WeightedUndirected = Undirected{}
	_ gonumgraph.WeightedDirected   = Directed{}
)

// Node is a projection node id as a Gonum node.
type Node int64

// ID returns the node id.
func (n Node) ID() int64 { return int64(n) }

// WeightedEdge is an edge of the projection as a Gonum weighted edge.
type WeightedEdge struct {
	F, T Node
	W    float64
}

// From returns the from node.
func (e WeightedEdge) From() gonumgraph.Node { return e.F }

// To returns the to node.
func (e WeightedEdge) To() gonumgraph.Node { return e.T }

// ReversedEdge returns the edge with its endpoints swapped.
func (e WeightedEdge) ReversedEdge() gonumgraph.Edge { e.F, e.T = e.T, e.F; return e }

// Weight returns the edge weight.
func (e WeightedEdge) Weight() float64 { return e.W }

// nodeRange iterates the ids 0..n-1.
type nodeRange struct{ n, cur int }

func (it *nodeRange) Next() bool {
	if it.cur >= it.n {
		return false
	}
	it.cur++
	return true
}
func (it *nodeRange) Len() int              { return it.n - it.cur }
func (it *nodeRange) Reset()                { it.cur = 0 }
func (it *nodeRange) Node() gonumgraph.Node { return Node(it.cur - 1) }

// nodeList iterates a row of Adj.
type nodeList struct {
	ids []int32
	cur int
}

func (it *nodeList) Next() bool {
	if it.cur >= len(it.ids) {
		return false
	}
	it.cur++
	return true
}
func (it *nodeList) Len() int              { return len(it.ids) - it.cur }
func (it *nodeList) Reset()                { it.cur = 0 }
func (it *nodeList) Node() gonumgraph.Node { return Node(it.ids[it.cur-1]) }

func (g *Graph) has(id int64) bool { return id >= 0 && id < int64(g.N()) }

// Node returns the node with the given id, or nil.
func (a Undirected) Node(id int64) gonumgraph.Node {
	if !a.G.has(id) {
		return nil
	}
	return Node(id)
}

// Nodes returns all nodes in id order.
func (a Undirected) Nodes() gonumgraph.Nodes { return &nodeRange{n: a.G.N()} }

// From returns the neighbours of id.
func (a Undirected) From(id int64) gonumgraph.Nodes {
	if !a.G.has(id) {
		return &nodeList{}
	}
	adj, _ := a.G.Neighbours(int32(id))
	return &nodeList{ids: adj}
}

// HasEdgeBetween reports whether x and y are adjacent.
func (a Undirected) HasEdgeBetween(xid, yid int64) bool {
	_, ok := a.weight(xid, yid)
	return ok
}

// Edge returns the edge between u and v, or nil.
func (a Undirected) Edge(uid, vid int64) gonumgraph.Edge { return a.WeightedEdge(uid, vid) }

// EdgeBetween returns the edge between x and y, or nil.
func (a Undirected) EdgeBetween(xid, yid int64) gonumgraph.Edge { return a.WeightedEdge(xid, yid) }

// WeightedEdgeBetween returns the edge between x and y, or nil.
func (a Undirected) WeightedEdgeBetween(xid, yid int64) gonumgraph.WeightedEdge {
	return a.WeightedEdge(xid, yid)
}

// WeightedEdge returns the edge between u and v, or nil.
func (a Undirected) WeightedEdge(uid, vid int64) gonumgraph.WeightedEdge {
	w, ok := a.weight(uid, vid)
	if !ok {
		return nil
	}
	return WeightedEdge{F: Node(uid), T: Node(vid), W: w}
}

// Weight returns the weight between x and y: the edge weight when they are
// adjacent, 0 and true when x == y (the projection has no self-loops),
// and 0 and false otherwise.
func (a Undirected) Weight(xid, yid int64) (float64, bool) {
	if xid == yid && a.G.has(xid) {
		return 0, true
	}
	return a.weight(xid, yid)
}

func (a Undirected) weight(xid, yid int64) (float64, bool) {
	if xid == yid || !a.G.has(xid) || !a.G.has(yid) {
		return 0, false
	}
	return a.G.Weight(int32(xid), int32(yid))
}

// Node returns the node with the given id, or nil.
func (a Directed) Node(id int64) gonumgraph.Node { return Undirected(a).Node(id) }

// Nodes returns all nodes in id order.
func (a Directed) Nodes() gonumgraph.Nodes { return Undirected(a).Nodes() }

// From returns the nodes reachable from id by one arc: its neighbours.
func (a Directed) From(id int64) gonumgraph.Nodes { return Undirected(a).From(id) }

// To returns the nodes with an arc to id: its neighbours.
func (a Directed) To(id int64) gonumgraph.Nodes { return Undirected(a).From(id) }

// HasEdgeBetween reports whether x and y are adjacent.
func (a Directed) HasEdgeBetween(xid, yid int64) bool { return Undirected(a).HasEdgeBetween(xid, yid) }

// HasEdgeFromTo reports whether there is an arc u->v.
func (a Directed) HasEdgeFromTo(uid, vid int64) bool { return Undirected(a).HasEdgeBetween(uid, vid) }

// Edge returns the arc u->v, or nil.
func (a Directed) Edge(uid, vid int64) gonumgraph.Edge { return Undirected(a).WeightedEdge(uid, vid) }

// WeightedEdge returns the arc u->v, or nil.
func (a Directed) WeightedEdge(uid, vid int64) gonumgraph.WeightedEdge {
	return Undirected(a).WeightedEdge(uid, vid)
}

// Weight returns the weight of the arc x->y, as Undirected.Weight.
func (a Directed) Weight(xid, yid int64) (float64, bool) { return Undirected(a).Weight(xid, yid) }
