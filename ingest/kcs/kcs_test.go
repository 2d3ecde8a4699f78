package kcs

import (
	"errors"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/resolve"
)

var kcsHeader = strings.Split("Declaration ID,Date,Office ID,Process Type,Import Type,Import Use,Payment Type,Mode of Transport,Declarant ID,Importer ID,Seller ID,Courier ID,HS6 Code,Country of Departure,Country of Origin,Tax Rate,Tax Type,Country of Origin Indicator,Net Mass,Item Price,Fraud,Critical Fraud", ",")

var bacudaHeader = strings.Split("sgd.id,sgd.date,importer.id,declarant.id,country,office.id,tariff.code,quantity,gross.weight,fob.value,cif.value,total.taxes,illicit,revenue", ",")

func TestDetectSchema(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		want   Layout
		err    string
	}{
		{"kcs", kcsHeader, LayoutKCS, ""},
		{"kcs reordered snake case", []string{"hs6_code", "declaration_id", "date", "office_id", "importer_id", "declarant_id"}, LayoutKCS, ""},
		{"bacuda", bacudaHeader, LayoutBACUDA, ""},
		{"kcs missing importer", []string{"Declaration ID", "HS6 Code", "Date", "Office ID", "Declarant ID"}, "", "importer id"},
		{"neither", []string{"id", "name"}, "", ErrNotDeclarations.Error()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := DetectSchema(tc.header)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got %v, want an error containing %q", err, tc.err)
				}
				return
			}
			if err != nil || s.Layout != tc.want {
				t.Errorf("got %v, %v; want %v", s.Layout, err, tc.want)
			}
		})
	}
	if _, err := DetectSchema([]string{"x"}); !errors.Is(err, ErrNotDeclarations) {
		t.Errorf("got %v, want ErrNotDeclarations", err)
	}
}

func TestExtraProp(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Country of Origin Indicator", "countryOfOriginIndicator"},
		{"Process Type", "processType"},
		{"inspector.note", "inspectorNote"},
		{"Value", "srcValue"},
		{"ID", "srcId"},
		{"2nd Ref", "src2ndRef"},
		{"***", "src"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := extraProp(tc.in, map[string]bool{})
			if got != tc.want {
				t.Errorf("extraProp(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if err := (graph.Props{got: "x"}).Validate(); err != nil {
				t.Errorf("extraProp(%q) = %q is not a valid property name: %v", tc.in, got, err)
			}
		})
	}
	if got := extraProp("Note", map[string]bool{"note": true}); got != "note2" {
		t.Errorf("taken name: got %q, want note2", got)
	}
}

func kcsRow(over map[string]string) []string {
	base := map[string]string{
		"Declaration ID": "10000001", "Date": "2020-01-02", "Office ID": "30", "Process Type": "B", "Import Type": "11",
		"Import Use": "21", "Payment Type": "11", "Mode of Transport": "10", "Declarant ID": "DECL001",
		"Importer ID": "imp0001", "Seller ID": "SELL001", "Courier ID": "", "HS6 Code": "440890",
		"Country of Departure": "BE", "Country of Origin": "be", "Tax Rate": "0.0", "Tax Type": "FEU1",
		"Country of Origin Indicator": "G", "Net Mass": "108.0", "Item Price": "372254.4", "Fraud": "1", "Critical Fraud": "2",
	}
	for k, v := range over {
		base[k] = v
	}
	row := make([]string, len(kcsHeader))
	for i, h := range kcsHeader {
		row[i] = base[h]
	}
	return row
}

func TestDeclaration(t *testing.T) {
	s, err := DetectSchema(kcsHeader)
	if err != nil {
		t.Fatal(err)
	}
	d, err := s.Declaration(kcsRow(nil))
	if err != nil {
		t.Fatal(err)
	}
	if d.ImporterID != "IMP0001" || d.OriginCountry != "BE" || d.NetMassKg != 108 || d.Outcome == nil || d.Outcome.Critical != 2 || !d.Outcome.Illicit {
		t.Errorf("got %+v, want importer IMP0001, origin BE, net mass 108, critical 2", d)
	}
	if d.Extra["processType"] != "B" || d.Extra["countryOfOriginIndicator"] != "G" {
		t.Errorf("extras = %v, want processType and countryOfOriginIndicator", d.Extra)
	}
	b := Fragment(d)
	if err := b.Validate(); err != nil {
		t.Fatalf("fragment: %v", err)
	}
	rels := map[graph.RelKind]int{}
	for _, e := range b.Edges {
		rels[e.Kind]++
	}
	for _, r := range []graph.RelKind{graph.RelImported, graph.RelDeclaredBy, graph.RelSoldBy, graph.RelLodgedAt, graph.RelOriginatesIn, graph.RelShippedFrom} {
		if rels[r] != 1 {
			t.Errorf("got %d %s edges, want 1", rels[r], r)
		}
	}
	if rels[graph.RelCarriedBy] != 0 {
		t.Error("got a CARRIED_BY edge for an empty courier, want none")
	}

	bad := []struct {
		name, field, value, reason string
	}{
		{"number", "Net Mass", "1,5", "not a number"},
		{"nan", "Item Price", "NaN", "not a number"},
		{"negative", "Tax Rate", "-3", "must not be negative"},
		{"hs letters", "HS6 Code", "39A690", "HS code"},
		{"hs short", "HS6 Code", "3926", "HS code"},
		{"date", "Date", "02/01/2020", "date must be"},
		{"fraud flag", "Fraud", "maybe", "must be 0 or 1"},
		{"critical", "Critical Fraud", "3", "must be 0, 1 or 2"},
		{"empty importer", "Importer ID", " ", "empty"},
		{"country", "Country of Origin", "South Korea", "white space"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Declaration(kcsRow(map[string]string{tc.field: tc.value}))
			var fe *resolve.FieldError
			if !errors.As(err, &fe) || fe.Field != tc.field || !strings.Contains(fe.Error(), tc.reason) {
				t.Errorf("got %v, want a FieldError on %q containing %q", err, tc.field, tc.reason)
			}
		})
	}
}

func TestHSCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"440890", "440890"}, {"69072", "069072"}, {"3926.90", "392690"}, {"8545200000", "8545200000"}, {"392390000", "0392390000"},
	}
	for _, tc := range tests {
		if got, err := hsCode(tc.in); err != nil || got != tc.want {
			t.Errorf("hsCode(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestBACUDADates(t *testing.T) {
	s, err := DetectSchema(bacudaHeader)
	if err != nil {
		t.Fatal(err)
	}
	row := []string{"SGD1", "13-01-02", "IMP1", "DEC1", "CNTRY759", "OFFICE60", "8545200000", "1", "142", "2173", "2241", "2161", "1", "500"}
	d, err := s.Declaration(row)
	if err != nil {
		t.Fatal(err)
	}
	if d.Date.Format("2006-01-02") != "2013-01-02" || d.OriginCountry != "CNTRY759" || d.Value != 2241 || d.FOBValue != 2173 || d.Outcome.Revenue != 500 {
		t.Errorf("got %+v", d)
	}
}
