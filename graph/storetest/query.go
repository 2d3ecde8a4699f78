package storetest

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/graph"
)

// testSubgraph checks neighbourhoods of the network fixture: levels by
// hop distance, each sorted by key, filters, time windows, limits and the
// relationships among the returned nodes.
func testSubgraph(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, network())
	stored := contentOf(network())
	nodes, edges := nodeMap(stored), edgeMap(stored)

	chain := func(from, to int) []graph.Key {
		var ks []graph.Key
		for i := from; i <= to; i++ {
			ks = append(ks, passenger(i))
		}
		return ks
	}
	var books []graph.Key
	var bookEdges []string
	for i := range graph.DefaultNodeLimit - 1 {
		books = append(books, booking(i))
		bookEdges = append(bookEdges, edge(booking(i), graph.RelBookedVia, big).ID().String())
	}
	levelsOf := func(ks []graph.Key) [][]graph.Key {
		out := make([][]graph.Key, len(ks))
		for i, k := range ks {
			out[i] = []graph.Key{k}
		}
		return out
	}

	tests := []struct {
		name      string
		q         graph.SubgraphQuery
		levels    [][]graph.Key // returned nodes by distance, each level in key order
		edges     []string      // EdgeID.String of the returned relationships, in order
		truncated bool
	}{
		{
			name:   "depth 0 is the centre alone",
			q:      graph.SubgraphQuery{Centers: []graph.Key{acme}},
			levels: [][]graph.Key{{acme}},
		},
		{
			name:   "depth 1",
			q:      graph.SubgraphQuery{Centers: []graph.Key{acme}, Depth: 1},
			levels: [][]graph.Key{{acme}, {d1, d2, phone}},
			edges: []string{
				"Trader:acme-IMPORTED->Declaration:d1", "Trader:acme-IMPORTED->Declaration:d2", "Trader:acme-USES_PHONE->Phone:+441",
			},
		},
		{
			name:   "depth 2, relationships among all returned nodes",
			q:      graph.SubgraphQuery{Centers: []graph.Key{acme}, Depth: 2},
			levels: [][]graph.Key{{acme}, {d1, d2, phone}, {cn, lhr, beta, gamma}},
			edges: []string{
				"Declaration:d1-LODGED_AT->Office:LHR", "Declaration:d1-ORIGINATES_IN->Country:CN", "Declaration:d1-SOLD_BY->Trader:gamma",
				"Declaration:d2-LODGED_AT->Office:LHR",
				"Trader:acme-IMPORTED->Declaration:d1", "Trader:acme-IMPORTED->Declaration:d2", "Trader:acme-USES_PHONE->Phone:+441",
				"Trader:beta-USES_PHONE->Phone:+441",
				"Trader:gamma-USES_PHONE->Phone:+441",
			},
		},
		{
			name:      "limit cuts the last level by key",
			q:         graph.SubgraphQuery{Centers: []graph.Key{acme}, Depth: 2, Limit: 5},
			levels:    [][]graph.Key{{acme}, {d1, d2, phone}, {cn}},
			edges:     []string{"Declaration:d1-ORIGINATES_IN->Country:CN", "Trader:acme-IMPORTED->Declaration:d1", "Trader:acme-IMPORTED->Declaration:d2", "Trader:acme-USES_PHONE->Phone:+441"},
			truncated: true,
		},
		{
			name:      "limit filled by a level, more reachable",
			q:         graph.SubgraphQuery{Centers: []graph.Key{acme}, Depth: 2, Limit: 4},
			levels:    [][]graph.Key{{acme}, {d1, d2, phone}},
			edges:     []string{"Trader:acme-IMPORTED->Declaration:d1", "Trader:acme-IMPORTED->Declaration:d2", "Trader:acme-USES_PHONE->Phone:+441"},
			truncated: true,
		},
		{
			name:   "limit filled exactly, nothing more within depth",
			q:      graph.SubgraphQuery{Centers: []graph.Key{acme}, Depth: 1, Limit: 4},
			levels: [][]graph.Key{{acme}, {d1, d2, phone}},
			edges:  []string{"Trader:acme-IMPORTED->Declaration:d1", "Trader:acme-IMPORTED->Declaration:d2", "Trader:acme-USES_PHONE->Phone:+441"},
		},
		{
			name:      "limit inside the first level",
			q:         graph.SubgraphQuery{Centers: []graph.Key{acme}, Depth: 1, Limit: 3},
			levels:    [][]graph.Key{{acme}, {d1, d2}},
			edges:     []string{"Trader:acme-IMPORTED->Declaration:d1", "Trader:acme-IMPORTED->Declaration:d2"},
			truncated: true,
		},
		{
			name:   "node kinds: others neither returned nor expanded, centre kept",
			q:      graph.SubgraphQuery{Centers: []graph.Key{acme}, Depth: 2, NodeKinds: []graph.Kind{graph.KindDeclaration, graph.KindOffice}},
			levels: [][]graph.Key{{acme}, {d1, d2}, {lhr}},
			edges: []string{
				"Declaration:d1-LODGED_AT->Office:LHR", "Declaration:d2-LODGED_AT->Office:LHR",
				"Trader:acme-IMPORTED->Declaration:d1", "Trader:acme-IMPORTED->Declaration:d2",
			},
		},
		{
			name:   "relationship kinds: others neither followed nor returned",
			q:      graph.SubgraphQuery{Centers: []graph.Key{acme}, Depth: 2, RelKinds: []graph.RelKind{graph.RelImported, graph.RelUsesPhone}},
			levels: [][]graph.Key{{acme}, {d1, d2, phone}, {beta, gamma}},
			edges: []string{
				"Trader:acme-IMPORTED->Declaration:d1", "Trader:acme-IMPORTED->Declaration:d2", "Trader:acme-USES_PHONE->Phone:+441",
				"Trader:beta-USES_PHONE->Phone:+441", "Trader:gamma-USES_PHONE->Phone:+441",
			},
		},
		{
			name:   "since drops earlier nodes and relationships, timeless ones pass",
			q:      graph.SubgraphQuery{Centers: []graph.Key{acme}, Depth: 2, Since: day(2024, 2, 1)},
			levels: [][]graph.Key{{acme}, {d2, phone}, {lhr, beta}},
			edges: []string{
				"Declaration:d2-LODGED_AT->Office:LHR",
				"Trader:acme-IMPORTED->Declaration:d2", "Trader:acme-USES_PHONE->Phone:+441",
				"Trader:beta-USES_PHONE->Phone:+441",
			},
		},
		{
			name:   "until drops later nodes",
			q:      graph.SubgraphQuery{Centers: []graph.Key{lhr}, Depth: 1, Until: day(2024, 2, 1)},
			levels: [][]graph.Key{{lhr}, {d1}},
			edges:  []string{"Declaration:d1-LODGED_AT->Office:LHR"},
		},
		{
			name:   "the window is inclusive",
			q:      graph.SubgraphQuery{Centers: []graph.Key{lhr}, Depth: 1, Since: day(2024, 3, 5), Until: day(2024, 3, 5)},
			levels: [][]graph.Key{{lhr}, {d2}},
			edges:  []string{"Declaration:d2-LODGED_AT->Office:LHR"},
		},
		{
			name:   "a relationship outside the window is left out between returned nodes",
			q:      graph.SubgraphQuery{Centers: []graph.Key{phone}, Depth: 3, Since: day(2024, 1, 1)},
			levels: [][]graph.Key{{phone}, {acme, beta}, {d1, d2, d3, s1}, {cn, lhr, gamma}},
			edges: []string{
				"Declaration:d1-LODGED_AT->Office:LHR", "Declaration:d1-ORIGINATES_IN->Country:CN", "Declaration:d1-SOLD_BY->Trader:gamma",
				"Declaration:d2-LODGED_AT->Office:LHR",
				"Declaration:d3-LODGED_AT->Office:LHR", "Declaration:d3-ORIGINATES_IN->Country:CN",
				"Trader:acme-IMPORTED->Declaration:d1", "Trader:acme-IMPORTED->Declaration:d2", "Trader:acme-USES_PHONE->Phone:+441",
				"Trader:beta-IMPORTED->Declaration:d3", "Trader:beta-INVOLVED_IN->Seizure:s1", "Trader:beta-USES_PHONE->Phone:+441",
			},
		},
		{
			name:   "centres pass the kind and time filters",
			q:      graph.SubgraphQuery{Centers: []graph.Key{d3}, Depth: 1, NodeKinds: []graph.Kind{graph.KindOffice, graph.KindCountry}, Until: day(2024, 1, 31)},
			levels: [][]graph.Key{{d3}, {cn, lhr}},
			edges:  []string{"Declaration:d3-LODGED_AT->Office:LHR", "Declaration:d3-ORIGINATES_IN->Country:CN"},
		},
		{
			name:   "several centres, sorted, neighbours merged",
			q:      graph.SubgraphQuery{Centers: []graph.Key{beta, acme}, Depth: 1},
			levels: [][]graph.Key{{acme, beta}, {d1, d2, d3, phone, s1}},
			edges: []string{
				"Trader:acme-IMPORTED->Declaration:d1", "Trader:acme-IMPORTED->Declaration:d2", "Trader:acme-USES_PHONE->Phone:+441",
				"Trader:beta-IMPORTED->Declaration:d3", "Trader:beta-INVOLVED_IN->Seizure:s1", "Trader:beta-USES_PHONE->Phone:+441",
			},
		},
		{
			name:   "a centre next to a centre stays at distance 0",
			q:      graph.SubgraphQuery{Centers: []graph.Key{acme, d1}, Depth: 1},
			levels: [][]graph.Key{{d1, acme}, {cn, d2, lhr, phone, gamma}},
			edges: []string{
				"Declaration:d1-LODGED_AT->Office:LHR", "Declaration:d1-ORIGINATES_IN->Country:CN", "Declaration:d1-SOLD_BY->Trader:gamma",
				"Declaration:d2-LODGED_AT->Office:LHR",
				"Trader:acme-IMPORTED->Declaration:d1", "Trader:acme-IMPORTED->Declaration:d2", "Trader:acme-USES_PHONE->Phone:+441",
				"Trader:gamma-USES_PHONE->Phone:+441",
			},
		},
		{
			name:   "repeated centre",
			q:      graph.SubgraphQuery{Centers: []graph.Key{acme, acme}},
			levels: [][]graph.Key{{acme}},
		},
		{
			name:      "more centres than the limit",
			q:         graph.SubgraphQuery{Centers: []graph.Key{gamma, beta, acme}, Depth: 1, Limit: 2},
			levels:    [][]graph.Key{{acme, beta}},
			truncated: true,
		},
		{
			name:   "depth clamped to MaxDepth",
			q:      graph.SubgraphQuery{Centers: []graph.Key{passenger(0)}, Depth: 100},
			levels: levelsOf(chain(0, graph.MaxDepth)),
			edges: []string{
				"Passenger:p00-TRAVELS_WITH->Passenger:p01", "Passenger:p01-TRAVELS_WITH->Passenger:p02", "Passenger:p02-TRAVELS_WITH->Passenger:p03",
				"Passenger:p03-TRAVELS_WITH->Passenger:p04", "Passenger:p04-TRAVELS_WITH->Passenger:p05", "Passenger:p05-TRAVELS_WITH->Passenger:p06",
			},
		},
		{
			name:   "both directions",
			q:      graph.SubgraphQuery{Centers: []graph.Key{passenger(5)}, Depth: 2},
			levels: [][]graph.Key{{passenger(5)}, {passenger(4), passenger(6)}, {passenger(3), passenger(7)}},
			edges: []string{
				"Passenger:p03-TRAVELS_WITH->Passenger:p04", "Passenger:p04-TRAVELS_WITH->Passenger:p05",
				"Passenger:p05-TRAVELS_WITH->Passenger:p06", "Passenger:p06-TRAVELS_WITH->Passenger:p07",
			},
		},
		{
			name:      "limit 0 means DefaultNodeLimit",
			q:         graph.SubgraphQuery{Centers: []graph.Key{big}, Depth: 1},
			levels:    [][]graph.Key{{big}, books},
			edges:     bookEdges,
			truncated: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Subgraph(t.Context(), tc.q)
			if err != nil {
				t.Fatalf("subgraph: got %v, want nil", err)
			}
			var wantKeys []graph.Key
			wantDist := map[graph.Key]int{}
			for d, lv := range tc.levels {
				for _, k := range lv {
					wantKeys = append(wantKeys, k)
					wantDist[k] = d
				}
			}
			if d := diff(wantKeys, nodeKeys(got.Nodes)); d != "" {
				t.Errorf("nodes (-want +got):\n%s", d)
			}
			if d := diff(wantDist, got.Distance); d != "" {
				t.Errorf("distances (-want +got):\n%s", d)
			}
			if d := diff(tc.edges, edgeStrings(got.Edges)); d != "" {
				t.Errorf("relationships (-want +got):\n%s", d)
			}
			if got.Truncated != tc.truncated {
				t.Errorf("truncated: got %v, want %v", got.Truncated, tc.truncated)
			}
			for _, n := range got.Nodes {
				if d := diff(nodes[n.Key], n); d != "" {
					t.Errorf("node %s is not the stored node (-want +got):\n%s", n.Key, d)
				}
			}
			for _, e := range got.Edges {
				if d := diff(edges[e.ID()], e); d != "" {
					t.Errorf("relationship %s is not the stored one (-want +got):\n%s", e.ID(), d)
				}
			}
		})
	}
}

