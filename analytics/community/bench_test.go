package community_test

import (
	"flag"
	"math/rand/v2"
	"sync"
	"testing"

	gcommunity "gonum.org/v1/gonum/graph/community"

	"github.com/borderlens/borderlens/analytics/community"
	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/csr/csrtest"
)

var large = flag.Bool("large", false, "also benchmark the 1M-node fixture (bench1m_4650k)")

// fixtures caches the benchmark graphs by name across benchmarks.
var fixtures sync.Map

// fixture returns the named benchmark graph, generating it once.
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

func BenchmarkLouvain(b *testing.B) {
	for _, s := range benchSizes() {
		b.Run(s.Name, func(b *testing.B) {
			g := fixture(b, s)
			var q float64
			for b.Loop() {
				_, q = community.Louvain(g, 1, rand.NewPCG(1, 1))
			}
			b.ReportMetric(q, "Q")
		})
	}
}

func BenchmarkLeiden(b *testing.B) {
	for _, s := range benchSizes() {
		b.Run(s.Name, func(b *testing.B) {
			g := fixture(b, s)
			var q float64
			for b.Loop() {
				_, q = community.Leiden(g, 1, rand.NewPCG(1, 1))
			}
			b.ReportMetric(q, "Q")
		})
	}
}

// BenchmarkGonumModularize is the reference: Gonum's Louvain on the same
// fixture (10k only: it takes tens of seconds at 100k).
func BenchmarkGonumModularize(b *testing.B) {
	s := csrtest.BenchSizes()[0]
	b.Run(s.Name, func(b *testing.B) {
		g := fixture(b, s)
		for b.Loop() {
			gcommunity.Modularize(csr.Undirected{G: g}, 1, rand.NewPCG(1, 1))
		}
	})
}

func BenchmarkQ(b *testing.B) {
	for _, s := range benchSizes() {
		b.Run(s.Name, func(b *testing.B) {
			g := fixture(b, s)
			p, _ := community.Louvain(g, 1, rand.NewPCG(1, 1))
			for b.Loop() {
				community.Q(g, p, 1)
			}
		})
	}
}
