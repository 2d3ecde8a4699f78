package synth

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/borderlens/borderlens/graph/embedded"
)

// openEmbedded opens the real embedded store in a temporary directory.
func openEmbedded(t testing.TB) *embedded.Store {
	t.Helper()
	s, err := embedded.Open(context.Background(), filepath.Join(t.TempDir(), "graph.db"), embedded.Options{})
	if err != nil {
		t.Fatalf("open embedded store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
