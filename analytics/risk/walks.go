package risk

import (
	"math"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/internal/parallel"
)

// walks runs n walks with restart at once: x[v*n+j] is the probability
// that a walk from v reaches a node of group j (the nodes with group[v] ==
// j, held at 1; -1 for no group) before stopping,
//
//	x_vj = 1 if group[v] == j, else d Σ_u (w_uv / k_v) x_uj,
//
// and 0 for unlinked nodes outside group j. It returns x and the number of
// steps; n must be positive.
//
// For walk j the free nodes F are the linked nodes outside group j; on
// them (I − d K⁻¹W_FF) x_F = d K⁻¹W_FS 1 (K the weighted degrees, S the
// group). In z = K^{1/2} x the matrix becomes I − d K^{-1/2} W_FF K^{-1/2},
// symmetric positive definite with eigenvalues in [1 − d, 1 + d], so
// conjugate gradients converge at least as ((√κ−1)/(√κ+1))^k, κ ≤
// (1+d)/(1−d): 25 to 35 steps where Jacobi sweeps from the group
// indicator need about 150 at d = 0.85. All walks advance together, one
// pass over the links per step, each with its own step sizes (α, β). The
// iteration stops when, for every walk, the bound ‖x − x*‖∞ ≤
// ‖ρ‖∞/(1 − d) on the residual ρ of the x-system (ρ = K^{-1/2} r for the
// z-system residual r; the rows of d K⁻¹W_FF sum to at most d) is below
// tol, or after MaxIterations steps.
// Results are clamped to [0, 1]. Deterministic whatever the number of
// workers (fixed chunks, partial sums added in chunk order).
func walks(g *csr.Graph, group []int32, n int, d, tol float64, workers int) ([]float64, int) {
	nodes := g.N()
	h := make([]float64, nodes) // 1/√k_v, 0 for isolated nodes
	for v, k := range g.Strength {
		if k > 0 {
			h[v] = 1 / math.Sqrt(k)
		}
	}
	z := make([]float64, nodes*n)
	r := make([]float64, nodes*n) // residual; starts as the right-hand side (z = 0)
	p := make([]float64, nodes*n)
	q := make([]float64, nodes*n)
	for v := range nodes {
		if h[v] == 0 {
			continue
		}
		row := r[v*n:][:n]
		for i := g.Off[v]; i < g.Off[v+1]; i++ {
			if gu := group[g.Adj[i]]; gu >= 0 {
				row[gu] += d * h[v] * g.W[i]
			}
		}
		if gv := group[v]; gv >= 0 {
			row[gv] = 0
		}
		copy(p[v*n:][:n], row)
	}
	chunks := (nodes + chunkSize - 1) / chunkSize
	span := func(c int) (int, int) { return c * chunkSize, min(nodes, (c+1)*chunkSize) }
	// part holds three per-chunk lanes of one value per walk: ⟨p,q⟩, ⟨r,q⟩
	// and ⟨q,q⟩ in the product pass, then ⟨r,r⟩ and max |ρ| in the update
	// pass.
	part := make([]float64, chunks*3*n)
	lane := func(c, k int) []float64 { return part[(c*3+k)*n:][:n] }
	total := func(k int, out []float64, maxOf bool) {
		clear(out)
		for c := range chunks {
			for j, x := range lane(c, k) {
				if maxOf {
					out[j] = max(out[j], x)
				} else {
					out[j] += x
				}
			}
		}
	}
	rr := make([]float64, n)
	parallel.ForChunks(chunks, workers, func(c int) {
		lo, hi := span(c)
		s := lane(c, 0)
		clear(s)
		for i, x := range r[lo*n : hi*n] {
			s[i%n] += x * x
		}
	})
	total(0, rr, false)
	pq, rq, qq := make([]float64, n), make([]float64, n), make([]float64, n)
	alpha, beta, worst := make([]float64, n), make([]float64, n), make([]float64, n)
	it := 0
	for it < MaxIterations {
		it++
		// q = A p, with ⟨p,q⟩, ⟨r,q⟩, ⟨q,q⟩ per walk.
		parallel.ForChunks(chunks, workers, func(c int) {
			lo, hi := span(c)
			spq, srq, sqq := lane(c, 0), lane(c, 1), lane(c, 2)
			clear(spq)
			clear(srq)
			clear(sqq)
			for v := lo; v < hi; v++ {
				qv := q[v*n:][:n]
				clear(qv)
				if h[v] == 0 {
					continue
				}
				for i := g.Off[v]; i < g.Off[v+1]; i++ {
					u := int(g.Adj[i])
					wh := g.W[i] * h[u]
					for j, x := range p[u*n:][:n] {
						qv[j] += wh * x
					}
				}
				pv, rv := p[v*n:][:n], r[v*n:][:n]
				dh, own := d*h[v], int(group[v])
				for j := range qv {
					if j == own { // held at 1: not an unknown of walk j
						qv[j] = 0
						continue
					}
					qj := pv[j] - dh*qv[j]
					qv[j] = qj
					spq[j] += pv[j] * qj
					srq[j] += rv[j] * qj
					sqq[j] += qj * qj
				}
			}
		})
		total(0, pq, false)
		total(1, rq, false)
		total(2, qq, false)
		for j := range n {
			alpha[j], beta[j] = 0, 0
			if rr[j] > 0 && pq[j] > 0 {
				alpha[j] = rr[j] / pq[j]
				beta[j] = max(0, rr[j]-2*alpha[j]*rq[j]+alpha[j]*alpha[j]*qq[j]) / rr[j]
			}
		}
		// z += α p, r −= α q, p = r + β p; ⟨r,r⟩ and max |ρ| = max h|r|.
		parallel.ForChunks(chunks, workers, func(c int) {
			lo, hi := span(c)
			srr, smax := lane(c, 0), lane(c, 1)
			clear(srr)
			clear(smax)
			for v := lo; v < hi; v++ {
				zv, rv, pv, qv := z[v*n:][:n], r[v*n:][:n], p[v*n:][:n], q[v*n:][:n]
				for j := range zv {
					zv[j] += alpha[j] * pv[j]
					rj := rv[j] - alpha[j]*qv[j]
					rv[j] = rj
					pv[j] = rj + beta[j]*pv[j]
					srr[j] += rj * rj
					smax[j] = max(smax[j], h[v]*math.Abs(rj))
				}
			}
		})
		total(0, rr, false)
		total(1, worst, true)
		done := true
		for _, e := range worst {
			if e/(1-d) >= tol {
				done = false
			}
		}
		if done {
			break
		}
	}
	// x = K^{-1/2} z on free nodes, 1 on the group's nodes, 0 elsewhere.
	for v := range nodes {
		xv := z[v*n:][:n]
		for j := range xv {
			switch {
			case int(group[v]) == j:
				xv[j] = 1
			case h[v] == 0:
				xv[j] = 0
			default:
				xv[j] = min(1, max(0, h[v]*xv[j]))
			}
		}
	}
	return z, it
}
