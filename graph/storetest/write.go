package storetest

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// testEmpty checks what a new store answers.
func testEmpty(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	if err := s.Ready(t.Context()); err != nil {
		t.Errorf("ready: got %v, want nil", err)
	}
	wantEmpty(t, s, "open")
	_, err := s.Node(t.Context(), acme)
	wantCode(t, "node in an empty store", err, graph.ENOTFOUND)
	hits, err := s.Search(t.Context(), graph.SearchQuery{Text: "acme"})
	if err != nil || len(hits) != 0 {
		t.Errorf("search in an empty store: got %v, %v, want no hits and nil", hits, err)
	}
	if err := s.Upsert(t.Context(), graph.Batch{}); err != nil {
		t.Errorf("upsert of an empty batch: got %v, want nil", err)
	}
	wantEmpty(t, s, "an empty batch")
}

// testMerge upserts a sequence of batches, each twice, and checks the
// whole store after each: label, At and properties merge as the contract
// says, relationships merge on (From, Kind, To), and the second upsert of
// a batch changes nothing.
func testMerge(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	t1, t2 := day(2024, 1, 10), day(2024, 2, 20)
	email := key(graph.KindEmail, "x@example.com")
	nl := key(graph.KindPhone, "+31")

	acmeV1 := graph.Node{Key: acme, Label: "ACME Ltd", At: t1, Props: graph.Props{"country": "GB", "roles": []string{"importer"}}}
	acmeV2 := graph.Node{Key: acme, Label: "ACME Ltd", At: t1, Props: graph.Props{"country": "GB", "roles": []string{"importer"}, "risk": 0.5}}
	acmeV3 := graph.Node{Key: acme, Label: "ACME Limited", At: t2, Props: graph.Props{"country": "FR", "roles": []string{"importer"}, "risk": 0.5}}
	impV1 := graph.Edge{From: acme, Kind: graph.RelImported, To: d1, At: t1, Props: graph.Props{"value": 10.5}}
	impV2 := graph.Edge{From: acme, Kind: graph.RelImported, To: d1, At: t1, Props: graph.Props{"value": 10.5, "currency": "EUR"}}
	impV3 := graph.Edge{From: acme, Kind: graph.RelImported, To: d1, At: t2, Props: graph.Props{"value": 12.0, "currency": "EUR"}}
	betaV := graph.Node{Key: beta, Label: "Beta BV", Props: graph.Props{"a": "3", "b": "2"}}
	betaPhone := graph.Edge{From: beta, Kind: graph.RelUsesPhone, To: nl, Props: graph.Props{"n": int64(2), "m": true}}
	d1Full := graph.Node{Key: d1, Label: "d1", At: t1, Props: graph.Props{"hsCode": "8517"}}
	emailNode := graph.Node{Key: email, Label: "x@example.com"}

	steps := []struct {
		name  string
		batch graph.Batch
		want  content
	}{
		{
			name: "create, with a bare endpoint",
			batch: graph.Batch{
				Nodes: []graph.Node{{Key: acme, Label: "ACME Ltd", At: t1, Props: graph.Props{"country": "GB", "roles": []string{"importer"}}}},
				Edges: []graph.Edge{{From: acme, Kind: graph.RelImported, To: d1, At: t1, Props: graph.Props{"value": 10.5}}},
			},
			want: content{Nodes: []graph.Node{{Key: d1}, acmeV1}, Edges: []graph.Edge{impV1}},
		},
		{
			name: "empty label and zero At keep the stored ones, properties add up",
			batch: graph.Batch{
				Nodes: []graph.Node{{Key: acme, Props: graph.Props{"risk": 0.5}}},
				Edges: []graph.Edge{{From: acme, Kind: graph.RelImported, To: d1, Props: graph.Props{"currency": "EUR"}}},
			},
			want: content{Nodes: []graph.Node{{Key: d1}, acmeV2}, Edges: []graph.Edge{impV2}},
		},
		{
			name: "a new label, At and values replace the stored ones",
			batch: graph.Batch{
				Nodes: []graph.Node{{Key: acme, Label: "ACME Limited", At: t2, Props: graph.Props{"country": "FR"}}},
				Edges: []graph.Edge{{From: acme, Kind: graph.RelImported, To: d1, At: t2, Props: graph.Props{"value": 12.0}}},
			},
			want: content{Nodes: []graph.Node{{Key: d1}, acmeV3}, Edges: []graph.Edge{impV3}},
		},
		{
			name: "another kind or direction is another relationship",
			batch: graph.Batch{Edges: []graph.Edge{
				edge(d1, graph.RelDeclaredBy, acme),
				edge(d1, graph.RelSoldBy, acme),
			}},
			want: content{
				Nodes: []graph.Node{{Key: d1}, acmeV3},
				Edges: []graph.Edge{edge(d1, graph.RelDeclaredBy, acme), edge(d1, graph.RelSoldBy, acme), impV3},
			},
		},
		{
			name: "a key given twice in one batch merges in batch order",
			batch: graph.Batch{
				Nodes: []graph.Node{
					{Key: beta, Label: "Beta", Props: graph.Props{"a": "1"}},
					{Key: beta, Props: graph.Props{"b": "2"}},
					{Key: beta, Label: "Beta BV", Props: graph.Props{"a": "3"}},
				},
				Edges: []graph.Edge{
					{From: beta, Kind: graph.RelUsesPhone, To: nl, Props: graph.Props{"n": int64(1)}},
					{From: beta, Kind: graph.RelUsesPhone, To: nl, Props: graph.Props{"n": int64(2), "m": true}},
				},
			},
			want: content{
				Nodes: []graph.Node{{Key: d1}, {Key: nl}, acmeV3, betaV},
				Edges: []graph.Edge{edge(d1, graph.RelDeclaredBy, acme), edge(d1, graph.RelSoldBy, acme), impV3, betaPhone},
			},
		},
		{
			name: "a node listed in the batch of a relationship naming it is not bare",
			batch: graph.Batch{
				Edges: []graph.Edge{edge(acme, graph.RelUsesEmail, email)},
				Nodes: []graph.Node{emailNode},
			},
			want: content{
				Nodes: []graph.Node{{Key: d1}, emailNode, {Key: nl}, acmeV3, betaV},
				Edges: []graph.Edge{edge(d1, graph.RelDeclaredBy, acme), edge(d1, graph.RelSoldBy, acme), impV3, edge(acme, graph.RelUsesEmail, email), betaPhone},
			},
		},
		{
			name:  "upserting a bare node fills it in",
			batch: graph.Batch{Nodes: []graph.Node{d1Full}},
			want: content{
				Nodes: []graph.Node{d1Full, emailNode, {Key: nl}, acmeV3, betaV},
				Edges: []graph.Edge{edge(d1, graph.RelDeclaredBy, acme), edge(d1, graph.RelSoldBy, acme), impV3, edge(acme, graph.RelUsesEmail, email), betaPhone},
			},
		},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			sortContent(&st.want)
			for _, attempt := range []string{"first", "second"} {
				mustUpsert(t, s, st.batch)
				if d := diff(st.want, mustDump(t, s)); d != "" {
					t.Errorf("%s upsert: store content mismatch (-want +got):\n%s", attempt, d)
				}
				if d := diff(statsOf(st.want), mustStats(t, s)); d != "" {
					t.Errorf("%s upsert: stats mismatch (-want +got):\n%s", attempt, d)
				}
			}
		})
	}
}

