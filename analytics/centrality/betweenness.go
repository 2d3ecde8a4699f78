package centrality

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/internal/parallel"
)

// lanes is the number of partial-sum vectors the shortest-path measures
// keep: source i is accumulated in lane i mod lanes, lanes are summed in
// order. It caps their parallelism and costs 16 bytes per node per lane;
// it makes the result independent of the worker count.
const lanes = 8

// Betweenness returns the exact betweenness centrality of every node of g
// (Freeman 1977, doi:10.2307/3033543), computed with Brandes' algorithm
// (Brandes 2001, "A faster algorithm for betweenness centrality",
// doi:10.1080/0022250X.2001.9990249):
//
//	C_B(v) = Σ_{s<t, s≠v≠t} σ_st(v) / σ_st
//
// where σ_st is the number of shortest paths between s and t and σ_st(v)
// the number of them through v. Paths count hops (weights are ignored).
// Each unordered pair {s,t} is counted once, as igraph and networkx do
// for undirected graphs; Gonum's network.Betweenness sums over ordered
// pairs and so returns exactly twice these values.
//
// Complexity: O(N M) time, O(N) memory (plus 16 N bytes per lane).
// Deterministic.
func Betweenness(g *csr.Graph) []float64 { return BetweennessParallel(g, 1) }

// BetweennessParallel is Betweenness with the sources spread over up to
// workers goroutines (at most 8 are used); it returns exactly the same
// values.
func BetweennessParallel(g *csr.Graph, workers int) []float64 {
	return Paths(g, PathOptions{Workers: workers}).Betweenness
}

// HarmonicParallel returns the harmonic closeness of every node
// (Marchiori and Latora 2000, doi:10.1016/S0378-4371(00)00311-3; Boldi
// and Vigna 2014, doi:10.1080/15427951.2013.865686),
//
//	H(v) = Σ_{u≠v} 1 / d(u, v)
//
// with d the hop distance and unreachable nodes contributing 0, as
// Gonum's network.Harmonic. It costs as much as exact betweenness, O(N M),
// on up to workers goroutines; Paths computes both in one pass.
func HarmonicParallel(g *csr.Graph, workers int) []float64 {
	return Paths(g, PathOptions{Workers: workers, Harmonic: true}).Harmonic
}

// PathOptions configure Paths.
type PathOptions struct {
	// Pivots is the number of BFS sources to sample; 0, or at least N,
	// means every node (exact values).
	Pivots int
	// Delta is the failure probability of the error bounds of a sampled
	// run; 0 means 0.05.
	Delta float64
	// Src draws the pivots; nil draws them from a fixed seed.
	Src rand.Source
	// Workers is the number of goroutines (at most 8 are used); 0 or 1
	// runs sequentially. The values do not depend on it.
	Workers int
	// Harmonic also computes harmonic closeness.
	Harmonic bool
}

// PathScores are shortest-path centralities, exact or estimated.
type PathScores struct {
	Betweenness []float64 // C_B, each unordered pair counted once
	Harmonic    []float64 // H, nil unless asked for
	Pivots      int       // BFS sources used: N when exact
	Exact       bool
	// BetweennessBound and HarmonicBound bound the absolute error of
	// every estimate at once, each with probability at least 1 − Delta;
	// both are 0 for exact values.
	BetweennessBound float64
	HarmonicBound    float64
	Delta            float64
}