// testSubgraphProjection checks that a projection narrows the properties
// of the returned nodes and relationships to the named ones and changes
// nothing else.
func testSubgraphProjection(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, network())
	stored := contentOf(network())
	nodes, edges := nodeMap(stored), edgeMap(stored)

	queries := []graph.SubgraphQuery{
		{Centers: []graph.Key{acme}, Depth: 2},
		{Centers: []graph.Key{acme}, Depth: 2, Limit: 5},
		{Centers: []graph.Key{phone}, Depth: 3, Since: day(2024, 1, 1)},
		{Centers: []graph.Key{beta, acme}, Depth: 1, NodeKinds: []graph.Kind{graph.KindDeclaration, graph.KindPhone}},
	}
	projections := []struct {
		name string
		p    graph.Projection
	}{
		{"no properties", graph.Projection{}},
		{"some properties", graph.Projection{NodeProps: []string{"country", "value", "absent"}, EdgeProps: []string{"role"}}},
		{"edge properties only", graph.Projection{EdgeProps: []string{"role", "absent"}}},
	}
	for _, pc := range projections {
		for i, q := range queries {
			t.Run(fmt.Sprintf("%s/query %d", pc.name, i), func(t *testing.T) {
				full, err := s.Subgraph(t.Context(), q)
				if err != nil {
					t.Fatalf("subgraph: %v", err)
				}
				q.Project = &pc.p
				got, err := s.Subgraph(t.Context(), q)
				if err != nil {
					t.Fatalf("projected subgraph: %v", err)
				}
				if d := diff(nodeKeys(full.Nodes), nodeKeys(got.Nodes)); d != "" {
					t.Errorf("nodes (-full +projected):\n%s", d)
				}
				if d := diff(full.Distance, got.Distance); d != "" {
					t.Errorf("distances (-full +projected):\n%s", d)
				}
				if d := diff(edgeStrings(full.Edges), edgeStrings(got.Edges)); d != "" {
					t.Errorf("relationships (-full +projected):\n%s", d)
				}
				if got.Truncated != full.Truncated {
					t.Errorf("truncated: got %v, want %v", got.Truncated, full.Truncated)
				}
				for _, n := range got.Nodes {
					if d := diff(pc.p.Node(nodes[n.Key]), n); d != "" {
						t.Errorf("node %s (-want +got):\n%s", n.Key, d)
					}
				}
				for _, e := range got.Edges {
					if d := diff(pc.p.Edge(edges[e.ID()]), e); d != "" {
						t.Errorf("relationship %s (-want +got):\n%s", e.ID(), d)
					}
				}
			})
		}
	}
}

