package risk_test

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/mat"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/risk"
	"github.com/borderlens/borderlens/graph"
)

func pax(id string) graph.Key { return graph.NewKey(graph.KindPassenger, id) }

// toy is a planted ring around smuggler S: S shares phone P1 with R1 and
// card C1 with R2; R1 shares phone P2 and R2 card C2 with R3. Unrelated:
// U1 and U5 were on flight F1 with S and 30 other travellers T00-T29; U1
// shares an e-mail with U2 and U3; U4 has no links.
type toy struct {
	g    *csr.Graph
	seed int32
	id   func(graph.Key) int32
}

func newToy(t *testing.T) toy {
	t.Helper()
	p1, p2 := graph.PhoneKey("+1"), graph.PhoneKey("+2")
	c1, c2 := graph.PaymentCardKey("c1"), graph.PaymentCardKey("c2")
	e1 := graph.EmailKey("u@x")
	f1 := graph.NewKey(graph.KindFlight, "XX0001-2025-01-01")
	edges := []graph.Edge{
		{From: pax("S"), Kind: graph.RelUsesPhone, To: p1},
		{From: pax("R1"), Kind: graph.RelUsesPhone, To: p1},
		{From: pax("S"), Kind: graph.RelPaidWith, To: c1},
		{From: pax("R2"), Kind: graph.RelPaidWith, To: c1},
		{From: pax("R1"), Kind: graph.RelUsesPhone, To: p2},
		{From: pax("R3"), Kind: graph.RelUsesPhone, To: p2},
		{From: pax("R2"), Kind: graph.RelPaidWith, To: c2},
		{From: pax("R3"), Kind: graph.RelPaidWith, To: c2},
		{From: pax("U1"), Kind: graph.RelUsesEmail, To: e1},
		{From: pax("U2"), Kind: graph.RelUsesEmail, To: e1},
		{From: pax("U3"), Kind: graph.RelUsesEmail, To: e1},
		{From: pax("S"), Kind: graph.RelTravelledOn, To: f1},
		{From: pax("U1"), Kind: graph.RelTravelledOn, To: f1},
		{From: pax("U5"), Kind: graph.RelTravelledOn, To: f1},
	}
	keys := []graph.Key{pax("S"), pax("R1"), pax("R2"), pax("R3"), pax("U1"), pax("U2"), pax("U3"), pax("U4"), pax("U5"), p1, p2, c1, c2, e1, f1}
	for i := range 30 {
		k := pax(fmt.Sprintf("T%02d", i))
		keys = append(keys, k)
		edges = append(edges, graph.Edge{From: k, Kind: graph.RelTravelledOn, To: f1})
	}
	g, id := buildGraph(t, keys, edges)
	return toy{g: g, seed: id(pax("S")), id: id}
}

// buildGraph projects the nodes and relationships into a csr.Graph with
// the default weights, and returns it with a key -> id lookup that fails
// the test on an unknown key.
func buildGraph(t *testing.T, keys []graph.Key, edges []graph.Edge) (*csr.Graph, func(graph.Key) int32) {
	t.Helper()
	b := csr.NewBuilder(csr.Options{})
	for _, k := range keys {
		b.AddNode(graph.Node{Key: k})
	}
	for _, e := range edges {
		b.AddEdge(e)
	}
	g := b.Build()
	return g, func(k graph.Key) int32 {
		t.Helper()
		v, ok := g.ID(k)
		if !ok {
			t.Fatalf("%s not in graph", k)
		}
		return v
	}
}

func TestPropagateRanksRingAboveUnrelated(t *testing.T) {
	tt := newToy(t)
	p := risk.Propagate(tt.g, []int32{tt.seed}, risk.Options{})
	r := func(id string) float64 { return p.Risk[tt.id(pax(id))] }
	for _, id := range []string{"S", "R1", "R2", "R3", "U1", "U2", "U3", "U4", "U5", "T00"} {
		t.Logf("%s: risk %.4f, hops %d", id, r(id), p.Hops[tt.id(pax(id))])
	}
	if r("S") != 1 {
		t.Errorf("smuggler: got risk %v, want 1", r("S"))
	}
	if !(r("R1") > r("R3") && r("R2") > r("R3")) {
		t.Errorf("ring: got R1 %.4f, R2 %.4f, R3 %.4f, want R3 (4 hops) below R1 and R2 (2 hops)", r("R1"), r("R2"), r("R3"))
	}
	for _, u := range []string{"U1", "U2", "U3", "U4", "U5", "T00"} {
		if r(u) >= r("R3") {
			t.Errorf("unrelated %s: got risk %.4f, want below every ring member (R3 %.4f)", u, r(u), r("R3"))
		}
	}
	if r("U4") != 0 {
		t.Errorf("isolated U4: got risk %v, want 0", r("U4"))
	}
	for v, x := range p.Risk {
		if x < 0 || x > 1 || math.IsNaN(x) {
			t.Errorf("node %d: risk %v outside [0,1]", v, x)
		}
	}
}

