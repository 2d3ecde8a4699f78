package resolvers_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/borderlens/borderlens/analytics/date"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers"
)

// inspectionWorld loads n declarations (fraud driven by importer and HS
// code) with their traders; the first labelled share carry outcomes.
func inspectionWorld(tb testing.TB, store graph.Store, n int, labelled float64) []graph.Declaration {
	tb.Helper()
	rng := rand.New(rand.NewPCG(11, 12))
	day0 := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	var b graph.Batch
	seen := map[string]bool{}
	ds := make([]graph.Declaration, n)
	for i := range ds {
		imp := fmt.Sprintf("IMP%02d", rng.IntN(30))
		hs := []string{"610910", "851712", "940360"}[rng.IntN(3)]
		p := 0.1
		if imp < "IMP05" || hs == "851712" {
			p = 0.6
		}
		d := graph.Declaration{
			ID: fmt.Sprintf("D%04d", i), Date: day0.AddDate(0, 0, i*60/n), OfficeID: fmt.Sprintf("%d", 10+i%2),
			ImporterID: imp, DeclarantID: fmt.Sprintf("DCL%d", rng.IntN(5)), HSCode: hs, OriginCountry: "CN",
			NetMassKg: 10 + rng.Float64()*100, Value: 1000 + rng.Float64()*5000, TaxRate: 8,
		}
		if float64(i) < labelled*float64(n) {
			d.Outcome = &graph.InspectionOutcome{Illicit: rng.Float64() < p}
		}
		ds[i] = d
		node := d.Node()
		if i == 3 {
			node.Props[graph.PropHSMismatch] = 0.75
		}
		b.Nodes = append(b.Nodes, node)
		for _, id := range []string{d.ImporterID, d.DeclarantID} {
			if !seen[id] {
				seen[id] = true
				b.Nodes = append(b.Nodes, graph.Trader{ID: id}.Node())
			}
		}
	}
	if err := store.Upsert(context.Background(), b); err != nil {
		tb.Fatal(err)
	}
	return ds
}

func smallDateOptions() date.Options {
	o := date.DefaultOptions()
	o.GBDT.Trees, o.GBDT.MinLeafRows = 20, 5
	o.LeafTrees.Trees, o.LeafTrees.MinLeafRows = 8, 5
	o.Net.Epochs, o.Net.Dim = 2, 4
	o.MinRows = 20
	return o
}

func lines(tb testing.TB, path string) int {
	tb.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return 0
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		n++
	}
	return n
}

