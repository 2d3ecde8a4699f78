package audit_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/borderlens/borderlens/access/audit"
)

// FuzzVerify feeds arbitrary files to the chain verifier: it must answer
// with a report or a *ChainError, never panic.
func FuzzVerify(f *testing.F) {
	path := filepath.Join(f.TempDir(), "audit.jsonl")
	l := mustOpen(f, path)
	fill(f, l, 3)
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte("{}\n"))
	f.Add([]byte(`{"seq":1,"prev":"` + audit.Genesis + `","hash":""}` + "\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		rep, err := audit.Verify(context.Background(), bytes.NewReader(in), audit.VerifyOptions{})
		var ce *audit.ChainError
		if err != nil && !errors.As(err, &ce) && !bytes.Contains([]byte(err.Error()), []byte("token too long")) {
			t.Fatalf("unexpected error type %T: %v", err, err)
		}
		if err == nil && rep.Entries > 0 && rep.Head == audit.Genesis {
			t.Fatal("non-empty chain with the genesis head")
		}
	})
}