// testSubgraphErrors checks ENOTFOUND for missing centres and EINVALID
// for malformed queries.
func testSubgraphErrors(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, network())
	nobody := key(graph.KindTrader, "nobody")
	tests := []struct {
		name string
		q    graph.SubgraphQuery
		code string
	}{
		{"missing centre", graph.SubgraphQuery{Centers: []graph.Key{nobody}, Depth: 1}, graph.ENOTFOUND},
		{"one of several centres missing", graph.SubgraphQuery{Centers: []graph.Key{acme, nobody}, Depth: 1}, graph.ENOTFOUND},
		{"no centre", graph.SubgraphQuery{Depth: 1}, graph.EINVALID},
		{"malformed centre", graph.SubgraphQuery{Centers: []graph.Key{key(graph.KindTrader, "")}}, graph.EINVALID},
		{"negative depth", graph.SubgraphQuery{Centers: []graph.Key{acme}, Depth: -1}, graph.EINVALID},
		{"until before since", graph.SubgraphQuery{Centers: []graph.Key{acme}, Since: day(2024, 2, 1), Until: day(2024, 1, 1)}, graph.EINVALID},
		{"unknown node kind", graph.SubgraphQuery{Centers: []graph.Key{acme}, NodeKinds: []graph.Kind{"Smuggler"}}, graph.EINVALID},
		{"unknown relationship kind", graph.SubgraphQuery{Centers: []graph.Key{acme}, RelKinds: []graph.RelKind{"KNOWS"}}, graph.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Subgraph(t.Context(), tc.q)
			wantCode(t, "subgraph", err, tc.code)
		})
	}
}

