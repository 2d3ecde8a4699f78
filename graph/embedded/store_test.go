package embedded_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
	"github.com/borderlens/borderlens/graph/storetest"
	"github.com/google/go-cmp/cmp"
)

// MustOpenStore opens the store at path and closes it at the end of tb.
func MustOpenStore(tb testing.TB, path string) *embedded.Store {
	tb.Helper()
	s, err := embedded.Open(context.Background(), path, embedded.Options{})
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// TestStore runs the contract suite: each property on a new file in a
// temporary directory, durability by reopening that file.
func TestStore(t *testing.T) {
	storetest.RunHarness(t, storetest.Harness{
		Open: func(t *testing.T) graph.Store {
			return MustOpenStore(t, filepath.Join(t.TempDir(), "graph.db"))
		},
		Reopen: func(t *testing.T, s graph.Store) graph.Store {
			return MustOpenStore(t, s.(*embedded.Store).Path())
		},
	})
}

// batch is a small batch for the tests below.
func batch() graph.Batch {
	a := graph.NewKey(graph.KindTrader, "a")
	return graph.Batch{
		Nodes: []graph.Node{{Key: a, Label: "Alpha", At: time.Date(2024, 1, 2, 3, 4, 5, 6, time.UTC), Props: graph.Props{"n": int64(1)}}},
		Edges: []graph.Edge{{From: a, Kind: graph.RelUsesPhone, To: graph.NewKey(graph.KindPhone, "+1")}},
	}
}

// TestCopyWhileOpen reads a copy of the file taken while the store is
// still open, as a crash would leave it: committed batches are there
// without Close.
func TestCopyWhileOpen(t *testing.T) {
	dir := t.TempDir()
	s := MustOpenStore(t, filepath.Join(dir, "graph.db"))
	if err := s.Upsert(t.Context(), batch()); err != nil {
		t.Fatalf("upsert: got %v, want nil", err)
	}
	data, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	crashed := filepath.Join(dir, "crashed.db")
	if err := os.WriteFile(crashed, data, 0o600); err != nil {
		t.Fatal(err)
	}
	c := MustOpenStore(t, crashed)
	n, err := c.Node(t.Context(), batch().Nodes[0].Key)
	if err != nil {
		t.Fatalf("node in the copy: got %v, want nil", err)
	}
	if d := cmp.Diff(batch().Nodes[0], n); d != "" {
		t.Errorf("node in the copy (-want +got):\n%s", d)
	}
	st, err := c.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.NodeCount() != 2 || st.EdgeCount() != 1 {
		t.Errorf("stats of the copy: got %d nodes and %d relationships, want 2 and 1", st.NodeCount(), st.EdgeCount())
	}
}

// TestLocked opens a file another Store holds: Open gives up after the
// lock timeout with EUNAVAILABLE.
func TestLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.db")
	MustOpenStore(t, path)
	s, err := embedded.Open(t.Context(), path, embedded.Options{LockTimeout: 50 * time.Millisecond})
	if err == nil {
		s.Close()
		t.Fatal("second open: got nil error, want EUNAVAILABLE")
	}
	if got := graph.ErrorCode(err); got != graph.EUNAVAILABLE {
		t.Errorf("second open: got %v (code %q), want code %q", err, got, graph.EUNAVAILABLE)
	}
}

// TestClosed checks a closed store: every method fails with EUNAVAILABLE
// and Close may be called again.
func TestClosed(t *testing.T) {
	s := MustOpenStore(t, filepath.Join(t.TempDir(), "graph.db"))
	if err := s.Close(); err != nil {
		t.Fatalf("close: got %v, want nil", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second close: got %v, want nil", err)
	}
	ctx := t.Context()
	a := batch().Nodes[0].Key
	calls := []struct {
		name string
		call func() error
	}{
		{"Ready", func() error { return s.Ready(ctx) }},
		{"Upsert", func() error { return s.Upsert(ctx, batch()) }},
		{"Node", func() error { _, err := s.Node(ctx, a); return err }},
		{"Stats", func() error { _, err := s.Stats(ctx); return err }},
		{"Search", func() error { _, err := s.Search(ctx, graph.SearchQuery{Text: "a"}); return err }},
	}
	for _, tc := range calls {
		t.Run(tc.name, func(t *testing.T) {
			if got := graph.ErrorCode(tc.call()); got != graph.EUNAVAILABLE {
				t.Errorf("got code %q, want %q", got, graph.EUNAVAILABLE)
			}
		})
	}
}

// countdown is a ctx that reports cancellation after its Err has been
// asked n times: it cancels an operation half-way, deterministically.
type countdown struct {
	context.Context
	n atomic.Int64
}

func (c *countdown) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// TestCancelMidBatch cancels an Upsert at each point where it checks its
// ctx, in turn, until it has none left and commits: every cancelled
// attempt leaves nothing behind.
func TestCancelMidBatch(t *testing.T) {
	s := MustOpenStore(t, filepath.Join(t.TempDir(), "graph.db"))
	var b graph.Batch
	for i := range 5000 {
		k := graph.NewKey(graph.KindDeclaration, strconv.Itoa(i))
		b.Nodes = append(b.Nodes, graph.Node{Key: k})
		b.Edges = append(b.Edges, graph.Edge{From: k, Kind: graph.RelLodgedAt, To: graph.NewKey(graph.KindOffice, "X")})
	}
	for after := int64(0); ; after++ {
		if after > 100 {
			t.Fatal("upsert still cancelled after 100 ctx checks")
		}
		ctx := &countdown{Context: t.Context()}
		ctx.n.Store(after)
		err := s.Upsert(ctx, b)
		st, serr := s.Stats(t.Context())
		if serr != nil {
			t.Fatal(serr)
		}
		if err == nil {
			if after < 3 {
				t.Errorf("upsert committed after only %d ctx checks, want at least one per batch section", after)
			}
			if st.NodeCount() != 5001 || st.EdgeCount() != 5000 {
				t.Errorf("after commit: got %d nodes and %d relationships, want 5001 and 5000", st.NodeCount(), st.EdgeCount())
			}
			return
		}
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancel after %d checks: got %v, want an error wrapping %v", after, err, context.Canceled)
		}
		if st.NodeCount()+st.EdgeCount() != 0 {
			t.Fatalf("cancel after %d checks: got %d nodes and %d relationships, want none", after, st.NodeCount(), st.EdgeCount())
		}
	}
}

// TestOpenErrors checks Open's own failures.
func TestOpenErrors(t *testing.T) {
	notDB := filepath.Join(t.TempDir(), "not.db")
	if err := os.WriteFile(notDB, []byte("this is not a bbolt file, but long enough to be read as one......"), 0o600); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(t.Context())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		path string
		code string // domain code, or
		is   error  // an error in the chain
	}{
		{name: "no path", ctx: t.Context(), code: graph.EINVALID},
		{name: "not a database", ctx: t.Context(), path: notDB, code: graph.EINTERNAL},
		{name: "cancelled", ctx: cancelled, path: filepath.Join(t.TempDir(), "graph.db"), is: context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := embedded.Open(tc.ctx, tc.path, embedded.Options{})
			if err == nil {
				s.Close()
				t.Fatal("got nil error, want one")
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("got %v, want an error wrapping %v", err, tc.is)
			}
			if got := graph.ErrorCode(err); tc.code != "" && got != tc.code {
				t.Errorf("got %v (code %q), want code %q", err, got, tc.code)
			}
		})
	}
}
