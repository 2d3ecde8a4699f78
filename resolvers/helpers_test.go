package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
	"github.com/borderlens/borderlens/resolvers"
)

// MustOpenStore returns an empty embedded store in a temporary directory
// for one test.
func MustOpenStore(tb testing.TB) graph.Store {
	tb.Helper()
	s, err := embedded.Open(context.Background(), filepath.Join(tb.TempDir(), "graph.db"), embedded.Options{})
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { _ = s.Close() })
	return s
}

// MustOpenWorld returns a store holding the test world (see world_test.go).
func MustOpenWorld(tb testing.TB) graph.Store {
	tb.Helper()
	s := MustOpenStore(tb)
	if err := s.Upsert(context.Background(), world()); err != nil {
		tb.Fatalf("load world: %v", err)
	}
	return s
}

// fixedNow is the clock the handler gets in tests.
var fixedNow = time.Date(2024, 5, 17, 12, 0, 0, 0, time.UTC)

// testRequestID is the request id the test server puts on every request,
// as web's middleware does.
const testRequestID = "req-test-42"

// newServer starts the real handler over store behind httptest.
func newServer(tb testing.TB, cfg resolvers.Config) *httptest.Server {
	tb.Helper()
	if cfg.Now == nil {
		cfg.Now = func() time.Time { return fixedNow }
	}
	h := resolvers.NewHandler(cfg)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r.WithContext(graph.NewContextWithRequestID(r.Context(), testRequestID)))
	}))
	tb.Cleanup(srv.Close)
	return srv
}

// gqlResponse is a GraphQL response body.
type gqlResponse struct {
	Data       json.RawMessage `json:"data"`
	Errors     []gqlError      `json:"errors"`
	Extensions map[string]any  `json:"extensions"`
	hasData    bool
	status     int
	mediaType  string
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// code returns the extensions.code of error i.
func (r gqlResponse) code(i int) string {
	if i >= len(r.Errors) {
		return ""
	}
	c, _ := r.Errors[i].Extensions["code"].(string)
	return c
}

// do sends one GraphQL request body with the given Accept header.
func do(tb testing.TB, url string, body map[string]any, accept string) gqlResponse {
	tb.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		tb.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	return send(tb, req)
}

func send(tb testing.TB, req *http.Request) gqlResponse {
	tb.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	var out gqlResponse
	if err := json.Unmarshal(raw, &out); err != nil {
		tb.Fatalf("response %d is not JSON: %v: %s", resp.StatusCode, err, raw)
	}
	var keys map[string]json.RawMessage
	_ = json.Unmarshal(raw, &keys)
	_, out.hasData = keys["data"]
	out.status = resp.StatusCode
	out.mediaType = resp.Header.Get("Content-Type")
	return out
}

// query runs q with vars and returns the response.
func query(tb testing.TB, srv *httptest.Server, q string, vars map[string]any) gqlResponse {
	tb.Helper()
	body := map[string]any{"query": q}
	if vars != nil {
		body["variables"] = vars
	}
	return do(tb, srv.URL, body, "application/json")
}

// mustQuery runs q and fails the test on any GraphQL error, decoding data
// into a generic value.
func mustQuery(tb testing.TB, srv *httptest.Server, q string, vars map[string]any) map[string]any {
	tb.Helper()
	r := query(tb, srv, q, vars)
	if len(r.Errors) > 0 {
		tb.Fatalf("query failed: %+v", r.Errors)
	}
	var data map[string]any
	if err := json.Unmarshal(r.Data, &data); err != nil {
		tb.Fatalf("data: %v", err)
	}
	return data
}

// get walks a decoded JSON value along a path of keys and indexes.
func get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return fmt.Sprintf("<no %q in %T>", k, v)
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k >= len(l) {
				return fmt.Sprintf("<no [%d] in %T>", k, v)
			}
			v = l[k]
		}
	}
	return v
}

// countingStore counts the store calls the loaders make.
type countingStore struct {
	graph.Store
	nodes, subgraph atomic.Int64
}

func (c *countingStore) Nodes(ctx context.Context, keys []graph.Key) ([]graph.Node, []bool, error) {
	c.nodes.Add(1)
	return c.Store.Nodes(ctx, keys)
}

func (c *countingStore) Subgraph(ctx context.Context, q graph.SubgraphQuery) (graph.Subgraph, error) {
	c.subgraph.Add(1)
	return c.Store.Subgraph(ctx, q)
}
