package resolvers_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers"
	"github.com/google/go-cmp/cmp"
)

// TestNodeByID reads one node of each kind with its typed and relation
// fields.
func TestNodeByID(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	tests := []struct {
		name string
		id   graph.Key
		frag string
		want string // JSON of data.node
	}{
		{
			name: "trader known smuggler",
			id:   kShadow,
			frag: `... on Trader { name country roles knownSmuggler knownSmugglerSource networkRisk communityId pagerank
				seizures { id } phones { number } emails { address } addresses { address }
				declarations(roles: [IMPORTER]) { totalCount edges { node { id } } } }`,
			want: `{"id":"Trader:KR-SHADOW","kind":"Trader","label":"Shadow Imports","name":"Shadow Imports","country":"KR",
				"roles":["importer"],"knownSmuggler":true,"knownSmugglerSource":"S2024-001","networkRisk":1,"communityId":7,"pagerank":null,
				"seizures":[{"id":"Seizure:S2024-001"}],"phones":[{"number":"+821012345678"}],"emails":[{"address":"shadow@example.com"}],
				"addresses":[{"address":"1 harbour road busan"}],
				"declarations":{"totalCount":1,"edges":[{"node":{"id":"Declaration:D0031"}}]}}`,
		},
		{
			name: "declaration with parties and scores",
			id:   kDecl31,
			frag: `... on Declaration { hsCode value inspected illicit revenue critical dateIllicitProb hsRecommended dateRank
				importer { id } declarant { id } seller { id } office { name } origin { code } seizures { goods } }`,
			want: `{"id":"Declaration:D0031","kind":"Declaration","label":"D0031 (HS 330499)","hsCode":"330499","value":500,
				"inspected":true,"illicit":true,"revenue":1200,"critical":2,"dateIllicitProb":0.93,"hsRecommended":"293339","dateRank":null,
				"importer":{"id":"Trader:KR-SHADOW"},"declarant":{"id":"Trader:KR-BLUE"},"seller":null,
				"office":{"name":"Incheon Airport Customs"},"origin":{"code":"CN"},"seizures":[{"goods":"methamphetamine"}]}`,
		},
		{
			name: "bare declaration finds its importer by relationship",
			id:   graph.NewKey(graph.KindDeclaration, "BARE-1"),
			frag: `... on Declaration { at value inspected importer { id label } }`,
			want: `{"id":"Declaration:BARE-1","kind":"Declaration","label":"BARE-1","at":null,"value":null,"inspected":false,
				"importer":{"id":"Trader:KR-GHOST","label":"KR-GHOST"}}`,
		},
		{
			name: "passenger",
			id:   kJohn,
			frag: `... on Passenger { surname givenNames dateOfBirth crew bookings { recordLocator } flights { number }
				documents { documentType issuer number } travelsWith { surname } phones { id } seizures { id } }`,
			want: `{"id":"Passenger:DOE/JOHN/1970-07-12","kind":"Passenger","label":"JOHN DOE","surname":"DOE","givenNames":"JOHN",
				"dateOfBirth":"1970-07-12","crew":false,"bookings":[{"recordLocator":"ABC123"}],"flights":[{"number":"81"}],
				"documents":[{"documentType":"P","issuer":"KOR","number":"M1234567"}],"travelsWith":[{"surname":"ROE"}],
				"phones":[{"id":"Phone:+821012345678"}],"seizures":[]}`,
		},
		{
			name: "booking",
			id:   kBooking,
			frag: `... on Booking { carrier created passengers { id } flights { id } agency { name } emails { id } paymentCards { raw } }`,
			want: `{"id":"Booking:KE-ABC123","kind":"Booking","label":"PNR KE-ABC123","carrier":"KE","created":"2024-02-20T09:00:00Z",
				"passengers":[{"id":"Passenger:DOE/JOHN/1970-07-12"},{"id":"Passenger:ROE/JANE/1985-01-02"}],
				"flights":[{"id":"Flight:KE0081-2024-03-01"}],"agency":{"name":"Seoul Travel"},
				"emails":[{"id":"Email:shadow@example.com"}],"paymentCards":[{"raw":"****1234"}]}`,
		},
		{
			name: "flight",
			id:   kFlight,
			frag: `... on Flight { origin destination departure arrival departureAirport { code } arrivalAirport { name }
				passengers(first: 1) { totalCount pageInfo { hasNextPage } edges { node { surname } } } bookings { totalCount } }`,
			want: `{"id":"Flight:KE0081-2024-03-01","kind":"Flight","label":"KE0081-2024-03-01 ICN-LHR","origin":"ICN","destination":"LHR",
				"departure":"2024-03-01T09:00:00Z","arrival":"2024-03-01T23:00:00Z","departureAirport":{"code":"ICN"},
				"arrivalAirport":{"name":"London Heathrow"},
				"passengers":{"totalCount":2,"pageInfo":{"hasNextPage":true},"edges":[{"node":{"surname":"DOE"}}]},"bookings":{"totalCount":1}}`,
		},
		{
			name: "phone shared by a smuggler and a passenger",
			id:   kPhone,
			frag: `... on Phone { number raw holders { id } }`,
			want: `{"id":"Phone:+821012345678","kind":"Phone","label":"+82 10 1234 5678","number":"+821012345678","raw":"010-1234-5678",
				"holders":[{"id":"Passenger:DOE/JOHN/1970-07-12"},{"id":"Trader:KR-SHADOW"}]}`,
		},
		{
			name: "document",
			id:   kDoc,
			frag: `... on Document { holders { id } }`,
			want: `{"id":"Document:P/KOR/M1234567","kind":"Document","label":"P/KOR/M1234567","holders":[{"id":"Passenger:DOE/JOHN/1970-07-12"}]}`,
		},
		{
			name: "email",
			id:   kEmail,
			frag: `... on Email { address holders { kind } }`,
			want: `{"id":"Email:shadow@example.com","kind":"Email","label":"shadow@example.com","address":"shadow@example.com",
				"holders":[{"kind":"Booking"},{"kind":"Trader"}]}`,
		},
		{
			name: "payment card",
			id:   kCard,
			frag: `... on PaymentCard { hash holders { id } }`,
			want: `{"id":"PaymentCard:c4rdh4sh","kind":"PaymentCard","label":"card ****1234","hash":"c4rdh4sh","holders":[{"id":"Booking:KE-ABC123"}]}`,
		},
		{
			name: "agency",
			id:   kAgency,
			frag: `... on Agency { code name bookings { edges { node { id } } } }`,
			want: `{"id":"Agency:AG01","kind":"Agency","label":"Seoul Travel","code":"AG01","name":"Seoul Travel",
				"bookings":{"edges":[{"node":{"id":"Booking:KE-ABC123"}}]}}`,
		},
		{
			name: "seizure",
			id:   kSeizure,
			frag: `... on Seizure { date goods quantity source involved { id } office { code } }`,
			want: `{"id":"Seizure:S2024-001","kind":"Seizure","label":"Seizure S2024-001: methamphetamine","date":"2024-04-01T09:00:00Z",
				"goods":"methamphetamine","quantity":"2 kg","source":"seizure",
				"involved":[{"id":"Declaration:D0031"},{"id":"Trader:KR-SHADOW"}],"office":{"code":"ICN01"}}`,
		},
		{
			name: "office",
			id:   kOffice,
			frag: `... on Office { code name }`,
			want: `{"id":"Office:ICN01","kind":"Office","label":"Incheon Airport Customs","code":"ICN01","name":"Incheon Airport Customs"}`,
		},
		{
			name: "country",
			id:   kCN,
			frag: `... on Country { code name }`,
			want: `{"id":"Country:CN","kind":"Country","label":"China","code":"CN","name":"China"}`,
		},
		{
			name: "airport",
			id:   kLHR,
			frag: `... on Airport { code name at }`,
			want: `{"id":"Airport:LHR","kind":"Airport","label":"London Heathrow","code":"LHR","name":"London Heathrow","at":null}`,
		},
		{
			name: "address",
			id:   kAddress,
			frag: `... on Address { address holders { id } }`,
			want: `{"id":"Address:1 harbour road busan","kind":"Address","label":"1 Harbour Road, Busan","address":"1 harbour road busan",
				"holders":[{"id":"Trader:KR-SHADOW"}]}`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := fmt.Sprintf(`query($id: ID!) { node(id: $id) { id kind label %s } }`, tc.frag)
			data := mustQuery(t, srv, q, map[string]any{"id": tc.id.String()})
			var want any
			if err := json.Unmarshal([]byte(tc.want), &want); err != nil {
				t.Fatalf("bad want: %v", err)
			}
			if diff := cmp.Diff(want, data["node"]); diff != "" {
				t.Errorf("node(%s) mismatch (-want +got):\n%s", tc.id, diff)
			}
		})
	}
}

