package hs

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
)

func mustOpenStore(tb testing.TB) *embedded.Store {
	tb.Helper()
	s, err := embedded.Open(context.Background(), filepath.Join(tb.TempDir(), "store.db"), embedded.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// TestScoreStore writes declarations with descriptions into an embedded
// store, scores them and checks the properties and trader roll-ups.
func TestScoreStore(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	s := mustOpenStore(t)
	day := time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC)
	decls := []graph.Declaration{
		{ID: "D1", Date: day, ImporterID: "IMP1", HSCode: "030617", Description: "frozen peeled shrimp"},
		{ID: "D2", Date: day, ImporterID: "IMP1", HSCode: "870323", Description: "frozen peeled shrimp"},
		{ID: "D3", Date: day, ImporterID: "IMP2", HSCode: "8517120000", Description: "smartphone"},
		{ID: "D4", Date: day, ImporterID: "IMP2", HSCode: "990100", Description: "cotton t-shirts"},
		{ID: "D5", Date: day, ImporterID: "IMP2", HSCode: "030617"},
	}
	var b graph.Batch
	for _, d := range decls {
		b.Nodes = append(b.Nodes, d.Node())
	}
	for _, id := range []string{"IMP1", "IMP2"} {
		b.Nodes = append(b.Nodes, graph.Node{Key: graph.NewKey(graph.KindTrader, id), Label: id})
	}
	if err := s.Upsert(ctx, b); err != nil {
		t.Fatal(err)
	}
	rep, err := ScoreStore(ctx, s, f.cold, ScoreOptions{BatchSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Declarations != 5 || rep.Scored != 4 || rep.Mapped != 1 || rep.Unknown != 1 || rep.Traders != 2 {
		t.Errorf("report %+v", rep)
	}
	get := func(id string) graph.Props {
		t.Helper()
		n, err := s.Node(ctx, graph.NewKey(graph.KindDeclaration, id))
		if err != nil {
			t.Fatal(err)
		}
		return n.Props
	}
	m1, _ := get("D1").Float(graph.PropHSMismatch)
	m2, _ := get("D2").Float(graph.PropHSMismatch)
	if !(m1 < m2) {
		t.Errorf("hsMismatch right code %.3f, wrong code %.3f", m1, m2)
	}
	if r, _ := get("D1").Int(graph.PropHSDeclaredRank); r < 1 {
		t.Errorf("D1 rank %d", r)
	}
	if got := get("D3").String(graph.PropHSCodeFlag); got != FlagMapped {
		t.Errorf("D3 flag %q, want mapped", got)
	}
	d4 := get("D4")
	if d4.String(graph.PropHSCodeFlag) != FlagUnknown || d4.String(graph.PropHSRecommended) == "" || d4[graph.PropHSMismatch] != nil {
		t.Errorf("D4 props %v: want flag unknown, a recommendation and no mismatch", d4)
	}
	if get("D5").String(graph.PropHSModel) != "" {
		t.Error("D5 has no description but was scored")
	}
	if get("D1").String(graph.PropHSModel) != f.cold.Version() {
		t.Error("hsModel not written")
	}
	tr, err := s.Node(ctx, graph.NewKey(graph.KindTrader, "IMP1"))
	if err != nil {
		t.Fatal(err)
	}
	n, _ := tr.Props.Int(graph.PropHSScored)
	share, _ := tr.Props.Float(graph.PropHSMismatchShare)
	want := 0.0
	for _, m := range []float64{m1, m2} {
		if m >= 0.5 {
			want += 0.5
		}
	}
	if n != 2 || share != want {
		t.Errorf("IMP1 roll-up scored %d share %.2f, want 2 and %.2f", n, share, want)
	}
	ex, crep, err := CollectExamples(ctx, s, f.nom, CollectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) != 2 || crep.Ambiguous != 1 || crep.Unknown != 1 {
		t.Errorf("collected %d examples, report %+v", len(ex), crep)
	}
}

// TestScoreStoreWorkers checks that the worker count changes nothing
// written, across several batch windows and with an unreadable code.
func TestScoreStoreWorkers(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	day := time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC)
	descs := []string{"frozen peeled shrimp", "smartphone", "cotton t-shirts", "men's leather shoes", "green tea leaves", "steel bolts"}
	codes := []string{"030617", "870323", "8517120000", "990100", "12AB", "731815"}
	var b graph.Batch
	var ids []string
	for i := range 14 {
		id := fmt.Sprintf("D%02d", i)
		ids = append(ids, id)
		d := graph.Declaration{ID: id, Date: day, ImporterID: "IMP1", HSCode: codes[i%len(codes)], Description: descs[i%len(descs)]}
		b.Nodes = append(b.Nodes, d.Node())
	}
	b.Nodes = append(b.Nodes, graph.Node{Key: graph.NewKey(graph.KindTrader, "IMP1"), Label: "IMP1"})
	written := func(workers int) (ScoreReport, map[string]graph.Props) {
		t.Helper()
		s := mustOpenStore(t)
		if err := s.Upsert(ctx, b); err != nil {
			t.Fatal(err)
		}
		rep, err := ScoreStore(ctx, s, f.cold, ScoreOptions{BatchSize: 4, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]graph.Props{}
		for _, id := range ids {
			n, err := s.Node(ctx, graph.NewKey(graph.KindDeclaration, id))
			if err != nil {
				t.Fatal(err)
			}
			out[id] = n.Props
		}
		return rep, out
	}
	rep1, one := written(1)
	rep4, four := written(4)
	if rep1 != rep4 || rep1.Invalid == 0 || rep1.Scored+rep1.Invalid != len(ids) {
		t.Errorf("reports differ or miss the unreadable code: %+v and %+v", rep1, rep4)
	}
	for i, id := range ids {
		if got, want := one[id].String(graph.PropHSRecommended), f.cold.TopCodes(descs[i%len(descs)], 1)[0]; got != want {
			t.Errorf("%s: recommended %q, want %q (its own description's)", id, got, want)
		}
		if !reflect.DeepEqual(one[id], four[id]) {
			t.Errorf("%s: 1 worker wrote %v, 4 wrote %v", id, one[id], four[id])
		}
	}
}