// testMergeIdempotent upserts the network fixture twice: the second time
// leaves content and counts exactly as the first.
func testMergeIdempotent(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	want := contentOf(network())
	mustUpsert(t, s, network())
	first, firstStats := mustDump(t, s), mustStats(t, s)
	if d := diff(want, first); d != "" {
		t.Errorf("after one upsert: content mismatch (-want +got):\n%s", d)
	}
	if d := diff(statsOf(want), firstStats); d != "" {
		t.Errorf("after one upsert: stats mismatch (-want +got):\n%s", d)
	}
	mustUpsert(t, s, network())
	if d := diff(first, mustDump(t, s)); d != "" {
		t.Errorf("second upsert changed the content (-first +second):\n%s", d)
	}
	if d := diff(firstStats, mustStats(t, s)); d != "" {
		t.Errorf("second upsert changed the stats (-first +second):\n%s", d)
	}
}

// testBareEndpoints checks that a relationship creates missing endpoints
// as key-only nodes, and leaves existing ones alone.
func testBareEndpoints(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, graph.Batch{Nodes: []graph.Node{{Key: acme, Label: "ACME Ltd"}}})
	mustUpsert(t, s, graph.Batch{Edges: []graph.Edge{edge(acme, graph.RelUsesPhone, phone), edge(d1, graph.RelLodgedAt, lhr)}})
	tests := []struct {
		key  graph.Key
		want graph.Node
	}{
		{acme, graph.Node{Key: acme, Label: "ACME Ltd"}},
		{phone, graph.Node{Key: phone}},
		{d1, graph.Node{Key: d1}},
		{lhr, graph.Node{Key: lhr}},
	}
	for _, tc := range tests {
		t.Run(tc.key.String(), func(t *testing.T) {
			if d := diff(tc.want, mustNode(t, s, tc.key)); d != "" {
				t.Errorf("node mismatch (-want +got):\n%s", d)
			}
		})
	}
	want := graph.Stats{
		Nodes: map[graph.Kind]int{graph.KindTrader: 1, graph.KindPhone: 1, graph.KindDeclaration: 1, graph.KindOffice: 1},
		Edges: map[graph.RelKind]int{graph.RelUsesPhone: 1, graph.RelLodgedAt: 1},
	}
	if d := diff(want, mustStats(t, s)); d != "" {
		t.Errorf("stats mismatch (-want +got):\n%s", d)
	}
}

