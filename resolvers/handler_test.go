package resolvers_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers"
	"github.com/borderlens/borderlens/resolvers/generated"
	"github.com/google/go-cmp/cmp"
	"github.com/rs/zerolog"
)

// TestMutations marks and unmarks a node and checks validation.
func TestMutations(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	const mark = `mutation($id: ID!, $reason: String!, $source: String) {
		markKnownSmuggler(id: $id, reason: $reason, source: $source) {
			id knownSmuggler knownSmugglerSince knownSmugglerSource knownSmugglerReason } }`
	const unmark = `mutation($id: ID!, $reason: String!) {
		unmarkKnownSmuggler(id: $id, reason: $reason) {
			id knownSmuggler knownSmugglerSince knownSmugglerSource knownSmugglerReason } }`
	const read = `query($id: ID!) { node(id: $id) { knownSmuggler knownSmugglerReason } }`
	acme := kAcme.String()

	data := mustQuery(t, srv, mark, map[string]any{"id": acme, "reason": "  shares a phone with KR-SHADOW "})
	want := map[string]any{
		"id": acme, "knownSmuggler": true, "knownSmugglerSince": "2024-05-17",
		"knownSmugglerSource": "manual", "knownSmugglerReason": "shares a phone with KR-SHADOW",
	}
	if diff := cmp.Diff(want, data["markKnownSmuggler"]); diff != "" {
		t.Errorf("mark mismatch (-want +got):\n%s", diff)
	}
	data = mustQuery(t, srv, read, map[string]any{"id": acme})
	if got := get(data, "node", "knownSmuggler"); got != true {
		t.Errorf("after mark, knownSmuggler = %v, want true", got)
	}

	data = mustQuery(t, srv, mark, map[string]any{"id": acme, "reason": "case file", "source": "CASE-77"})
	if got := get(data, "markKnownSmuggler", "knownSmugglerSource"); got != "CASE-77" {
		t.Errorf("source = %v, want CASE-77", got)
	}

	data = mustQuery(t, srv, unmark, map[string]any{"id": acme, "reason": "cleared by investigation"})
	want = map[string]any{
		"id": acme, "knownSmuggler": false, "knownSmugglerSince": nil,
		"knownSmugglerSource": "manual", "knownSmugglerReason": "cleared by investigation",
	}
	if diff := cmp.Diff(want, data["unmarkKnownSmuggler"]); diff != "" {
		t.Errorf("unmark mismatch (-want +got):\n%s", diff)
	}

	errs := []struct {
		name, q string
		vars    map[string]any
		code    string
	}{
		{"mark without reason", mark, map[string]any{"id": acme, "reason": ""}, graph.EINVALID},
		{"mark with blank reason", mark, map[string]any{"id": acme, "reason": " \t\n"}, graph.EINVALID},
		{"mark with overlong reason", mark, map[string]any{"id": acme, "reason": strings.Repeat("x", 5000)}, graph.EINVALID},
		{"unmark without reason", unmark, map[string]any{"id": acme, "reason": " "}, graph.EINVALID},
		{"mark missing node", mark, map[string]any{"id": "Trader:NOPE", "reason": "x"}, graph.ENOTFOUND},
		{"mark bad id", mark, map[string]any{"id": "nope", "reason": "x"}, graph.EINVALID},
		{"unmark missing node", unmark, map[string]any{"id": "Passenger:NOPE", "reason": "x"}, graph.ENOTFOUND},
	}
	for _, tc := range errs {
		t.Run(tc.name, func(t *testing.T) {
			r := query(t, srv, tc.q, tc.vars)
			if got := r.code(0); got != tc.code {
				t.Fatalf("code = %q, want %q (%+v)", got, tc.code, r.Errors)
			}
			if string(r.Data) != "null" {
				t.Errorf("data = %s, want null (the field is non-null)", r.Data)
			}
		})
	}
	// Nothing was written by the failed attempts.
	data = mustQuery(t, srv, read, map[string]any{"id": acme})
	if got := get(data, "node", "knownSmugglerReason"); got != "cleared by investigation" {
		t.Errorf("reason after failed mutations = %v, want the last successful one", got)
	}
}

