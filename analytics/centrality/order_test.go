package centrality

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/csr/csrtest"
)

// shuffled returns a planted-partition graph whose ids are randomly
// permuted, as ids in ingest order are: communities are no longer runs
// of consecutive ids.
func shuffled(t *testing.T, n, m int, seed uint64) *csr.Graph {
	t.Helper()
	edges := csrtest.PlantedPartition(n, m, 0.3, 50, seed)
	perm := rand.New(rand.NewPCG(seed, 1)).Perm(n)
	for i, e := range edges {
		edges[i].U, edges[i].V = int32(perm[e.U]), int32(perm[e.V])
	}
	g, err := csr.FromEdges(n, edges)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestLocalOrder checks when brandes relabels the nodes, and that the
// relabelled run gives the same betweenness and harmonic closeness as a
// run in the graph's own ids.
func TestLocalOrder(t *testing.T) {
	grouped, err := csr.FromEdges(3000, csrtest.PlantedPartition(3000, 15000, 0.3, 50, 3))
	if err != nil {
		t.Fatal(err)
	}
	small, err := csr.FromEdges(1000, csrtest.PlantedPartition(1000, 5000, 0.3, 50, 3))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		g       *csr.Graph
		reorder bool
	}{
		{"shuffled ids", shuffled(t, 3000, 15000, 3), true},
		{"ids grouped by community", grouped, false},
		{"within one window", small, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := adjacency{off: tc.g.Off, adj: tc.g.Adj}
			pos, ra, ok := localOrder(a)
			if ok != tc.reorder {
				t.Fatalf("relabel: got %v, want %v", ok, tc.reorder)
			}
			if ok {
				seen := make([]bool, tc.g.N())
				for _, p := range pos {
					if p < 0 || int(p) >= len(seen) || seen[p] {
						t.Fatalf("pos is not a permutation (%d)", p)
					}
					seen[p] = true
				}
				if len(ra.adj) != len(tc.g.Adj) || ra.off[tc.g.N()] != len(tc.g.Adj) {
					t.Fatalf("relabelled adjacency has %d entries, want %d", len(ra.adj), len(tc.g.Adj))
				}
			}
			sources := SamplePivots(tc.g.N(), 2*reorderSources, rand.NewPCG(1, 2))
			wantBC, wantH := brandesOn(a, sources, 2, true)
			oneBC, oneH := brandes(tc.g, sources, 1, true)
			gotBC, gotH := brandes(tc.g, sources, 2, true)
			for v := range wantBC {
				if d := math.Abs(gotBC[v] - wantBC[v]); d > 1e-12*max(1, wantBC[v]) {
					t.Fatalf("node %d: betweenness %v, want %v", v, gotBC[v], wantBC[v])
				}
				if d := math.Abs(gotH[v] - wantH[v]); d > 1e-12*max(1, wantH[v]) {
					t.Fatalf("node %d: harmonic %v, want %v", v, gotH[v], wantH[v])
				}
				if gotBC[v] != oneBC[v] || gotH[v] != oneH[v] {
					t.Fatalf("node %d: 1 and 2 workers differ", v)
				}
			}
		})
	}
}