// testPropertyTypes checks that each property type, and At, reads back
// exactly: same dynamic type, same value, At in UTC to the nanosecond.
func testPropertyTypes(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	tests := []struct {
		name string
		in   any
		want any
	}{
		{"string", "hello", "hello"},
		{"empty string", "", ""},
		{"unicode string", "Ünïcødé 北京 🚢", "Ünïcødé 北京 🚢"},
		{"true", true, true},
		{"false", false, false},
		{"int64", int64(42), int64(42)},
		{"int64 max", int64(math.MaxInt64), int64(math.MaxInt64)},
		{"int64 min", int64(math.MinInt64), int64(math.MinInt64)},
		{"int becomes int64", 7, int64(7)},
		{"int32 becomes int64", int32(-9), int64(-9)},
		{"float64", 0.1, 0.1},
		{"whole float64 stays float64", 2.0, 2.0},
		{"large float64", -1e300, -1e300},
		{"float32 becomes float64", float32(1.5), 1.5},
		{"string list", []string{"b", "a", "b"}, []string{"b", "a", "b"}},
		{"string list with an empty string", []string{""}, []string{""}},
		{"empty string list", []string{}, []string{}},
	}
	var b graph.Batch
	for i, tc := range tests {
		k := key(graph.KindTrader, tc.name)
		b.Nodes = append(b.Nodes, graph.Node{Key: k, Props: graph.Props{"v": tc.in}})
		b.Edges = append(b.Edges, graph.Edge{From: k, Kind: graph.RelUsesPhone, To: key(graph.KindPhone, string(rune('a'+i))), Props: graph.Props{"v": tc.in}})
	}
	mustUpsert(t, s, b)
	edges := map[graph.Key]graph.Edge{}
	for _, e := range mustDump(t, s).Edges {
		edges[e.From] = e
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			k := key(graph.KindTrader, tc.name)
			n := mustNode(t, s, k)
			if d := diff(tc.want, n.Prop("v")); d != "" {
				t.Errorf("node property (-want +got):\n%s", d)
			}
			if d := diff(tc.want, edges[k].Props["v"]); d != "" {
				t.Errorf("relationship property (-want +got):\n%s", d)
			}
		})
	}

	times := []struct {
		name string
		at   time.Time
	}{
		{"nanoseconds in another zone", time.Date(2024, 5, 17, 13, 45, 30, 123456789, time.FixedZone("KST", 9*3600))},
		{"before 1970", time.Date(1969, 7, 20, 20, 17, 40, 0, time.UTC)},
		{"far future", time.Date(2199, 12, 31, 23, 59, 59, 999999999, time.UTC)},
	}
	b = graph.Batch{}
	for i, tc := range times {
		k := key(graph.KindSeizure, tc.name)
		b.Nodes = append(b.Nodes, graph.Node{Key: k, At: tc.at})
		b.Edges = append(b.Edges, graph.Edge{From: k, Kind: graph.RelSeizedAt, To: key(graph.KindOffice, string(rune('a'+i))), At: tc.at})
	}
	mustUpsert(t, s, b)
	for _, e := range mustDump(t, s).Edges {
		edges[e.From] = e
	}
	for _, tc := range times {
		t.Run("At "+tc.name, func(t *testing.T) {
			k := key(graph.KindSeizure, tc.name)
			for what, got := range map[string]time.Time{"node": mustNode(t, s, k).At, "relationship": edges[k].At} {
				if !got.Equal(tc.at) || got.Location() != time.UTC {
					t.Errorf("%s At: got %v, want %v in UTC", what, got, tc.at.UTC())
				}
			}
		})
	}
}

