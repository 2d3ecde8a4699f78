package risk

import (
	"cmp"
	"slices"

	"github.com/borderlens/borderlens/analytics/csr"
)

// Options configure Propagate.
type Options struct {
	// Damping is the probability that the walk takes one more step; 0
	// means 0.85.
	Damping float64
	// Tol bounds the error of every score: the iteration stops once
	// each differs from the exact value by less than Tol; 0 means 1e-10.
	Tol float64
	// Workers is the number of goroutines; 0 or 1 runs sequentially. The
	// values do not depend on it.
	Workers int
}

func (o Options) damping() float64 {
	if o.Damping <= 0 || o.Damping >= 1 {
		return 0.85
	}
	return o.Damping
}

func (o Options) tol() float64 {
	if o.Tol <= 0 {
		return 1e-10
	}
	return o.Tol
}

// MaxIterations bounds the propagation's conjugate-gradient steps; with
// damping 0.85 the error shrinks by at least 0.56 per step (25 to 35
// steps to 1e-10 on the demo worlds).
const MaxIterations = 1000

// Propagation is the outcome of Propagate: risk scores and nearest known
// smugglers for every node of the graph it ran on.
type Propagation struct {
	Seeds      []int32   // known smugglers, ascending ids
	Risk       []float64 // network risk in [0, 1]; 1 for seeds
	Hops       []int32   // hops to the nearest seed; -1 when none is reachable
	Parent     []int32   // next node towards the nearest seed; -1 for seeds and unreachable nodes
	Nearest    []int32   // the seed reached by following Parent; -1 when unreachable
	Damping    float64   // the damping used
	Iterations int       // conjugate-gradient steps until the error bound fell below the tolerance

	seed []bool
}

// IsSeed reports whether v is a known smuggler.
func (p *Propagation) IsSeed(v int32) bool { return p.seed[v] }

// Propagate scores every node of g by how closely it is tied to the seed
// nodes (the known smugglers), with a random walk with restart (Tong,
// Faloutsos and Pan 2006, doi:10.1109/ICDM.2006.70) read from the
// node's side: a walker leaves v, follows links in proportion to their
// weight, and at each step goes on with probability d (the damping) or
// stops. Its network risk is the probability that it reaches a known
// smuggler before stopping,
//
//	risk_v = d Σ_u (w_uv / k_v) risk_u   for v not a seed,   risk_s = 1 for seeds,
//
// the harmonic-function label propagation of Zhu, Ghahramani and
// Lafferty (ICML 2003) with a decay: risk fades by a factor d per hop and
// is diluted by links to unrelated parties (a phone shared only with a
// smuggler passes on far more than a flight shared with two hundred
// travellers). Nodes with no path to a seed get 0. The values lie in
// [0, 1] with no further normalisation, and each one splits exactly over
// the node's links (see TopLinks).
//
// The fixed point is solved by conjugate gradients on its symmetrised
// linear system (see walks) until every score is within the tolerance of
// the exact value (at most MaxIterations steps).
//
// Propagate also runs a multi-source breadth-first search from the seeds
// (Hops, Parent, Nearest; see NearestSeeds).
//
// Input contract: seeds are node ids of g (duplicates and out-of-range
// ids are ignored). Complexity: O(M) per iteration and about
// log(tol)/log(d) iterations, plus O(N + M) for the search; O(N) memory.
// Deterministic, whatever the number of workers.
func Propagate(g *csr.Graph, seeds []int32, opts Options) *Propagation {
	n := g.N()
	d := opts.damping()
	p := &Propagation{Damping: d}
	p.Seeds, p.seed = seedIDs(n, seeds)
	p.Risk, p.Iterations = p.iterate(g, d, opts.tol(), opts.Workers)
	p.Hops, p.Parent, p.Nearest = NearestSeeds(g, p.Seeds)
	return p
}

// seedIDs returns the distinct seed ids in [0, n), ascending, and a
// per-node mark of them.
func seedIDs(n int, seeds []int32) ([]int32, []bool) {
	mark := make([]bool, n)
	for _, s := range seeds {
		if s >= 0 && int(s) < n {
			mark[s] = true
		}
	}
	var ids []int32
	for v, ok := range mark {
		if ok {
			ids = append(ids, int32(v))
		}
	}
	return ids, mark
}

// chunkSize is the number of nodes per unit of parallel work and per
// partial sum, fixed so that results do not depend on the worker count.
const chunkSize = 4096

func (p *Propagation) iterate(g *csr.Graph, d, tol float64, workers int) ([]float64, int) {
	if len(p.Seeds) == 0 {
		return make([]float64, g.N()), 0
	}
	group := make([]int32, g.N())
	for v := range group {
		group[v] = -1
		if p.seed[v] {
			group[v] = 0
		}
	}
	return walks(g, group, 1, d, tol, workers)
}