// TestNodeProperties checks the generic property list.
func TestNodeProperties(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	data := mustQuery(t, srv, `{ node(id: "Trader:KR-SHADOW") { properties { name value } } }`, nil)
	got := get(data, "node", "properties")
	want := []any{
		map[string]any{"name": "communityId", "value": float64(7)},
		map[string]any{"name": "country", "value": "KR"},
		map[string]any{"name": "knownSmuggler", "value": true},
		map[string]any{"name": "knownSmugglerSource", "value": "S2024-001"},
		map[string]any{"name": "networkRisk", "value": float64(1)},
		map[string]any{"name": "roles", "value": []any{"importer"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("properties mismatch (-want +got):\n%s", diff)
	}
}

// TestNodeErrors checks the error codes of single lookups.
func TestNodeErrors(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	tests := []struct {
		name, id, code string
	}{
		{"missing node", "Trader:NOPE", graph.ENOTFOUND},
		{"no kind separator", "KR-ACME", graph.EINVALID},
		{"unknown kind", "Smuggler:KR-ACME", graph.EINVALID},
		{"empty id", "Trader:", graph.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := query(t, srv, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": tc.id})
			if got := r.code(0); got != tc.code {
				t.Fatalf("code = %q, want %q (errors %+v)", got, tc.code, r.Errors)
			}
			if got := string(r.Data); got != `{"node":null}` {
				t.Errorf("data = %s, want {\"node\":null}", got)
			}
			if got := r.Errors[0].Path; len(got) != 1 || got[0] != "node" {
				t.Errorf("path = %v, want [node]", got)
			}
			if r.status != 200 {
				t.Errorf("status = %d, want 200", r.status)
			}
		})
	}
}

// TestNodes checks the batch lookup: order kept, null for missing ids.
func TestNodes(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	data := mustQuery(t, srv, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
		map[string]any{"ids": []string{kJohn.String(), "Trader:NOPE", kAcme.String()}})
	want := []any{map[string]any{"id": kJohn.String()}, nil, map[string]any{"id": kAcme.String()}}
	if diff := cmp.Diff(want, data["nodes"]); diff != "" {
		t.Errorf("nodes mismatch (-want +got):\n%s", diff)
	}
	r := query(t, srv, `{ nodes(ids: ["bad"]) { id } }`, nil)
	if got := r.code(0); got != graph.EINVALID {
		t.Errorf("bad id: code = %q, want %q", got, graph.EINVALID)
	}
}

// TestSearchPagination pages through fifty hits and checks the cursors
// chain, stay stable, and hasNextPage is right.
func TestSearchPagination(t *testing.T) {
	// A high complexity limit lets an oversized page reach the resolver.
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t), ComplexityLimit: 1 << 30})
	const q = `query($after: String, $first: Int) {
		search(text: "batch trader", kinds: [Trader], first: $first, after: $after) {
			totalCount
			pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			edges { cursor node { id label } }
		}
	}`
	var ids []string
	var after any
	pages := []struct {
		size       int
		next, prev bool
	}{{20, true, false}, {20, true, true}, {10, false, true}}
	for i, want := range pages {
		data := mustQuery(t, srv, q, map[string]any{"first": 20, "after": after})
		s := get(data, "search").(map[string]any)
		edges := s["edges"].([]any)
		if len(edges) != want.size {
			t.Fatalf("page %d: %d edges, want %d", i, len(edges), want.size)
		}
		if got := get(s, "totalCount"); got != float64(nBatch) {
			t.Errorf("page %d: totalCount = %v, want %d", i, got, nBatch)
		}
		if got := get(s, "pageInfo", "hasNextPage"); got != want.next {
			t.Errorf("page %d: hasNextPage = %v, want %v", i, got, want.next)
		}
		if got := get(s, "pageInfo", "hasPreviousPage"); got != want.prev {
			t.Errorf("page %d: hasPreviousPage = %v, want %v", i, got, want.prev)
		}
		if got, last := get(s, "pageInfo", "endCursor"), get(edges[len(edges)-1], "cursor"); got != last {
			t.Errorf("page %d: endCursor = %v, want last edge cursor %v", i, got, last)
		}
		for _, e := range edges {
			ids = append(ids, get(e, "node", "id").(string))
		}
		after = get(s, "pageInfo", "endCursor")
	}
	var want []string
	for i := range nBatch {
		want = append(want, batchTrader(i).String())
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("paged ids mismatch (-want +got):\n%s", diff)
	}

	// The same page asked twice has the same cursors.
	a := mustQuery(t, srv, q, map[string]any{"first": 5})
	b := mustQuery(t, srv, q, map[string]any{"first": 5})
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("cursors not stable (-first +second):\n%s", diff)
	}

	// A page without totalCount fetches only what it needs and still knows
	// whether more follow.
	data := mustQuery(t, srv, `{ search(text: "batch trader", first: 49) { pageInfo { hasNextPage } } }`, nil)
	if got := get(data, "search", "pageInfo", "hasNextPage"); got != true {
		t.Errorf("first 49 of 50: hasNextPage = %v, want true", got)
	}

	bad := []struct {
		name string
		vars map[string]any
	}{
		{"garbage cursor", map[string]any{"after": "!!!"}},
		{"cursor of another list", map[string]any{"after": "MDpUcmFkZXI6Tk9QRQ"}}, // "0:Trader:NOPE"
		{"negative first", map[string]any{"first": -1}},
		{"first too large", map[string]any{"first": 5000}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			r := query(t, srv, q, tc.vars)
			if got := r.code(0); got != graph.EINVALID {
				t.Errorf("code = %q, want %q (%+v)", got, graph.EINVALID, r.Errors)
			}
		})
	}
}

