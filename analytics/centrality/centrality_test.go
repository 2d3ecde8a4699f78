package centrality_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/mat"

	"github.com/borderlens/borderlens/analytics/centrality"
	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/csr/csrtest"
)

func edge(u, v int32, w float64) csr.Edge { return csr.Edge{U: u, V: v, W: w} }

func mustGraph(t *testing.T, n int, edges []csr.Edge) *csr.Graph {
	t.Helper()
	g, err := csr.FromEdges(n, edges)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

type testGraph struct {
	name string
	g    *csr.Graph
}

// unitGraphs are unit-weight graphs of various shapes, including
// disconnected ones and isolated nodes.
func unitGraphs(t *testing.T) []testGraph {
	t.Helper()
	karate, err := csrtest.Karate()
	if err != nil {
		t.Fatal(err)
	}
	path5 := mustGraph(t, 5, []csr.Edge{edge(0, 1, 1), edge(1, 2, 1), edge(2, 3, 1), edge(3, 4, 1)})
	star := mustGraph(t, 6, []csr.Edge{edge(0, 1, 1), edge(0, 2, 1), edge(0, 3, 1), edge(0, 4, 1), edge(0, 5, 1)})
	split := mustGraph(t, 8, []csr.Edge{edge(0, 1, 1), edge(1, 2, 1), edge(2, 0, 1), edge(3, 4, 1), edge(4, 5, 1), edge(5, 6, 1), edge(6, 3, 1)}) // node 7 isolated
	planted := mustGraph(t, 300, csrtest.PlantedPartition(300, 1200, 0.3, 30, 7))
	return []testGraph{{"karate", karate.G}, {"path", path5}, {"star", star}, {"split", split}, {"planted300", planted}}
}

// weightedGraph is a random weighted graph with isolated nodes.
func weightedGraph(t *testing.T) *csr.Graph {
	t.Helper()
	rnd := rand.New(rand.NewPCG(5, 6))
	var es []csr.Edge
	for i := 0; i < 400; i++ {
		es = append(es, edge(int32(rnd.IntN(95)), int32(rnd.IntN(95)), 0.1+5*rnd.Float64()))
	}
	return mustGraph(t, 100, es)
}

func maxAbsDiff(t *testing.T, got []float64, want map[int64]float64) float64 {
	t.Helper()
	var d float64
	for u, x := range got {
		d = max(d, math.Abs(x-want[int64(u)]))
	}
	return d
}

func TestPageRankMatchesGonum(t *testing.T) {
	graphs := append(unitGraphs(t), testGraph{"weighted", weightedGraph(t)})
	for _, tc := range graphs {
		t.Run(tc.name, func(t *testing.T) {
			got := centrality.PageRank(tc.g, 0.85, 1e-14)
			want := network.PageRankSparse(csr.Directed{G: tc.g}, 0.85, 1e-14)
			if d := maxAbsDiff(t, got, want); d > 1e-10 {
				t.Errorf("max |ours - Gonum| = %g, want <= 1e-10", d)
			}
			var sum float64
			for _, x := range got {
				sum += x
			}
			if math.Abs(sum-1) > 1e-12 {
				t.Errorf("sum of ranks: got %v, want 1", sum)
			}
		})
	}
}

// TestPageRankErrorBound checks the stopping rule: at every tolerance
// the L1 distance to the converged ranks (Gonum at 1e-15) is below tol,
// on graphs with and without isolated nodes, uniform and weighted.
func TestPageRankErrorBound(t *testing.T) {
	graphs := append(unitGraphs(t), testGraph{"weighted", weightedGraph(t)})
	for _, tc := range graphs {
		want := network.PageRankSparse(csr.Directed{G: tc.g}, 0.85, 1e-15)
		for _, tol := range []float64{1e-3, 1e-5, 1e-7, 1e-9} {
			t.Run(fmt.Sprintf("%s/tol=%g", tc.name, tol), func(t *testing.T) {
				got := centrality.PageRank(tc.g, 0.85, tol)
				var l1 float64
				for u, x := range got {
					l1 += math.Abs(x - want[int64(u)])
				}
				if l1 > tol {
					t.Errorf("L1 error %g, want <= %g", l1, tol)
				}
			})
		}
	}
}

// TestPersonalizedPageRankSolve checks personalised PageRank against the
// exact solution of x = d (P + r 1_Dᵀ) x + (1−d) r by a dense solve.
func TestPersonalizedPageRankSolve(t *testing.T) {
	g := weightedGraph(t)
	n := g.N()
	reset := make([]float64, n)
	reset[3], reset[17], reset[40] = 1, 2, 0.5
	got := centrality.PersonalizedPageRank(g, 0.8, 1e-14, reset)

	var sum float64
	for _, x := range reset {
		sum += x
	}
	r := make([]float64, n)
	for i := range r {
		r[i] = reset[i] / sum
	}
	a := mat.NewDense(n, n, nil) // I − d (P + r 1_Dᵀ)
	for u := 0; u < n; u++ {
		a.Set(u, u, 1)
	}
	for u := 0; u < n; u++ {
		adj, w := g.Neighbours(int32(u))
		if len(adj) == 0 {
			for v := 0; v < n; v++ {
				a.Set(v, u, a.At(v, u)-0.8*r[v])
			}
			continue
		}
		for i, v := range adj {
			a.Set(int(v), u, a.At(int(v), u)-0.8*w[i]/g.Strength[u])
		}
	}
	b := mat.NewVecDense(n, nil)
	for i := range r {
		b.SetVec(i, 0.2*r[i])
	}
	var x mat.VecDense
	if err := x.SolveVec(a, b); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		if d := math.Abs(got[i] - x.AtVec(i)); d > 1e-11 {
			t.Fatalf("node %d: got %v, want %v", i, got[i], x.AtVec(i))
		}
	}
}

