package centrality_test

import (
	"flag"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"

	"gonum.org/v1/gonum/graph/network"

	"github.com/borderlens/borderlens/analytics/centrality"
	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/csr/csrtest"
)

var large = flag.Bool("large", false, "also benchmark the 1M-node fixture (bench1m_4650k)")

// fixtures caches the benchmark graphs by name across benchmarks.
var fixtures sync.Map

func fixture(b *testing.B, s csrtest.BenchSize) *csr.Graph {
	b.Helper()
	if g, ok := fixtures.Load(s.Name); ok {
		return g.(*csr.Graph)
	}
	g, _, err := csrtest.Bench(s)
	if err != nil {
		b.Fatal(err)
	}
	fixtures.Store(s.Name, g)
	return g
}

func benchSizes() []csrtest.BenchSize {
	s := csrtest.BenchSizes()
	if !*large {
		s = s[:2]
	}
	return s
}

func BenchmarkPageRank(b *testing.B) {
	for _, s := range benchSizes() {
		b.Run(s.Name, func(b *testing.B) {
			g := fixture(b, s)
			for b.Loop() {
				centrality.PageRankParallel(g, 0.85, 1e-10, runtime.GOMAXPROCS(0))
			}
		})
	}
}

// BenchmarkBetweennessSampled runs 256 pivots; ns/op divided by 256 is
// the cost of one BFS source, from which exact betweenness (N sources)
// can be extrapolated.
func BenchmarkBetweennessSampled(b *testing.B) {
	for _, s := range benchSizes() {
		b.Run(s.Name, func(b *testing.B) {
			g := fixture(b, s)
			for b.Loop() {
				centrality.Paths(g, centrality.PathOptions{Pivots: 256, Src: rand.NewPCG(1, 2), Workers: runtime.GOMAXPROCS(0)})
			}
		})
	}
}

// BenchmarkBetweennessExact is exact betweenness at 10k (N = 10,000 BFS
// sources).
func BenchmarkBetweennessExact(b *testing.B) {
	s := csrtest.BenchSizes()[0]
	b.Run(s.Name, func(b *testing.B) {
		g := fixture(b, s)
		for b.Loop() {
			centrality.BetweennessParallel(g, runtime.GOMAXPROCS(0))
		}
	})
}

// The Gonum references on the 10k fixture. PageRankSparse stops on the
// 2-norm of the change between steps; 1e-9/N leaves its ranks at least
// as accurate as ours at an L1 bound of 1e-10 (bench/analytics.sh prints
// both errors).
func BenchmarkGonumPageRankSparse(b *testing.B) {
	s := csrtest.BenchSizes()[0]
	b.Run(s.Name, func(b *testing.B) {
		g := fixture(b, s)
		for b.Loop() {
			network.PageRankSparse(csr.Directed{G: g}, 0.85, 1e-9/float64(g.N()))
		}
	})
}