// TestLimits checks the complexity and depth limits under both response
// media types.
func TestLimits(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t), ComplexityLimit: 100, MaxDepth: 5})
	tests := []struct {
		name, q, code string
	}{
		{"complexity", `{ search(text: "a", first: 200) { edges { node { id } } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"nested pages multiply", `{ search(text: "a", first: 10) { edges { node { neighbours(first: 10) { totalCount } } } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"depth", `{ node(id: "Trader:KR-ACME") { neighbours { edges { node { neighbours { totalCount } } } } } }`, resolvers.CodeDepthLimit},
		{"depth through fragments", `query { node(id: "Trader:KR-ACME") { ...N } }
			fragment N on Trader { declarations { edges { node { importer { id } } } } }`, resolvers.CodeDepthLimit},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, srv.URL, map[string]any{"query": tc.q}, "application/json")
			if got := r.code(0); got != tc.code {
				t.Fatalf("code = %q, want %q (%+v)", got, tc.code, r.Errors)
			}
			if r.status != http.StatusOK || r.hasData {
				t.Errorf("application/json: status %d, data present %v; want 200 and no data", r.status, r.hasData)
			}
			r = do(t, srv.URL, map[string]any{"query": tc.q}, "application/graphql-response+json")
			if r.status != http.StatusBadRequest || r.hasData {
				t.Errorf("application/graphql-response+json: status %d, data present %v; want 400 and no data", r.status, r.hasData)
			}
		})
	}
	ok := `{ node(id: "Trader:KR-ACME") { id ... on Trader { seizures { id } } } }`
	if r := query(t, srv, ok, nil); len(r.Errors) > 0 {
		t.Errorf("query within limits failed: %+v", r.Errors)
	}
}

// TestAPQ runs the automatic persisted query round trip over POST and GET.
func TestAPQ(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	q := `{ node(id: "Trader:KR-ACME") { label } }`
	sum := sha256.Sum256([]byte(q))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}

	r := do(t, srv.URL, map[string]any{"extensions": ext}, "application/json")
	if r.code(0) != "PERSISTED_QUERY_NOT_FOUND" || r.Errors[0].Message != "PersistedQueryNotFound" {
		t.Fatalf("hash only, unknown: errors = %+v, want PersistedQueryNotFound", r.Errors)
	}
	if r.status != http.StatusOK {
		t.Errorf("hash only, unknown: status = %d, want 200 (Apollo clients give up APQ on 400)", r.status)
	}

	r = do(t, srv.URL, map[string]any{"query": q, "extensions": ext}, "application/json")
	if len(r.Errors) > 0 || string(r.Data) != `{"node":{"label":"Acme Trading Co"}}` {
		t.Fatalf("register: data %s errors %+v", r.Data, r.Errors)
	}

	r = do(t, srv.URL, map[string]any{"extensions": ext}, "application/json")
	if len(r.Errors) > 0 || string(r.Data) != `{"node":{"label":"Acme Trading Co"}}` {
		t.Fatalf("hash only, known: data %s errors %+v", r.Data, r.Errors)
	}

	extJSON := fmt.Sprintf(`{"persistedQuery":{"version":1,"sha256Hash":%q}}`, hex.EncodeToString(sum[:]))
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"?extensions="+url.QueryEscape(extJSON), nil)
	r = send(t, req)
	if len(r.Errors) > 0 || string(r.Data) != `{"node":{"label":"Acme Trading Co"}}` {
		t.Fatalf("GET hash only: data %s errors %+v", r.Data, r.Errors)
	}

	r = do(t, srv.URL, map[string]any{"query": q + " ", "extensions": ext}, "application/json")
	if len(r.Errors) == 0 {
		t.Errorf("mismatched hash accepted")
	}
}

// TestIntrospection checks introspection is refused unless enabled.
func TestIntrospection(t *testing.T) {
	const q = `{ __schema { queryType { name } } }`
	off := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	r := query(t, off, q, nil)
	if got := r.code(0); got != resolvers.CodeIntrospectionDisabled {
		t.Errorf("disabled __schema: code = %q, want %q (%+v)", got, resolvers.CodeIntrospectionDisabled, r.Errors)
	}
	r = query(t, off, `{ __type(name: "Trader") { name } }`, nil)
	if got := r.code(0); got != resolvers.CodeIntrospectionDisabled {
		t.Errorf("disabled __type: code = %q, want %q", got, resolvers.CodeIntrospectionDisabled)
	}
	if r := query(t, off, `{ __typename }`, nil); len(r.Errors) > 0 || string(r.Data) != `{"__typename":"Query"}` {
		t.Errorf("__typename with introspection off: data %s errors %+v", r.Data, r.Errors)
	}

	on := newServer(t, resolvers.Config{Store: MustOpenWorld(t), Introspection: true})
	data := mustQuery(t, on, q, nil)
	if got := get(data, "__schema", "queryType", "name"); got != "Query" {
		t.Errorf("enabled: queryType = %v, want Query", got)
	}
}

