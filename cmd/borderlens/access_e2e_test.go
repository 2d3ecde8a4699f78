package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// The secrets of the access world: none of these may appear in a partner's
// response, and the passenger's may not appear in an officer's.
const (
	secretSurname  = "ZABLOCKA"
	secretGiven    = "MIROSLAWA"
	secretDOB      = "1977-03-09"
	secretDocument = "X99887766"
	secretValue    = 48213.77 // a declaration's customs value
	secretDesc     = "undervalued lithium cells"
	secretReason   = "tip-off from case 4471" // internal note
)

var (
	kTrader    = graph.NewKey(graph.KindTrader, "KR-PARTNERTEST")
	kSmuggler  = graph.NewKey(graph.KindTrader, "KR-SMUGGLER")
	kDecl      = graph.NewKey(graph.KindDeclaration, "D-ACCESS-1")
	kPassenger = graph.NewKey(graph.KindPassenger, graph.PassengerID(secretSurname, secretGiven, secretDOB))
	kDocument  = graph.DocumentKey("P", "POL", secretDocument)
	kPhoneA    = graph.PhoneKey("+821055501234")
	kSeizureA  = graph.NewKey(graph.KindSeizure, "S-ACCESS-1")
)

// accessWorld writes a small world into dir's store: a trader and a
// known smuggler sharing a phone with a passenger, a declaration of the
// trader, and a seizure involving all three.
func accessWorld(t *testing.T, dir string) {
	t.Helper()
	ctx := context.Background()
	s, err := embedded.Open(ctx, filepath.Join(dir, "graph.db"), embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var b graph.Batch
	add := func(n graph.Node) { b.Nodes = append(b.Nodes, n) }
	link := func(f graph.Key, r graph.RelKind, to graph.Key) {
		b.Edges = append(b.Edges, graph.Edge{From: f, Kind: r, To: to})
	}
	add(graph.Trader{ID: kTrader.ID, Name: "Partnertest Trading", Country: "KR", Roles: []string{"importer"}}.Node())
	sm := graph.Trader{ID: kSmuggler.ID, Name: "Smuggler Imports", Country: "KR"}.Node()
	sm.Props[graph.PropKnownSmuggler] = true
	sm.Props[graph.PropKnownSmugglerReason] = secretReason
	add(sm)
	add(graph.Declaration{ID: kDecl.ID, Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), ImporterID: kTrader.ID,
		HSCode: "850650", Description: secretDesc, Value: secretValue}.Node())
	add(graph.Passenger{ID: kPassenger.ID, Surname: secretSurname, GivenNames: secretGiven, DateOfBirth: secretDOB, Nationality: "POL"}.Node())
	add(graph.Node{Key: kDocument, Label: "P/POL/" + secretDocument, Props: graph.Props{"number": secretDocument}})
	add(graph.Node{Key: kPhoneA, Label: "+82 10 5550 1234"})
	add(graph.Seizure{ID: kSeizureA.ID, Date: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), Goods: "cells", Source: "seizure"}.Node())
	link(kTrader, graph.RelImported, kDecl)
	link(kTrader, graph.RelUsesPhone, kPhoneA)
	link(kSmuggler, graph.RelUsesPhone, kPhoneA)
	link(kPassenger, graph.RelUsesPhone, kPhoneA)
	link(kPassenger, graph.RelHoldsDocument, kDocument)
	link(kSmuggler, graph.RelInvolvedIn, kSeizureA)
	link(kPassenger, graph.RelInvolvedIn, kSeizureA)
	link(kDecl, graph.RelInvolvedIn, kSeizureA)
	if err := s.Upsert(ctx, b); err != nil {
		t.Fatal(err)
	}
}

// accessServer is a running server with API keys for every role.
type accessServer struct {
	app  *App
	base string
	keys map[string]string // role or "revoked" -> key
}

