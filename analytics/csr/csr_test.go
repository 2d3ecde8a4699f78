package csr_test

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	gonumgraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/graph"
)

// rows returns g's adjacency as neighbour -> weight maps, for comparison.
func rows(t *testing.T, g *csr.Graph) []map[int32]float64 {
	t.Helper()
	out := make([]map[int32]float64, g.N())
	for u := range out {
		adj, w := g.Neighbours(int32(u))
		out[u] = map[int32]float64{}
		for i, v := range adj {
			if i > 0 && adj[i-1] >= v {
				t.Fatalf("row %d not strictly ascending: %v", u, adj)
			}
			out[u][v] = w[i]
		}
	}
	return out
}

// checkInvariants verifies symmetry, strengths and the total weight.
func checkInvariants(t *testing.T, g *csr.Graph) {
	t.Helper()
	r := rows(t, g)
	var twice float64
	for u, row := range r {
		var s float64
		for v, w := range row {
			if int(v) == u {
				t.Errorf("self-loop at %d", u)
			}
			if got := r[v][int32(u)]; got != w {
				t.Errorf("w(%d,%d) = %v but w(%d,%d) = %v", u, v, w, v, u, got)
			}
			s += w
		}
		if diff := s - g.Strength[u]; diff > 1e-12 || diff < -1e-12 {
			t.Errorf("strength(%d): got %v, want %v", u, g.Strength[u], s)
		}
		twice += s
	}
	if got, want := g.TotalWeight(), twice/2; got-want > 1e-9 || want-got > 1e-9 {
		t.Errorf("TotalWeight: got %v, want %v", got, want)
	}
}