// TestLoaderBatching checks that relation fields of fifty nodes reach the
// store in a handful of batched calls, not one call per node.
func TestLoaderBatching(t *testing.T) {
	store := &countingStore{Store: MustOpenWorld(t)}
	// A generous window keeps batches whole on a loaded CI machine.
	srv := newServer(t, resolvers.Config{Store: store, LoaderWait: 25 * time.Millisecond})
	data := mustQuery(t, srv, `{ search(text: "batch trader", kinds: [Trader], first: 50) { edges { node {
		... on Trader {
			declarations(first: 5) { totalCount edges { node { id importer { id } } } }
			phones { number }
		} } } } }`, nil)
	edges := get(data, "search", "edges").([]any)
	if len(edges) != nBatch {
		t.Fatalf("%d traders, want %d", len(edges), nBatch)
	}
	for i, e := range edges {
		if got := get(e, "node", "declarations", "totalCount"); got != float64(2) {
			t.Errorf("trader %d: %v declarations, want 2", i, got)
		}
		if got := get(e, "node", "declarations", "edges", 0, "node", "importer", "id"); got != batchTrader(i).String() {
			t.Errorf("trader %d: importer = %v, want %s", i, got, batchTrader(i))
		}
		if got := get(e, "node", "phones", 0, "number"); got != fmt.Sprintf("+8210000000%02d", i) {
			t.Errorf("trader %d: phone = %v", i, got)
		}
	}
	// Ideally two Subgraph calls (one per relation filter: declarations,
	// phones) and one Nodes call (the importers). A starved scheduler can
	// split a batch, so the bound leaves room for that while still being
	// far below one call per trader (50) or per importer (100).
	if got := store.subgraph.Load(); got > 10 {
		t.Errorf("Subgraph called %d times for %d traders, want at most 10", got, nBatch)
	}
	if got := store.nodes.Load(); got > 10 {
		t.Errorf("Nodes called %d times for %d importers, want at most 10", got, 2*nBatch)
	}
	t.Logf("store calls for %d traders: Subgraph %d, Nodes %d", nBatch, store.subgraph.Load(), store.nodes.Load())

	// The same loader also serves the nodes query: many ids, one call.
	store.nodes.Store(0)
	ids := make([]string, nBatch)
	for i := range ids {
		ids[i] = batchTrader(i).String()
	}
	mustQuery(t, srv, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids})
	if got := store.nodes.Load(); got != 1 {
		t.Errorf("nodes(%d ids) called Store.Nodes %d times, want 1", nBatch, got)
	}
}

// failingStore fails or panics in Stats and blocks in Search until the
// context ends.
type failingStore struct {
	graph.Store
	panics bool
}

func (f failingStore) Stats(ctx context.Context) (graph.Stats, error) {
	if f.panics {
		panic("index out of range in secret/module.go")
	}
	return graph.Stats{}, fmt.Errorf("embedded: read /var/lib/secret/bolt.db: %w", errors.New("disk I/O error"))
}

func (f failingStore) Search(ctx context.Context, q graph.SearchQuery) ([]graph.Node, error) {
	<-ctx.Done()
	return nil, fmt.Errorf("search: %w", ctx.Err())
}

// syncBuffer is a concurrency-safe log sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestInternalErrors checks that unexpected errors and panics reach the
// caller as "internal error" and the log with the request id.
func TestInternalErrors(t *testing.T) {
	tests := []struct {
		name    string
		panics  bool
		logWant []string
	}{
		{"store error", false, []string{`"req_id":"` + testRequestID + `"`, "disk I/O error", "graphql internal error"}},
		{"panic", true, []string{`"req_id":"` + testRequestID + `"`, "index out of range", "graphql resolver panic", "stack"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var logs syncBuffer
			srv := newServer(t, resolvers.Config{Store: failingStore{Store: MustOpenWorld(t), panics: tc.panics}, Log: zerolog.New(&logs)})
			r := query(t, srv, `{ stats { nodeCount } }`, nil)
			if len(r.Errors) != 1 {
				t.Fatalf("errors = %+v, want one", r.Errors)
			}
			if got := r.Errors[0].Message; got != "internal error" {
				t.Errorf("message = %q, want %q", got, "internal error")
			}
			if got := r.code(0); got != graph.EINTERNAL {
				t.Errorf("code = %q, want %q", got, graph.EINTERNAL)
			}
			for _, w := range tc.logWant {
				if !strings.Contains(logs.String(), w) {
					t.Errorf("log lacks %q:\n%s", w, logs.String())
				}
			}
			if n := strings.Count(logs.String(), "\n"); n != 1 {
				t.Errorf("%d log lines, want 1:\n%s", n, logs.String())
			}
		})
	}
}