// testValidation checks that a batch with one malformed item among good
// ones fails with EINVALID and writes nothing, and that malformed
// queries fail with EINVALID.
func testValidation(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	good := graph.Batch{
		Nodes: []graph.Node{{Key: acme, Label: "ACME"}, {Key: d1, Label: "d1"}},
		Edges: []graph.Edge{edge(acme, graph.RelImported, d1), edge(d1, graph.RelLodgedAt, lhr)},
	}
	withNode := func(n graph.Node) graph.Batch {
		b := graph.Batch{Nodes: append(append([]graph.Node{}, good.Nodes...), n), Edges: good.Edges}
		return b
	}
	withEdge := func(e graph.Edge) graph.Batch {
		return graph.Batch{Nodes: good.Nodes, Edges: append([]graph.Edge{e}, good.Edges...)}
	}
	batches := []struct {
		name  string
		batch graph.Batch
	}{
		{"unknown node kind", withNode(graph.Node{Key: key("Smuggler", "x")})},
		{"empty id", withNode(graph.Node{Key: key(graph.KindTrader, "")})},
		{"overlong id", withNode(graph.Node{Key: key(graph.KindTrader, strings.Repeat("x", graph.MaxIDLength+1))})},
		{"id not UTF-8", withNode(graph.Node{Key: key(graph.KindTrader, "bad\xff")})},
		{"property name with a space", withNode(graph.Node{Key: beta, Props: graph.Props{"bad name": "x"}})},
		{"reserved property name", withNode(graph.Node{Key: beta, Props: graph.Props{"label": "x"}})},
		{"unsupported property type", withNode(graph.Node{Key: beta, Props: graph.Props{"n": []int{1}}})},
		{"time property", withNode(graph.Node{Key: beta, Props: graph.Props{"when": day(2024, 1, 1)}})},
		{"unknown relationship kind", withEdge(graph.Edge{From: beta, Kind: "KNOWS", To: acme})},
		{"relationship to itself", withEdge(edge(beta, graph.RelTravelsWith, beta))},
		{"relationship to a malformed key", withEdge(edge(beta, graph.RelUsesPhone, key(graph.KindPhone, "")))},
		{"relationship property type", withEdge(graph.Edge{From: beta, Kind: graph.RelUsesPhone, To: phone, Props: graph.Props{"m": map[string]string{}}})},
	}
	for _, tc := range batches {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, "upsert", s.Upsert(t.Context(), tc.batch), graph.EINVALID)
			wantEmpty(t, s, "a rejected batch")
		})
	}

	ctx := t.Context()
	bad := key(graph.KindTrader, "")
	queries := []struct {
		name string
		call func() error
	}{
		{"node with a malformed key", func() error { _, err := s.Node(ctx, bad); return err }},
		{"node with an unknown kind", func() error { _, err := s.Node(ctx, key("Smuggler", "x")); return err }},
		{"nodes with a malformed key", func() error { _, _, err := s.Nodes(ctx, []graph.Key{acme, bad}); return err }},
		{"scan of an unknown node kind", func() error {
			return s.ScanNodes(ctx, []graph.Kind{"Smuggler"}, func(graph.Node) error { return nil })
		}},
		{"scan of an unknown relationship kind", func() error {
			return s.ScanEdges(ctx, []graph.RelKind{"KNOWS"}, func(graph.Edge) error { return nil })
		}},
		{"set properties on a malformed key", func() error {
			return s.SetProperties(ctx, []graph.PropertyUpdate{{Key: bad, Props: graph.Props{"x": "y"}}})
		}},
	}
	for _, tc := range queries {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, tc.name, tc.call(), graph.EINVALID)
		})
	}
}

