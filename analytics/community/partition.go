package community

import (
	"math"
	"slices"

	"github.com/borderlens/borderlens/analytics/csr"
)

// Partition assigns each node (by csr id) to a community. Partitions
// returned by this package are canonical: communities are numbered
// 0..Count()-1 in order of their smallest node id.
type Partition []int32

// Count returns the number of communities: one more than the largest id,
// or 0 for an empty partition.
func (p Partition) Count() int {
	c := int32(-1)
	for _, x := range p {
		c = max(c, x)
	}
	return int(c) + 1
}

// Sizes returns the number of nodes in each community.
func (p Partition) Sizes() []int {
	s := make([]int, p.Count())
	for _, c := range p {
		s[c]++
	}
	return s
}

// Members returns the node ids of each community, ascending.
func (p Partition) Members() [][]int32 {
	sizes := p.Sizes()
	m := make([][]int32, len(sizes))
	for c, s := range sizes {
		m[c] = make([]int32, 0, s)
	}
	for u, c := range p {
		m[c] = append(m[c], int32(u))
	}
	return m
}

// canonical renumbers p in place so that communities are numbered in order
// of their smallest node, using scratch (len > every id in p, all -1 on
// entry and on return). It returns the number of communities.
func canonical(p []int32, scratch []int32) int {
	next, top := int32(0), int32(-1)
	for i, c := range p {
		r := scratch[c]
		if r < 0 {
			r = next
			scratch[c] = r
			next++
			top = max(top, c)
		}
		p[i] = r
	}
	clear32(scratch[:top+1], -1)
	return int(next)
}

func clear32(s []int32, v int32) {
	for i := range s {
		s[i] = v
	}
}

// Q returns the modularity of partition p of g at the given resolution γ:
//
//	Q = 1/2m Σ_c [ Σ_{i,j∈c} A_ij − γ K_c² / 2m ]
//
// where K_c is the total weighted degree of community c (Newman and
// Girvan 2004, doi:10.1103/PhysRevE.69.026113; resolution as in Reichardt
// and Bornholdt 2006, doi:10.1103/PhysRevE.74.016110). It equals Gonum's
// community.Q for the same partition.
//
// Input contract: len(p) == g.N() and 0 <= p[i] < g.N(); otherwise Q
// returns NaN. A graph without edges has Q = 0.
//
// Complexity: O(N + M) time, O(N) memory. Deterministic.
func Q(g *csr.Graph, p Partition, resolution float64) float64 {
	n := g.N()
	if len(p) != n {
		return math.NaN()
	}
	for _, c := range p {
		if c < 0 || int(c) >= n {
			return math.NaN()
		}
	}
	m2 := 2 * g.TotalWeight()
	if m2 == 0 {
		return 0
	}
	in := make([]float64, n)
	tot := make([]float64, n)
	for u := 0; u < n; u++ {
		cu := p[u]
		tot[cu] += g.Strength[u]
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			if p[g.Adj[i]] == cu {
				in[cu] += g.W[i]
			}
		}
	}
	var q float64
	for c := range in {
		if tot[c] != 0 {
			q += in[c] - resolution*tot[c]*tot[c]/m2
		}
	}
	return q / m2
}

// NMI returns the normalised mutual information of two partitions of the
// same nodes, 2 I(X;Y) / (H(X) + H(Y)) (Danon et al. 2005,
// doi:10.1088/1742-5468/2005/09/P09008), in [0, 1]: 1 when they are
// identical up to renaming, near 0 when independent. Two single-community
// partitions have NMI 1. Community ids may be any non-negative int32.
//
// Input contract: len(a) == len(b); otherwise NMI returns NaN.
//
// Complexity: O(N log N). Deterministic.
func NMI(a, b []int32) float64 {
	if len(a) != len(b) {
		return math.NaN()
	}
	n := len(a)
	if n == 0 {
		return 1
	}
	pairs := make([]uint64, n)
	for i := range a {
		pairs[i] = uint64(uint32(a[i]))<<32 | uint64(uint32(b[i]))
	}
	slices.Sort(pairs)
	count := func(xs []int32) map[int32]float64 {
		m := map[int32]float64{}
		for _, x := range xs {
			m[x]++
		}
		return m
	}
	na, nb := count(a), count(b)
	fn := float64(n)
	entropy := func(m map[int32]float64) float64 {
		var h float64
		for _, c := range m {
			h -= c / fn * math.Log(c/fn)
		}
		return h
	}
	ha, hb := entropy(na), entropy(nb)
	var mi float64
	for i := 0; i < n; {
		j := i + 1
		for j < n && pairs[j] == pairs[i] {
			j++
		}
		nxy := float64(j - i)
		x, y := int32(pairs[i]>>32), int32(uint32(pairs[i]))
		mi += nxy / fn * math.Log(fn*nxy/(na[x]*nb[y]))
		i = j
	}
	if ha+hb == 0 {
		return 1
	}
	return max(0, min(1, 2*mi/(ha+hb)))
}