func TestPersonalizedPageRankInvalid(t *testing.T) {
	g := weightedGraph(t)
	tests := []struct {
		name  string
		reset []float64
	}{
		{"short", make([]float64, 3)},
		{"zero", make([]float64, g.N())},
		{"negative", append([]float64{-1, 2}, make([]float64, g.N()-2)...)},
		{"nan", append([]float64{math.NaN(), 2}, make([]float64, g.N()-2)...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := centrality.PersonalizedPageRank(g, 0.85, 1e-9, tc.reset); got != nil {
				t.Errorf("got %d ranks, want nil", len(got))
			}
		})
	}
}

func TestBetweennessMatchesGonum(t *testing.T) {
	for _, tc := range unitGraphs(t) {
		t.Run(tc.name, func(t *testing.T) {
			got := centrality.Betweenness(tc.g)
			want := network.Betweenness(csr.Undirected{G: tc.g}) // ordered pairs: twice ours
			for u, x := range got {
				w := want[int64(u)] / 2
				if math.Abs(x-w) > 1e-9*max(1, w) {
					t.Errorf("node %d: got %v, want Gonum/2 = %v", u, x, w)
				}
			}
		})
	}
}

func TestHarmonicMatchesGonum(t *testing.T) {
	for _, tc := range unitGraphs(t) {
		t.Run(tc.name, func(t *testing.T) {
			gg := csr.Undirected{G: tc.g}
			want := network.Harmonic(gg, path.DijkstraAllPaths(gg))
			got := centrality.HarmonicParallel(tc.g, 3)
			if d := maxAbsDiff(t, got, want); d > 1e-9 {
				t.Errorf("max |ours - Gonum| = %g", d)
			}
		})
	}
}

