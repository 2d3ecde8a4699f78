package view_test

import (
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/view"
	"github.com/google/go-cmp/cmp"
)

func TestNewCoversEveryKind(t *testing.T) {
	for _, k := range graph.Kinds() {
		v := view.New(graph.Node{Key: graph.NewKey(k, "x")})
		if v == nil {
			t.Errorf("New(%s) = nil, want a view", k)
			continue
		}
		if got := v.GraphNode().Key.Kind; got != k {
			t.Errorf("New(%s) wraps kind %s", k, got)
		}
	}
	if v := view.New(graph.Node{Key: graph.NewKey("Nope", "x")}); v != nil {
		t.Errorf("New(unknown kind) = %T, want nil", v)
	}
}

func TestBase(t *testing.T) {
	bare := view.Base{N: graph.Node{Key: graph.NewKey(graph.KindTrader, "KR-1")}}
	if got := bare.Label(); got != "KR-1" {
		t.Errorf("bare Label() = %q, want the id", got)
	}
	if bare.At() != nil || bare.KnownSmuggler() || bare.NetworkRisk() != nil {
		t.Errorf("bare node has values: at %v smuggler %v risk %v", bare.At(), bare.KnownSmuggler(), bare.NetworkRisk())
	}
	n := graph.Node{Key: graph.NewKey(graph.KindTrader, "KR-1"), Label: "Acme", Props: graph.Props{
		"zeta": "z", "alpha": int64(1), "gone": nil, graph.PropPageRank: 0.25, graph.PropDegree: float64(3),
	}}
	b := view.Base{N: n}
	want := []view.Property{ // sorted by name; the nil value is left out
		{Name: "alpha", Value: int64(1)},
		{Name: graph.PropDegree, Value: float64(3)},
		{Name: graph.PropPageRank, Value: 0.25},
		{Name: "zeta", Value: "z"},
	}
	if diff := cmp.Diff(want, b.Properties()); diff != "" {
		t.Errorf("Properties() mismatch (-want +got):\n%s", diff)
	}
	if got := b.Degree(); got == nil || *got != 3 {
		t.Errorf("Degree() = %v, want 3 (a float stored integer reads as int)", got)
	}
}

func TestKindFields(t *testing.T) {
	f := view.Flight{Base: view.Base{N: graph.Flight{Carrier: "KE", Number: "81", Departure: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC),
		Arrival: time.Date(2024, 3, 1, 23, 0, 0, 0, time.UTC)}.Node()}}
	if got := f.Arrival(); got == nil || !got.Equal(time.Date(2024, 3, 1, 23, 0, 0, 0, time.UTC)) {
		t.Errorf("Arrival() = %v", got)
	}
	d := view.Document{Base: view.Base{N: graph.Node{Key: graph.DocumentKey("P", "KOR", "M1/23")}}}
	if got := *d.Number(); got != "M1/23" {
		t.Errorf("Number() = %q, want M1/23 (numbers may contain /)", got)
	}
	if got := (view.Document{Base: view.Base{N: graph.Node{Key: graph.NewKey(graph.KindDocument, "odd")}}}).Issuer(); got != nil {
		t.Errorf("Issuer() of a malformed id = %q, want nil", *got)
	}
	tr := view.Trader{Base: view.Base{N: graph.Node{Key: graph.NewKey(graph.KindTrader, "T")}}}
	if got := tr.Roles(); got == nil || len(got) != 0 {
		t.Errorf("Roles() = %#v, want an empty non-nil list", got)
	}
	r := view.Relationship{E: graph.Edge{From: graph.NewKey(graph.KindTrader, "A"), Kind: graph.RelImported, To: graph.NewKey(graph.KindDeclaration, "D")}}
	if got, want := r.ID(), "Trader:A-IMPORTED->Declaration:D"; got != want {
		t.Errorf("ID() = %q, want %q", got, want)
	}
}
