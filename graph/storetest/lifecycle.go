package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// testCancel calls every method with a cancelled or expired ctx: each
// returns an error wrapping the ctx's error, and the writes commit
// nothing.
func testCancel(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	mustUpsert(t, s, network())
	before := mustDump(t, s)

	cancelled, cancel := context.WithCancel(t.Context())
	cancel()
	// A deadline long past: expired without reading the clock in the test.
	expired, cancelExpired := context.WithDeadline(t.Context(), time.Unix(0, 0))
	defer cancelExpired()

	late := key(graph.KindTrader, "late")
	write := graph.Batch{
		Nodes: []graph.Node{{Key: late, Label: "Late"}, {Key: acme, Label: "renamed"}},
		Edges: []graph.Edge{edge(late, graph.RelImported, d1)},
	}
	update := []graph.PropertyUpdate{{Key: acme, Props: graph.Props{"risk": 1.0}}}
	calls := []struct {
		name string
		call func(ctx context.Context) error
	}{
		{"Upsert", func(ctx context.Context) error { return s.Upsert(ctx, write) }},
		{"SetProperties", func(ctx context.Context) error { return s.SetProperties(ctx, update) }},
		{"Node", func(ctx context.Context) error { _, err := s.Node(ctx, acme); return err }},
		{"Nodes", func(ctx context.Context) error { _, _, err := s.Nodes(ctx, []graph.Key{acme, d1}); return err }},
		{"Subgraph", func(ctx context.Context) error {
			_, err := s.Subgraph(ctx, graph.SubgraphQuery{Centers: []graph.Key{acme}, Depth: 2})
			return err
		}},
		{"ShortestPaths", func(ctx context.Context) error {
			_, err := s.ShortestPaths(ctx, graph.PathQuery{From: acme, To: beta})
			return err
		}},
		{"Search", func(ctx context.Context) error { _, err := s.Search(ctx, graph.SearchQuery{Text: "acme"}); return err }},
		{"ScanNodes", func(ctx context.Context) error {
			return s.ScanNodes(ctx, nil, func(graph.Node) error { return errors.New("fn called under a cancelled ctx") })
		}},
		{"ScanEdges", func(ctx context.Context) error {
			return s.ScanEdges(ctx, nil, func(graph.Edge) error { return errors.New("fn called under a cancelled ctx") })
		}},
		{"Stats", func(ctx context.Context) error { _, err := s.Stats(ctx); return err }},
		{"Ready", func(ctx context.Context) error { return s.Ready(ctx) }},
	}
	ctxs := []struct {
		name string
		ctx  context.Context
		want error
	}{
		{"cancelled", cancelled, context.Canceled},
		{"deadline exceeded", expired, context.DeadlineExceeded},
	}
	for _, c := range ctxs {
		for _, tc := range calls {
			t.Run(c.name+"/"+tc.name, func(t *testing.T) {
				if err := tc.call(c.ctx); !errors.Is(err, c.want) {
					t.Errorf("got %v, want an error wrapping %v", err, c.want)
				}
			})
		}
	}
	if d := diff(before, mustDump(t, s)); d != "" {
		t.Errorf("cancelled writes changed the store (-before +after):\n%s", d)
	}
}

// testConcurrency runs writers and readers at once. Writers upsert
// disjoint batches, each linking its nodes to one shared hub; readers
// check that they see every batch committed before the read began, nothing
// of a batch not begun by its end, and only whole batches (for a
// read-committed store, only when no commit overlapped the read).
// Afterwards the store holds the union of all batches.
func testConcurrency(t *testing.T, h Harness) {
	s := mustOpen(t, h)
	hub := key(graph.KindOffice, "HUB")
	mustUpsert(t, s, graph.Batch{Nodes: []graph.Node{{Key: hub, Label: "Hub"}}})
	const writers, batches, perBatch, readers = 4, 8, 5, 4
	decl := func(w, b, i int) graph.Key {
		return key(graph.KindDeclaration, fmt.Sprintf("w%d-b%d-%d", w, b, i))
	}
	ctx := t.Context()

	var writing, reading sync.WaitGroup
	var begun, committed atomic.Int64 // batches whose Upsert was called / returned
	done := make(chan struct{})
	for w := range writers {
		writing.Go(func() {
			for b := range batches {
				var batch graph.Batch
				for i := range perBatch {
					k := decl(w, b, i)
					batch.Nodes = append(batch.Nodes, graph.Node{Key: k, Label: k.ID, Props: graph.Props{"writer": int64(w)}})
					batch.Edges = append(batch.Edges, edge(k, graph.RelLodgedAt, hub))
				}
				begun.Add(1)
				if err := s.Upsert(ctx, batch); err != nil {
					t.Errorf("writer %d batch %d: got %v, want nil", w, b, err)
					return
				}
				committed.Add(1)
			}
		})
	}
	for r := range readers {
		reading.Go(func() {
			for n := 0; ; n++ {
				select {
				case <-done:
					return
				default:
				}
				before := committed.Load()
				sg, err := s.Subgraph(ctx, graph.SubgraphQuery{Centers: []graph.Key{hub}, Depth: 1, Limit: graph.MaxNodeLimit})
				if err != nil {
					t.Errorf("reader %d: subgraph: got %v, want nil", r, err)
					return
				}
				after := begun.Load()
				got := len(sg.Edges)
				if got != len(sg.Nodes)-1 || got < int(before)*perBatch || got > int(after)*perBatch {
					t.Errorf("reader %d: got %d nodes and %d relationships around the hub, want one per declaration, %d to %d of them (batches committed before, begun after)",
						r, len(sg.Nodes), got, int(before)*perBatch, int(after)*perBatch)
				}
				if overlapped := after > before; got%perBatch != 0 && !(h.ReadCommitted && overlapped) {
					t.Errorf("reader %d: got %d relationships around the hub, want whole batches of %d", r, got, perBatch)
				}
				w, b := n%writers, (n/writers)%batches
				before = committed.Load()
				_, found, err := s.Nodes(ctx, []graph.Key{decl(w, b, 0), decl(w, b, perBatch-1)})
				if err != nil {
					t.Errorf("reader %d: nodes: got %v, want nil", r, err)
					return
				}
				after = begun.Load()
				if found[0] != found[1] && !(h.ReadCommitted && after > before) {
					t.Errorf("reader %d: batch w%d-b%d half visible: found %v", r, w, b, found)
				}
				st, err := s.Stats(ctx)
				if err != nil {
					t.Errorf("reader %d: stats: got %v, want nil", r, err)
					return
				}
				if st.Nodes[graph.KindDeclaration] != st.Edges[graph.RelLodgedAt] {
					t.Errorf("reader %d: stats: got %d declarations and %d LODGED_AT, want equal counts", r, st.Nodes[graph.KindDeclaration], st.Edges[graph.RelLodgedAt])
				}
			}
		})
	}
	writing.Wait()
	close(done)
	reading.Wait()

	total := writers * batches * perBatch
	want := graph.Stats{
		Nodes: map[graph.Kind]int{graph.KindOffice: 1, graph.KindDeclaration: total},
		Edges: map[graph.RelKind]int{graph.RelLodgedAt: total},
	}
	if d := diff(want, mustStats(t, s)); d != "" {
		t.Errorf("stats after all writers (-want +got):\n%s", d)
	}
	c := mustDump(t, s)
	have := nodeMap(c)
	for w := range writers {
		for b := range batches {
			for i := range perBatch {
				if _, ok := have[decl(w, b, i)]; !ok {
					t.Errorf("node %s missing after all writers", decl(w, b, i))
				}
			}
		}
	}
}

