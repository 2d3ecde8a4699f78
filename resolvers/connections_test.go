package resolvers

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/graph"
)

// testCodec returns a codec under a fixed key.
func testCodec(t *testing.T, key string) *cursorCodec {
	t.Helper()
	cc, err := newCursorCodec([]byte(key))
	if err != nil {
		t.Fatalf("newCursorCodec: %v", err)
	}
	return cc
}

// decodings returns every base64 reading of c (URL and standard alphabets,
// each of the four alignments), where a key could hide.
func decodings(c string) [][]byte {
	var out [][]byte
	for off := range 4 {
		if off > len(c) {
			break
		}
		s := c[off:]
		s = s[:len(s)/4*4]
		for _, enc := range []*base64.Encoding{base64.URLEncoding, base64.StdEncoding} {
			// Standard readers see '-' and '_' as '+' and '/'.
			t := s
			if enc == base64.StdEncoding {
				t = strings.NewReplacer("-", "+", "_", "/").Replace(s)
			}
			if b, err := enc.DecodeString(t); err == nil {
				out = append(out, b)
			}
		}
	}
	return out
}

// assertBadCursor checks err is EINVALID "cursor is not valid".
func assertBadCursor(t *testing.T, err error) {
	t.Helper()
	if got := graph.ErrorCode(err); got != graph.EINVALID {
		t.Fatalf("error code = %q (%v), want %q", got, err, graph.EINVALID)
	}
	if got := graph.ErrorMessage(err); got != "cursor is not valid" {
		t.Errorf("error message = %q, want %q", got, "cursor is not valid")
	}
}

func TestCursorSealing(t *testing.T) {
	cc := testCodec(t, "0123456789abcdef0123456789abcdef")
	other := testCodec(t, "fedcba9876543210fedcba9876543210")
	tests := []struct {
		name, identity, secret string
	}{
		{"passenger key", "Passenger:DOE/JOHN/1970-07-12", "DOE/JOHN"},
		{"search position", "17:Passenger:KIM/MINJI/1988-02-03", "KIM/MINJI"},
		{"relationship id", "Passenger:LEE/SOO/1990-01-01-TRAVELLED_ON->Flight:KE123/2024-03-01", "LEE/SOO"},
		{"exactly one block", "Phone:+8210123456", "+8210123456"},
		{"non-ASCII", "Passenger:MÜLLER/JÖRG/1970-01-01", "MÜLLER"},
		{"one byte", "7", "7"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := cc.encode(tc.identity)
			for _, b := range append(decodings(c), []byte(c)) {
				// Shorter strings turn up in random bytes by chance.
				if len(tc.secret) >= 4 && bytes.Contains(b, []byte(tc.secret)) {
					t.Errorf("cursor %q reveals %q", c, tc.secret)
				}
				if len(tc.identity) >= 4 && bytes.Contains(b, []byte(tc.identity)) {
					t.Errorf("cursor %q reveals the identity", c)
				}
			}
			got, err := cc.decode(c)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if got != tc.identity {
				t.Errorf("round trip = %q, want %q", got, tc.identity)
			}
			if again := cc.encode(tc.identity); again != c {
				t.Errorf("cursor not stable: %q then %q", c, again)
			}
			if oc := other.encode(tc.identity); oc == c {
				t.Errorf("two keys give the same cursor %q", c)
			}
			_, err = other.decode(c)
			assertBadCursor(t, err)
		})
	}
}

func TestCursorLengthHidesKeyLength(t *testing.T) {
	cc := testCodec(t, "0123456789abcdef0123456789abcdef")
	a, b := cc.encode("Passenger:A"), cc.encode("Passenger:ABCD")
	if len(a) != len(b) {
		t.Errorf("cursor lengths %d and %d differ for identities in one padding block", len(a), len(b))
	}
}

func TestCursorTamperRefused(t *testing.T) {
	cc := testCodec(t, "0123456789abcdef0123456789abcdef")
	c := cc.encode("Passenger:DOE/JOHN/1970-07-12")
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		t.Fatal(err)
	}
	bad := map[string]string{
		"empty":            "",
		"not base64":       "!!!",
		"unsealed key":     base64.RawURLEncoding.EncodeToString([]byte("Passenger:DOE/JOHN/1970-07-12")),
		"truncated":        base64.RawURLEncoding.EncodeToString(raw[:len(raw)-1]),
		"extended":         base64.RawURLEncoding.EncodeToString(append(bytes.Clone(raw), 0)),
		"nonce only":       base64.RawURLEncoding.EncodeToString(raw[:12]),
		"padded base64":    base64.URLEncoding.EncodeToString(raw) + "=",
		"trailing garbage": c + "A",
	}
	for i := range raw {
		t2 := bytes.Clone(raw)
		t2[i] ^= 0x01
		bad[fmt.Sprintf("bit flipped in byte %d", i)] = base64.RawURLEncoding.EncodeToString(t2)
	}
	for name, b := range bad {
		t.Run(name, func(t *testing.T) {
			got, err := cc.decode(b)
			if err == nil {
				t.Fatalf("decode(%q) = %q, want an error", b, got)
			}
			assertBadCursor(t, err)
		})
	}
}

func TestSearchCursor(t *testing.T) {
	cc := testCodec(t, "0123456789abcdef0123456789abcdef")
	key := graph.NewKey(graph.KindPassenger, "DOE/JOHN/1970-07-12")
	rank, got, err := cc.decodeSearchCursor(cc.searchCursor(41, key))
	if err != nil {
		t.Fatalf("decodeSearchCursor: %v", err)
	}
	if rank != 41 || got != key {
		t.Errorf("search cursor = %d, %v, want 41, %v", rank, got, key)
	}
	// A sealed cursor that is not a search position is refused.
	for _, id := range []string{"Passenger:DOE", "x:Passenger:DOE", "-1:Passenger:DOE", "3:nokind"} {
		_, _, err := cc.decodeSearchCursor(cc.encode(id))
		assertBadCursor(t, err)
	}
}

func TestRandomCursorKeys(t *testing.T) {
	a, b := testCodec(t, ""), testCodec(t, "")
	c := a.encode("Trader:KR-ACME")
	if _, err := b.decode(c); err == nil {
		t.Errorf("two random per-process keys opened each other's cursors")
	}
}

func FuzzCursor(f *testing.F) {
	cc, err := newCursorCodec([]byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Passenger:DOE/JOHN/1970-07-12", cc.encode("Trader:KR-ACME"))
	f.Add("3:Phone:+821012345678", "!!!")
	f.Add("\x80\x00", "")
	f.Fuzz(func(t *testing.T, identity, cursor string) {
		if identity != "" {
			got, err := cc.decode(cc.encode(identity))
			if err != nil || got != identity {
				t.Fatalf("round trip of %q = %q, %v", identity, got, err)
			}
		}
		// Arbitrary input never opens (forgery is infeasible) unless it
		// is a cursor the codec made; either way decode must not panic.
		if id, err := cc.decode(cursor); err == nil && cc.encode(id) != cursor {
			t.Fatalf("decode(%q) = %q, which does not seal back to it", cursor, id)
		}
	})
}
