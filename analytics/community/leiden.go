package community

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/borderlens/borderlens/analytics/csr"
)

// leidenTheta is the randomness θ of the refinement phase (igraph's beta
// and leidenalg's default): a node joins a refined community with
// probability ∝ exp(ΔQ/θ), ΔQ in edge-weight units.
const leidenTheta = 0.01

// DefaultLeidenPasses is the number of passes Leiden makes: the default
// n_iterations of igraph's community_leiden and of leidenalg.
const DefaultLeidenPasses = 2

// maxLeidenPasses bounds LeidenPasses when it runs until stable.
const maxLeidenPasses = 100

// Leiden partitions g with the Leiden algorithm (Traag, Waltman and van
// Eck 2019, "From Louvain to Leiden: guaranteeing well-connected
// communities", doi:10.1038/s41598-019-41695-z), maximising modularity
//
//	Q = 1/2m Σ_ij [ A_ij − γ k_i k_j / 2m ] δ(c_i, c_j)
//
// at resolution γ, and returns the partition and Q.
//
// Each level runs the fast local moving phase, then a refinement phase
// that splits every community into well-connected sub-communities: a
// singleton node v of community C that is well connected to C
// (w(v, C−v) ≥ γ k_v (K_C − k_v) / 2m) may join a well-connected
// sub-community T of C with ΔQ ≥ 0, chosen with probability ∝ exp(ΔQ/θ),
// θ = 0.01. The graph is aggregated by the refined partition, while the
// next level starts from the unrefined one. A pass ends when every
// community is a single aggregate node. Leiden makes DefaultLeidenPasses
// passes, each starting from the partition of the previous one (stopping
// early when a pass changes nothing); LeidenPasses chooses. After every
// pass each community is γ-connected (Traag et al., Table 1), in
// particular connected, which Louvain does not guarantee.
//
// Input contract: resolution > 0; edge weights positive, as csr
// guarantees. Isolated nodes stay singletons.
//
// Complexity: O(M) per local-moving sweep, refinement and aggregation,
// O(log N) levels in practice; O(N + M) memory besides the graph.
//
// Determinism: visit orders and the refinement's random choices come
// from src; the same graph, resolution and src state give the same
// partition. A nil src visits nodes in id order and refines greedily.
func Leiden(g *csr.Graph, resolution float64, src rand.Source) (Partition, float64) {
	return LeidenPasses(g, resolution, src, DefaultLeidenPasses)
}

// LeidenPasses is Leiden with at most the given number of passes; passes
// < 1 repeats them until one changes nothing (at most 100), which makes
// the partition subpartition γ-dense (Traag et al., Table 1).
func LeidenPasses(g *csr.Graph, resolution float64, src rand.Source, passes int) (Partition, float64) {
	if passes < 1 {
		passes = maxLeidenPasses
	}
	n := g.N()
	p := make(Partition, n)
	for i := range p {
		p[i] = int32(i)
	}
	m2 := 2 * g.TotalWeight()
	if n == 0 || m2 == 0 {
		return p, Q(g, p, resolution)
	}
	ws := newWorkspace(n, src)
	ws.totR = make([]float64, n)
	ws.extR = make([]float64, n)
	ws.extW = make([]float64, n)
	ws.sizeR = make([]int32, n)
	q := math.Inf(-1)
	for pass := 0; pass < passes; pass++ {
		next := ws.leidenPass(g, p, resolution, m2)
		if slices.Equal(next, p) {
			break
		}
		nq := Q(g, next, resolution)
		if nq < q { // cannot happen in exact arithmetic; keep the better
			break
		}
		p, q = next, nq
	}
	return p, q
}