// TestNeighbours pages through a node's relationships.
func TestNeighbours(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	const q = `query($after: String) { node(id: "Trader:KR-ACME") {
		neighbours(first: 12, after: $after, relKinds: [IMPORTED]) {
			totalCount pageInfo { hasNextPage endCursor }
			edges { direction node { id } relationship { kind from to } }
		} } }`
	var got []string
	var after any
	for range 3 {
		data := mustQuery(t, srv, q, map[string]any{"after": after})
		nb := get(data, "node", "neighbours")
		if tc := get(nb, "totalCount"); tc != float64(nAcmeDecl) {
			t.Fatalf("totalCount = %v, want %d", tc, nAcmeDecl)
		}
		for _, e := range get(nb, "edges").([]any) {
			if d := get(e, "direction"); d != "OUT" {
				t.Errorf("direction = %v, want OUT", d)
			}
			if k := get(e, "relationship", "kind"); k != "IMPORTED" {
				t.Errorf("kind = %v, want IMPORTED", k)
			}
			got = append(got, get(e, "node", "id").(string))
		}
		after = get(nb, "pageInfo", "endCursor")
		if get(nb, "pageInfo", "hasNextPage") == false {
			break
		}
	}
	if len(got) != nAcmeDecl || got[0] != declKey(1).String() || got[nAcmeDecl-1] != declKey(nAcmeDecl).String() {
		t.Errorf("neighbours = %d ids from %v to %v, want %d from %s to %s", len(got), got[0], got[len(got)-1], nAcmeDecl, declKey(1), declKey(nAcmeDecl))
	}

	// Kind filter and direction IN.
	data := mustQuery(t, srv, `{ node(id: "Trader:KR-BLUE") { neighbours(kinds: [Declaration], first: 1) {
		totalCount edges { direction relationship { kind } } } } }`, nil)
	if tc := get(data, "node", "neighbours", "totalCount"); tc != float64(nAcmeDecl+1) {
		t.Errorf("Blue's declarations = %v, want %d", tc, nAcmeDecl+1)
	}
	if d := get(data, "node", "neighbours", "edges", 0, "direction"); d != "IN" {
		t.Errorf("direction = %v, want IN", d)
	}
}

