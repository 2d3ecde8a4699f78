package centrality

import (
	"math"

	"github.com/borderlens/borderlens/analytics/csr"
)

// MaxPageRankIterations bounds the power iteration; with damping 0.85 the
// error shrinks by 0.85 per step, so 1e-12 needs about 170 steps.
const MaxPageRankIterations = 1000

// chunkSize is the number of nodes per unit of parallel work (and per
// partial sum), fixed so that results do not depend on the worker count.
const chunkSize = 4096

// PageRank returns the PageRank of every node of g (Brin and Page 1998,
// doi:10.1016/S0169-7552(98)00110-X), the stationary distribution of a
// random walk that follows an edge with probability d (the damping,
// usually 0.85), choosing edges in proportion to their weight, and
// otherwise jumps to a uniformly random node:
//
//	x_v = (1−d)/N + d Σ_u (w_uv / s_u) x_u + d D / N
//
// where s_u is the weighted degree of u and D the rank held by isolated
// (dangling) nodes, which jump uniformly. This is the convention of
// Gonum's network.PageRank on the graph's Directed adapter, of networkx
// and of igraph.
//
// It iterates from the uniform vector until the L1 change between
// iterations is below tol (or MaxPageRankIterations is reached). The
// ranks are non-negative and sum to 1.
//
// Input contract: 0 < d < 1, tol > 0. Complexity: O(M) per iteration,
// O(log tol / log d) iterations; O(N) memory. Deterministic.
func PageRank(g *csr.Graph, d, tol float64) []float64 {
	return pageRank(g, d, tol, nil, 1)
}

// PageRankParallel is PageRank computed on up to workers goroutines; it
// returns exactly the same values.
func PageRankParallel(g *csr.Graph, d, tol float64, workers int) []float64 {
	return pageRank(g, d, tol, nil, workers)
}

// PersonalizedPageRank returns PageRank with restart distribution reset
// instead of the uniform one (Haveliwala 2002,
// doi:10.1145/511446.511513): the walk jumps to node v with probability
// proportional to reset[v], and so do isolated nodes; it is also known as
// random walk with restart:
//
//	x_v = (1−d) r_v + d Σ_u (w_uv / s_u) x_u + d D r_v,   r = reset / Σ reset
//
// Input contract: len(reset) == N, entries non-negative with a positive
// sum; otherwise it returns nil. Complexity and determinism as PageRank.
func PersonalizedPageRank(g *csr.Graph, d, tol float64, reset []float64) []float64 {
	return PersonalizedPageRankParallel(g, d, tol, reset, 1)
}

// PersonalizedPageRankParallel is PersonalizedPageRank computed on up to
// workers goroutines; it returns exactly the same values.
func PersonalizedPageRankParallel(g *csr.Graph, d, tol float64, reset []float64, workers int) []float64 {
	n := g.N()
	if len(reset) != n {
		return nil
	}
	var sum float64
	for _, r := range reset {
		if r < 0 || math.IsNaN(r) {
			return nil
		}
		sum += r
	}
	if !(sum > 0) || math.IsInf(sum, 0) {
		return nil
	}
	r := make([]float64, n)
	for i, x := range reset {
		r[i] = x / sum
	}
	return pageRank(g, d, tol, r, workers)
}

// pageRank iterates x' = d (W S⁻¹ x) + (d D + 1 − d) r, pulling along each
// row (the graph is symmetric), with r uniform when nil.
func pageRank(g *csr.Graph, d, tol float64, r []float64, workers int) []float64 {
	n := g.N()
	if n == 0 {
		return []float64{}
	}
	x := make([]float64, n)
	if r == nil {
		for i := range x {
			x[i] = 1 / float64(n)
		}
	} else {
		copy(x, r)
	}
	next := make([]float64, n)
	y := make([]float64, n)     // x_u / s_u, 0 for isolated nodes
	ynext := make([]float64, n) // the same for next
	chunks := (n + chunkSize - 1) / chunkSize
	dangling := make([]float64, chunks) // per chunk: rank on isolated nodes
	delta := make([]float64, chunks)
	uniform := 1 / float64(n)
	// scale fills ys and dangling from xs for the nodes of chunk c.
	scale := func(c int, xs, ys []float64) {
		var dm float64
		for u := c * chunkSize; u < min(n, (c+1)*chunkSize); u++ {
			if s := g.Strength[u]; s > 0 {
				ys[u] = xs[u] / s
			} else {
				ys[u] = 0
				dm += xs[u]
			}
		}
		dangling[c] = dm
	}
	forChunks(chunks, workers, func(c int) { scale(c, x, y) })
	for it := 0; it < MaxPageRankIterations; it++ {
		var dm float64
		for _, v := range dangling {
			dm += v
		}
		jump := d*dm + 1 - d
		// One pass per iteration: pull the new ranks of a chunk, then
		// scale them for the next iteration while they are in cache.
		forChunks(chunks, workers, func(c int) {
			var diff float64
			for v := c * chunkSize; v < min(n, (c+1)*chunkSize); v++ {
				row := g.Adj[g.Off[v]:g.Off[v+1]]
				ws := g.W[g.Off[v]:g.Off[v+1]]
				ws = ws[:len(row)]
				var acc float64
				for i, u := range row {
					acc += ws[i] * y[u]
				}
				rv := uniform
				if r != nil {
					rv = r[v]
				}
				nv := d*acc + jump*rv
				diff += math.Abs(nv - x[v])
				next[v] = nv
			}
			delta[c] = diff
			scale(c, next, ynext)
		})
		x, next = next, x
		y, ynext = ynext, y
		var diff float64
		for _, v := range delta {
			diff += v
		}
		if diff < tol {
			break
		}
	}
	return x
}