func startAccessServer(t *testing.T) *accessServer {
	t.Helper()
	dir := t.TempDir()
	accessWorld(t, dir)
	ks := access.OpenKeyStore(filepath.Join(dir, "apikeys.json"), nil)
	keys := map[string]string{}
	for _, r := range access.Roles() {
		tok, _, err := ks.Create(context.Background(), "test "+string(r), r, 0)
		if err != nil {
			t.Fatal(err)
		}
		keys[string(r)] = tok
	}
	tok, k, err := ks.Create(context.Background(), "revoked", graph.RoleAdmin, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ks.Revoke(context.Background(), k.ID); err != nil {
		t.Fatal(err)
	}
	keys["revoked"] = tok
	tok, _, err = ks.Create(context.Background(), "expired", graph.RoleAdmin, time.Nanosecond)
	if err != nil {
		t.Fatal(err)
	}
	keys["expired"] = tok
	app, base := startServer(t, dir, demoEnv)
	if err := app.Analyze(context.Background()); err != nil {
		t.Fatalf("analyze: %v", err)
	}
	return &accessServer{app: app, base: base, keys: keys}
}

// rawResponse is one HTTP answer.
type rawResponse struct {
	status int
	body   string
	data   map[string]any
	errors []gqlErr
}

func (r rawResponse) codes() []string {
	var out []string
	for _, e := range r.errors {
		out = append(out, e.code())
	}
	return out
}

func (r rawResponse) hasCode(c string) bool {
	for _, x := range r.codes() {
		if x == c {
			return true
		}
	}
	return false
}

// post sends a GraphQL request with the given Authorization value.
func (s *accessServer) post(t *testing.T, auth, query string, vars map[string]any) rawResponse {
	t.Helper()
	b, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	return s.postRaw(t, auth, b)
}

func (s *accessServer) postRaw(t *testing.T, auth string, body []byte) rawResponse {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.base+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	out := rawResponse{status: res.StatusCode, body: string(raw)}
	var decoded struct {
		Data   map[string]any `json:"data"`
		Errors []gqlErr       `json:"errors"`
	}
	_ = json.Unmarshal(raw, &decoded)
	out.data, out.errors = decoded.Data, decoded.Errors
	return out
}

func (s *accessServer) as(role string) string { return "Bearer " + s.keys[role] }

// auditEntries returns the audit entries for the request ids... of actor
// since the given sequence number.
func (s *accessServer) auditSince(t *testing.T, seq uint64) []audit.Entry {
	t.Helper()
	es, err := s.app.Security.Audit.Query(context.Background(), audit.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []audit.Entry
	for _, e := range es {
		if e.Seq > seq {
			out = append(out, e)
		}
	}
	return out
}

func (s *accessServer) lastSeq(t *testing.T) uint64 {
	t.Helper()
	es := s.auditSince(t, 0)
	if len(es) == 0 {
		return 0
	}
	return es[len(es)-1].Seq
}

// secrets lists what a partner must never see.
func partnerSecrets() []string {
	return []string{secretSurname, secretGiven, secretDOB, secretDocument, "48213", secretDesc, secretReason,
		"D-ACCESS-1", "Passenger:", "Document:"}
}

func TestAccessRefusals(t *testing.T) {
	s := startAccessServer(t)
	passenger, document := kPassenger.String(), kDocument.String()
	trader := kTrader.String()

	// Unauthenticated and bad credentials are refused by the middleware.
	authCases := []struct {
		name, auth string
		status     int
		code       string
	}{
		{"no credentials", "", http.StatusUnauthorized, graph.EUNAUTHORIZED},
		{"wrong key", "Bearer blk_notakey", http.StatusUnauthorized, graph.EUNAUTHORIZED},
		{"malformed token", "Bearer eyJhbGciOiJFZERTQSJ9.e30.c2ln", http.StatusUnauthorized, graph.EUNAUTHORIZED},
		{"revoked key", s.as("revoked"), http.StatusUnauthorized, graph.EUNAUTHORIZED},
		{"expired key", s.as("expired"), http.StatusUnauthorized, graph.EUNAUTHORIZED},
	}
	for _, tc := range authCases {
		t.Run(tc.name, func(t *testing.T) {
			seq := s.lastSeq(t)
			r := s.post(t, tc.auth, `{ node(id: "`+passenger+`") { id label } }`, nil)
			if r.status != tc.status || !r.hasCode(tc.code) {
				// A revoked or expired key may be reported as forbidden by
				// the key store; both refuse.
				if !(r.status == http.StatusForbidden && r.hasCode(graph.EFORBIDDEN)) {
					t.Fatalf("got %d %v, want %d %s: %s", r.status, r.codes(), tc.status, tc.code, r.body)
				}
			}
			assertNoLeak(t, r.body, partnerSecrets())
			assertAudited(t, s.auditSince(t, seq), audit.KindRefused, "")
		})
	}

	// A partner asking for passenger data or declarations by every route.
	partnerCases := []struct {
		name, query string
		vars        map[string]any
		wantCode    string
	}{
		{"node passenger", `query($id: ID!) { node(id: $id) { id label ... on Passenger { surname dateOfBirth } } }`, map[string]any{"id": passenger}, graph.EFORBIDDEN},
		{"node document", `query($id: ID!) { node(id: $id) { id label } }`, map[string]any{"id": document}, graph.EFORBIDDEN},
		{"node declaration", `{ node(id: "` + kDecl.String() + `") { id ... on Declaration { value description } } }`, nil, graph.EFORBIDDEN},
		{"nodes", `query($ids: [ID!]!) { nodes(ids: $ids) { id label } }`, map[string]any{"ids": []string{trader, passenger, kDecl.String()}}, graph.EFORBIDDEN},
		{"search passenger kind", `{ search(text: "` + secretSurname + `", kinds: [Passenger]) { totalCount edges { node { id label } } } }`, nil, graph.EFORBIDDEN},
		{"search all kinds", `{ search(text: "` + secretSurname + `") { totalCount edges { cursor node { id label } } } }`, nil, ""},
		{"search declarations by text", `{ search(text: "D-ACCESS") { totalCount edges { cursor node { id label } } } }`, nil, ""},
		{"subgraph", `{ subgraph(centers: ["` + trader + `"], depth: 2) { nodes { node { id label } } edges { from to } } }`, nil, graph.EFORBIDDEN},
		{"paths", `{ paths(from: "` + trader + `", to: "` + passenger + `") { nodes { id label } } }`, nil, graph.EFORBIDDEN},
		{"trader neighbours", `{ node(id: "` + trader + `") { id ... on Trader { neighbours { totalCount edges { node { id label } } } } } }`, nil, graph.EFORBIDDEN},
		{"trader declarations", `{ node(id: "` + trader + `") { id ... on Trader { declarations { totalCount edges { node { id value } } } } } }`, nil, graph.EFORBIDDEN},
		{"trader internal note", `{ node(id: "` + kSmuggler.String() + `") { id ... on Trader { knownSmugglerReason } } }`, nil, graph.EFORBIDDEN},
		{"community members", `{ communities { edges { node { members { totalCount edges { node { id label } } } } } } }`, nil, graph.EFORBIDDEN},
		{"community by id", `{ community(id: 0) { members { totalCount edges { node { id label } } } } }`, nil, graph.EFORBIDDEN},
		{"topRisk", `{ topRisk { totalCount edges { node { node { id label } } } } }`, nil, graph.EFORBIDDEN},
		{"riskProfile of passenger", `{ riskProfile(id: "` + passenger + `") { score node { id label } } }`, nil, graph.EFORBIDDEN},
		{"riskProfile paths", `{ riskProfile(id: "` + trader + `") { score paths { nodes { id label } } } }`, nil, graph.EFORBIDDEN},
		{"inspection list", `{ inspectionList { edges { node { declaration { id value } } } } }`, nil, graph.EFORBIDDEN},
		{"introspect passenger", `{ __type(name: "Passenger") { fields { name } } }`, nil, graph.EFORBIDDEN},
		{"introspect schema", `{ __schema { types { name fields { name } } } }`, nil, graph.EFORBIDDEN},
		{"mutation", `mutation { markKnownSmuggler(id: "` + trader + `", reason: "x") { id } }`, nil, graph.EFORBIDDEN},
		{"audit log", `{ auditLog { edges { node { actor } } } }`, nil, graph.EFORBIDDEN},
	}
	for _, tc := range partnerCases {
		t.Run("partner "+tc.name, func(t *testing.T) {
			seq := s.lastSeq(t)
			r := s.post(t, s.as("partner"), tc.query, tc.vars)
			assertNoLeak(t, r.body, partnerSecrets())
			if tc.wantCode != "" && !r.hasCode(tc.wantCode) {
				t.Fatalf("got codes %v (status %d), want %s: %s", r.codes(), r.status, tc.wantCode, r.body)
			}
			es := s.auditSince(t, seq)
			if tc.wantCode != "" {
				assertAudited(t, es, audit.KindRefused, "partner")
			} else if len(es) == 0 {
				t.Fatalf("no audit entry")
			}
		})
	}

	// What a partner may see works.
	t.Run("partner trader profile", func(t *testing.T) {
		r := s.post(t, s.as("partner"), `{ node(id: "`+trader+`") { id label ... on Trader { name country } }
			riskProfile(id: "`+trader+`") { score factors { name weight } }
			search(text: "Partnertest") { totalCount edges { node { id } } } }`, nil)
		if len(r.errors) > 0 || r.status != http.StatusOK {
			t.Fatalf("got %d %v: %s", r.status, r.codes(), r.body)
		}
		if !strings.Contains(r.body, "Partnertest Trading") {
			t.Fatalf("trader name missing: %s", r.body)
		}
		es := s.auditSince(t, 0)
		last := es[len(es)-1]
		if last.Kind != audit.KindQuery || last.Role != graph.RolePartner || last.Outcome != "ok" || !containsStr(last.Entities, trader) {
			t.Fatalf("audit entry = %+v, want a partner query entry listing %s", last, trader)
		}
	})

	t.Run("partner search totals count traders only", func(t *testing.T) {
		r := s.post(t, s.as("partner"), `{ search(text: "KR-") { totalCount } }`, nil)
		got := r.data["search"].(map[string]any)["totalCount"].(float64)
		ri := s.post(t, s.as("officer"), `{ search(text: "KR-", kinds: [Trader]) { totalCount } }`, nil)
		want := ri.data["search"].(map[string]any)["totalCount"].(float64)
		if got != want {
			t.Fatalf("partner totalCount = %v, want %v (traders only)", got, want)
		}
	})

	// Officers get passenger PII withheld; investigators see it.
	pq := `query($id: ID!) { node(id: $id) { id label ... on Passenger { surname givenNames dateOfBirth nationality
		documents { id number } } }
		subgraph(centers: [$id], depth: 1) { nodes { node { id label } } edges { id from to } } }`
	t.Run("officer redacted", func(t *testing.T) {
		r := s.post(t, s.as("officer"), pq, map[string]any{"id": passenger})
		assertNoLeak(t, r.body, []string{secretSurname, secretGiven, secretDOB, secretDocument})
		if !r.hasCode(graph.EWITHHELD) {
			t.Fatalf("want withheld errors, got %v", r.codes())
		}
		if !strings.Contains(r.body, `"nationality":"POL"`) {
			t.Fatalf("officer should see non-PII fields: %s", r.body)
		}
	})
	t.Run("investigator sees PII", func(t *testing.T) {
		r := s.post(t, s.as("investigator"), pq, map[string]any{"id": passenger})
		if len(r.errors) > 0 {
			t.Fatalf("errors: %s", r.body)
		}
		for _, want := range []string{secretSurname, secretGiven, secretDOB, secretDocument} {
			if !strings.Contains(r.body, want) {
				t.Errorf("investigator response lacks %q", want)
			}
		}
	})

	// Oversized and deeply nested queries are refused before execution.
	t.Run("deep query", func(t *testing.T) {
		seq := s.lastSeq(t)
		q := `{ node(id: "` + trader + `") { id` + strings.Repeat(` ... on Trader { neighbours { edges { node { id`, 8) + strings.Repeat(` } } } }`, 8) + ` } }`
		r := s.post(t, s.as("officer"), q, nil)
		if !r.hasCode("DEPTH_LIMIT_EXCEEDED") {
			t.Fatalf("got %d %v, want DEPTH_LIMIT_EXCEEDED", r.status, r.codes())
		}
		assertAudited(t, s.auditSince(t, seq), audit.KindRefused, "officer")
	})
	t.Run("complex query", func(t *testing.T) {
		seq := s.lastSeq(t)
		q := `{ search(text: "KR", first: 1000) { edges { node { ... on Trader { neighbours(first: 1000) { totalCount } } } } } }`
		r := s.post(t, s.as("officer"), q, nil)
		if !r.hasCode("COMPLEXITY_LIMIT_EXCEEDED") {
			t.Fatalf("got %d %v, want COMPLEXITY_LIMIT_EXCEEDED", r.status, r.codes())
		}
		assertAudited(t, s.auditSince(t, seq), audit.KindRefused, "officer")
	})

	t.Run("admin audit log", func(t *testing.T) {
		r := s.post(t, s.as("admin"), `{ auditLog(role: PARTNER, kind: "refused", first: 5) { totalCount edges { node { actor role kind outcome reason entities } } } }`, nil)
		if len(r.errors) > 0 {
			t.Fatalf("errors: %s", r.body)
		}
		n := r.data["auditLog"].(map[string]any)["totalCount"].(float64)
		if n < float64(len(partnerCases)-2) {
			t.Fatalf("auditLog totalCount = %v, want at least %d partner refusals", n, len(partnerCases)-2)
		}
		assertNoLeak(t, r.body, []string{secretSurname, secretDocument})
		rep, err := audit.VerifyFile(context.Background(), s.app.Security.Audit.Path(), audit.VerifyOptions{})
		if err != nil {
			t.Fatalf("audit chain: %v (%+v)", err, rep)
		}
	})
}

func containsStr(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func assertNoLeak(t *testing.T, body string, secrets []string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(body, s) {
			t.Errorf("response leaks %q: %s", s, body)
		}
	}
}

// assertAudited checks that entries hold one of kind (by role, when set).
func assertAudited(t *testing.T, es []audit.Entry, kind string, role graph.Role) {
	t.Helper()
	for _, e := range es {
		if e.Kind == kind && (role == "" || e.Role == role) {
			return
		}
	}
	t.Fatalf("no %s audit entry for role %q among %+v", kind, role, es)
}

// TestWebSocketAuth opens GraphQL WebSockets on a server with keys: the
// connection_init payload must carry a valid key, foreign origins are
// refused at the upgrade, and a partner's subscription is refused by the
// field policy.
func TestWebSocketAuth(t *testing.T) {
	s := startAccessServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	url := "ws" + strings.TrimPrefix(s.base, "http") + "/graphql"
	dial := func(t *testing.T, hdr http.Header) (*websocket.Conn, *http.Response, error) {
		t.Helper()
		c, res, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: hdr})
		if err == nil {
			t.Cleanup(func() { c.CloseNow() })
		}
		return c, res, err
	}
	initWith := func(t *testing.T, payload map[string]any) (*wsClient, wsMsg, error) {
		t.Helper()
		c, _, err := dial(t, nil)
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		w := &wsClient{t: t, c: c}
		w.send(ctx, map[string]any{"type": "connection_init", "payload": payload})
		var m wsMsg
		err = wsjson.Read(ctx, c, &m)
		return w, m, err
	}

	cases := []struct {
		name    string
		payload map[string]any
		ack     bool
	}{
		{"no credential", map[string]any{}, false},
		{"wrong key", map[string]any{"Authorization": "Bearer blk_nope"}, false},
		{"revoked key", map[string]any{"Authorization": s.as("revoked")}, false},
		{"officer key", map[string]any{"Authorization": s.as("officer")}, true},
		{"bare apiKey", map[string]any{"apiKey": s.keys["investigator"]}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			seq := s.lastSeq(t)
			_, m, err := initWith(t, tc.payload)
			if tc.ack {
				if err != nil || m.Type != "connection_ack" {
					t.Fatalf("got %v %+v, want connection_ack", err, m)
				}
				return
			}
			if err == nil && m.Type == "connection_ack" {
				t.Fatalf("connection acknowledged without valid credentials")
			}
			assertAudited(t, s.auditSince(t, seq), audit.KindRefused, "")
		})
	}

	t.Run("foreign origin", func(t *testing.T) {
		_, res, err := dial(t, http.Header{"Origin": []string{"https://evil.example"}})
		if err == nil || res == nil || res.StatusCode != http.StatusForbidden {
			t.Fatalf("got %v, want 403", err)
		}
	})

	t.Run("partner subscription refused", func(t *testing.T) {
		w, m, err := initWith(t, map[string]any{"Authorization": s.as("partner")})
		if err != nil || m.Type != "connection_ack" {
			t.Fatalf("got %v %+v, want connection_ack", err, m)
		}
		w.send(ctx, map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": `subscription { alerts { subjectId } }`}})
		got := w.read(ctx)
		if got.Type != "error" && !strings.Contains(string(got.Payload), graph.EFORBIDDEN) {
			t.Fatalf("got %s %s, want a forbidden error", got.Type, got.Payload)
		}
	})
}
