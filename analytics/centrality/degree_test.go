package centrality

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/graph/network"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/csr/csrtest"
)

// hubGraph is a weighted planted partition over several chunks, with
// isolated nodes and hubs whose degree passes maxDegreeClass.
func hubGraph(t testing.TB) *csr.Graph {
	t.Helper()
	const n = 2*chunkSize + 700
	edges := csrtest.PlantedPartition(n-50, 4*n, 0.3, 100, 3) // the last 50 nodes are isolated
	rnd := rand.New(rand.NewPCG(3, 4))
	for _, hub := range []int32{5, 1500, chunkSize + 9} {
		for range 3 * maxDegreeClass {
			if v := int32(rnd.IntN(n - 50)); v != hub {
				edges = append(edges, csr.Edge{U: hub, V: v, W: 1})
			}
		}
	}
	for i := range edges {
		edges[i].W = float64(1 + i%4)
	}
	g, err := csr.FromEdges(n, edges)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestByDegree checks the relabelling that PageRank runs on: a
// permutation that keeps each block's nodes in the block, sorted by
// degree class with ties in id order, whose rows are the original rows
// translated, in their original order, with their weights; and that
// building it on several workers gives the same arrays.
func TestByDegree(t *testing.T) {
	weighted := hubGraph(t)
	unit := mustCSR(t, weighted.N(), csrtest.PlantedPartition(weighted.N(), 4*weighted.N(), 0.3, 100, 3))
	for _, tc := range []struct {
		name string
		g    *csr.Graph
	}{{"weighted with hubs", weighted}, {"unit", unit}} {
		t.Run(tc.name, func(t *testing.T) {
			g := tc.g
			n := g.N()
			lg := byDegree(g, 1)
			if (lg.w == nil) != g.UnitWeights() {
				t.Fatalf("weights copied: %v, unit weights: %v", lg.w != nil, g.UnitWeights())
			}
			class := func(v int32) int { return min(g.Degree(v), maxDegreeClass) }
			pos := make([]int32, n)
			seen := make([]bool, n)
			for j, v := range lg.old {
				if seen[v] {
					t.Fatalf("node %d appears twice", v)
				}
				seen[v] = true
				pos[v] = int32(j)
				if j/degreeBlock != int(v)/degreeBlock {
					t.Fatalf("node %d moved from block %d to %d", v, int(v)/degreeBlock, j/degreeBlock)
				}
				if j%degreeBlock > 0 {
					prev := lg.old[j-1]
					if class(prev) > class(v) || class(prev) == class(v) && prev > v {
						t.Fatalf("ids %d, %d: nodes %d (degree %d), %d (degree %d) out of order", j-1, j, prev, g.Degree(prev), v, g.Degree(v))
					}
				}
			}
			hubs := 0
			for j, v := range lg.old {
				if g.Degree(v) > maxDegreeClass {
					hubs++
				}
				if lg.strength[j] != g.Strength[v] {
					t.Fatalf("node %d: strength %v, want %v", v, lg.strength[j], g.Strength[v])
				}
				nb, ws := g.Neighbours(v)
				row := lg.adj[lg.off[j]:lg.off[j+1]]
				if len(row) != len(nb) {
					t.Fatalf("node %d: %d entries, want %d", v, len(row), len(nb))
				}
				for i, u := range nb {
					if row[i] != pos[u] {
						t.Fatalf("node %d entry %d: %d, want %d", v, i, row[i], pos[u])
					}
					if lg.w != nil && lg.w[lg.off[j]+i] != ws[i] {
						t.Fatalf("node %d entry %d: weight %v, want %v", v, i, lg.w[lg.off[j]+i], ws[i])
					}
				}
			}
			if tc.g == weighted && hubs != 3 {
				t.Errorf("%d nodes above maxDegreeClass, want the 3 hubs", hubs)
			}
			for _, workers := range []int{2, 5} {
				lw := byDegree(g, workers)
				if !slices.Equal(lw.old, lg.old) || !slices.Equal(lw.off, lg.off) || !slices.Equal(lw.adj, lg.adj) || !slices.Equal(lw.w, lg.w) || !slices.Equal(lw.strength, lg.strength) {
					t.Errorf("%d workers: a different relabelling", workers)
				}
			}
		})
	}
}

// TestPageRankByDegree checks PageRank, which runs in the ids of
// byDegree, against Gonum's on a graph where the relabelling moves nodes
// across rows of every length, hubs and isolated nodes included; and
// personalised PageRank, whose restart is read through the relabelling,
// against the same solve on the graph with its ids reversed.
func TestPageRankByDegree(t *testing.T) {
	g := hubGraph(t)
	got := PageRank(g, 0.85, 1e-13)
	want := network.PageRankSparse(csr.Directed{G: g}, 0.85, 1e-13/float64(g.N()))
	var l1 float64
	for u, x := range got {
		l1 += math.Abs(x - want[int64(u)])
	}
	if l1 > 1e-11 {
		t.Errorf("L1 distance to Gonum %g, want <= 1e-11", l1)
	}
	// The same graph and restart with the ids reversed: a different
	// relabelling, the same ranks.
	n := g.N()
	var rev []csr.Edge
	for v := range n {
		nb, ws := g.Neighbours(int32(v))
		for i, u := range nb {
			if int(u) > v {
				rev = append(rev, csr.Edge{U: int32(n - 1 - v), V: int32(n-1) - u, W: ws[i]})
			}
		}
	}
	gr := mustCSR(t, n, rev)
	reset, resetRev := make([]float64, n), make([]float64, n)
	for v, r := range map[int]float64{5: 1, chunkSize + 9: 2, 300: 0.5, n - 1: 1} { // hubs, a node, an isolated node
		reset[v], resetRev[n-1-v] = r, r
	}
	x := PersonalizedPageRank(g, 0.85, 1e-13, reset)
	xr := PersonalizedPageRank(gr, 0.85, 1e-13, resetRev)
	l1 = 0
	for v := range x {
		l1 += math.Abs(x[v] - xr[n-1-v])
	}
	if l1 > 1e-11 {
		t.Errorf("personalised PageRank: L1 distance between the two numberings %g, want <= 1e-11", l1)
	}
	// The only isolated node with rank is the restart one, r = 1/4.5 of the
	// restart: x = (1−d) r + d x r.
	if r := 1 / 4.5; math.Abs(x[n-1]-0.15*r/(1-0.85*r)) > 1e-12 {
		t.Errorf("isolated restart node: rank %g, want %g", x[n-1], 0.15*r/(1-0.85*r))
	}
}

func mustCSR(t testing.TB, n int, edges []csr.Edge) *csr.Graph {
	t.Helper()
	g, err := csr.FromEdges(n, edges)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// BenchmarkGather compares one product's gather in id order and in the
// order of byDegree, and the relabelling itself (one core).
func BenchmarkGather(b *testing.B) {
	for _, s := range csrtest.BenchSizes()[:2] {
		g, _, err := csrtest.Bench(s)
		if err != nil {
			b.Fatal(err)
		}
		lg := byDegree(g, 1)
		p, q := make([]float64, g.N()), make([]float64, g.N())
		for i := range p {
			p[i] = float64(i%7) + 1
		}
		b.Run(s.Name+"/id-order", func(b *testing.B) {
			for b.Loop() {
				gatherUnit(g.Off, g.Adj, p, q)
			}
		})
		b.Run(s.Name+"/by-degree", func(b *testing.B) {
			for b.Loop() {
				gatherUnit(lg.off, lg.adj, p, q)
			}
		})
		b.Run(s.Name+"/relabel", func(b *testing.B) {
			for b.Loop() {
				byDegree(g, 1)
			}
		})
	}
}