// testShortestPaths checks the path fixture's shortest paths, written as
// "A -KIND-> B <-KIND- C" with each relationship in its stored direction.
func testShortestPaths(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, paths())
	stored := contentOf(paths())
	nodes, edges := nodeMap(stored), edgeMap(stored)
	viaAll := []string{
		"Trader:a -LOCATED_AT-> Address:h <-LOCATED_AT- Trader:b",
		"Trader:a -USES_EMAIL-> Email:e <-USES_EMAIL- Trader:b",
		"Trader:a -USES_PHONE-> Phone:1 <-USES_PHONE- Trader:b",
		"Trader:a -USES_PHONE-> Phone:2 <-USES_PHONE- Trader:b",
	}
	viaCountry := "Trader:a -IMPORTED-> Declaration:x1 -ORIGINATES_IN-> Country:ZZ <-ORIGINATES_IN- Declaration:x2 <-IMPORTED- Trader:b"
	chain := func(n int) string {
		var b strings.Builder
		b.WriteString(chainKey(0).String())
		for i := 1; i <= n; i++ {
			b.WriteString(" -TRAVELS_WITH-> " + chainKey(i).String())
		}
		return b.String()
	}
	tests := []struct {
		name string
		q    graph.PathQuery
		want []string
	}{
		{"equal-length paths ordered by node keys", graph.PathQuery{From: pa, To: pb}, viaAll},
		{"from the other end", graph.PathQuery{From: pb, To: pa}, []string{
			"Trader:b -LOCATED_AT-> Address:h <-LOCATED_AT- Trader:a",
			"Trader:b -USES_EMAIL-> Email:e <-USES_EMAIL- Trader:a",
			"Trader:b -USES_PHONE-> Phone:1 <-USES_PHONE- Trader:a",
			"Trader:b -USES_PHONE-> Phone:2 <-USES_PHONE- Trader:a",
		}},
		{"limit", graph.PathQuery{From: pa, To: pb, Limit: 2}, viaAll[:2]},
		{"relationship kinds", graph.PathQuery{From: pa, To: pb, RelKinds: []graph.RelKind{graph.RelUsesEmail}}, viaAll[1:2]},
		{"relationship kinds force a longer path", graph.PathQuery{From: pa, To: pb, RelKinds: []graph.RelKind{graph.RelImported, graph.RelOriginatesIn}}, []string{viaCountry}},
		{"node kinds restrict intermediate nodes only", graph.PathQuery{From: pa, To: pb, NodeKinds: []graph.Kind{graph.KindPhone}}, viaAll[2:]},
		{"node kinds force a longer path", graph.PathQuery{From: pa, To: pb, NodeKinds: []graph.Kind{graph.KindDeclaration, graph.KindCountry}}, []string{viaCountry}},
		{"max hops reached", graph.PathQuery{From: pa, To: pb, MaxHops: 4, RelKinds: []graph.RelKind{graph.RelImported, graph.RelOriginatesIn}}, []string{viaCountry}},
		{"max hops too short", graph.PathQuery{From: pa, To: pb, MaxHops: 3, RelKinds: []graph.RelKind{graph.RelImported, graph.RelOriginatesIn}}, nil},
		{"single path", graph.PathQuery{From: chainKey(0), To: chainKey(3)}, []string{chain(3)}},
		{"max hops 0 means MaxHops", graph.PathQuery{From: chainKey(0), To: chainKey(graph.MaxHops)}, []string{chain(graph.MaxHops)}},
		{"max hops clamped to MaxHops", graph.PathQuery{From: chainKey(0), To: chainKey(graph.MaxHops + 1), MaxHops: 100}, nil},
		{"parallel relationships ordered by identity", graph.PathQuery{From: pc, To: pd}, []string{
			"Trader:c <-DECLARED_BY- Declaration:d",
			"Trader:c -IMPORTED-> Declaration:d",
		}},
		{"parallel relationships from the other end", graph.PathQuery{From: pd, To: pc}, []string{
			"Declaration:d -DECLARED_BY-> Trader:c",
			"Declaration:d <-IMPORTED- Trader:c",
		}},
		{"limit among parallel relationships", graph.PathQuery{From: pd, To: pc, Limit: 1}, []string{
			"Declaration:d -DECLARED_BY-> Trader:c",
		}},
		{"from itself: one path of no hops", graph.PathQuery{From: pa, To: pa}, []string{"Trader:a"}},
		{"no path", graph.PathQuery{From: pa, To: chainKey(0)}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.ShortestPaths(t.Context(), tc.q)
			if err != nil {
				t.Fatalf("shortest paths: got %v, want nil", err)
			}
			var rendered []string
			for _, p := range got {
				rendered = append(rendered, pathString(p))
			}
			if d := diff(tc.want, rendered); d != "" {
				t.Errorf("paths (-want +got):\n%s", d)
			}
			for _, p := range got {
				for _, n := range p.Nodes {
					if d := diff(nodes[n.Key], n); d != "" {
						t.Errorf("node %s is not the stored node (-want +got):\n%s", n.Key, d)
					}
				}
				for _, e := range p.Edges {
					if d := diff(edges[e.ID()], e); d != "" {
						t.Errorf("relationship %s is not the stored one (-want +got):\n%s", e.ID(), d)
					}
				}
			}
		})
	}
}

