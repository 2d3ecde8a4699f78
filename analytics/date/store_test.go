package date

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
)

func openStore(t *testing.T) graph.Store {
	t.Helper()
	s, err := embedded.Open(context.Background(), filepath.Join(t.TempDir(), "graph.db"), embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// loadDeclarations writes declarations with their importer and declarant
// trader nodes.
func loadDeclarations(t *testing.T, s graph.Store, ds []graph.Declaration) {
	t.Helper()
	var b graph.Batch
	seen := map[string]bool{}
	for _, d := range ds {
		b.Nodes = append(b.Nodes, d.Node())
		for _, id := range []string{d.ImporterID, d.DeclarantID} {
			if id != "" && !seen[id] {
				seen[id] = true
				b.Nodes = append(b.Nodes, graph.Trader{ID: id}.Node())
			}
		}
	}
	if err := s.Upsert(context.Background(), b); err != nil {
		t.Fatal(err)
	}
}

func TestStoreScoresAndRollUp(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	ds := synthDeclarations(t, 300, 30, 4)
	loadDeclarations(t, s, ds)
	got, err := LoadDeclarations(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(ds) || got[0].Extra["taxType"] == nil || got[0].Outcome == nil {
		t.Fatalf("loaded %d declarations (first %+v)", len(got), got[0])
	}
	m, err := Train(ctx, got, smallOptions(1))
	if err != nil {
		t.Fatal(err)
	}
	scores, err := m.Score(ctx, got)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := WriteScores(ctx, s, scores, m.Version)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Declarations != len(ds) || sum.Traders == 0 {
		t.Errorf("roll-up summary %+v", sum)
	}
	// Recompute one importer's roll-up by hand.
	imp := ds[0].ImporterID
	var n int64
	var total, maxP, rev float64
	for _, sc := range scores {
		var d graph.Declaration
		for _, x := range ds {
			if x.ID == sc.ID {
				d = x
			}
		}
		if d.ImporterID == imp || d.DeclarantID == imp {
			n++
			total += sc.IllicitProb
			maxP = math.Max(maxP, sc.IllicitProb)
			rev += sc.Revenue
		}
	}
	tn, err := s.Node(ctx, graph.NewKey(graph.KindTrader, imp))
	if err != nil {
		t.Fatal(err)
	}
	gotN, _ := tn.Props.Int(graph.PropDateScored)
	gotMean, _ := tn.Props.Float(graph.PropDateMeanProb)
	gotMax, _ := tn.Props.Float(graph.PropDateMaxProb)
	gotRev, _ := tn.Props.Float(graph.PropDateExpectedRevenue)
	if gotN != n || math.Abs(gotMean-total/float64(n)) > 1e-9 || gotMax != maxP || math.Abs(gotRev-rev) > 1e-6*math.Max(1, rev) {
		t.Errorf("roll-up of %s = (%d, %v, %v, %v), want (%d, %v, %v, %v)", imp, gotN, gotMean, gotMax, gotRev, n, total/float64(n), maxP, rev)
	}
	dn, err := s.Node(ctx, graph.NewKey(graph.KindDeclaration, scores[0].ID))
	if err != nil {
		t.Fatal(err)
	}
	c, ok := CandidateFromNode(dn)
	rank, _ := dn.Props.Int(graph.PropDateRank)
	if !ok || c.IllicitProb != scores[0].IllicitProb || int(rank) != scores[0].Rank || dn.Props.String(graph.PropDateModel) != m.Version {
		t.Errorf("declaration props %v, want score %+v", dn.Props, scores[0])
	}
	// A second write leaves the roll-ups unchanged.
	if _, err := WriteScores(ctx, s, scores, m.Version); err != nil {
		t.Fatal(err)
	}
	tn2, _ := s.Node(ctx, graph.NewKey(graph.KindTrader, imp))
	if n2, _ := tn2.Props.Int(graph.PropDateScored); n2 != gotN {
		t.Errorf("second write: %d scored, want %d", n2, gotN)
	}
}

func TestWriteScoresUnknownDeclaration(t *testing.T) {
	s := openStore(t)
	_, err := WriteScores(context.Background(), s, []Score{{ID: "nope", IllicitProb: 0.5, Rank: 1}}, "v")
	if graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("error %v, want ENOTFOUND", err)
	}
}
