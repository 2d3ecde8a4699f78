package neo4j_test

import (
	"context"
	"errors"
	"io"
	"net"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	neo4jstore "github.com/borderlens/borderlens/graph/neo4j"
	"github.com/google/go-cmp/cmp"
)

// freePort returns a loopback port nothing listens on.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// wantCode fails unless err carries the domain code want.
func wantCode(t *testing.T, what string, err error, want string) {
	t.Helper()
	if got := graph.ErrorCode(err); got != want {
		t.Fatalf("%s: got code %q (%v), want %q", what, got, err, want)
	}
}

func TestOpenUnreachable(t *testing.T) {
	const secret = "hunter2-do-not-leak"
	addr := freePort(t)
	for _, tc := range []struct {
		name string
		cfg  neo4jstore.Config
	}{
		{"bolt", neo4jstore.Config{URI: "bolt://" + addr, User: "neo4j", Password: secret}},
		{"neo4j routing", neo4jstore.Config{URI: "neo4j://" + addr, User: "neo4j", Password: secret}},
		{"user info in URI", neo4jstore.Config{URI: "bolt://neo4j:" + secret + "@" + addr, User: "neo4j", Password: secret}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			tc.cfg.ConnectTimeout = 2 * time.Second
			tc.cfg.RetryTime = time.Second
			s, err := neo4jstore.Open(ctx, tc.cfg)
			if err != nil {
				t.Fatalf("Open with the server down: got %v, want a store", err)
			}
			defer s.Close()
			err = s.Ready(ctx)
			wantCode(t, "Ready", err, graph.EUNAVAILABLE)
			msg := graph.ErrorMessage(err)
			if !strings.HasPrefix(msg, "neo4j unreachable at ") || !strings.Contains(msg, addr) {
				t.Errorf("Ready message %q does not name the server %s", msg, addr)
			}
			if strings.Contains(err.Error(), secret) {
				t.Errorf("Ready error %q contains the password", err)
			}
			start := time.Now()
			_, err = s.Node(ctx, graph.NewKey(graph.KindTrader, "T1"))
			wantCode(t, "Node", err, graph.EUNAVAILABLE)
			err = s.Upsert(ctx, graph.Batch{Nodes: []graph.Node{{Key: graph.NewKey(graph.KindTrader, "T1")}}})
			wantCode(t, "Upsert", err, graph.EUNAVAILABLE)
			if strings.Contains(err.Error(), secret) {
				t.Errorf("Upsert error %q contains the password", err)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("calls on a down store took %v, want them to fail fast", d)
			}
			// Validation still comes first.
			err = s.Upsert(ctx, graph.Batch{Nodes: []graph.Node{{Key: graph.Key{Kind: "Nope", ID: "x"}}}})
			wantCode(t, "invalid Upsert", err, graph.EINVALID)
		})
	}
}

func TestOpenInvalidConfig(t *testing.T) {
	for _, uri := range []string{"", "http://127.0.0.1:7474", "bolt://[::1"} {
		_, err := neo4jstore.Open(context.Background(), neo4jstore.Config{URI: uri})
		wantCode(t, "Open "+uri, err, graph.EINVALID)
	}
}

// proxy forwards TCP connections from a fixed loopback address to a
// target, and can be stopped (dropping every connection) and restarted,
// to play a Neo4j outage without touching the real server.
type proxy struct {
	addr, target string
	mu           sync.Mutex
	l            net.Listener
	conns        map[net.Conn]bool
}

func (p *proxy) start(t *testing.T) {
	t.Helper()
	var l net.Listener
	var err error
	for range 50 { // the port may linger briefly after stop
		if l, err = net.Listen("tcp", p.addr); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("proxy listen: %v", err)
	}
	p.mu.Lock()
	p.l = l
	if p.conns == nil {
		p.conns = map[net.Conn]bool{}
	}
	p.mu.Unlock()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			u, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns[c], p.conns[u] = true, true
			p.mu.Unlock()
			go func() { io.Copy(u, c); u.Close() }()
			go func() { io.Copy(c, u); c.Close() }()
		}
	}()
}

