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
// It iterates from (1−d)/N + d s_v/2m (the walk's stationary distribution
// mixed with the jump, nearer the fixed point than the uniform vector)
// until the L1 change between iterations is below tol (or
// MaxPageRankIterations is reached). The ranks are non-negative and sum
// to 1. Graphs whose weights are all 1 take a pass that skips the weights.
//
// Input contract: 0 < d < 1, tol > 0. Complexity: O(M) per iteration,
// O(log tol / log d) iterations; O(N) memory. Deterministic.
func PageRank(g *csr.Graph, d, tol float64) []float64 {
	return pageRank(g, d, tol, nil, 1)
}

// PageRankParallel is PageRank computed on up to workers goroutines (one
// below 2^18 adjacency entries, where a pass costs about as much as
// waking a goroutine); it returns exactly the same values.
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
		// Start from (1−d)/N + d s_v/2m, one step from the fixed point
		// when the walk's stationary distribution (s_v/2m on an
		// undirected graph) is near it, rather than from the uniform
		// vector.
		var total float64
		for _, s := range g.Strength {
			total += s
		}
		for i := range x {
			x[i] = (1 - d) / float64(n)
			if total > 0 {
				x[i] += d * g.Strength[i] / total
			} else {
				x[i] += d / float64(n)
			}
		}
	} else {
		copy(x, r)
	}
	next := make([]float64, n)
	y := make([]float64, n)     // x_u / s_u, 0 for isolated nodes
	ynext := make([]float64, n) // the same for next
	inv := make([]float64, n)   // 1 / s_u, 0 for isolated nodes
	for u, s := range g.Strength {
		if s > 0 {
			inv[u] = 1 / s
		}
	}
	chunks := (n + chunkSize - 1) / chunkSize
	dangling := make([]float64, chunks) // per chunk: rank on isolated nodes
	delta := make([]float64, chunks)
	w := g.W
	if unitWeights(w) {
		w = nil // pullRanks then skips the weight loads
	}
	if len(g.Adj) < serialEntries {
		// Below this size a pass takes tens of microseconds, about what
		// waking a goroutine costs: the chunks run on this one.
		workers = 1
	}
	for c := range chunks {
		lo, hi := c*chunkSize, min(n, (c+1)*chunkSize)
		dangling[c] = scaleRanks(x[lo:hi], y[lo:hi], inv[lo:hi])
	}
	for range MaxPageRankIterations {
		var dm float64
		for _, v := range dangling {
			dm += v
		}
		jump := d*dm + 1 - d
		xs, nexts, ys, ynexts := x, next, y, ynext
		// One pass per iteration: pull the new ranks of a chunk, then
		// scale them for the next iteration while they are in cache.
		forChunks(chunks, workers, func(c int) {
			lo, hi := c*chunkSize, min(n, (c+1)*chunkSize)
			delta[c] = pullRanks(g.Off, g.Adj, w, lo, hi, d, jump, r, xs, nexts, ys)
			dangling[c] = scaleRanks(nexts[lo:hi], ynexts[lo:hi], inv[lo:hi])
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

// serialEntries is the number of adjacency entries below which PageRank
// runs on one goroutine whatever the worker count.
const serialEntries = 1 << 18

// scaleRanks sets ys[i] = xs[i] * inv[i] and returns the rank held by the
// isolated nodes (inv[i] == 0).
func scaleRanks(xs, ys, inv []float64) float64 {
	ys = ys[:len(xs)]
	inv = inv[:len(xs)]
	var dm float64
	for i, xv := range xs {
		if s := inv[i]; s > 0 {
			ys[i] = xv * s
		} else {
			ys[i] = 0
			dm += xv
		}
	}
	return dm
}

// unitWeights reports whether every weight is exactly 1.
func unitWeights(w []float64) bool {
	for _, x := range w {
		if x != 1 {
			return false
		}
	}
	return true
}

// pullRanks computes next[v] = d Σ_u w_uv y_u + jump r_v for the nodes v
// in [lo, hi) (r uniform when nil; w all ones when nil) and returns
// Σ |next[v] − x[v]|. Two accumulators per row halve the chain of
// dependent additions.
func pullRanks(off []int, adj []int32, w []float64, lo, hi int, d, jump float64, r, x, next, y []float64) float64 {
	uniform := jump / float64(len(x))
	off = off[lo : hi+1]
	x, next = x[lo:hi], next[lo:hi]
	var diff float64
	for i := range x {
		row := adj[off[i]:off[i+1]]
		var a0, a1 float64
		k := 0
		if w == nil {
			for ; k+1 < len(row); k += 2 {
				a0 += y[row[k]]
				a1 += y[row[k+1]]
			}
			if k < len(row) {
				a0 += y[row[k]]
			}
		} else {
			ws := w[off[i]:off[i+1]]
			ws = ws[:len(row)]
			for ; k+1 < len(row); k += 2 {
				a0 += ws[k] * y[row[k]]
				a1 += ws[k+1] * y[row[k+1]]
			}
			if k < len(row) {
				a0 += ws[k] * y[row[k]]
			}
		}
		jr := uniform
		if r != nil {
			jr = jump * r[lo+i]
		}
		nv := d*(a0+a1) + jr
		diff += math.Abs(nv - x[i])
		next[i] = nv
	}
	return diff
}
