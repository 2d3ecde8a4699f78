package csrtest

import (
	"fmt"
	"math/rand/v2"

	"github.com/borderlens/borderlens/analytics/csr"
)

// PlantedPartition returns m distinct unit-weight edges on n nodes drawn
// from a planted-partition (stochastic block) model with groups of
// groupSize consecutive ids (the ground truth community of u is
// u/groupSize) and mixing mu: repeat until m distinct edges exist: pick u
// uniformly in [0,n); with probability mu pick v uniformly in [0,n),
// otherwise uniformly inside u's group; drop self-loops and duplicates.
// This is the generator of /work/shared/data/networks/synthetic. The
// edges come out in generation order, as (min, max) pairs. The same seed
// gives the same graph.
func PlantedPartition(n, m int, mu float64, groupSize int, seed uint64) []csr.Edge {
	rnd := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	seen := make(map[uint64]struct{}, m)
	edges := make([]csr.Edge, 0, m)
	for len(edges) < m {
		u := rnd.IntN(n)
		var v int
		if rnd.Float64() < mu {
			v = rnd.IntN(n)
		} else {
			lo := u / groupSize * groupSize
			v = lo + rnd.IntN(min(groupSize, n-lo))
		}
		if u == v {
			continue
		}
		if u > v {
			u, v = v, u
		}
		k := uint64(u)<<32 | uint64(v)
		if _, ok := seen[k]; ok {
			continue
		}
		seen[k] = struct{}{}
		edges = append(edges, csr.Edge{U: int32(u), V: int32(v), W: 1})
	}
	return edges
}

// BenchSize names a benchmark fixture: n nodes and m edges, average degree
// 9.3 as in the customs graph.
type BenchSize struct {
	Name string
	N, M int
}

// BenchSizes are the fixture sizes shared by the Go benchmarks and
// bench/analytics: bench10k_46k, bench100k_465k and bench1m_4650k.
func BenchSizes() []BenchSize {
	return []BenchSize{
		{"bench10k_46k", 10_000, 46_500},
		{"bench100k_465k", 100_000, 465_000},
		{"bench1m_4650k", 1_000_000, 4_650_000},
	}
}

// Bench returns the fixture graph of the given size: a planted partition
// with groups of 100 and mu = 0.3, seed 42, and its edges.
func Bench(s BenchSize) (*csr.Graph, []csr.Edge, error) {
	edges := PlantedPartition(s.N, s.M, 0.3, 100, 42)
	g, err := csr.FromEdges(s.N, edges)
	if err != nil {
		return nil, nil, fmt.Errorf("csrtest: %s: %w", s.Name, err)
	}
	return g, edges, nil
}
