package storetest

import (
	"slices"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Harness gives the suite its stores.
type Harness struct {
	// Open returns a store holding no nodes and no relationships. The
	// suite calls it once per property, from that property's subtest,
	// never from parallel tests and never while a store it opened earlier
	// is still open, so an adapter may serialise on one shared database
	// and wipe it here. The suite closes the store before the subtest
	// ends; Close must accept being called again if the adapter also
	// closes it in a t.Cleanup.
	Open func(t *testing.T) graph.Store

	// ReadCommitted says the store's reads are read-committed, not
	// snapshots (see graph.Store, Concurrency): the Concurrency property
	// then accepts part of a batch in a read that overlapped its commit,
	// and still requires every batch committed before the read whole and
	// nothing of a batch not yet begun.
	ReadCommitted bool

	// Reopen returns a new store on the data of s, which the suite has
	// just closed: a file-backed store opens the same file again
	// (s tells it which), a server-backed one connects to the same
	// database again without wiping it. The suite closes the new store
	// too. When Reopen is nil the Durability property is skipped.
	Reopen func(t *testing.T, s graph.Store) graph.Store
}

// Run checks every property of the contract except durability on stores
// from open, which must return an empty store each time (see
// Harness.Open). Stores that can be reopened should use RunHarness.
func Run(t *testing.T, open func(t *testing.T) graph.Store) {
	RunHarness(t, Harness{Open: open})
}

// RunHarness checks every property of the contract, durability included
// when h.Reopen is set.
func RunHarness(t *testing.T, h Harness) {
	props := []struct {
		name string
		test func(*testing.T, Harness)
	}{
		{"Empty", testEmpty},
		{"Merge", testMerge},
		{"MergeIdempotent", testMergeIdempotent},
		{"MergeBareEndpoints", testBareEndpoints},
		{"PropertyTypes", testPropertyTypes},
		{"Validation", testValidation},
		{"Node", testNode},
		{"Nodes", testNodes},
		{"Subgraph", testSubgraph},
		{"SubgraphErrors", testSubgraphErrors},
		{"SubgraphProjection", testSubgraphProjection},
		{"ShortestPaths", testShortestPaths},
		{"ShortestPathsErrors", testShortestPathsErrors},
		{"Model", testModel},
		{"Search", testSearch},
		{"SetProperties", testSetProperties},
		{"ScanNodes", testScanNodes},
		{"ScanEdges", testScanEdges},
		{"Stats", testStats},
		{"Cancel", testCancel},
		{"Concurrency", testConcurrency},
		{"Durability", testDurability},
	}
	for _, p := range props {
		t.Run(p.name, func(t *testing.T) { p.test(t, h) })
	}
}

// mustOpen opens an empty store through h and closes it at the end of t.
func mustOpen(t *testing.T, h Harness) graph.Store {
	t.Helper()
	s := h.Open(t)
	if s == nil {
		t.Fatal("Harness.Open returned a nil store")
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}

// mustUpsert upserts b, failing the test on error.
func mustUpsert(t *testing.T, s graph.Store, b graph.Batch) {
	t.Helper()
	if err := s.Upsert(t.Context(), b); err != nil {
		t.Fatalf("upsert: got %v, want nil", err)
	}
}

// mustNode returns the node with key k, failing the test on error.
func mustNode(t *testing.T, s graph.Store, k graph.Key) graph.Node {
	t.Helper()
	n, err := s.Node(t.Context(), k)
	if err != nil {
		t.Fatalf("node %s: got %v, want nil", k, err)
	}
	return n
}

// content is everything a store holds, in a canonical order.
type content struct {
	Nodes []graph.Node // by key
	Edges []graph.Edge // by identity
}

// mustDump reads the whole store through ScanNodes and ScanEdges.
func mustDump(t *testing.T, s graph.Store) content {
	t.Helper()
	var c content
	if err := s.ScanNodes(t.Context(), nil, func(n graph.Node) error {
		c.Nodes = append(c.Nodes, n)
		return nil
	}); err != nil {
		t.Fatalf("scan nodes: got %v, want nil", err)
	}
	if err := s.ScanEdges(t.Context(), nil, func(e graph.Edge) error {
		c.Edges = append(c.Edges, e)
		return nil
	}); err != nil {
		t.Fatalf("scan edges: got %v, want nil", err)
	}
	sortContent(&c)
	return c
}

func sortContent(c *content) {
	slices.SortFunc(c.Nodes, func(a, b graph.Node) int { return a.Key.Compare(b.Key) })
	slices.SortFunc(c.Edges, func(a, b graph.Edge) int { return a.ID().Compare(b.ID()) })
}

// contentOf is what a store holds after upserting b into an empty store,
// for a batch that names each node and relationship at most once: its
// nodes, a bare node for every endpoint it does not list, and its
// relationships.
func contentOf(b graph.Batch) content {
	var c content
	have := map[graph.Key]bool{}
	for _, n := range b.Nodes {
		have[n.Key] = true
		c.Nodes = append(c.Nodes, n)
	}
	for _, e := range b.Edges {
		for _, k := range []graph.Key{e.From, e.To} {
			if !have[k] {
				have[k] = true
				c.Nodes = append(c.Nodes, graph.Node{Key: k})
			}
		}
		c.Edges = append(c.Edges, e)
	}
	sortContent(&c)
	return c
}

// mustStats returns the store's counts without zero entries, so that
// stores listing every kind and stores listing only present ones compare
// equal.
func mustStats(t *testing.T, s graph.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatalf("stats: got %v, want nil", err)
	}
	out := graph.Stats{Nodes: map[graph.Kind]int{}, Edges: map[graph.RelKind]int{}}
	for k, n := range st.Nodes {
		if n != 0 {
			out.Nodes[k] = n
		}
	}
	for k, n := range st.Edges {
		if n != 0 {
			out.Edges[k] = n
		}
	}
	return out
}

// statsOf counts the nodes and relationships of c.
func statsOf(c content) graph.Stats {
	st := graph.Stats{Nodes: map[graph.Kind]int{}, Edges: map[graph.RelKind]int{}}
	for _, n := range c.Nodes {
		st.Nodes[n.Key.Kind]++
	}
	for _, e := range c.Edges {
		st.Edges[e.Kind]++
	}
	return st
}

// wantCode fails the test unless err carries the domain error code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := graph.ErrorCode(err); got != code {
		t.Errorf("%s: got error %v (code %q), want code %q", what, err, got, code)
	}
}

// wantEmpty fails the test unless the store holds nothing.
func wantEmpty(t *testing.T, s graph.Store, after string) {
	t.Helper()
	if c := mustDump(t, s); len(c.Nodes)+len(c.Edges) != 0 {
		t.Errorf("after %s: got %d nodes and %d relationships, want an empty store", after, len(c.Nodes), len(c.Edges))
	}
	if st := mustStats(t, s); st.NodeCount()+st.EdgeCount() != 0 {
		t.Errorf("after %s: got stats %v, want none", after, st)
	}
}

// diff compares domain values: times by instant (cmp uses time.Time's
// Equal), nil and empty maps and slices alike, property values by dynamic
// type and value (int64(1) differs from float64(1)).
func diff(want, got any) string {
	return cmp.Diff(want, got, cmpopts.EquateEmpty())
}