// TestSubgraph checks depth, limit, truncation, filters and distances.
func TestSubgraph(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	const q = `query($c: [ID!]!, $depth: Int, $limit: Int, $rels: [RelKind!], $kinds: [NodeKind!], $since: DateTime) {
		subgraph(centers: $c, depth: $depth, limit: $limit, relKinds: $rels, kinds: $kinds, since: $since) {
			truncated nodes { distance node { id } } edges { id kind from to }
		} }`
	type sub struct {
		Truncated bool
		Nodes     []struct {
			Distance int
			Node     struct{ ID string }
		}
		Edges []struct{ ID, Kind, From, To string }
	}
	tests := []struct {
		name      string
		vars      map[string]any
		nodes     []string // "distance id"
		edges     int
		truncated bool
	}{
		{
			name:  "depth 0 is the centre",
			vars:  map[string]any{"c": []string{kShadow.String()}, "depth": 0},
			nodes: []string{"0 Trader:KR-SHADOW"},
		},
		{
			name: "depth 1",
			vars: map[string]any{"c": []string{kShadow.String()}},
			nodes: []string{"0 Trader:KR-SHADOW", "1 Address:1 harbour road busan", "1 Declaration:D0031",
				"1 Email:shadow@example.com", "1 Phone:+821012345678", "1 Seizure:S2024-001"},
			edges: 6, // five from the centre, plus D0031 -INVOLVED_IN-> the seizure
		},
		{
			name:  "relationship kinds followed to depth 2",
			vars:  map[string]any{"c": []string{kShadow.String()}, "depth": 2, "rels": []string{"USES_PHONE"}},
			nodes: []string{"0 Trader:KR-SHADOW", "1 Phone:+821012345678", "2 Passenger:DOE/JOHN/1970-07-12"},
			edges: 2,
		},
		{
			name:      "limit truncates by distance then id",
			vars:      map[string]any{"c": []string{kShadow.String()}, "depth": 2, "limit": 3},
			nodes:     []string{"0 Trader:KR-SHADOW", "1 Address:1 harbour road busan", "1 Declaration:D0031"},
			edges:     2,
			truncated: true,
		},
		{
			name:  "node kinds",
			vars:  map[string]any{"c": []string{kShadow.String()}, "kinds": []string{"Seizure", "Declaration"}},
			nodes: []string{"0 Trader:KR-SHADOW", "1 Declaration:D0031", "1 Seizure:S2024-001"},
			edges: 3,
		},
		{
			name:  "since drops earlier events",
			vars:  map[string]any{"c": []string{kShadow.String()}, "kinds": []string{"Seizure", "Declaration"}, "since": "2024-03-15T00:00:00Z"},
			nodes: []string{"0 Trader:KR-SHADOW", "1 Seizure:S2024-001"},
			edges: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := query(t, srv, q, tc.vars)
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %+v", r.Errors)
			}
			var d struct{ Subgraph sub }
			if err := json.Unmarshal(r.Data, &d); err != nil {
				t.Fatal(err)
			}
			var nodes []string
			for _, n := range d.Subgraph.Nodes {
				nodes = append(nodes, fmt.Sprintf("%d %s", n.Distance, n.Node.ID))
			}
			if diff := cmp.Diff(tc.nodes, nodes); diff != "" {
				t.Errorf("nodes mismatch (-want +got):\n%s", diff)
			}
			if got := len(d.Subgraph.Edges); got != tc.edges {
				t.Errorf("edges = %d, want %d: %+v", got, tc.edges, d.Subgraph.Edges)
			}
			if d.Subgraph.Truncated != tc.truncated {
				t.Errorf("truncated = %v, want %v", d.Subgraph.Truncated, tc.truncated)
			}
		})
	}

	errs := []struct {
		name string
		vars map[string]any
		code string
	}{
		{"missing centre", map[string]any{"c": []string{"Trader:NOPE"}}, graph.ENOTFOUND},
		{"no centres", map[string]any{"c": []string{}}, graph.EINVALID},
		{"depth too deep", map[string]any{"c": []string{kShadow.String()}, "depth": graph.MaxDepth + 1}, graph.EINVALID},
		{"limit zero", map[string]any{"c": []string{kShadow.String()}, "limit": 0}, graph.EINVALID},
	}
	for _, tc := range errs {
		t.Run(tc.name, func(t *testing.T) {
			r := query(t, srv, q, tc.vars)
			if got := r.code(0); got != tc.code {
				t.Errorf("code = %q, want %q (%+v)", got, tc.code, r.Errors)
			}
		})
	}
}

