package storetest

import (
	"errors"
	"slices"
	"testing"

	"github.com/borderlens/borderlens/graph"
)

// testNode checks single lookups.
func testNode(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, network())
	stored := nodeMap(contentOf(network()))
	tests := []struct {
		name     string
		key      graph.Key
		wantCode string
	}{
		{"full node", d1, ""},
		{"bare node", cn, ""},
		{"missing", key(graph.KindTrader, "nobody"), graph.ENOTFOUND},
		{"same id, other kind", key(graph.KindPassenger, "acme"), graph.ENOTFOUND},
		{"id differing in case", key(graph.KindTrader, "ACME"), graph.ENOTFOUND},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := s.Node(t.Context(), tc.key)
			wantCode(t, "node", err, tc.wantCode)
			if d := diff(stored[tc.key], n); d != "" {
				t.Errorf("node %s (-want +got):\n%s", tc.key, d)
			}
		})
	}
}

// testNodes checks the batch getter: order, found flags, duplicates.
func testNodes(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, network())
	stored := nodeMap(contentOf(network()))
	nobody := key(graph.KindTrader, "nobody")
	tests := []struct {
		name string
		keys []graph.Key
	}{
		{"none", nil},
		{"one", []graph.Key{acme}},
		{"order kept, missing flagged", []graph.Key{d3, nobody, acme, cn}},
		{"duplicates", []graph.Key{acme, nobody, acme, nobody}},
		{"all missing", []graph.Key{nobody, key(graph.KindOffice, "nowhere")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			nodes, found, err := s.Nodes(t.Context(), tc.keys)
			if err != nil {
				t.Fatalf("nodes: got %v, want nil", err)
			}
			wantNodes := make([]graph.Node, len(tc.keys))
			wantFound := make([]bool, len(tc.keys))
			for i, k := range tc.keys {
				wantNodes[i], wantFound[i] = stored[k]
			}
			if len(nodes) != len(tc.keys) || len(found) != len(tc.keys) {
				t.Fatalf("lengths: got %d nodes and %d flags, want %d", len(nodes), len(found), len(tc.keys))
			}
			if d := diff(wantFound, found); d != "" {
				t.Errorf("found (-want +got):\n%s", d)
			}
			if d := diff(wantNodes, nodes); d != "" {
				t.Errorf("nodes (-want +got):\n%s", d)
			}
		})
	}
}

// testScanNodes checks kind filters and early stop.
func testScanNodes(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, network())
	all := contentOf(network())
	tests := []struct {
		name  string
		kinds []graph.Kind
	}{
		{"all kinds", nil},
		{"one kind", []graph.Kind{graph.KindTrader}},
		{"two kinds, one repeated", []graph.Kind{graph.KindDeclaration, graph.KindTrader, graph.KindDeclaration}},
		{"a kind without nodes", []graph.Kind{graph.KindAirport}},
		{"many nodes of one kind", []graph.Kind{graph.KindBooking}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var want []graph.Node
			for _, n := range all.Nodes {
				if len(tc.kinds) == 0 || slices.Contains(tc.kinds, n.Key.Kind) {
					want = append(want, n)
				}
			}
			var got []graph.Node
			err := s.ScanNodes(t.Context(), tc.kinds, func(n graph.Node) error {
				got = append(got, n)
				return nil
			})
			if err != nil {
				t.Fatalf("scan: got %v, want nil", err)
			}
			slices.SortFunc(got, func(a, b graph.Node) int { return a.Key.Compare(b.Key) })
			if d := diff(want, got); d != "" {
				t.Errorf("scanned nodes (-want +got):\n%s", d)
			}
		})
	}
	t.Run("fn error stops the scan", func(t *testing.T) {
		stop := errors.New("stop here")
		calls := 0
		err := s.ScanNodes(t.Context(), nil, func(graph.Node) error {
			calls++
			if calls == 2 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) {
			t.Errorf("error: got %v, want one wrapping %v", err, stop)
		}
		if calls != 2 {
			t.Errorf("calls: got %d, want 2", calls)
		}
	})
}

// testScanEdges checks kind filters and early stop.
func testScanEdges(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, network())
	all := contentOf(network())
	tests := []struct {
		name  string
		kinds []graph.RelKind
	}{
		{"all kinds", nil},
		{"one kind", []graph.RelKind{graph.RelImported}},
		{"two kinds, one repeated", []graph.RelKind{graph.RelUsesPhone, graph.RelLodgedAt, graph.RelUsesPhone}},
		{"a kind without relationships", []graph.RelKind{graph.RelArrives}},
		{"many relationships of one kind", []graph.RelKind{graph.RelBookedVia}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var want []graph.Edge
			for _, e := range all.Edges {
				if len(tc.kinds) == 0 || slices.Contains(tc.kinds, e.Kind) {
					want = append(want, e)
				}
			}
			var got []graph.Edge
			err := s.ScanEdges(t.Context(), tc.kinds, func(e graph.Edge) error {
				got = append(got, e)
				return nil
			})
			if err != nil {
				t.Fatalf("scan: got %v, want nil", err)
			}
			slices.SortFunc(got, func(a, b graph.Edge) int { return a.ID().Compare(b.ID()) })
			if d := diff(want, got); d != "" {
				t.Errorf("scanned relationships (-want +got):\n%s", d)
			}
		})
	}
	t.Run("fn error stops the scan", func(t *testing.T) {
		stop := errors.New("stop here")
		calls := 0
		err := s.ScanEdges(t.Context(), nil, func(graph.Edge) error {
			calls++
			if calls == 3 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) {
			t.Errorf("error: got %v, want one wrapping %v", err, stop)
		}
		if calls != 3 {
			t.Errorf("calls: got %d, want 3", calls)
		}
	})
}