// testDurability closes a store after writes and reopens it: content,
// counts and every index-backed answer are as before, and the reopened
// store takes writes.
func testDurability(t *testing.T, h Harness) {
	if h.Reopen == nil {
		t.Skip("Harness.Reopen is nil: durability is not checked")
	}
	s := h.Open(t)
	closed := false
	t.Cleanup(func() {
		if !closed {
			s.Close()
		}
	})
	mustUpsert(t, s, network())
	mustUpsert(t, s, paths())
	if err := s.SetProperties(t.Context(), []graph.PropertyUpdate{{Key: acme, Props: graph.Props{"risk": 0.75, "country": nil}}}); err != nil {
		t.Fatalf("set properties: got %v, want nil", err)
	}
	type answers struct {
		Content  content
		Stats    graph.Stats
		Subgraph graph.Subgraph
		Paths    []string
		Search   []graph.Key
	}
	read := func(s graph.Store) answers {
		t.Helper()
		var a answers
		a.Content, a.Stats = mustDump(t, s), mustStats(t, s)
		var err error
		if a.Subgraph, err = s.Subgraph(t.Context(), graph.SubgraphQuery{Centers: []graph.Key{phone}, Depth: 3, Since: day(2024, 1, 1)}); err != nil {
			t.Fatalf("subgraph: got %v, want nil", err)
		}
		ps, err := s.ShortestPaths(t.Context(), graph.PathQuery{From: pa, To: pb})
		if err != nil {
			t.Fatalf("shortest paths: got %v, want nil", err)
		}
		for _, p := range ps {
			a.Paths = append(a.Paths, pathString(p))
		}
		hits, err := s.Search(t.Context(), graph.SearchQuery{Text: "trad"})
		if err != nil {
			t.Fatalf("search: got %v, want nil", err)
		}
		a.Search = nodeKeys(hits)
		return a
	}
	before := read(s)
	if risk := nodeMap(before.Content)[acme].Prop("risk"); risk != 0.75 {
		t.Fatalf("before close: acme risk: got %v, want 0.75", risk)
	}

	closed = true
	if err := s.Close(); err != nil {
		t.Fatalf("close: got %v, want nil", err)
	}
	r := h.Reopen(t, s)
	if r == nil {
		t.Fatal("Harness.Reopen returned a nil store")
	}
	t.Cleanup(func() {
		if err := r.Close(); err != nil {
			t.Errorf("close reopened store: %v", err)
		}
	})
	if err := r.Ready(t.Context()); err != nil {
		t.Fatalf("ready after reopen: got %v, want nil", err)
	}
	if d := diff(before, read(r)); d != "" {
		t.Errorf("after reopen (-before +after):\n%s", d)
	}

	extra := graph.Node{Key: key(graph.KindTrader, "after-reopen"), Label: "After Reopen"}
	mustUpsert(t, r, graph.Batch{Nodes: []graph.Node{extra}, Edges: []graph.Edge{edge(extra.Key, graph.RelUsesPhone, phone)}})
	if d := diff(extra, mustNode(t, r, extra.Key)); d != "" {
		t.Errorf("write after reopen (-want +got):\n%s", d)
	}
	if got, want := mustStats(t, r).NodeCount(), before.Stats.NodeCount()+1; got != want {
		t.Errorf("node count after a write on the reopened store: got %d, want %d", got, want)
	}
}
