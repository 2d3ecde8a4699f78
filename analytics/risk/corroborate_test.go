package risk_test

import (
	"math"
	"slices"
	"testing"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/csr/csrtest"
	"github.com/borderlens/borderlens/analytics/risk"
	"github.com/borderlens/borderlens/graph"
)

// jacobiRisk is the network risk by its definition, iterated to a fixed
// point independently of the package's solver: risk_s = 1 on the seeds,
// risk_v = d Σ_u (w_uv / k_v) risk_u elsewhere, from the seed indicator.
func jacobiRisk(g *csr.Graph, seeds []int32, d float64) []float64 {
	x := make([]float64, g.N())
	seed := make([]bool, g.N())
	for _, s := range seeds {
		x[s], seed[s] = 1, true
	}
	for range 2000 {
		next := make([]float64, len(x))
		var change float64
		for v := range x {
			if seed[v] {
				next[v] = 1
				continue
			}
			if g.Strength[v] == 0 {
				continue
			}
			adj, w := g.Neighbours(int32(v))
			var acc float64
			for i, u := range adj {
				acc += w[i] * x[u]
			}
			next[v] = d * acc / g.Strength[v]
			change += math.Abs(next[v] - x[v])
		}
		x = next
		if change < 1e-14 {
			break
		}
	}
	return x
}

// wantCorroborated is the definition of the corroborated score, from one
// fixed-point iteration per group: (Σ_g √risk_g(v))².
func wantCorroborated(t *testing.T, g *csr.Graph, groups [][]int32) []float64 {
	t.Helper()
	sum := make([]float64, g.N())
	for _, grp := range groups {
		for v, r := range jacobiRisk(g, grp, 0.85) {
			sum[v] += math.Sqrt(r)
		}
	}
	for v := range sum {
		sum[v] *= sum[v]
	}
	return sum
}

func planted(t *testing.T, n, m int) *csr.Graph {
	t.Helper()
	g, err := csr.FromEdges(n, csrtest.PlantedPartition(n, m, 0.3, 50, 3))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestCorroborateDefinition checks Score against separate fixed-point
// iterations, one per known smuggler (or per pooled group), on graphs
// with one, a few and more smugglers than MaxWalks, with 1 and 4
// workers, and the single walk against Propagate.
func TestCorroborateDefinition(t *testing.T) {
	g := planted(t, 9000, 40000) // three chunks of 4096 nodes
	every := func(step int) []int32 {
		var s []int32
		for v := int32(0); v < int32(g.N()); v += int32(step) {
			s = append(s, v)
		}
		return s
	}
	tests := []struct {
		name   string
		seeds  []int32
		groups int
	}{
		{"one smuggler", []int32{17}, 1},
		{"five smugglers, duplicates ignored", []int32{4000, 17, 900, 17, 8999, 2}, 5},
		{"pooled", every(100), risk.MaxWalks},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := risk.Corroborate(g, tc.seeds, risk.Options{Tol: 1e-13})
			if len(c.Groups) != tc.groups {
				t.Fatalf("got %d walks, want %d", len(c.Groups), tc.groups)
			}
			var all []int32
			for _, grp := range c.Groups {
				all = append(all, grp...)
			}
			slices.Sort(all)
			if want := slices.Compact(slices.Sorted(slices.Values(tc.seeds))); !slices.Equal(all, want) {
				t.Fatalf("groups hold %v, want each smuggler once: %v", all, want)
			}
			want := wantCorroborated(t, g, c.Groups)
			for v := range want {
				if d := math.Abs(c.Score[v] - want[v]); d > 1e-9*max(1, want[v]) {
					t.Fatalf("node %d: score %v, want %v", v, c.Score[v], want[v])
				}
			}
			par := risk.Corroborate(g, tc.seeds, risk.Options{Tol: 1e-13, Workers: 4})
			if !slices.Equal(par.Score, c.Score) {
				t.Errorf("4 workers give other scores than 1")
			}
			if len(tc.seeds) == 1 {
				p := risk.Propagate(g, tc.seeds, risk.Options{Tol: 1e-13})
				for v := range p.Risk {
					if math.Abs(c.Score[v]-p.Risk[v]) > 1e-9 {
						t.Fatalf("one smuggler: node %d score %v, network risk %v", v, c.Score[v], p.Risk[v])
					}
				}
			}
		})
	}
}

// TestCorroborateRanksSeveralTiesFirst: X shares a phone with known
// smuggler A and a card with known smuggler B; Y shares a phone with A
// only. Their network risks are equal (one strong link each); the
// corroborated score puts X ahead and names both smugglers.
func TestCorroborateRanksSeveralTiesFirst(t *testing.T) {
	a, b, x, y := pax("A"), pax("B"), pax("X"), pax("Y")
	p1, p2, c1 := graph.PhoneKey("+1"), graph.PhoneKey("+2"), graph.PaymentCardKey("c1")
	g, id := buildGraph(t, []graph.Key{a, b, x, y, p1, p2, c1, pax("U")}, []graph.Edge{
		{From: x, Kind: graph.RelUsesPhone, To: p1},
		{From: a, Kind: graph.RelUsesPhone, To: p1},
		{From: x, Kind: graph.RelPaidWith, To: c1},
		{From: b, Kind: graph.RelPaidWith, To: c1},
		{From: y, Kind: graph.RelUsesPhone, To: p2},
		{From: a, Kind: graph.RelUsesPhone, To: p2},
	})
	seeds := []int32{id(a), id(b)}
	c := risk.Corroborate(g, seeds, risk.Options{})
	p := risk.Propagate(g, seeds, risk.Options{})
	sx, sy := c.Score[id(x)], c.Score[id(y)]
	t.Logf("network risk X %.4f Y %.4f; corroborated X %.4f Y %.4f", p.Risk[id(x)], p.Risk[id(y)], sx, sy)
	if !(sx > 1.25*sy) {
		t.Errorf("corroborated: X %.4f, Y %.4f; want X well above Y", sx, sy)
	}
	if c.Score[id(pax("U"))] != 0 || len(c.Sources(id(pax("U")))) != 0 {
		t.Errorf("unlinked U: score %v, sources %v; want 0 and none", c.Score[id(pax("U"))], c.Sources(id(pax("U"))))
	}
	src := c.Sources(id(x))
	if len(src) != 2 {
		t.Fatalf("X: got %d sources, want 2", len(src))
	}
	var named []int32
	var share float64
	for _, s := range src {
		named = append(named, c.Groups[s.Group]...)
		share += s.Share
	}
	slices.Sort(named)
	if !slices.Equal(named, seeds) || math.Abs(share-1) > 1e-12 || src[0].Share < src[1].Share {
		t.Errorf("X sources %+v: want A and B, shares summing to 1, largest first", src)
	}
	// Y reaches B only through A and X: A's walk carries most of it.
	if ys := c.Sources(id(y)); len(ys) != 2 || c.Groups[ys[0].Group][0] != id(a) || ys[0].Share < 0.7 {
		t.Errorf("Y sources %+v: want A first with most of the share, then B", ys)
	}
}

func TestCorroborateNoSeeds(t *testing.T) {
	g := planted(t, 200, 600)
	c := risk.Corroborate(g, nil, risk.Options{})
	if len(c.Groups) != 0 || slices.ContainsFunc(c.Score, func(x float64) bool { return x != 0 }) {
		t.Errorf("no smugglers: got %d walks and nonzero scores", len(c.Groups))
	}
}