// TestRiskFixedPoint checks the documented definition: a non-seed's risk
// is d times the weighted mean risk of its neighbours, which is the
// probability that a walk from it reaches a known smuggler before
// stopping: the solution of (I − d P_NN) h = d P_NS 1, solved densely.
func TestRiskFixedPoint(t *testing.T) {
	tt := newToy(t)
	g := tt.g
	p := risk.Propagate(g, []int32{tt.seed}, risk.Options{Tol: 1e-15})
	n := g.N()
	a := mat.NewDense(n, n, nil)
	b := mat.NewVecDense(n, nil)
	for v := range int32(n) {
		a.Set(int(v), int(v), 1)
		if p.IsSeed(v) {
			b.SetVec(int(v), 1)
			continue
		}
		adj, w := g.Neighbours(v)
		var mean float64
		for i, u := range adj {
			mean += w[i] * p.Risk[u]
			a.Set(int(v), int(u), -p.Damping*w[i]/g.Strength[v])
		}
		if g.Strength[v] > 0 {
			mean *= p.Damping / g.Strength[v]
		}
		if math.Abs(mean-p.Risk[v]) > 1e-12 {
			t.Errorf("node %s: risk %v, d × mean of neighbours %v", g.Key(v), p.Risk[v], mean)
		}
	}
	var h mat.VecDense
	if err := h.SolveVec(a, b); err != nil {
		t.Fatal(err)
	}
	for v := range n {
		if math.Abs(h.AtVec(v)-p.Risk[v]) > 1e-12 {
			t.Errorf("node %s: risk %v, hitting probability %v", g.Key(int32(v)), p.Risk[v], h.AtVec(v))
		}
	}
}

func TestPaths(t *testing.T) {
	tt := newToy(t)
	p := risk.Propagate(tt.g, []int32{tt.seed}, risk.Options{})
	tests := []struct {
		name     string
		from     string
		wantHops int32
		want     []risk.Path
	}{
		{
			name: "two links", from: "R1", wantHops: 2,
			want: []risk.Path{{
				Nodes: []graph.Key{pax("R1"), graph.PhoneKey("+1"), pax("S")},
				Links: []graph.EdgeID{
					{From: pax("R1"), Kind: graph.RelUsesPhone, To: graph.PhoneKey("+1")},
					{From: pax("S"), Kind: graph.RelUsesPhone, To: graph.PhoneKey("+1")},
				},
			}},
		},
		{
			name: "through the ring", from: "R3", wantHops: 4,
			want: []risk.Path{{
				Nodes: []graph.Key{pax("R3"), graph.PaymentCardKey("c2"), pax("R2"), graph.PaymentCardKey("c1"), pax("S")},
				Links: []graph.EdgeID{
					{From: pax("R3"), Kind: graph.RelPaidWith, To: graph.PaymentCardKey("c2")},
					{From: pax("R2"), Kind: graph.RelPaidWith, To: graph.PaymentCardKey("c2")},
					{From: pax("R2"), Kind: graph.RelPaidWith, To: graph.PaymentCardKey("c1")},
					{From: pax("S"), Kind: graph.RelPaidWith, To: graph.PaymentCardKey("c1")},
				},
			}},
		},
		{
			name: "over a flight", from: "U1", wantHops: 2,
			want: []risk.Path{{
				Nodes: []graph.Key{pax("U1"), graph.NewKey(graph.KindFlight, "XX0001-2025-01-01"), pax("S")},
				Links: []graph.EdgeID{
					{From: pax("U1"), Kind: graph.RelTravelledOn, To: graph.NewKey(graph.KindFlight, "XX0001-2025-01-01")},
					{From: pax("S"), Kind: graph.RelTravelledOn, To: graph.NewKey(graph.KindFlight, "XX0001-2025-01-01")},
				},
			}},
		},
		{name: "smuggler", from: "S", wantHops: 0, want: []risk.Path{{Nodes: []graph.Key{pax("S")}, Links: []graph.EdgeID{}}}},
		{name: "unlinked", from: "U4", wantHops: -1, want: []risk.Path{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := tt.id(pax(tc.from))
			if p.Hops[v] != tc.wantHops {
				t.Errorf("hops: got %d, want %d", p.Hops[v], tc.wantHops)
			}
			got := p.Paths(tt.g, v, 3)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("paths (-want +got):\n%s", diff)
			}
			for _, path := range got {
				if path.Hops() != int(tc.wantHops) {
					t.Errorf("path of %d hops, want %d", path.Hops(), tc.wantHops)
				}
			}
		})
	}
}