// Paths computes betweenness (and optionally harmonic closeness) from BFS
// sources: every node for exact values, or k pivots drawn uniformly
// without replacement, whose contributions are scaled by N/k (Brandes and
// Pich 2007, "Centrality estimation in large networks",
// doi:10.1142/S0218127407018403). The estimate is unbiased; each node's
// pivot contribution δ_s(v) lies in [0, N−2], so Hoeffding's inequality
// (which also holds for sampling without replacement, Hoeffding 1963,
// doi:10.1080/01621459.1963.10500830, §6) with a union bound over the N
// nodes gives, with probability at least 1 − δ, for every node at once
//
//	|Ĉ_B(v) − C_B(v)| ≤ N (N−2)/2 · sqrt(ln(2N/δ) / (2k))
//
// that is, an error of at most ε = N/(N−1) · sqrt(ln(2N/δ)/(2k)) on the
// betweenness normalised to [0, 1]; the same argument with contributions
// in [0, 1] bounds the harmonic closeness error by N sqrt(ln(2N/δ)/(2k)).
// The bound is reported in PathScores; it is conservative, and the
// ranking of the most central nodes settles with far fewer pivots.
//
// Complexity: O(k M) time for k sources; O(N) memory plus 16 N bytes per
// lane used. Deterministic given the pivots (and so given Src).
func Paths(g *csr.Graph, opts PathOptions) PathScores {
	n := g.N()
	delta := opts.Delta
	if delta <= 0 || delta >= 1 {
		delta = 0.05
	}
	k := opts.Pivots
	exact := k <= 0 || k >= n
	var sources []int32
	if exact {
		k = n
		sources = make([]int32, n)
		for i := range sources {
			sources[i] = int32(i)
		}
	} else {
		sources = SamplePivots(n, k, opts.Src)
	}
	bc, h := brandes(g, sources, opts.Workers, opts.Harmonic)
	scale := 0.5 // each unordered pair was counted from both ends
	hs := 1.0
	out := PathScores{Pivots: k, Exact: exact, Delta: delta}
	if !exact {
		scale *= float64(n) / float64(k)
		hs = float64(n) / float64(k)
		e := math.Sqrt(math.Log(2*float64(n)/delta) / (2 * float64(k)))
		out.BetweennessBound = float64(n) * float64(n-2) / 2 * e
		if opts.Harmonic {
			out.HarmonicBound = float64(n) * e
		}
	}
	for i := range bc {
		bc[i] *= scale
	}
	if h != nil && hs != 1 {
		for i := range h {
			h[i] *= hs
		}
	}
	out.Betweenness, out.Harmonic = bc, h
	return out
}

// SamplePivots returns the BFS sources that Paths draws for a sampled run
// on n nodes with k pivots and PathOptions.Src src (nil for Paths' fixed
// seed): k distinct ids of [0, n) drawn uniformly (partial Fisher-Yates),
// in draw order. It lets another implementation be run from the same
// sources. Input contract: 0 <= k <= n.
func SamplePivots(n, k int, src rand.Source) []int32 {
	if src == nil {
		src = rand.NewPCG(1, 2)
	}
	rnd := rand.New(src)
	perm := make([]int32, n)
	for i := range perm {
		perm[i] = int32(i)
	}
	for i := 0; i < k; i++ {
		j := i + rnd.IntN(n-i)
		perm[i], perm[j] = perm[j], perm[i]
	}
	return perm[:k:k]
}

// bfsState is one worker's scratch space for Brandes' algorithm. The
// per-node values read together sit together, to halve cache misses.
type bfsState struct {
	node  []bfsNode
	queue []int32 // N+1 slots: the forward pass writes one past its last node
}

type bfsNode struct {
	dist  int32   // hops from the source; -1 when not reached
	sigma float64 // shortest paths from the source; then the pending coefficient
	coef  float64 // (1 + δ) / σ once the backward pass has published the node's level
}

func newBFSState(n int) *bfsState {
	s := &bfsState{node: make([]bfsNode, n), queue: make([]int32, n+1)}
	for i := range s.node {
		s.node[i].dist = -1
	}
	return s
}