// NearestSeeds runs a breadth-first search from all seeds at once (Moore
// 1959; multi-source BFS) and returns, for every node, the hop count to the
// nearest seed, the next node on a shortest route to it and the seed that
// route ends at (-1 where no seed is reachable; for seeds, hops 0, parent
// -1 and themselves). Among equally short routes the parent is the
// neighbour one hop closer joined by the heaviest link, ties to the lower
// id, so explanations prefer strong links (a shared card over a shared
// flight).
//
// Complexity: O(N + M) time and memory. Deterministic.
func NearestSeeds(g *csr.Graph, seeds []int32) (hops, parent, nearest []int32) {
	n := g.N()
	hops = make([]int32, n)
	parent = make([]int32, n)
	nearest = make([]int32, n)
	for i := range hops {
		hops[i], parent[i], nearest[i] = -1, -1, -1
	}
	queue := make([]int32, 0, n)
	for _, s := range seeds {
		if s >= 0 && int(s) < n && hops[s] < 0 {
			hops[s], nearest[s] = 0, s
			queue = append(queue, s)
		}
	}
	for head := 0; head < len(queue); head++ {
		v := queue[head]
		for _, w := range g.Adj[g.Off[v]:g.Off[v+1]] {
			if hops[w] < 0 {
				hops[w] = hops[v] + 1
				queue = append(queue, w)
			}
		}
	}
	// Choose parents in BFS order, so that a parent's nearest seed is
	// known before its children's.
	for _, v := range queue {
		if hops[v] == 0 {
			continue
		}
		best, bw := int32(-1), 0.0
		for i := g.Off[v]; i < g.Off[v+1]; i++ {
			u := g.Adj[i]
			if hops[u] == hops[v]-1 && g.W[i] > bw {
				best, bw = u, g.W[i]
			}
		}
		parent[v], nearest[v] = best, nearest[best]
	}
	return hops, parent, nearest
}

// Contribution is one link's part in a node's risk.
type Contribution struct {
	Neighbour int32   // node id of the neighbour
	Entry     int     // index of the link in g.Adj (for g.Link)
	Weight    float64 // link weight
	Risk      float64 // contribution to the node's risk: d · w_uv · risk_u / k_v
	Share     float64 // Risk as a share of the node's risk (of the sum of contributions, for seeds)
}

// TopLinks returns the at most k links of v that contribute most to its
// risk, largest first (ties to the lower neighbour id). By the fixed point
// risk_v = d Σ_u (w_uv / k_v) risk_u (for v not a seed), the contribution of
// neighbour u is d w_uv risk_u / k_v, and the shares sum to 1 at
// convergence. Links with no contribution are left out. O(deg(v) log deg(v)).
func (p *Propagation) TopLinks(g *csr.Graph, v int32, k int) []Contribution {
	kv := g.Strength[v]
	if kv == 0 || k <= 0 {
		return nil
	}
	var out []Contribution
	var sum float64
	for i := g.Off[v]; i < g.Off[v+1]; i++ {
		u := g.Adj[i]
		c := p.Damping * g.W[i] * p.Risk[u] / kv
		if c <= 0 {
			continue
		}
		sum += c
		out = append(out, Contribution{Neighbour: u, Entry: i, Weight: g.W[i], Risk: c})
	}
	total := p.Risk[v]
	if p.seed[v] || total <= 0 {
		total = sum
	}
	for i := range out {
		out[i].Share = out[i].Risk / total
	}
	slices.SortFunc(out, func(a, b Contribution) int {
		if c := cmp.Compare(b.Risk, a.Risk); c != 0 {
			return c
		}
		return cmp.Compare(a.Neighbour, b.Neighbour)
	})
	return out[:min(k, len(out))]
}

// Route is a shortest route from a node to a known smuggler: Nodes[0] is
// the node, Nodes[len-1] the smuggler, and Entries[i] is the index in
// g.Adj (row Nodes[i]) of the link joining Nodes[i] and Nodes[i+1].
type Route struct {
	Nodes   []int32
	Entries []int
}

// Routes returns up to k shortest routes from v to distinct nearest known
// smugglers (all Hops[v] long), strongest first: a depth-first walk down
// the BFS distance that tries heavier links first and expands each node
// once (every seed below an expanded node has been reached through it).
// The walk gives up after visiting 10,000 nodes, so a node between huge hubs gets fewer routes
// rather than a slow answer. A seed has the single route [v]; a node with
// no reachable seed has none.
func (p *Propagation) Routes(g *csr.Graph, v int32, k int) []Route {
	if p.Hops[v] < 0 || k <= 0 {
		return nil
	}
	if p.Hops[v] == 0 {
		return []Route{{Nodes: []int32{v}}}
	}
	var out []Route
	used := map[int32]bool{}     // seeds already reached
	expanded := map[int32]bool{} // every seed below these has been reached
	budget := 10_000
	nodes := []int32{v}
	entries := []int{}
	var walk func(u int32) bool // reports whether to stop
	walk = func(u int32) bool {
		budget--
		if budget < 0 || len(out) >= k {
			return true
		}
		if p.Hops[u] == 0 {
			if !used[u] {
				used[u] = true
				out = append(out, Route{Nodes: slices.Clone(nodes), Entries: slices.Clone(entries)})
			}
			return len(out) >= k
		}
		if expanded[u] {
			return false
		}
		expanded[u] = true
		var next []int
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			if p.Hops[g.Adj[i]] == p.Hops[u]-1 {
				next = append(next, i)
			}
		}
		slices.SortStableFunc(next, func(a, b int) int { return cmp.Compare(g.W[b], g.W[a]) })
		for _, i := range next {
			nodes = append(nodes, g.Adj[i])
			entries = append(entries, i)
			stop := walk(g.Adj[i])
			nodes, entries = nodes[:len(nodes)-1], entries[:len(entries)-1]
			if stop {
				return true
			}
		}
		return false
	}
	walk(v)
	return out
}