// leidenPass runs the levels of one Leiden pass starting from partition
// init of g and returns the canonical partition it ends with.
func (ws *workspace) leidenPass(g *csr.Graph, init Partition, gamma, m2 float64) Partition {
	n := g.N()
	l := levelOf(g)
	part := slices.Clone(init) // communities of the current level's nodes
	memb := make([]int32, n)   // original node -> current level node
	for i := range memb {
		memb[i] = int32(i)
	}
	refined := make([]int32, n)
	for {
		ws.moveNodes(l, part, gamma, m2)
		nc := canonical(part, ws.scratch)
		if nc == l.n {
			break
		}
		refined = refined[:l.n]
		nr := ws.refine(l, part, refined, gamma, m2)
		var nextPart []int32
		if nr == l.n {
			// Refinement merged nothing: aggregate by the partition
			// itself, as Louvain does, so that the pass makes progress.
			copy(refined, part)
			nr = nc
			nextPart = make([]int32, nc)
			for i := range nextPart {
				nextPart[i] = int32(i)
			}
		} else {
			nextPart = make([]int32, nr)
			for u, r := range refined {
				nextPart[r] = part[u]
			}
		}
		for i, v := range memb {
			memb[i] = refined[v]
		}
		l = ws.aggregate(l, refined, nr)
		part = nextPart
	}
	out := make(Partition, n)
	for i, v := range memb {
		out[i] = part[v]
	}
	canonical(out, ws.scratch)
	return out
}

// refine computes the refined partition of l within the communities of
// part (dense ids) into refined, and returns the number of refined
// communities (refined is canonical). Time O(n + m).
func (ws *workspace) refine(l *level, part, refined []int32, gamma, m2 float64) int {
	n := l.n
	totR, extR, extW, sizeR := ws.totR[:n], ws.extR[:n], ws.extW[:n], ws.sizeR[:n]
	totP := ws.tot[:n]
	clear(totP)
	for v := 0; v < n; v++ {
		refined[v] = int32(v)
		totR[v] = l.k[v]
		sizeR[v] = 1
		totP[part[v]] += l.k[v]
		var e float64
		for i := l.off[v]; i < l.off[v+1]; i++ {
			if part[l.adj[i]] == part[v] {
				e += l.w[i]
			}
		}
		extW[v], extR[v] = e, e
	}
	nw := ws.nw
	for _, v := range ws.permutation(n) {
		if sizeR[refined[v]] != 1 {
			continue // v has been joined, or has joined someone
		}
		c, kv := part[v], l.k[v]
		scale := gamma / m2
		if kv == 0 || extW[v] < scale*kv*(totP[c]-kv) {
			continue // v is not well connected to its community
		}
		touched := ws.touchedFor(l.off[v+1] - l.off[v])
		nt := 0
		for i := l.off[v]; i < l.off[v+1]; i++ {
			u := l.adj[i]
			if part[u] != c {
				continue
			}
			r := refined[u]
			touched[nt] = r
			if nw[r] == 0 {
				nt++
			}
			nw[r] += l.w[i]
		}
		touched = touched[:nt]
		// Candidates: staying alone (gain 0) and every well-connected
		// neighbouring sub-community with a non-negative gain.
		cand, gain := ws.cand[:0], ws.gain[:0]
		cand, gain = append(cand, refined[v]), append(gain, 0)
		best, bestGain := refined[v], 0.0
		for _, r := range touched {
			if extR[r] < scale*totR[r]*(totP[c]-totR[r]) {
				continue
			}
			gn := nw[r] - scale*kv*totR[r]
			if gn < 0 {
				continue
			}
			cand, gain = append(cand, r), append(gain, gn)
			if gn > bestGain {
				best, bestGain = r, gn
			}
		}
		if ws.rnd != nil && len(cand) > 1 {
			var sum float64
			for i, gn := range gain {
				gain[i] = math.Exp((gn - bestGain) / leidenTheta)
				sum += gain[i]
			}
			x := ws.rnd.Float64() * sum
			best = cand[len(cand)-1]
			for i, p := range gain {
				if x < p {
					best = cand[i]
					break
				}
				x -= p
			}
		}
		if best != refined[v] {
			old := refined[v]
			sizeR[old], totR[old] = 0, 0
			refined[v] = best
			sizeR[best]++
			totR[best] += kv
			extR[best] += extW[v] - 2*nw[best]
		}
		for _, r := range touched {
			nw[r] = 0
		}
		ws.touched, ws.cand, ws.gain = touched, cand, gain
	}
	return canonical(refined, ws.scratch)
}
