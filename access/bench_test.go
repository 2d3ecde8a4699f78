package access_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/graph"
)

func BenchmarkKeyAuthenticate(b *testing.B) {
	ks := access.OpenKeyStore(filepath.Join(b.TempDir(), "k.json"), nil)
	tok, _, _ := ks.Create(context.Background(), "x", graph.RoleOfficer, 0)
	for b.Loop() {
		if _, err := ks.Authenticate(context.Background(), tok); err != nil {
			b.Fatal(err)
		}
	}
}