// testShortestPathsErrors checks ENOTFOUND for missing endpoints and
// EINVALID for malformed queries.
func testShortestPathsErrors(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, paths())
	nobody := key(graph.KindTrader, "nobody")
	tests := []struct {
		name string
		q    graph.PathQuery
		code string
	}{
		{"missing from", graph.PathQuery{From: nobody, To: pb}, graph.ENOTFOUND},
		{"missing to", graph.PathQuery{From: pa, To: nobody}, graph.ENOTFOUND},
		{"missing itself", graph.PathQuery{From: nobody, To: nobody}, graph.ENOTFOUND},
		{"malformed from", graph.PathQuery{From: key(graph.KindTrader, ""), To: pb}, graph.EINVALID},
		{"unknown relationship kind", graph.PathQuery{From: pa, To: pb, RelKinds: []graph.RelKind{"KNOWS"}}, graph.EINVALID},
		{"unknown node kind", graph.PathQuery{From: pa, To: pb, NodeKinds: []graph.Kind{"Smuggler"}}, graph.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.ShortestPaths(t.Context(), tc.q)
			wantCode(t, "shortest paths", err, tc.code)
		})
	}
}

// pathString renders p as "A -KIND-> B <-KIND- C", or marks the first
// relationship that does not join its neighbours on the path.
func pathString(p graph.Path) string {
	if len(p.Nodes) != len(p.Edges)+1 {
		return "malformed path: " + strconv.Itoa(len(p.Nodes)) + " nodes, " + strconv.Itoa(len(p.Edges)) + " relationships"
	}
	var b strings.Builder
	b.WriteString(p.Nodes[0].Key.String())
	for i, e := range p.Edges {
		a, z := p.Nodes[i].Key, p.Nodes[i+1].Key
		switch {
		case e.From == a && e.To == z:
			b.WriteString(" -" + string(e.Kind) + "-> ")
		case e.From == z && e.To == a:
			b.WriteString(" <-" + string(e.Kind) + "- ")
		default:
			b.WriteString(" ?" + e.ID().String() + "? ")
		}
		b.WriteString(z.String())
	}
	return b.String()
}

// edgeStrings returns EdgeID.String of each relationship, in order.
func edgeStrings(es []graph.Edge) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID().String())
	}
	return out
}