func (p *proxy) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.l != nil {
		p.l.Close()
		p.l = nil
	}
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
}

// waitReady polls Ready until it passes or a deadline.
func waitReady(t *testing.T, s *neo4jstore.Store) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := s.Ready(context.Background())
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("store not ready after the server came back: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestReconnect starts with the server unreachable, brings it up, takes
// it down and brings it back, through a TCP proxy in front of the test
// server.
func TestReconnect(t *testing.T) {
	cfg := MustConfig(t)
	MustOpenStore(t) // lock and wipe the test database
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{addr: freePort(t), target: u.Host}
	defer p.stop()
	pcfg := cfg
	pcfg.URI = "bolt://" + p.addr
	pcfg.ConnectTimeout = 2 * time.Second
	pcfg.RetryTime = 2 * time.Second
	pcfg.ReconnectInterval = 20 * time.Millisecond
	ctx := context.Background()

	s, err := neo4jstore.Open(ctx, pcfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	wantCode(t, "Ready before start", s.Ready(ctx), graph.EUNAVAILABLE)

	p.start(t)
	waitReady(t, s)
	k := graph.NewKey(graph.KindTrader, "T1")
	if err := s.Upsert(ctx, graph.Batch{Nodes: []graph.Node{{Key: k, Label: "Acme"}}}); err != nil {
		t.Fatalf("Upsert after start: %v", err)
	}

	p.stop()
	_, err = s.Node(ctx, k)
	wantCode(t, "Node while down", err, graph.EUNAVAILABLE)
	wantCode(t, "Ready while down", s.Ready(ctx), graph.EUNAVAILABLE)

	p.start(t)
	waitReady(t, s)
	n, err := s.Node(ctx, k)
	if err != nil {
		t.Fatalf("Node after restart: %v", err)
	}
	if n.Label != "Acme" {
		t.Errorf("got label %q, want %q", n.Label, "Acme")
	}
}

func TestWrongCredentials(t *testing.T) {
	cfg := MustConfig(t)
	// A user that does not exist: failed logins for it cannot lock out
	// the real user for the other tests.
	cfg.User = "borderlens-test-nobody"
	cfg.Password = "wrong-password-do-not-leak"
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	err = s.Ready(ctx)
	wantCode(t, "Ready", err, graph.EUNAVAILABLE)
	if !strings.Contains(err.Error(), "authentication failed") || strings.Contains(err.Error(), cfg.Password) {
		t.Errorf("got %q, want an authentication failure without the password", err)
	}
}

// TestCypherInjection writes and queries values that would break out of
// a string-built statement; every value is a parameter, so they are
// stored and read back verbatim and nothing else changes.
func TestCypherInjection(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	sentinel := graph.Node{Key: key(graph.KindTrader, "sentinel"), Label: "keep me"}
	evil := []string{
		`x"}) DETACH DELETE n //`,
		`x'}) MATCH (m) DETACH DELETE m //`,
		"x`) DETACH DELETE n //",
		`$rows`,
		`\u0027 OR 1=1 //`,
		"}]->(b) DETACH DELETE b WITH 1 AS x MATCH (m) DETACH DELETE m //",
	}
	var b graph.Batch
	b.Nodes = append(b.Nodes, sentinel)
	for i, s := range evil {
		k := key(graph.KindPassenger, s)
		b.Nodes = append(b.Nodes, graph.Node{Key: k, Label: s, Props: graph.Props{"note": s, "list": []string{s}}})
		b.Edges = append(b.Edges, graph.Edge{From: k, Kind: graph.RelUsesPhone, To: key(graph.KindPhone, s), Props: graph.Props{"note": s}})
		if i > 0 {
			b.Edges = append(b.Edges, graph.Edge{From: key(graph.KindPassenger, evil[i-1]), Kind: graph.RelTravelsWith, To: k})
		}
	}
	if err := s.Upsert(ctx, b); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	for _, x := range evil {
		k := key(graph.KindPassenger, x)
		n, err := s.Node(ctx, k)
		if err != nil {
			t.Fatalf("Node(%q): %v", x, err)
		}
		want := graph.Node{Key: k, Label: x, Props: graph.Props{"note": x, "list": []string{x}}}
		if diff := cmp.Diff(want, n); diff != "" {
			t.Errorf("Node(%q) mismatch (-want +got):\n%s", x, diff)
		}
		if _, err := s.Search(ctx, graph.SearchQuery{Text: x}); err != nil && graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("Search(%q): %v", x, err)
		}
		if _, err := s.Subgraph(ctx, graph.SubgraphQuery{Centers: []graph.Key{k}, Depth: 2}); err != nil {
			t.Errorf("Subgraph(%q): %v", x, err)
		}
		if err := s.SetProperties(ctx, []graph.PropertyUpdate{{Key: k, Props: graph.Props{"note2": x}}}); err != nil {
			t.Errorf("SetProperties(%q): %v", x, err)
		}
	}
	if _, err := s.ShortestPaths(ctx, graph.PathQuery{From: key(graph.KindPassenger, evil[0]), To: key(graph.KindPhone, evil[len(evil)-1])}); err != nil {
		t.Errorf("ShortestPaths: %v", err)
	}
	// Kinds are the only names in statement text; unknown ones never get
	// there.
	for _, bad := range []graph.Batch{
		{Nodes: []graph.Node{{Key: graph.Key{Kind: "Trader) DETACH DELETE n //", ID: "x"}}}},
		{Edges: []graph.Edge{{From: sentinel.Key, Kind: "X]->() DETACH DELETE n //", To: key(graph.KindPhone, "1")}}},
		{Nodes: []graph.Node{{Key: key(graph.KindTrader, "x"), Props: graph.Props{"a}) DETACH DELETE n //": "x"}}}},
	} {
		wantCode(t, "Upsert with a bad name", s.Upsert(ctx, bad), graph.EINVALID)
	}
	_, err := s.Search(ctx, graph.SearchQuery{Text: "x", Kinds: []graph.Kind{"Trader) DETACH DELETE n //"}})
	wantCode(t, "Search with a bad kind", err, graph.EINVALID)
	_, err = s.Subgraph(ctx, graph.SubgraphQuery{Centers: []graph.Key{sentinel.Key}, RelKinds: []graph.RelKind{"X|Y]-() DETACH DELETE n //"}})
	wantCode(t, "Subgraph with a bad relationship kind", err, graph.EINVALID)

	got, err := s.Node(ctx, sentinel.Key)
	if err != nil {
		t.Fatalf("sentinel: %v", err)
	}
	if diff := cmp.Diff(sentinel, got); diff != "" {
		t.Errorf("sentinel changed (-want +got):\n%s", diff)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st.NodeCount(), 1+2*len(evil); got != want {
		t.Errorf("got %d nodes, want %d", got, want)
	}
}

// TestServerOrder checks the cases where Neo4j's string order (UTF-16)
// and Go's (code points) differ: results must follow Go's.
func TestServerOrder(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	hub := key(graph.KindPhone, "+100")
	ids := []string{"a\U0001F600", "a\U0001F601", "a\uE000", "a\uFFFD", "b"}
	var b graph.Batch
	for _, id := range ids {
		b.Edges = append(b.Edges, graph.Edge{From: key(graph.KindTrader, id), Kind: graph.RelUsesPhone, To: hub})
	}
	if err := s.Upsert(ctx, b); err != nil {
		t.Fatal(err)
	}
	sg, err := s.Subgraph(ctx, graph.SubgraphQuery{Centers: []graph.Key{hub}, Depth: 1, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(sg.Nodes) != 2 || sg.Nodes[1].Key != key(graph.KindTrader, "a\uE000") || !sg.Truncated {
		t.Errorf("got %v (truncated %v), want the hub and Trader:a\\uE000, truncated", sg.Nodes, sg.Truncated)
	}
	hits, err := s.Search(ctx, graph.SearchQuery{Text: "a", Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Key != key(graph.KindTrader, "a\uE000") {
		t.Errorf("got %v, want Trader:a\\uE000", hits)
	}
	paths, err := s.ShortestPaths(ctx, graph.PathQuery{From: key(graph.KindTrader, "b"), To: key(graph.KindTrader, "a\uFFFD")})
	if err != nil || len(paths) != 1 || paths[0].Hops() != 2 {
		t.Errorf("got %v, %v; want one 2-hop path", paths, err)
	}

	// Paged scans compare stored keys with cursor parameters: every
	// page size must visit each node and relationship exactly once.
	cfg := MustConfig(t)
	for _, size := range []int{1, 2, 3} {
		cfg.BatchSize = size
		small := MustReopenStore(t, cfg)
		seen := map[graph.Key]int{}
		if err := small.ScanNodes(ctx, nil, func(n graph.Node) error { seen[n.Key]++; return nil }); err != nil {
			t.Fatal(err)
		}
		if len(seen) != len(ids)+1 {
			t.Errorf("page size %d: scanned %d distinct nodes, want %d", size, len(seen), len(ids)+1)
		}
		for k, n := range seen {
			if n != 1 {
				t.Errorf("page size %d: node %q scanned %d times", size, k, n)
			}
		}
		edges := map[graph.EdgeID]int{}
		if err := small.ScanEdges(ctx, nil, func(e graph.Edge) error { edges[e.ID()]++; return nil }); err != nil {
			t.Fatal(err)
		}
		if len(edges) != len(ids) {
			t.Errorf("page size %d: scanned %d distinct relationships, want %d", size, len(edges), len(ids))
		}
		for id, n := range edges {
			if n != 1 {
				t.Errorf("page size %d: relationship %q scanned %d times", size, id, n)
			}
		}
	}
}

func TestCancelled(t *testing.T) {
	s := MustOpenStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := s.Upsert(ctx, graph.Batch{Nodes: []graph.Node{{Key: key(graph.KindTrader, "T1")}}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Upsert: got %v, want context.Canceled", err)
	}
	if err := s.Ready(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Ready: got %v, want context.Canceled", err)
	}
}

func TestSchema(t *testing.T) {
	cfg := MustConfig(t)
	MustOpenStore(t)
	MustReopenStore(t, cfg) // schema creation is idempotent
	recs := mustCypher(t, cfg, "SHOW CONSTRAINTS YIELD name RETURN collect(name)", nil)
	names, _ := recs[0].Values[0].([]any)
	have := map[string]bool{}
	for _, n := range names {
		have[n.(string)] = true
	}
	for _, want := range []string{"entity_key", "trader_id", "passenger_id"} {
		if !have[want] {
			t.Errorf("constraint %s missing; have %v", want, names)
		}
	}
	recs = mustCypher(t, cfg, "SHOW INDEXES YIELD name, type, state WHERE type = 'TEXT' RETURN collect(name + ':' + state)", nil)
	if got := recs[0].Values[0].([]any); len(got) < 2 {
		t.Errorf("got text indexes %v, want entity_id_folded and entity_label_folded online", got)
	}
}

// TestSchemes opens the test server through each URI scheme the driver
// offers without TLS: bolt:// (direct) and neo4j:// (routing).
func TestSchemes(t *testing.T) {
	cfg := MustLockServer(t)
	MustWipe(t, cfg)
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	for _, scheme := range []string{"bolt", "neo4j"} {
		t.Run(scheme, func(t *testing.T) {
			c := cfg
			c.URI = scheme + "://" + u.Host
			s := MustReopenStore(t, c)
			k := key(graph.KindTrader, scheme)
			if err := s.Upsert(context.Background(), graph.Batch{Nodes: []graph.Node{{Key: k}}}); err != nil {
				t.Fatalf("Upsert: %v", err)
			}
			if _, err := s.Node(context.Background(), k); err != nil {
				t.Fatalf("Node: %v", err)
			}
		})
	}
}