func TestTopLinks(t *testing.T) {
	tt := newToy(t)
	p := risk.Propagate(tt.g, []int32{tt.seed}, risk.Options{Tol: 1e-14})
	links := p.Links(tt.g, tt.id(pax("R1")), 5)
	if len(links) != 2 {
		t.Fatalf("got %d links, want 2", len(links))
	}
	if got, want := links[0].Neighbour, graph.PhoneKey("+1"); got != want {
		t.Errorf("top link: got %s, want %s (the phone shared with the smuggler)", got, want)
	}
	var sum float64
	for _, l := range links {
		sum += l.Share
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("shares sum to %v, want 1", sum)
	}
	if got := p.TopLinks(tt.g, tt.id(pax("U4")), 5); got != nil {
		t.Errorf("isolated node: got %v, want no links", got)
	}
}

// TestNearestSeedsPrefersStrongLinks: two equally short routes from x to
// the seed, one over a heavy link; the parent follows the heavy one.
func TestNearestSeedsPrefersStrongLinks(t *testing.T) {
	g, err := csr.FromEdges(5, []csr.Edge{
		{U: 0, V: 1, W: 1}, {U: 1, V: 4, W: 1}, // seed 0 - 1 - x(4), weak
		{U: 0, V: 2, W: 1}, {U: 2, V: 4, W: 5}, // seed 0 - 2 - x(4), strong last link
	})
	if err != nil {
		t.Fatal(err)
	}
	hops, parent, nearest := risk.NearestSeeds(g, []int32{0})
	if diff := cmp.Diff([]int32{0, 1, 1, -1, 2}, hops); diff != "" {
		t.Errorf("hops (-want +got):\n%s", diff)
	}
	if parent[4] != 2 {
		t.Errorf("parent of 4: got %d, want 2 (the heavier link)", parent[4])
	}
	if !slices.Equal(nearest, []int32{0, 0, 0, -1, 0}) {
		t.Errorf("nearest: got %v", nearest)
	}
}

func TestNoSeeds(t *testing.T) {
	tt := newToy(t)
	p := risk.Propagate(tt.g, nil, risk.Options{})
	for v := range p.Risk {
		if p.Risk[v] != 0 || p.Hops[v] != -1 {
			t.Fatalf("node %d: risk %v hops %d, want 0 and -1", v, p.Risk[v], p.Hops[v])
		}
	}
}

// TestPathsToSeveralSmugglers: a node between two known smugglers gets a
// path to each, the heavier link first.
func TestPathsToSeveralSmugglers(t *testing.T) {
	x, a, b := pax("X"), pax("A"), pax("B")
	phone, flight := graph.PhoneKey("+9"), graph.NewKey(graph.KindFlight, "YY0002-2025-02-02")
	g, id := buildGraph(t, []graph.Key{x, a, b, phone, flight}, []graph.Edge{
		{From: x, Kind: graph.RelTravelledOn, To: flight},
		{From: a, Kind: graph.RelTravelledOn, To: flight},
		{From: x, Kind: graph.RelUsesPhone, To: phone},
		{From: b, Kind: graph.RelUsesPhone, To: phone},
	})
	ix := id(x)
	p := risk.Propagate(g, []int32{id(a), id(b)}, risk.Options{})
	var ends []graph.Key
	for _, path := range p.Paths(g, ix, 5) {
		ends = append(ends, path.Nodes[len(path.Nodes)-1])
	}
	if diff := cmp.Diff([]graph.Key{b, a}, ends); diff != "" {
		t.Errorf("path ends (-want +got):\n%s", diff)
	}
	if got := p.Paths(g, ix, 1); len(got) != 1 {
		t.Errorf("k=1: got %d paths", len(got))
	}
}