// brandes returns Σ_s δ_s(v) over the sources (ordered pairs) and, when
// harmonic, Σ_s 1/d(s, v). With enough sources it first relabels the
// nodes breadth-first when that order is more local than g's own (see
// localOrder), and maps the results back.
func brandes(g *csr.Graph, sources []int32, workers int, harmonic bool) (bc, h []float64) {
	a := adjacency{off: g.Off, adj: g.Adj}
	if len(sources) < reorderSources {
		return brandesOn(a, sources, workers, harmonic)
	}
	pos, ra, ok := localOrder(a)
	if !ok {
		return brandesOn(a, sources, workers, harmonic)
	}
	mapped := make([]int32, len(sources))
	for i, s := range sources {
		mapped[i] = pos[s]
	}
	rbc, rh := brandesOn(ra, mapped, workers, harmonic)
	back := func(x []float64) []float64 { // x in the new ids, read in the old
		if x == nil {
			return nil
		}
		out := make([]float64, len(x))
		for v, p := range pos {
			out[v] = x[p]
		}
		return out
	}
	return back(rbc), back(rh)
}

// adjacency is the part of a csr.Graph the shortest-path passes read:
// row v is adj[off[v]:off[v+1]].
type adjacency struct {
	off []int
	adj []int32
}

// reorderSources is the number of BFS sources from which brandes
// considers relabelling the nodes: the relabelling costs about three
// passes over the adjacency, a BFS source about two.
const reorderSources = 64

// localWindow is the id distance within which two linked nodes count as
// near in localOrder: 512 nodes of BFS state are 12 KiB, well inside L1.
const localWindow = 512

// localOrder returns a relabelling of the nodes, new id pos[v], that
// lists them breadth-first from the node of highest degree (then from
// each node not yet reached, in id order), the adjacency in the new ids
// with each row sorted, and whether to use it: only when more links join
// near ids (within localWindow) than in the given order. On the demo
// world, whose ids come from ingest order, this makes sampled betweenness
// 1.45x faster on 2 workers and 1.87x on one (1.25x with the rows left
// unsorted); graphs already numbered by community, like the
// planted-partition benchmarks, keep their order, which is 10 % faster
// there than the breadth-first one.
func localOrder(a adjacency) (pos []int32, out adjacency, ok bool) {
	n := len(a.off) - 1
	if n <= 2*localWindow {
		return nil, adjacency{}, false
	}
	near := func(rank func(v int) int) int {
		c := 0
		for v := range n {
			rv := rank(v)
			for _, w := range a.adj[a.off[v]:a.off[v+1]] {
				if d := rank(int(w)) - rv; d < localWindow && d > -localWindow {
					c++
				}
			}
		}
		return c
	}
	hub := 0
	for v := range n {
		if a.off[v+1]-a.off[v] > a.off[hub+1]-a.off[hub] {
			hub = v
		}
	}
	pos = make([]int32, n)
	for i := range pos {
		pos[i] = -1
	}
	order := make([]int32, 0, n)
	visit := func(root int) {
		if pos[root] >= 0 {
			return
		}
		pos[root] = int32(len(order))
		order = append(order, int32(root))
		for head := len(order) - 1; head < len(order); head++ {
			v := order[head]
			for _, w := range a.adj[a.off[v]:a.off[v+1]] {
				if pos[w] < 0 {
					pos[w] = int32(len(order))
					order = append(order, w)
				}
			}
		}
	}
	visit(hub)
	for v := range n {
		visit(v)
	}
	if near(func(v int) int { return int(pos[v]) }) <= near(func(v int) int { return v }) {
		return nil, adjacency{}, false
	}
	out = adjacency{off: make([]int, n+1), adj: make([]int32, len(a.adj))}
	k := 0
	for i, v := range order {
		for _, w := range a.adj[a.off[v]:a.off[v+1]] {
			out.adj[k] = pos[w]
			k++
		}
		slices.Sort(out.adj[out.off[i]:k])
		out.off[i+1] = k
	}
	return pos, out, true
}