// TestTimeout checks the per-operation deadline.
func TestTimeout(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: failingStore{Store: MustOpenWorld(t)}, Timeout: 50 * time.Millisecond})
	start := time.Now()
	r := query(t, srv, `{ search(text: "x") { totalCount } }`, nil)
	if got := r.code(0); got != graph.EUNAVAILABLE || r.Errors[0].Message != "request timed out" {
		t.Errorf("errors = %+v, want unavailable: request timed out", r.Errors)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// TestNoStore checks a handler without a store fails cleanly.
func TestNoStore(t *testing.T) {
	srv := newServer(t, resolvers.Config{})
	r := query(t, srv, `{ stats { nodeCount } }`, nil)
	if got := r.code(0); got != graph.EUNAVAILABLE {
		t.Errorf("code = %q, want %q", got, graph.EUNAVAILABLE)
	}
}

// TestEnumsMirrorDomain checks NodeKind and RelKind list exactly the
// domain's kinds, in the same order.
func TestEnumsMirrorDomain(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{Resolvers: &resolvers.Resolver{}}).Schema()
	names := func(typ string) []string {
		var out []string
		for _, v := range schema.Types[typ].EnumValues {
			out = append(out, v.Name)
		}
		return out
	}
	var kinds, rels []string
	for _, k := range graph.Kinds() {
		kinds = append(kinds, string(k))
	}
	for _, r := range graph.RelKinds() {
		rels = append(rels, string(r))
	}
	if diff := cmp.Diff(kinds, names("NodeKind")); diff != "" {
		t.Errorf("NodeKind differs from graph.Kinds() (-domain +schema):\n%s", diff)
	}
	if diff := cmp.Diff(rels, names("RelKind")); diff != "" {
		t.Errorf("RelKind differs from graph.RelKinds() (-domain +schema):\n%s", diff)
	}
	for _, k := range graph.Kinds() {
		if schema.Types[string(k)] == nil || !slices.Contains(schema.GetImplements(schema.Types[string(k)]), schema.Types["Node"]) {
			t.Errorf("kind %s has no object type implementing Node", k)
		}
	}
}

// TestHTTPStatus checks the status codes and bodies of request errors.
func TestHTTPStatus(t *testing.T) {
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t)})
	tests := []struct {
		name     string
		body     map[string]any
		accept   string
		status   int
		wantData bool
	}{
		{"ok", map[string]any{"query": "{ __typename }"}, "application/json", 200, true},
		{"parse error, json", map[string]any{"query": "{"}, "application/json", 200, false},
		{"parse error, graphql-response", map[string]any{"query": "{"}, "application/graphql-response+json", 400, false},
		{"validation error, json", map[string]any{"query": "{ nope }"}, "application/json", 200, false},
		{"validation error, graphql-response", map[string]any{"query": "{ nope }"}, "application/graphql-response+json", 400, false},
		{"no query, json", map[string]any{"qeury": "{ __typename }"}, "application/json", 400, false},
		{"no query, graphql-response", map[string]any{"qeury": "{ __typename }"}, "application/graphql-response+json", 400, false},
		{"variable coercion, json", map[string]any{"query": "query($id: ID!) { node(id: $id) { id } }", "variables": map[string]any{"id": nil}}, "application/json", 200, false},
		{"field error keeps data", map[string]any{"query": `{ node(id: "Trader:NOPE") { id } }`}, "application/graphql-response+json", 200, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, srv.URL, tc.body, tc.accept)
			if r.status != tc.status {
				t.Errorf("status = %d, want %d (%+v)", r.status, tc.status, r.Errors)
			}
			if r.hasData != tc.wantData {
				t.Errorf("data present = %v, want %v", r.hasData, tc.wantData)
			}
			if !strings.HasPrefix(r.mediaType, tc.accept) {
				t.Errorf("content type = %q, want %q", r.mediaType, tc.accept)
			}
		})
	}

	req, _ := http.NewRequest(http.MethodGet, srv.URL+"?query="+url.QueryEscape(`mutation { unmarkKnownSmuggler(id: "Trader:KR-ACME", reason: "x") { id } }`), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode < 400 || resp.StatusCode > 499 {
		t.Errorf("mutation over GET: status %d, want 4xx", resp.StatusCode)
	}
}