func TestKnownValues(t *testing.T) {
	star := mustGraph(t, 5, []csr.Edge{edge(0, 1, 1), edge(0, 2, 1), edge(0, 3, 1), edge(0, 4, 1)})
	path4 := mustGraph(t, 4, []csr.Edge{edge(0, 1, 1), edge(1, 2, 1), edge(2, 3, 1)})
	tests := []struct {
		name                  string
		g                     *csr.Graph
		betweenness, harmonic []float64
		degree                []int
	}{
		// The centre of a star with 4 leaves lies on all C(4,2) = 6 leaf pairs.
		{"star", star, []float64{6, 0, 0, 0, 0}, []float64{4, 2.5, 2.5, 2.5, 2.5}, []int{4, 1, 1, 1, 1}},
		{"path", path4, []float64{0, 2, 2, 0}, []float64{1 + 0.5 + 1.0/3, 2.5, 2.5, 1 + 0.5 + 1.0/3}, []int{1, 2, 2, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := centrality.Paths(tc.g, centrality.PathOptions{Harmonic: true})
			if !slices.Equal(ps.Betweenness, tc.betweenness) {
				t.Errorf("betweenness: got %v, want %v", ps.Betweenness, tc.betweenness)
			}
			for i := range tc.harmonic {
				if math.Abs(ps.Harmonic[i]-tc.harmonic[i]) > 1e-12 {
					t.Errorf("harmonic: got %v, want %v", ps.Harmonic, tc.harmonic)
					break
				}
			}
			if got := centrality.Degree(tc.g); !slices.Equal(got, tc.degree) {
				t.Errorf("degree: got %v, want %v", got, tc.degree)
			}
			if !ps.Exact || ps.Pivots != tc.g.N() || ps.BetweennessBound != 0 {
				t.Errorf("exact run: got exact %v, pivots %d, bound %v", ps.Exact, ps.Pivots, ps.BetweennessBound)
			}
		})
	}
}

// TestParallelIdentical checks that the worker count changes nothing, to
// the last bit.
func TestParallelIdentical(t *testing.T) {
	g := mustGraph(t, 400, csrtest.PlantedPartition(400, 2000, 0.3, 40, 11))
	bc1 := centrality.Betweenness(g)
	pr1 := centrality.PageRank(g, 0.85, 1e-12)
	for _, workers := range []int{2, 3, 16} {
		if got := centrality.BetweennessParallel(g, workers); !slices.Equal(got, bc1) {
			t.Errorf("betweenness with %d workers differs", workers)
		}
		if got := centrality.PageRankParallel(g, 0.85, 1e-12, workers); !slices.Equal(got, pr1) {
			t.Errorf("pagerank with %d workers differs", workers)
		}
		s1 := centrality.Paths(g, centrality.PathOptions{Pivots: 50, Src: rand.NewPCG(1, 1), Workers: 1})
		s2 := centrality.Paths(g, centrality.PathOptions{Pivots: 50, Src: rand.NewPCG(1, 1), Workers: workers})
		if !slices.Equal(s1.Betweenness, s2.Betweenness) {
			t.Errorf("sampled betweenness with %d workers differs", workers)
		}
	}
}

// TestSamplePivots checks the sources a sampled run uses: k distinct ids
// in range, the same for the same source of randomness, Paths' fixed
// seed for a nil one, and different for another seed.
func TestSamplePivots(t *testing.T) {
	for _, tc := range []struct{ n, k int }{{10, 0}, {10, 3}, {10, 10}, {5000, 256}} {
		got := centrality.SamplePivots(tc.n, tc.k, rand.NewPCG(4, 2))
		if len(got) != tc.k {
			t.Fatalf("n=%d k=%d: %d pivots", tc.n, tc.k, len(got))
		}
		seen := map[int32]bool{}
		for _, v := range got {
			if v < 0 || int(v) >= tc.n || seen[v] {
				t.Fatalf("n=%d k=%d: pivot %d out of range or repeated in %v", tc.n, tc.k, v, got)
			}
			seen[v] = true
		}
		if again := centrality.SamplePivots(tc.n, tc.k, rand.NewPCG(4, 2)); !slices.Equal(again, got) {
			t.Errorf("n=%d k=%d: same seed, different pivots", tc.n, tc.k)
		}
	}
	if a, b := centrality.SamplePivots(5000, 64, nil), centrality.SamplePivots(5000, 64, rand.NewPCG(1, 2)); !slices.Equal(a, b) {
		t.Error("nil source: not Paths' fixed seed")
	}
	if a, b := centrality.SamplePivots(5000, 64, rand.NewPCG(1, 2)), centrality.SamplePivots(5000, 64, rand.NewPCG(2, 2)); slices.Equal(a, b) {
		t.Error("two seeds drew the same pivots")
	}
}

