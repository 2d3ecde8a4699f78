package exchange_test

import (
	"testing"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/access/exchange"
)

// FuzzVerify feeds arbitrary bytes to the document verifier: it must
// refuse them with a VerifyError (never panic, never accept).
func FuzzVerify(f *testing.F) {
	key, err := exchange.GenerateKey("kcs-kr")
	if err != nil {
		f.Fatal(err)
	}
	_, signed := export(f, ourWorld(f), access.DefaultPolicy(), key, exchange.ExportOptions{MinRisk: 0})
	f.Add([]byte(signed))
	f.Add([]byte("a.b.c"))
	f.Add([]byte("eyJhbGciOiJFZERTQSJ9.e30."))
	tk := trust(f, key)
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := tk.Verify(b, now)
		if err != nil && !exchange.IsVerifyError(err) {
			t.Fatalf("refusal is not a VerifyError: %v", err)
		}
	})
}
