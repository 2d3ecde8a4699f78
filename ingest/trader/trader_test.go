package trader

import (
	"errors"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/resolve"
)

func normalize(h string) string {
	return strings.ToLower(strings.NewReplacer(" ", "", "_", "", ".", "").Replace(h))
}

func TestBindAndRecord(t *testing.T) {
	b, err := Bind([]string{"Trader ID", "Name", "Phones", "email", "extra", "roles"}, normalize)
	if err != nil {
		t.Fatal(err)
	}
	rec := b.Record([]string{"T1", "Acme", "02-555-0101; 010-1234-5678 ;", "a@b.example", "ignored", "importer;seller"})
	want := Record{ID: "T1", Name: "Acme", Phones: []string{"02-555-0101", "010-1234-5678"}, Emails: []string{"a@b.example"}, Roles: []string{"importer", "seller"}}
	if strings.Join(rec.Phones, "|") != strings.Join(want.Phones, "|") || rec.ID != "T1" || len(rec.Roles) != 2 {
		t.Errorf("got %+v, want %+v", rec, want)
	}
	if got := b.Column("phones[1]"); got != "Phones" {
		t.Errorf("Column(phones[1]) = %q, want Phones", got)
	}
	if _, err := Bind([]string{"name", "phone"}, normalize); !errors.Is(err, ErrNoIDColumn) {
		t.Errorf("got %v, want ErrNoIDColumn", err)
	}
}

func TestFragment(t *testing.T) {
	r, _ := resolve.New(resolve.Options{CallingCode: "82"})
	tests := []struct {
		name  string
		rec   Record
		nodes int
		edges int
		field string
	}{
		{"full", Record{ID: "t1", Name: " Acme  Co ", Country: "KOR", Addresses: []string{"1 Main St"}, Phones: []string{"02-555-0101"}, Emails: []string{"A@B.example"}, Roles: []string{"Importer", "importer"}}, 5, 4, ""},
		{"id only", Record{ID: "T2"}, 1, 0, ""},
		{"bad country", Record{ID: "T3", Country: "Narnia"}, 0, 0, "country"},
		{"bad role", Record{ID: "T4", Roles: []string{"importer", "boss"}}, 0, 0, "roles[1]"},
		{"bad phone", Record{ID: "T5", Phones: []string{"02-555-0101", "x"}}, 0, 0, "phones[1]"},
		{"no id", Record{Name: "X"}, 0, 0, "id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Fragment(tc.rec, r)
			if tc.field != "" {
				var fe *resolve.FieldError
				if !errors.As(err, &fe) || fe.Field != tc.field {
					t.Fatalf("got %v, want a FieldError on %q", err, tc.field)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := b.Validate(); err != nil {
				t.Fatal(err)
			}
			if len(b.Nodes) != tc.nodes || len(b.Edges) != tc.edges {
				t.Errorf("got %d nodes %d edges, want %d and %d", len(b.Nodes), len(b.Edges), tc.nodes, tc.edges)
			}
		})
	}
	b, _ := Fragment(tests[0].rec, r)
	tr := graph.TraderFromNode(b.Nodes[0])
	if tr.ID != "T1" || tr.Name != "Acme Co" || tr.Country != "KR" || strings.Join(tr.Roles, ",") != "importer" {
		t.Errorf("trader = %+v, want T1 / Acme Co / KR / [importer]", tr)
	}
}