func TestInspectionService(t *testing.T) {
	ctx := context.Background()
	store := MustOpenStore(t)
	inspectionWorld(t, store, 400, 0.7)
	fbPath := filepath.Join(t.TempDir(), "feedback.jsonl")
	now := time.Date(2021, 4, 1, 12, 0, 0, 0, time.UTC)
	svc := resolvers.NewInspectionService(store, resolvers.InspectionConfig{FeedbackPath: fbPath, Exploration: 0.2, Seed: 1, Now: func() time.Time { return now }})
	if err := svc.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.InspectionList(ctx, resolvers.InspectionQuery{Rate: 0.1}); graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Fatalf("before scoring: %v, want EUNAVAILABLE", err)
	}
	m, _, err := svc.Retrain(ctx, smallDateOptions())
	if err != nil {
		t.Fatal(err)
	}
	if m.Rows != 280 || svc.Scored() != 400 {
		t.Fatalf("trained on %d rows, %d scored; want 280 and 400", m.Rows, svc.Scored())
	}

	t.Run("list", func(t *testing.T) {
		tests := []struct {
			name    string
			q       resolvers.InspectionQuery
			n       int
			explore int
			check   func(t *testing.T, it resolvers.Inspection)
		}{
			{"default exploration", resolvers.InspectionQuery{Rate: 0.1, Exploration: -1}, 40, 8, nil},
			{"no exploration", resolvers.InspectionQuery{Rate: 0.05}, 20, 0, nil},
			{"office", resolvers.InspectionQuery{Limit: 15, OfficeID: "11"}, 15, 0, nil},
			{"revenue", resolvers.InspectionQuery{Limit: 5, Strategy: resolvers.StrategyRevenue}, 5, 0, nil},
			{"window", resolvers.InspectionQuery{Limit: 400, Since: time.Date(2021, 2, 1, 0, 0, 0, 0, time.UTC)}, 0, 0, func(t *testing.T, it resolvers.Inspection) {
				n, err := store.Node(ctx, it.Declaration)
				if err != nil || n.At.Before(time.Date(2021, 2, 1, 0, 0, 0, 0, time.UTC)) {
					t.Errorf("%s dated %v before the window (%v)", it.Declaration, n.At, err)
				}
			}},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				items, err := svc.InspectionList(ctx, tc.q)
				if err != nil {
					t.Fatal(err)
				}
				if tc.n > 0 && len(items) != tc.n {
					t.Fatalf("%d items, want %d", len(items), tc.n)
				}
				explore := 0
				for i, it := range items {
					if it.Explore {
						explore++
					}
					if it.Declaration.Kind != graph.KindDeclaration || it.IllicitProb < 0 || it.IllicitProb > 1 {
						t.Errorf("item %d: %+v", i, it)
					}
					if !it.Explore && i > 0 && !items[i-1].Explore && tc.q.Strategy != resolvers.StrategyRevenue && it.IllicitProb > items[i-1].IllicitProb {
						t.Errorf("item %d not in probability order", i)
					}
					if tc.q.OfficeID != "" {
						if n, _ := store.Node(ctx, it.Declaration); n.Props.String("officeId") != tc.q.OfficeID {
							t.Errorf("%s not from office %s", it.Declaration, tc.q.OfficeID)
						}
					}
					if tc.check != nil {
						tc.check(t, it)
					}
				}
				if explore != tc.explore {
					t.Errorf("%d exploration picks, want %d", explore, tc.explore)
				}
			})
		}
	})

	t.Run("hs mismatch and reasons", func(t *testing.T) {
		items, err := svc.InspectionList(ctx, resolvers.InspectionQuery{Limit: 400})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, it := range items {
			if it.Declaration.ID == "D0003" {
				found = true
				if it.HSMismatch == nil || *it.HSMismatch != 0.75 {
					t.Errorf("D0003 hsMismatch %v, want 0.75", it.HSMismatch)
				}
			} else if it.HSMismatch != nil {
				t.Errorf("%s has hsMismatch %v, want none", it.Declaration, *it.HSMismatch)
			}
		}
		if !found {
			t.Error("D0003 not listed")
		}
		if len(items[0].Reasons) == 0 {
			t.Error("top item without reasons")
		}
	})

	t.Run("bad queries", func(t *testing.T) {
		for _, q := range []resolvers.InspectionQuery{{Rate: 2}, {}, {Rate: 0.1, Strategy: "cheap"}, {Rate: 0.1, Exploration: 1}} {
			if _, err := svc.InspectionList(ctx, q); graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("query %+v: %v, want EINVALID", q, err)
			}
		}
	})

	t.Run("record", func(t *testing.T) {
		key := graph.NewKey(graph.KindDeclaration, "D0390") // unlabelled
		o := resolvers.InspectionOutcome{Declaration: key, Illicit: true, Revenue: 120}
		for i := 0; i < 2; i++ {
			if err := svc.RecordInspection(ctx, o); err != nil {
				t.Fatal(err)
			}
		}
		if got := lines(t, fbPath); got != 1 {
			t.Errorf("feedback file has %d lines after recording twice, want 1", got)
		}
		n, _ := store.Node(ctx, key)
		rev, _ := n.Props.Float(graph.PropRevenue)
		crit, _ := n.Props.Int(graph.PropCritical)
		if !n.Props.Bool(graph.PropInspected) || !n.Props.Bool(graph.PropIllicit) || rev != 120 || crit != 1 || n.Props.String(graph.PropInspectedAt) != now.Format(time.RFC3339) {
			t.Errorf("declaration props after recording: %v", n.Props)
		}
		o.Illicit, o.Revenue = false, 0
		if err := svc.RecordInspection(ctx, o); err != nil {
			t.Fatal(err)
		}
		if got := lines(t, fbPath); got != 2 {
			t.Errorf("a changed outcome: %d feedback lines, want 2", got)
		}
		errs := []struct {
			o    resolvers.InspectionOutcome
			code string
		}{
			{resolvers.InspectionOutcome{Declaration: graph.NewKey(graph.KindTrader, "IMP01")}, graph.EINVALID},
			{resolvers.InspectionOutcome{Declaration: graph.NewKey(graph.KindDeclaration, "nope")}, graph.ENOTFOUND},
			{resolvers.InspectionOutcome{Declaration: key, Illicit: true, Revenue: -1}, graph.EINVALID},
			{resolvers.InspectionOutcome{Declaration: key, Revenue: 5}, graph.EINVALID},
		}
		for _, e := range errs {
			if err := svc.RecordInspection(ctx, e.o); graph.ErrorCode(err) != e.code {
				t.Errorf("%+v: %v, want %s", e.o, err, e.code)
			}
		}
	})
}

// TestInspectionFeedbackRetrains records outcomes and checks that the
// next training uses them, from the store and, on a rebuilt store, from
// the feedback file alone.
func TestInspectionFeedbackRetrains(t *testing.T) {
	ctx := context.Background()
	store := MustOpenStore(t)
	inspectionWorld(t, store, 300, 0.5)
	fbPath := filepath.Join(t.TempDir(), "feedback.jsonl")
	svc := resolvers.NewInspectionService(store, resolvers.InspectionConfig{FeedbackPath: fbPath})
	m1, _, err := svc.Retrain(ctx, smallDateOptions())
	if err != nil {
		t.Fatal(err)
	}
	for i := 250; i < 260; i++ {
		o := resolvers.InspectionOutcome{Declaration: graph.NewKey(graph.KindDeclaration, fmt.Sprintf("D%04d", i)), Illicit: i%2 == 0}
		if err := svc.RecordInspection(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	m2, _, err := svc.Retrain(ctx, smallDateOptions())
	if err != nil {
		t.Fatal(err)
	}
	if m2.Rows != m1.Rows+10 || m2.Version == m1.Version {
		t.Errorf("retrained on %d rows (version %s), want %d and a new version", m2.Rows, m2.Version, m1.Rows+10)
	}

	rebuilt := MustOpenStore(t)
	inspectionWorld(t, rebuilt, 300, 0.5)
	svc2 := resolvers.NewInspectionService(rebuilt, resolvers.InspectionConfig{FeedbackPath: fbPath})
	m3, changed, err := svc2.Retrain(ctx, smallDateOptions())
	if err != nil {
		t.Fatal(err)
	}
	if changed != 10 || m3.Rows != m2.Rows {
		t.Errorf("rebuilt store: feedback changed %d outcomes, trained on %d rows; want 10 and %d", changed, m3.Rows, m2.Rows)
	}
	if !strings.HasPrefix(m3.Version, "date-") {
		t.Errorf("version %q", m3.Version)
	}
}