func TestFromEdges(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		edges   []csr.Edge
		want    []map[int32]float64
		wantErr bool
	}{
		{name: "empty", n: 0, want: []map[int32]float64{}},
		{name: "isolated", n: 2, want: []map[int32]float64{{}, {}}},
		{
			name:  "merge parallel and drop self-loops",
			n:     3,
			edges: []csr.Edge{edge(0, 1, 1), edge(1, 0, 2), edge(2, 2, 5), edge(2, 0, 0.5)},
			want:  []map[int32]float64{{1: 3, 2: 0.5}, {0: 3}, {0: 0.5}},
		},
		{name: "out of range", n: 2, edges: []csr.Edge{edge(0, 2, 1)}, wantErr: true},
		{name: "negative id", n: 2, edges: []csr.Edge{edge(-1, 0, 1)}, wantErr: true},
		{name: "zero weight", n: 2, edges: []csr.Edge{edge(0, 1, 0)}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := csr.FromEdges(tc.n, tc.edges)
			if tc.wantErr {
				if graph.ErrorCode(err) != graph.EINVALID {
					t.Fatalf("got error %v, want EINVALID", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, g)
			if diff := cmp.Diff(tc.want, rows(t, g)); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

func key(kind graph.Kind, id string) graph.Key { return graph.NewKey(kind, id) }

// world is a small customs graph: two passengers sharing a phone, a
// booking paid with a card, a trader, and timeless hubs.
func world() ([]graph.Node, []graph.Edge) {
	jan := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	jun := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	pA, pB := key(graph.KindPassenger, "A"), key(graph.KindPassenger, "B")
	ph := key(graph.KindPhone, "+4400")
	bk := key(graph.KindBooking, "XX-1")
	card := key(graph.KindPaymentCard, "h1")
	gb := key(graph.KindCountry, "GB")
	tr := key(graph.KindTrader, "T1")
	dec := key(graph.KindDeclaration, "D1")
	nodes := []graph.Node{
		{Key: pA}, {Key: pB}, {Key: ph}, {Key: bk, At: jan}, {Key: card}, {Key: gb}, {Key: tr}, {Key: dec, At: jun},
	}
	edges := []graph.Edge{
		{From: pA, Kind: graph.RelUsesPhone, To: ph},
		{From: pB, Kind: graph.RelUsesPhone, To: ph},
		{From: pA, Kind: graph.RelBooked, To: bk, At: jan},
		{From: bk, Kind: graph.RelPaidWith, To: card, At: jan},
		{From: pA, Kind: graph.RelNationalOf, To: gb},
		{From: pB, Kind: graph.RelNationalOf, To: gb},
		{From: tr, Kind: graph.RelImported, To: dec, At: jun},
		{From: dec, Kind: graph.RelDeclaredBy, To: tr, At: jun}, // same pair, second kind
		{From: tr, Kind: graph.RelUsesPhone, To: ph},
	}
	return nodes, edges
}

func build(t *testing.T, opts csr.Options, nodes []graph.Node, edges []graph.Edge) *csr.Graph {
	t.Helper()
	b := csr.NewBuilder(opts)
	for _, n := range nodes {
		b.AddNode(n)
	}
	for _, e := range edges {
		b.AddEdge(e)
	}
	g := b.Build()
	checkInvariants(t, g)
	return g
}

func TestBuilder(t *testing.T) {
	nodes, edges := world()
	tests := []struct {
		name      string
		opts      csr.Options
		wantKeys  []string
		wantEdges int
	}{
		{
			name:      "all kinds",
			wantKeys:  []string{"Booking:XX-1", "Country:GB", "Declaration:D1", "Passenger:A", "Passenger:B", "PaymentCard:h1", "Phone:+4400", "Trader:T1"},
			wantEdges: 8,
		},
		{
			name:      "without countries",
			opts:      csr.Options{NodeKinds: []graph.Kind{graph.KindPassenger, graph.KindPhone, graph.KindBooking, graph.KindPaymentCard, graph.KindTrader, graph.KindDeclaration}},
			wantKeys:  []string{"Booking:XX-1", "Declaration:D1", "Passenger:A", "Passenger:B", "PaymentCard:h1", "Phone:+4400", "Trader:T1"},
			wantEdges: 6,
		},
		{
			name:      "time window drops the June declaration",
			opts:      csr.Options{Until: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)},
			wantKeys:  []string{"Booking:XX-1", "Country:GB", "Passenger:A", "Passenger:B", "PaymentCard:h1", "Phone:+4400", "Trader:T1"},
			wantEdges: 7,
		},
		{
			name:      "weights table drops unlisted kinds",
			opts:      csr.Options{Weights: csr.Weights{graph.RelUsesPhone: 5}},
			wantKeys:  []string{"Booking:XX-1", "Country:GB", "Declaration:D1", "Passenger:A", "Passenger:B", "PaymentCard:h1", "Phone:+4400", "Trader:T1"},
			wantEdges: 3,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := build(t, tc.opts, nodes, edges)
			var got []string
			for _, k := range g.Keys() {
				got = append(got, k.String())
			}
			if diff := cmp.Diff(tc.wantKeys, got); diff != "" {
				t.Errorf("keys (-want +got):\n%s", diff)
			}
			if g.Edges() != tc.wantEdges {
				t.Errorf("edges: got %d, want %d", g.Edges(), tc.wantEdges)
			}
			for i, k := range g.Keys() {
				if id, ok := g.ID(k); !ok || id != int32(i) {
					t.Errorf("ID(%s): got %d %v, want %d true", k, id, ok, i)
				}
			}
			if _, ok := g.ID(key(graph.KindPhone, "missing")); ok {
				t.Errorf("ID of a missing key: got ok")
			}
		})
	}
}

func TestBuilderWeightsAndLinks(t *testing.T) {
	nodes, edges := world()
	g := build(t, csr.Options{}, nodes, edges)
	w := csr.DefaultWeights()
	tr, dec, pA, ph := worldIDs(t, g)
	tests := []struct {
		name     string
		u, v     int32
		wantW    float64
		wantLink graph.EdgeID
	}{
		{"phone", pA, ph, w[graph.RelUsesPhone], graph.EdgeID{From: key(graph.KindPassenger, "A"), Kind: graph.RelUsesPhone, To: key(graph.KindPhone, "+4400")}},
		{"phone reverse row", ph, pA, w[graph.RelUsesPhone], graph.EdgeID{From: key(graph.KindPassenger, "A"), Kind: graph.RelUsesPhone, To: key(graph.KindPhone, "+4400")}},
		// Two relationships between T1 and D1 merge; the tie in weight goes
		// to the kind that sorts first (DECLARED_BY < IMPORTED).
		{"merged", tr, dec, w[graph.RelImported] + w[graph.RelDeclaredBy], graph.EdgeID{From: key(graph.KindDeclaration, "D1"), Kind: graph.RelDeclaredBy, To: key(graph.KindTrader, "T1")}},
		{"merged reverse row", dec, tr, w[graph.RelImported] + w[graph.RelDeclaredBy], graph.EdgeID{From: key(graph.KindDeclaration, "D1"), Kind: graph.RelDeclaredBy, To: key(graph.KindTrader, "T1")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gotW, ok := g.Weight(tc.u, tc.v)
			if !ok || gotW != tc.wantW {
				t.Errorf("Weight: got %v %v, want %v true", gotW, ok, tc.wantW)
			}
			adj, _ := g.Neighbours(tc.u)
			entry := -1
			for i, x := range adj {
				if x == tc.v {
					entry = g.Off[tc.u] + i
				}
			}
			got, ok := g.Link(tc.u, entry)
			if !ok || got != tc.wantLink {
				t.Errorf("Link: got %v %v, want %v", got, ok, tc.wantLink)
			}
		})
	}
}

func TestBuilderOrderIndependent(t *testing.T) {
	nodes, edges := world()
	want := build(t, csr.Options{}, nodes, edges)
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		rnd.Shuffle(len(nodes), func(i, j int) { nodes[i], nodes[j] = nodes[j], nodes[i] })
		rnd.Shuffle(len(edges), func(i, j int) { edges[i], edges[j] = edges[j], edges[i] })
		// Edges before nodes is allowed too.
		b := csr.NewBuilder(csr.Options{})
		for _, e := range edges {
			b.AddEdge(e)
		}
		for _, n := range nodes {
			b.AddNode(n)
		}
		got := b.Build()
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(csr.Graph{})); diff != "" {
			t.Fatalf("shuffle %d: graph differs (-want +got):\n%s", i, diff)
		}
	}
}