// testStats checks the per-kind counts against the content they count.
func testStats(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, network())
	want := graph.Stats{
		Nodes: map[graph.Kind]int{
			graph.KindTrader: 3, graph.KindDeclaration: 3, graph.KindOffice: 1, graph.KindCountry: 1,
			graph.KindPhone: 1, graph.KindSeizure: 1, graph.KindAgency: 1,
			graph.KindPassenger: chainLen, graph.KindBooking: starBooks,
		},
		Edges: map[graph.RelKind]int{
			graph.RelImported: 3, graph.RelSoldBy: 1, graph.RelLodgedAt: 3, graph.RelOriginatesIn: 2,
			graph.RelUsesPhone: 3, graph.RelInvolvedIn: 1,
			graph.RelTravelsWith: chainLen - 1, graph.RelBookedVia: starBooks,
		},
	}
	got := mustStats(t, s)
	if d := diff(want, got); d != "" {
		t.Errorf("stats (-want +got):\n%s", d)
	}
	if d := diff(statsOf(mustDump(t, s)), got); d != "" {
		t.Errorf("stats against a scan (-scan +stats):\n%s", d)
	}
	if got, want := got.NodeCount(), 3+3+1+1+1+1+1+chainLen+starBooks; got != want {
		t.Errorf("node count: got %d, want %d", got, want)
	}
}

// testSearch checks matching and ranking: exact before prefix before
// substring, ties by key, over folded ids and labels.
func testSearch(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, searchables())
	stored := nodeMap(contentOf(searchables()))
	var bulkFirst20 []graph.Key
	for i := range graph.DefaultSearchLimit {
		bulkFirst20 = append(bulkFirst20, bulk(i))
	}
	muller := []graph.Key{
		key(graph.KindTrader, "T2"),           // exact label
		key(graph.KindTrader, "MULLER-TRADE"), // id prefix
		key(graph.KindTrader, "T1"),           // label prefix
		key(graph.KindEmail, "anna.muller@example.com"),
		key(graph.KindPassenger, "P1"),
		key(graph.KindTrader, "T3"),
	}
	tests := []struct {
		name string
		q    graph.SearchQuery
		want []graph.Key
	}{
		{"ranked exact, prefix, substring, ties by key", graph.SearchQuery{Text: "muller"}, muller},
		{"query accents and case folded", graph.SearchQuery{Text: "MÜLLER"}, muller},
		{"white space and punctuation collapsed", graph.SearchQuery{Text: "  MÜLLER   gmbh!"}, []graph.Key{key(graph.KindTrader, "T1")}},
		{"exact id", graph.SearchQuery{Text: "t1"}, []graph.Key{key(graph.KindTrader, "T1")}},
		{"prefix of id and of label", graph.SearchQuery{Text: "Anna"}, []graph.Key{key(graph.KindEmail, "anna.muller@example.com"), key(graph.KindPassenger, "P1")}},
		{"phone prefix with plus", graph.SearchQuery{Text: "+4930"}, []graph.Key{key(graph.KindPhone, "+4930123")}},
		{"kinds", graph.SearchQuery{Text: "muller", Kinds: []graph.Kind{graph.KindPassenger, graph.KindEmail}}, []graph.Key{key(graph.KindEmail, "anna.muller@example.com"), key(graph.KindPassenger, "P1")}},
		{"limit", graph.SearchQuery{Text: "muller", Limit: 2}, muller[:2]},
		{"default limit", graph.SearchQuery{Text: "bulk"}, bulkFirst20},
		{"limit above the matches", graph.SearchQuery{Text: "bulk-0", Limit: 100}, bulkFirst20[:10]},
		{"no match", graph.SearchQuery{Text: "zzz"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := s.Search(t.Context(), tc.q)
			if err != nil {
				t.Fatalf("search: got %v, want nil", err)
			}
			if d := diff(tc.want, nodeKeys(hits)); d != "" {
				t.Errorf("hits (-want +got):\n%s", d)
			}
			for _, n := range hits {
				if d := diff(stored[n.Key], n); d != "" {
					t.Errorf("hit %s is not the stored node (-want +got):\n%s", n.Key, d)
				}
			}
		})
	}
	errs := []struct {
		name string
		q    graph.SearchQuery
	}{
		{"empty text", graph.SearchQuery{}},
		{"white space only", graph.SearchQuery{Text: " \t "}},
		{"punctuation only", graph.SearchQuery{Text: "!?"}},
		{"unknown kind", graph.SearchQuery{Text: "muller", Kinds: []graph.Kind{"Smuggler"}}},
	}
	for _, tc := range errs {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Search(t.Context(), tc.q)
			wantCode(t, "search", err, graph.EINVALID)
		})
	}
}

// nodeMap indexes c's nodes by key.
func nodeMap(c content) map[graph.Key]graph.Node {
	m := make(map[graph.Key]graph.Node, len(c.Nodes))
	for _, n := range c.Nodes {
		m[n.Key] = n
	}
	return m
}

// edgeMap indexes c's relationships by identity.
func edgeMap(c content) map[graph.EdgeID]graph.Edge {
	m := make(map[graph.EdgeID]graph.Edge, len(c.Edges))
	for _, e := range c.Edges {
		m[e.ID()] = e
	}
	return m
}

// nodeKeys returns the keys of nodes, in order.
func nodeKeys(nodes []graph.Node) []graph.Key {
	var out []graph.Key
	for _, n := range nodes {
		out = append(out, n.Key)
	}
	return out
}
