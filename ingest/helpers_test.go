package ingest

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/ingest/internal/memstore"
	"github.com/borderlens/borderlens/ingest/resolve"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

// testResolve is the resolution config of the tests. The card key is a
// test key: deployments supply their own.
var testResolve = resolve.Options{CallingCode: "82", CardKey: []byte("ingest-test-card-key-not-for-production")}

// testOptions returns Options for a test: test resolution, a state dir in
// t.TempDir().
func testOptions(t testing.TB) Options {
	t.Helper()
	return Options{Resolve: testResolve, StateDir: t.TempDir()}
}

// mustLoad loads files into w and fails the test on error.
func mustLoad(t testing.TB, w Writer, opts Options, files ...File) Summary {
	t.Helper()
	sum, err := Load(context.Background(), w, files, opts)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return sum
}

// checkGolden compares got with testdata/golden/name, rewriting it under
// -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from golden; run go test -update and review the diff.\n got:\n%s", path, diffLines(string(want), got))
	}
}

// diffLines lists the lines only in want (-) or only in got (+).
func diffLines(want, got string) string {
	w := map[string]int{}
	for _, l := range strings.Split(want, "\n") {
		w[l]++
	}
	g := map[string]int{}
	for _, l := range strings.Split(got, "\n") {
		g[l]++
	}
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if g[l] == 0 {
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if w[l] == 0 {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	return b.String()
}

// report renders a load for golden files: the summary counts, every
// reject and the merged graph.
func report(sum Summary, s *memstore.Store) string {
	var b strings.Builder
	for _, f := range sum.Files {
		fmt.Fprintf(&b, "# file %s format=%s read=%d loaded=%d rejected=%d batches=%d\n",
			filepath.Base(f.Path), f.Format, f.Read, f.Loaded, f.Rejected, f.Batches)
		for _, r := range f.Rejects {
			fmt.Fprintf(&b, "# reject %s", strings.ReplaceAll(r.Error(), f.Path, filepath.Base(f.Path)))
			if r.Value != "" {
				fmt.Fprintf(&b, " (value %q)", r.Value)
			}
			b.WriteByte('\n')
		}
	}
	b.WriteString(s.Dump())
	return b.String()
}