// TestPaths checks shortest paths between a passenger and a known smuggler.
func TestPaths(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	const q = `query($from: ID!, $to: ID!, $max: Int) { paths(from: $from, to: $to, maxHops: $max) {
		hops nodes { id } edges { kind } } }`
	tests := []struct {
		name string
		vars map[string]any
		want string
		code string
	}{
		{
			name: "shared phone",
			vars: map[string]any{"from": kJohn.String(), "to": kShadow.String()},
			want: `[{"hops":2,"nodes":[{"id":"Passenger:DOE/JOHN/1970-07-12"},{"id":"Phone:+821012345678"},{"id":"Trader:KR-SHADOW"}],
				"edges":[{"kind":"USES_PHONE"},{"kind":"USES_PHONE"}]}]`,
		},
		{
			name: "too few hops is no path, not an error",
			vars: map[string]any{"from": kJohn.String(), "to": kShadow.String(), "max": 1},
			want: `[]`,
		},
		{
			name: "missing endpoint",
			vars: map[string]any{"from": kJohn.String(), "to": "Trader:NOPE"},
			code: graph.ENOTFOUND,
		},
		{
			name: "maxHops out of range",
			vars: map[string]any{"from": kJohn.String(), "to": kShadow.String(), "max": 99},
			code: graph.EINVALID,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := query(t, srv, q, tc.vars)
			if got := r.code(0); got != tc.code {
				t.Fatalf("code = %q, want %q (%+v)", got, tc.code, r.Errors)
			}
			if tc.code != "" {
				return
			}
			var got struct{ Paths any }
			_ = json.Unmarshal(r.Data, &got)
			var want any
			_ = json.Unmarshal([]byte(tc.want), &want)
			if diff := cmp.Diff(want, got.Paths); diff != "" {
				t.Errorf("paths mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestStats checks counts by kind.
func TestStats(t *testing.T) {
	store := MustOpenWorld(t)
	srv := newServer(t, resolvers.Config{Store: store})
	data := mustQuery(t, srv, `{ stats { nodeCount edgeCount nodes { kind count } edges { kind count } } }`, nil)
	st, _ := store.Stats(t.Context())
	if got := get(data, "stats", "nodeCount"); got != float64(st.NodeCount()) {
		t.Errorf("nodeCount = %v, want %d", got, st.NodeCount())
	}
	if got := get(data, "stats", "edgeCount"); got != float64(st.EdgeCount()) {
		t.Errorf("edgeCount = %v, want %d", got, st.EdgeCount())
	}
	if got := get(data, "stats", "nodes", 0); !cmp.Equal(got, map[string]any{"kind": "Trader", "count": float64(5 + nBatch)}) {
		t.Errorf("nodes[0] = %v, want Trader %d", got, 5+nBatch)
	}
	if got := len(get(data, "stats", "edges").([]any)); got != len(graph.RelKinds()) {
		t.Errorf("edges has %d kinds, want %d", got, len(graph.RelKinds()))
	}
}