func TestGonumAdapter(t *testing.T) {
	g, err := csr.FromEdges(5, []csr.Edge{edge(0, 1, 2), edge(1, 2, 1), edge(3, 1, 0.5)})
	if err != nil {
		t.Fatal(err)
	}
	dst := simple.NewWeightedUndirectedGraph(0, 0)
	gonumgraph.CopyWeighted(dst, csr.Undirected{G: g})
	if got, want := dst.Nodes().Len(), 5; got != want {
		t.Errorf("nodes: got %d, want %d", got, want)
	}
	if got, want := dst.Edges().Len(), 3; got != want {
		t.Errorf("edges: got %d, want %d", got, want)
	}
	u := csr.Undirected{G: g}
	tests := []struct {
		name   string
		x, y   int64
		wantW  float64
		wantOK bool
	}{
		{"edge", 0, 1, 2, true},
		{"edge reversed", 1, 0, 2, true},
		{"self", 4, 4, 0, true},
		{"no edge", 0, 4, 0, false},
		{"outside", 0, 9, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, ok := u.Weight(tc.x, tc.y)
			if w != tc.wantW || ok != tc.wantOK {
				t.Errorf("Weight(%d,%d): got %v %v, want %v %v", tc.x, tc.y, w, ok, tc.wantW, tc.wantOK)
			}
			if got := u.HasEdgeBetween(tc.x, tc.y); got != (tc.wantOK && tc.x != tc.y) {
				t.Errorf("HasEdgeBetween: got %v", got)
			}
			if e := u.EdgeBetween(tc.x, tc.y); (e != nil) != (tc.wantOK && tc.x != tc.y) {
				t.Errorf("EdgeBetween: got %v", e)
			}
		})
	}
	if got := (csr.Directed{G: g}).To(1).Len(); got != 3 {
		t.Errorf("Directed.To(1): got %d nodes, want 3", got)
	}
}

func edge(u, v int32, w float64) csr.Edge { return csr.Edge{U: u, V: v, W: w} }

