package seizure

import (
	"errors"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/resolve"
)

func testResolver(t *testing.T) *resolve.Resolver {
	t.Helper()
	r, err := resolve.New(resolve.Options{CallingCode: "82", CardKey: []byte("seizure-test-card-key-0123")})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestParseRef(t *testing.T) {
	r := testResolver(t)
	tests := []struct {
		ref, want string
	}{
		{"Trader:abc123", "Trader:ABC123"},
		{"trader= abc123 ", "Trader:ABC123"},
		{"key=Trader:ABC123", "Trader:ABC123"},
		{"declaration=97061800", "Declaration:97061800"},
		{"passenger=KIM/MINJUN MR/1985-03-02", "Passenger:KIM/MINJUN/1985-03-02"},
		{"passenger=Minjun KIM/1985-03-02", "Passenger:KIM/MINJUN/1985-03-02"},
		{"passenger=Kim, Min-jun/1985-03-02", "Passenger:KIM/MINJUN/1985-03-02"},
		{"Passenger:kim/min jun/1985-03-02", "Passenger:KIM/MINJUN/1985-03-02"},
		{"Passenger:KIM/MINJUN/PNR KE-ABC123", "Passenger:KIM/MINJUN/PNR KE-ABC123"},
		{"document=passport/kr/M 1234 5678", "Document:P/KOR/M12345678"},
		{"Document:P/KOR/M12345678", "Document:P/KOR/M12345678"},
		{"phone=010-1234-5678", "Phone:+821012345678"},
		{"Phone:+82 10 1234 5678", "Phone:+821012345678"},
		{"email=A@B.example", "Email:a@b.example"},
		{"address=12 Baker Street, London", "Address:12 BAKER ST LONDON"},
		{"flight=KE901/2021-01-02", "Flight:KE0901-2021-01-02"},
		{"Flight:KE0901-2021-01-02", "Flight:KE0901-2021-01-02"},
		{"booking=ke/abc123", "Booking:KE-ABC123"},
		{"Booking:KE-ABC123", "Booking:KE-ABC123"},
		{"agency=17300021", "Agency:17300021"},
		{"PaymentCard:0123456789ABCDEF0123456789ABCDEF", "PaymentCard:0123456789abcdef0123456789abcdef"},
	}
	for _, tc := range tests {
		t.Run(tc.ref, func(t *testing.T) {
			n, err := ParseRef(tc.ref, r)
			if err != nil || n.Key.String() != tc.want {
				t.Errorf("ParseRef(%q) = %v, %v; want %s", tc.ref, n.Key, err, tc.want)
			}
		})
	}
	// Cards: the full number and its masked form are different
	// identities; neither keeps the number.
	full, err := ParseRef("card=4111 1111 1111 1111", r)
	if err != nil || full.Key.Kind != graph.KindPaymentCard || strings.Contains(full.Key.ID, "4111") {
		t.Errorf("card ref: got %v, %v", full.Key, err)
	}
	masked, err := ParseRef("card=VI XXXXXXXXXXXX1111 12/27", r)
	if err != nil || masked.Key == full.Key || !masked.Props.Bool("weakIdentity") {
		t.Errorf("masked card ref: got %v, %v", masked, err)
	}

	bad := []string{"", "nonsense", "Office:40", "Seizure:S1", "Country:KR", "passenger=KIM", "passenger=KIM/1985-13-01",
		"document=P/KOR", "flight=KE901", "booking=KEABC", "PaymentCard:nothex", "card=4111111111111112", "phone=abc", "Unknown:x"}
	for _, ref := range bad {
		if _, err := ParseRef(ref, r); err == nil {
			t.Errorf("ParseRef(%q): got nil error, want one", ref)
		}
	}
}

func TestFragment(t *testing.T) {
	r := testResolver(t)
	b, err := Fragment(Record{ID: "sz-1", Date: "2021-02-03", Office: "40", Goods: "cocaine",
		Involved: []string{"trader=T1", "Trader:t1", "phone=010-1234-5678"}}, r)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	var involved int
	for _, e := range b.Edges {
		if e.Kind == graph.RelInvolvedIn {
			involved++
		}
	}
	if involved != 2 {
		t.Errorf("got %d INVOLVED_IN edges, want 2 (the repeated trader once)", involved)
	}
	for _, n := range b.Nodes {
		if n.Key.Kind == graph.KindTrader {
			if !n.Props.Bool(graph.PropKnownSmuggler) || n.Props[graph.PropKnownSmugglerSince] != "2021-02-03" || n.Props[graph.PropKnownSmugglerSource] != "SZ-1" {
				t.Errorf("trader marking = %v", n.Props)
			}
		}
	}

	neg, err := Fragment(Record{ID: "INV-1", Date: "2021-02-03", Kind: "Investigation", Outcome: "NEGATIVE", Involved: []string{"trader=T1"}}, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(neg.Edges) != 0 || len(neg.Nodes) != 1 || neg.Nodes[0].Props["subjects"].([]string)[0] != "Trader:T1" {
		t.Errorf("negative investigation = %+v, want only the seizure node with subjects", neg)
	}

	bad := []struct {
		name  string
		rec   Record
		field string
	}{
		{"no id", Record{Date: "2021-01-01", Involved: []string{"trader=T"}}, "id"},
		{"bad kind", Record{ID: "X", Date: "2021-01-01", Kind: "raid", Involved: []string{"trader=T"}}, "kind"},
		{"negative seizure", Record{ID: "X", Date: "2021-01-01", Outcome: "negative", Involved: []string{"trader=T"}}, "outcome"},
		{"bad ref", Record{ID: "X", Date: "2021-01-01", Involved: []string{"trader=T", "Office:1"}}, "involved[1]"},
		{"nobody", Record{ID: "X", Date: "2021-01-01"}, "involved"},
		{"nul goods", Record{ID: "X", Date: "2021-01-01", Goods: "a\x00", Involved: []string{"trader=T"}}, "goods"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Fragment(tc.rec, r)
			var fe *resolve.FieldError
			if !errors.As(err, &fe) || fe.Field != tc.field {
				t.Errorf("got %v, want a FieldError on %q", err, tc.field)
			}
		})
	}
}
