package audit_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/graph"
)

var testKey = []byte("0123456789abcdef0123456789abcdef")

func mustOpen(t testing.TB, path string) *audit.Log {
	t.Helper()
	l, err := audit.Open(path, audit.Options{Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// fill appends n entries of alternating actors and kinds.
func fill(t testing.TB, l *audit.Log, n int) {
	t.Helper()
	base := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	for i := range n {
		e := audit.Entry{
			Time: base.Add(time.Duration(i) * time.Minute), Actor: []string{"key:aaaaaaaaaaaa", "oidc:bob"}[i%2],
			Role: graph.RoleOfficer, Kind: []string{audit.KindQuery, audit.KindRefused}[i%2],
			Operation: "TraderProfile", Outcome: "ok",
			Variables: map[string]any{"id": "Passenger:DOE/JOHN/1970-07-12", "text": "john doe", "first": 20.0},
			Entities:  []string{"Trader:KR1", "Passenger:DOE/JOHN/1970-07-12"},
		}
		if _, err := l.Append(context.Background(), e); err != nil {
			t.Fatal(err)
		}
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

func writeLines(t *testing.T, path string, lines []string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestChainDetectsTampering(t *testing.T) {
	tests := []struct {
		name   string
		tamper func([]string) []string
		want   string // substring of the ChainError reason; "" means valid
	}{
		{"untouched", func(l []string) []string { return l }, ""},
		{"edited actor", func(l []string) []string {
			l[2] = strings.Replace(l[2], `"actor":"key:aaaaaaaaaaaa"`, `"actor":"key:bbbbbbbbbbbb"`, 1)
			return l
		}, "edited"},
		{"deleted middle", func(l []string) []string { return append(l[:2], l[3:]...) }, "seq"},
		{"swapped", func(l []string) []string { l[1], l[2] = l[2], l[1]; return l }, "seq"},
		{"deleted first", func(l []string) []string { return l[1:] }, "seq"},
		{"garbage line", func(l []string) []string { l[3] = "{not json"; return l }, "not a JSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "audit.jsonl")
			l := mustOpen(t, path)
			fill(t, l, 5)
			writeLines(t, path, tc.tamper(readLines(t, path)))
			rep, err := audit.VerifyFile(context.Background(), path, audit.VerifyOptions{})
			if tc.want == "" {
				if err != nil || rep.Entries != 5 {
					t.Fatalf("got %d entries, %v; want 5, nil", rep.Entries, err)
				}
				return
			}
			var ce *audit.ChainError
			if !errors.As(err, &ce) || !strings.Contains(ce.Reason, tc.want) {
				t.Fatalf("got %v, want a chain error mentioning %q", err, tc.want)
			}
		})
	}
}

func TestVerifyHeadDetectsTruncation(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l := mustOpen(t, path)
	fill(t, l, 4)
	rep, err := audit.VerifyFile(ctx, path, audit.VerifyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	lines := readLines(t, path)
	writeLines(t, path, lines[:3])
	if _, err := audit.VerifyFile(ctx, path, audit.VerifyOptions{}); err != nil {
		t.Fatalf("a cut chain is still a chain: %v", err)
	}
	if _, err := audit.VerifyFile(ctx, path, audit.VerifyOptions{Head: rep.Head}); err == nil {
		t.Fatal("verify with the recorded head after truncation: got nil error")
	}
}

func TestMasking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l := mustOpen(t, path)
	fill(t, l, 2)
	b, _ := os.ReadFile(path)
	for _, pii := range []string{"DOE", "JOHN", "john doe", "1970"} {
		if bytes.Contains(b, []byte(pii)) {
			t.Errorf("audit file contains %q", pii)
		}
	}
	es, err := l.Query(context.Background(), audit.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := audit.NewMasker(testKey)
	want := map[string]any{"id": "Passenger:" + m.Token("DOE/JOHN/1970-07-12"), "text": m.Token("john doe"), "first": 20.0}
	if diff := cmp.Diff(want, es[0].Variables); diff != "" {
		t.Errorf("masked variables (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Trader:KR1", "Passenger:" + m.Token("DOE/JOHN/1970-07-12")}, es[0].Entities); diff != "" {
		t.Errorf("masked entities (-want +got):\n%s", diff)
	}
}

func TestQuery(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l := mustOpen(t, path)
	fill(t, l, 10)
	base := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		f       audit.Filter
		wantSeq []uint64
	}{
		{"actor", audit.Filter{Actor: "oidc:bob"}, []uint64{2, 4, 6, 8, 10}},
		{"kind", audit.Filter{Kind: audit.KindQuery, Limit: 2}, []uint64{7, 9}},
		{"window", audit.Filter{Since: base.Add(3 * time.Minute), Until: base.Add(5 * time.Minute)}, []uint64{4, 5}},
		{"limit", audit.Filter{Limit: 3}, []uint64{8, 9, 10}},
		{"none", audit.Filter{Actor: "nobody"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es, err := l.Query(context.Background(), tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []uint64
			for _, e := range es {
				got = append(got, e.Seq)
			}
			if diff := cmp.Diff(tc.wantSeq, got); diff != "" {
				t.Errorf("seqs (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTwoWriters stands for the server and a CLI command appending to one
// file: the lock and catch-up keep one valid chain.
func TestTwoWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	a, b := mustOpen(t, path), mustOpen(t, path)
	var wg sync.WaitGroup
	for _, l := range []*audit.Log{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fill(t, l, 20)
		}()
	}
	wg.Wait()
	rep, err := audit.VerifyFile(context.Background(), path, audit.VerifyOptions{})
	if err != nil || rep.Entries != 40 {
		t.Fatalf("got %d entries, %v; want 40 in a valid chain", rep.Entries, err)
	}
	// Reopening continues the chain.
	c := mustOpen(t, path)
	fill(t, c, 1)
	if rep, err := audit.VerifyFile(context.Background(), path, audit.VerifyOptions{}); err != nil || rep.Entries != 41 {
		t.Fatalf("after reopen: got %d entries, %v; want 41", rep.Entries, err)
	}
}

func TestExportVerifies(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l := mustOpen(t, path)
	fill(t, l, 6)
	var buf bytes.Buffer
	n, err := l.Export(context.Background(), &buf, audit.Filter{})
	if err != nil || n != 6 {
		t.Fatalf("export: got %d, %v", n, err)
	}
	if _, err := audit.Verify(context.Background(), &buf, audit.VerifyOptions{}); err != nil {
		t.Errorf("exported chain does not verify: %v", err)
	}
}

func BenchmarkAppend(b *testing.B) {
	l := mustOpen(b, filepath.Join(b.TempDir(), "audit.jsonl"))
	e := audit.Entry{Actor: "key:aaaaaaaaaaaa", Role: graph.RoleOfficer, Kind: audit.KindQuery, Operation: "Search",
		Variables: map[string]any{"text": "acme", "first": 20.0}, Entities: []string{"Trader:KR1", "Trader:KR2"}}
	b.ResetTimer()
	for b.Loop() {
		if _, err := l.Append(context.Background(), e); err != nil {
			b.Fatal(err)
		}
	}
}