// TestSampledWithinBound checks the sampled estimates against the exact
// values and the reported bound.
func TestSampledWithinBound(t *testing.T) {
	g := mustGraph(t, 600, csrtest.PlantedPartition(600, 3000, 0.3, 50, 13))
	if !testing.Short() && !raceEnabled {
		lfr, err := csrtest.LFR("03")
		if err != nil {
			t.Fatal(err)
		}
		g = lfr.G
	}
	exact := centrality.Paths(g, centrality.PathOptions{Harmonic: true, Workers: 2})
	for _, k := range []int{25, 200} {
		for seed := range uint64(2) {
			est := centrality.Paths(g, centrality.PathOptions{Pivots: k, Delta: 0.05, Src: rand.NewPCG(seed, 3), Workers: 2, Harmonic: true})
			if est.Exact || est.Pivots != k || est.BetweennessBound <= 0 || est.HarmonicBound <= 0 {
				t.Fatalf("k=%d: got exact %v, pivots %d, bounds %v %v", k, est.Exact, est.Pivots, est.BetweennessBound, est.HarmonicBound)
			}
			var errB, errH, maxB float64
			for v := range exact.Betweenness {
				errB = max(errB, math.Abs(est.Betweenness[v]-exact.Betweenness[v]))
				errH = max(errH, math.Abs(est.Harmonic[v]-exact.Harmonic[v]))
				maxB = max(maxB, exact.Betweenness[v])
			}
			if errB > est.BetweennessBound || errH > est.HarmonicBound {
				t.Errorf("k=%d seed %d: errors %.0f, %.1f exceed bounds %.0f, %.1f", k, seed, errB, errH, est.BetweennessBound, est.HarmonicBound)
			}
			if seed == 0 {
				t.Logf("k=%d: max betweenness error %.0f (bound %.0f, largest value %.0f); max harmonic error %.1f (bound %.1f)", k, errB, est.BetweennessBound, maxB, errH, est.HarmonicBound)
			}
		}
	}
	if got := centrality.Paths(g, centrality.PathOptions{Pivots: g.N()}); !got.Exact || !slices.Equal(got.Betweenness, exact.Betweenness) {
		t.Errorf("k = N: want the exact values")
	}
}

// TestPageRankParallelLarge checks, above the size where PageRank starts
// using several goroutines (2^18 adjacency entries), that the worker
// count changes nothing to the last bit, for uniform and weighted graphs
// and for personalised PageRank.
func TestPageRankParallelLarge(t *testing.T) {
	edges := csrtest.PlantedPartition(30000, 140000, 0.3, 100, 5)
	unit := mustGraph(t, 30000, edges)
	heavy := slices.Clone(edges)
	for i := range heavy {
		heavy[i].W = float64(1 + i%3)
	}
	weighted := mustGraph(t, 30000, heavy)
	if len(unit.Adj) < 1<<18 {
		t.Fatalf("fixture has %d entries, want at least 2^18", len(unit.Adj))
	}
	reset := make([]float64, 30000)
	reset[7], reset[20000] = 1, 3
	for _, tc := range []struct {
		name string
		run  func(workers int) []float64
	}{
		{"unit", func(w int) []float64 { return centrality.PageRankParallel(unit, 0.85, 1e-10, w) }},
		{"weighted", func(w int) []float64 { return centrality.PageRankParallel(weighted, 0.85, 1e-10, w) }},
		{"personalised", func(w int) []float64 { return centrality.PersonalizedPageRankParallel(weighted, 0.85, 1e-10, reset, w) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.run(1)
			for _, workers := range []int{2, 5} {
				if got := tc.run(workers); !slices.Equal(got, want) {
					t.Errorf("%d workers: ranks differ from one worker's", workers)
				}
			}
		})
	}
}