// brandesOn is brandes on the adjacency a, in its own ids.
func brandesOn(a adjacency, sources []int32, workers int, harmonic bool) (bc, h []float64) {
	n := len(a.off) - 1
	nl := min(lanes, len(sources))
	if nl == 0 {
		bc = make([]float64, n)
		if harmonic {
			h = make([]float64, n)
		}
		return bc, h
	}
	laneBC := make([][]float64, nl)
	laneH := make([][]float64, nl)
	states := make(chan *bfsState, max(1, min(workers, nl)))
	for range cap(states) {
		states <- newBFSState(n)
	}
	parallel.ForChunks(nl, workers, func(l int) {
		s := <-states
		defer func() { states <- s }()
		lbc := make([]float64, n)
		var lh []float64
		if harmonic {
			lh = make([]float64, n)
		}
		for i := l; i < len(sources); i += nl {
			s.run(a, sources[i], lbc, lh)
		}
		laneBC[l], laneH[l] = lbc, lh
	})
	bc, h = laneBC[0], laneH[0]
	for l := 1; l < nl; l++ {
		for v, x := range laneBC[l] {
			bc[v] += x
		}
		if harmonic {
			for v, x := range laneH[l] {
				h[v] += x
			}
		}
		laneBC[l], laneH[l] = nil, nil
	}
	return bc, h
}

// run adds source s's dependencies δ_s(v) to bc and 1/d(s, v) to h (when
// non-nil). Predecessors are not stored: the backward pass pulls from the
// neighbours one hop farther from s, which keeps its writes local.
func (st *bfsState) run(a adjacency, s int32, bc, h []float64) {
	nd := st.node
	off, adj := a.off, a.adj
	// The forward pass has no branch that depends on the data: whether a
	// neighbour is new, or one hop farther, is unpredictable, and a
	// misprediction costs more than the loads. Conditional moves decide
	// instead: the queue slot is written every time and kept only for a
	// new node, and σ gains sv masked by the test (unreached nodes have σ
	// = 0). Sampled runs got 1.17x faster at 10k, 1.1x at 100k.
	q := st.queue
	q[0] = s
	tail := 1
	nd[s].dist, nd[s].sigma = 0, 1
	for head := 0; head < tail; head++ {
		v := q[head]
		dn, sv := nd[v].dist+1, nd[v].sigma
		bits := math.Float64bits(sv)
		for _, w := range adj[off[v]:off[v+1]] {
			x := &nd[w]
			d := x.dist
			inc := 0
			if d < 0 {
				inc, d = 1, dn
			}
			var mask uint64
			if d == dn {
				mask = ^uint64(0)
			}
			q[tail] = w
			tail += inc
			x.dist = d
			x.sigma += math.Float64frombits(bits & mask)
		}
	}
	q = q[:tail]
	// Backward pass, level by level from the farthest, pulling from
	// successors: δ(v) = σ(v) Σ_w (1 + δ(w)) / σ(w) over neighbours w one
	// hop farther. Coefficients (1 + δ)/σ are published only once a whole
	// level is done, so when a level is processed its own nodes and the
	// nearer ones still have coefficient 0 and the sum can run over every
	// neighbour without a test: a branch-free gather. σ(v) is not needed
	// after δ(v), so it holds the coefficient until the level is published.
	for hi := len(q); hi > 0; {
		d := nd[q[hi-1]].dist
		lo := hi - 1
		for lo > 0 && nd[q[lo-1]].dist == d {
			lo--
		}
		for _, v := range q[lo:hi] {
			x := &nd[v]
			var acc float64
			for _, w := range adj[off[v]:off[v+1]] {
				acc += nd[w].coef
			}
			dv := x.sigma * acc
			if d > 0 {
				bc[v] += dv
				if h != nil {
					h[v] += 1 / float64(d)
				}
			}
			x.sigma = (1 + dv) / x.sigma
		}
		for _, v := range q[lo:hi] {
			nd[v].coef = nd[v].sigma
		}
		hi = lo
	}
	for _, v := range q {
		nd[v] = bfsNode{dist: -1}
	}
}
