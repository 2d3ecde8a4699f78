package embedded

import (
	"bytes"
	"math"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestRecordRoundTrip encodes and decodes records of every shape.
func TestRecordRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		label string
		at    time.Time
		props graph.Props
	}{
		{name: "empty"},
		{name: "label only", label: "ACME Ltd"},
		{name: "at only", at: time.Date(2024, 5, 17, 13, 45, 30, 123456789, time.UTC)},
		{name: "before 1970", at: time.Date(1901, 1, 1, 0, 0, 0, 1, time.UTC)},
		{name: "everything", label: "Müller", at: time.Unix(0, 0).UTC(), props: graph.Props{
			"s": "x", "e": "", "t": true, "f": false, "i": int64(math.MinInt64), "j": int64(math.MaxInt64),
			"d": -0.5, "n": math.Inf(1), "l": []string{"a", "", "b"}, "z": []string{},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := appendRecord(nil, tc.label, tc.at, tc.props)
			if err != nil {
				t.Fatalf("encode: got %v, want nil", err)
			}
			label, at, props, err := decodeRecord(rec)
			if err != nil {
				t.Fatalf("decode: got %v, want nil", err)
			}
			if label != tc.label || !at.Equal(tc.at) {
				t.Errorf("label, at: got %q, %v, want %q, %v", label, at, tc.label, tc.at)
			}
			if d := cmp.Diff(tc.props, props, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("props (-want +got):\n%s", d)
			}
			if got, err := decodeAt(rec); err != nil || !got.Equal(tc.at) {
				t.Errorf("decodeAt: got %v, %v, want %v, nil", got, err, tc.at)
			}
		})
	}
	if _, err := appendRecord(nil, "", time.Time{}, graph.Props{"bad": struct{}{}}); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("encode of an unsupported value: got %v, want EINVALID", err)
	}
}

// TestKeyOrder checks that encoded node keys sort as graph.Key.Compare
// does, which Subgraph's ranking and Search's scan order rely on.
func TestKeyOrder(t *testing.T) {
	keys := []graph.Key{
		{Kind: graph.KindTrader, ID: "a"}, {Kind: graph.KindTrader, ID: "a\x00b"}, {Kind: graph.KindTrader, ID: "ab"},
		{Kind: graph.KindTrader, ID: "B"}, {Kind: graph.KindPhone, ID: "+44"}, {Kind: graph.KindPassenger, ID: "ÿ"},
		{Kind: graph.KindCountry, ID: "ZZ"}, {Kind: graph.KindDeclaration, ID: "\U0010FFFF"},
	}
	for _, a := range keys {
		for _, b := range keys {
			if got, want := bytes.Compare(nodeKey(a), nodeKey(b)), a.Compare(b); got != want {
				t.Errorf("compare %v and %v: got %d, want %d", a, b, got, want)
			}
		}
		if got, err := parseNodeKey(nodeKey(a)); err != nil || got != a {
			t.Errorf("parse %v: got %v, %v", a, got, err)
		}
	}
	id := graph.EdgeID{From: keys[1], Kind: graph.RelUsesPhone, To: keys[4]}
	if got, err := parseEdgeKey(adjKey(nodeKey(id.From), id.Kind, nodeKey(id.To))); err != nil || got != id {
		t.Errorf("edge key: got %v, %v, want %v", got, err, id)
	}
}

// FuzzDecodeRecord feeds arbitrary bytes to the decoder: it must not
// panic, and what it accepts must survive encoding and decoding again.
func FuzzDecodeRecord(f *testing.F) {
	for _, p := range []graph.Props{nil, {"s": "x", "l": []string{"a"}, "i": int64(-3), "d": 1.5, "t": true}} {
		rec, _ := appendRecord(nil, "label", time.Unix(1700000000, 5).UTC(), p)
		f.Add(rec)
	}
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, b []byte) {
		label, at, props, err := decodeRecord(b)
		decodeAt(b)
		splitAdjKey(b)
		parseNodeKey(b)
		if err != nil {
			return
		}
		again, err := appendRecord(nil, label, at, props)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		l2, at2, p2, err := decodeRecord(again)
		if err != nil || l2 != label || !at2.Equal(at) || !cmp.Equal(p2, props, cmpopts.EquateEmpty(), cmpopts.EquateNaNs()) {
			t.Fatalf("round trip of %q: got %q %v %v %v", b, l2, at2, p2, err)
		}
	})
}