// testSetProperties checks bulk property updates: set, overwrite, remove
// with nil, in order, all or nothing.
func testSetProperties(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	at := day(2024, 1, 10)
	mustUpsert(t, s, graph.Batch{
		Nodes: []graph.Node{
			{Key: acme, Label: "ACME", At: at, Props: graph.Props{"country": "GB", "risk": 0.1}},
			{Key: beta, Label: "Beta"},
		},
		Edges: []graph.Edge{edge(acme, graph.RelUsesPhone, phone)},
	})
	ghost := key(graph.KindTrader, "ghost")
	tests := []struct {
		name     string
		updates  []graph.PropertyUpdate
		wantCode string
		want     []graph.Node // acme, beta, phone afterwards
	}{
		{
			name: "set, overwrite and remove, in order",
			updates: []graph.PropertyUpdate{
				{Key: acme, Props: graph.Props{"risk": 0.9, graph.PropCommunityID: 3}},
				{Key: beta, Props: graph.Props{graph.PropKnownSmuggler: true}},
				{Key: acme, Props: graph.Props{"country": nil, "absent": nil}},
				{Key: phone, Props: graph.Props{graph.PropDegree: int64(1)}},
			},
			want: []graph.Node{
				{Key: acme, Label: "ACME", At: at, Props: graph.Props{"risk": 0.9, graph.PropCommunityID: int64(3)}},
				{Key: beta, Label: "Beta", Props: graph.Props{graph.PropKnownSmuggler: true}},
				{Key: phone, Props: graph.Props{graph.PropDegree: int64(1)}},
			},
		},
		{
			name: "a missing key writes nothing",
			updates: []graph.PropertyUpdate{
				{Key: acme, Props: graph.Props{"risk": 0.0}},
				{Key: ghost, Props: graph.Props{"risk": 0.5}},
			},
			wantCode: graph.ENOTFOUND,
		},
		{
			name: "a malformed property writes nothing",
			updates: []graph.PropertyUpdate{
				{Key: acme, Props: graph.Props{"risk": 0.0}},
				{Key: beta, Props: graph.Props{"bad name": 1}},
			},
			wantCode: graph.EINVALID,
		},
		{
			name: "an unsupported value writes nothing",
			updates: []graph.PropertyUpdate{
				{Key: acme, Props: graph.Props{"risk": 0.0}},
				{Key: beta, Props: graph.Props{"when": at}},
			},
			wantCode: graph.EINVALID,
		},
		{
			name:    "no updates",
			updates: nil,
		},
	}
	var want []graph.Node
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := s.SetProperties(t.Context(), tc.updates)
			wantCode(t, "set properties", err, tc.wantCode)
			if tc.want != nil {
				want = tc.want
			}
			nodes, _, err := s.Nodes(t.Context(), []graph.Key{acme, beta, phone})
			if err != nil {
				t.Fatalf("nodes: got %v, want nil", err)
			}
			if d := diff(want, nodes); d != "" {
				t.Errorf("nodes afterwards (-want +got):\n%s", d)
			}
			if _, err := s.Node(t.Context(), ghost); graph.ErrorCode(err) != graph.ENOTFOUND {
				t.Errorf("node %s: got %v, want ENOTFOUND (set properties must not create nodes)", ghost, err)
			}
		})
	}
	st := mustStats(t, s)
	if st.NodeCount() != 3 || st.EdgeCount() != 1 {
		t.Errorf("stats: got %d nodes and %d relationships, want 3 and 1", st.NodeCount(), st.EdgeCount())
	}
}