// TestReweight checks that Reweight rescales each entry by its kind,
// keeps both rows of an edge equal, recomputes strengths and total, and
// leaves topology, keys and links shared with the original.
func TestReweight(t *testing.T) {
	nodes, edges := world()
	g := build(t, csr.Options{}, nodes, edges)
	from := csr.DefaultWeights()
	to := csr.DefaultWeights()
	to[graph.RelUsesPhone] = 0.5 // 5 -> 0.5
	to[graph.RelDeclaredBy] = 8  // 2 -> 8; scales the merged T1-D1 entry
	h := g.Reweight(from, to)
	tr, dec, pA, ph := worldIDs(t, g)
	tests := []struct {
		name  string
		u, v  int32
		wantW float64
	}{
		{"phone", pA, ph, 0.5},
		{"phone reverse row", ph, pA, 0.5},
		// IMPORTED + DECLARED_BY (2 + 2) merged under DECLARED_BY: x4.
		{"merged", tr, dec, 16},
		{"merged reverse row", dec, tr, 16},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, ok := h.Weight(tc.u, tc.v); !ok || got != tc.wantW {
				t.Errorf("Weight: got %v %v, want %v true", got, ok, tc.wantW)
			}
		})
	}
	var twice float64
	for u := range int32(h.N()) {
		_, ws := h.Neighbours(u)
		var s float64
		for _, x := range ws {
			s += x
		}
		if s != h.Strength[u] {
			t.Errorf("strength of %d: got %v, want %v", u, h.Strength[u], s)
		}
		twice += s
		for i := g.Off[u]; i < g.Off[u+1]; i++ {
			a, _ := g.Link(u, i)
			b, _ := h.Link(u, i)
			if a != b || g.Adj[i] != h.Adj[i] {
				t.Errorf("entry %d of %d: link %v / %v, neighbour %d / %d", i, u, a, b, g.Adj[i], h.Adj[i])
			}
		}
	}
	if math.Abs(twice/2-h.TotalWeight()) > 1e-9 {
		t.Errorf("total weight: got %v, want %v", h.TotalWeight(), twice/2)
	}
	if g.Key(pA) != h.Key(pA) {
		t.Errorf("keys differ")
	}
	if w, _ := g.Weight(pA, ph); w != from[graph.RelUsesPhone] {
		t.Errorf("original modified: phone weight %v", w)
	}
	anon, err := csr.FromEdges(3, []csr.Edge{{U: 0, V: 1, W: 2}})
	if err != nil {
		t.Fatal(err)
	}
	if anon.Reweight(from, to) != anon {
		t.Errorf("Reweight of a graph without kinds: want the graph itself")
	}
}

// worldIDs returns the projected ids of the world's trader T1,
// declaration D1, passenger A and phone +4400.
func worldIDs(t *testing.T, g *csr.Graph) (tr, dec, pA, ph int32) {
	t.Helper()
	return mustID(t, g, key(graph.KindTrader, "T1")), mustID(t, g, key(graph.KindDeclaration, "D1")),
		mustID(t, g, key(graph.KindPassenger, "A")), mustID(t, g, key(graph.KindPhone, "+4400"))
}

// mustID returns the projected id of k, failing the test when k was not
// projected.
func mustID(t *testing.T, g *csr.Graph, k graph.Key) int32 {
	t.Helper()
	v, ok := g.ID(k)
	if !ok {
		t.Fatalf("%s not projected", k)
	}
	return v
}

// TestUnitWeights checks the flag every constructor sets: true exactly
// when every stored weight is 1, after merging parallel edges and after
// Reweight.
func TestUnitWeights(t *testing.T) {
	tests := []struct {
		name  string
		edges []csr.Edge
		want  bool
	}{
		{"no edges", nil, true},
		{"all ones", []csr.Edge{{U: 0, V: 1, W: 1}, {U: 1, V: 2, W: 1}}, true},
		{"one heavier", []csr.Edge{{U: 0, V: 1, W: 1}, {U: 1, V: 2, W: 2}}, false},
		{"parallel ones merge to 2", []csr.Edge{{U: 0, V: 1, W: 1}, {U: 1, V: 0, W: 1}}, false},
		{"self-loop dropped", []csr.Edge{{U: 0, V: 1, W: 1}, {U: 2, V: 2, W: 3}}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := csr.FromEdges(3, tc.edges)
			if err != nil {
				t.Fatal(err)
			}
			if got := g.UnitWeights(); got != tc.want {
				t.Errorf("UnitWeights: got %v, want %v", got, tc.want)
			}
		})
	}
	// The world without its merged pair, so that Reweight can reach all ones.
	nodes, edges := world()
	edges = append(edges[:7:7], edges[8])
	g := build(t, csr.Options{}, nodes, edges)
	ones := csr.Weights{}
	for k := range csr.DefaultWeights() {
		ones[k] = 1
	}
	h := g.Reweight(csr.DefaultWeights(), ones)
	for _, tc := range []struct {
		name string
		g    *csr.Graph
		want bool
	}{
		{"default weights", g, false},
		{"reweighted to ones", h, true},
		{"reweighted back", h.Reweight(ones, csr.DefaultWeights()), false},
	} {
		if got := tc.g.UnitWeights(); got != tc.want || got != allOnes(tc.g.W) {
			t.Errorf("%s: UnitWeights %v, want %v (weights %v)", tc.name, got, tc.want, tc.g.W)
		}
	}
}

func allOnes(w []float64) bool {
	for _, x := range w {
		if x != 1 {
			return false
		}
	}
	return true
}
