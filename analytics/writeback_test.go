package analytics_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/graph"
)

// TestWriteBackParams: every projected node carries the parameters of the
// run that wrote it, and a later run replaces all of its properties,
// removing betweenness when that run did not compute it.
func TestWriteBackParams(t *testing.T) {
	ctx := context.Background()
	store := MustOpenStore(t, world())
	rep, err := analytics.Analyze(ctx, store, analytics.Options{
		Now: fixedClock(), RunID: "run-p", Seed: 7, Algorithm: analytics.Louvain, Resolution: 0.5,
		Betweenness: analytics.BetweennessSampled, Pivots: 3,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"algorithm=louvain", "resolution=0.5", "seed=7", "damping=0.85", "betweenness=sampled pivots=3 delta=0.05", "kinds=default", "weights=default"} {
		if !strings.Contains(rep.Params, want) {
			t.Errorf("params %q: want %q in it", rep.Params, want)
		}
	}
	written := 0
	err = store.ScanNodes(ctx, nil, func(n graph.Node) error {
		if n.Props.String(graph.PropAnalysisRun) == "" {
			return nil
		}
		written++
		if got := n.Props.String(analytics.PropAnalysisParams); got != rep.Params {
			t.Errorf("%s analysisParams: got %q, want %q", n.Key, got, rep.Params)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if written != rep.NodesWritten || written != rep.Nodes {
		t.Errorf("nodes with analysisRun: got %d, want %d (written) = %d (projected)", written, rep.NodesWritten, rep.Nodes)
	}

	rep2, err := analytics.Analyze(ctx, store, analytics.Options{Now: fixedClock(), RunID: "run-2", Betweenness: analytics.BetweennessOff})
	if err != nil {
		t.Fatal(err)
	}
	r1, err := store.Node(ctx, pax("R1"))
	if err != nil {
		t.Fatal(err)
	}
	if got := r1.Props.String(graph.PropAnalysisRun); got != "run-2" {
		t.Errorf("analysisRun after the second run: got %q, want run-2", got)
	}
	if got := r1.Props.String(analytics.PropAnalysisParams); got != rep2.Params || !strings.Contains(got, "algorithm=leiden") || !strings.Contains(got, "betweenness=off") {
		t.Errorf("analysisParams after the second run: got %q, want %q (leiden, betweenness off)", got, rep2.Params)
	}
	if v := r1.Prop(graph.PropBetweenness); v != nil {
		t.Errorf("betweenness of the first run left beside run-2: %v", v)
	}
}

// TestAnalyzeNodeKinds: a projection limited to passengers and their
// identifiers leaves traders out of the analysis and untouched.
func TestAnalyzeNodeKinds(t *testing.T) {
	ctx := context.Background()
	store := MustOpenStore(t, world())
	kinds := []graph.Kind{graph.KindPassenger, graph.KindPhone, graph.KindPaymentCard, graph.KindEmail}
	rep, err := analytics.Analyze(ctx, store, analytics.Options{Now: fixedClock(), RunID: "pax", NodeKinds: kinds})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := rep.KnownSmugglers, 1; got != want {
		t.Errorf("known smugglers: got %d, want %d (the passenger SMUG only)", got, want)
	}
	if !strings.Contains(rep.Params, "kinds=Email,Passenger,PaymentCard,Phone") {
		t.Errorf("params %q: want the node kinds listed, sorted", rep.Params)
	}
	for _, tc := range []struct {
		key     graph.Key
		written bool
	}{
		{pax("R1"), true}, {pax("R2"), true}, {graph.PhoneKey("+100"), true},
		{trader("TR1"), false}, {trader("TSMUG"), false}, {graph.NewKey(graph.KindDeclaration, "D1"), false},
	} {
		n, err := store.Node(ctx, tc.key)
		if err != nil {
			t.Fatal(err)
		}
		if got := n.Props.String(graph.PropAnalysisRun) == "pax"; got != tc.written {
			t.Errorf("%s written: got %v, want %v", tc.key, got, tc.written)
		}
	}
	for _, s := range rep.TopRisk {
		if s.Key.Kind != graph.KindPassenger {
			t.Errorf("TopRisk lists %s, outside the projected kinds", s.Key)
		}
	}
}

// TestAnalyzeTimeWindowPartial: a window that drops one dated link cuts
// the node behind it off from the ring, and only in the windowed run.
func TestAnalyzeTimeWindowPartial(t *testing.T) {
	b := world()
	early := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for i, e := range b.Edges {
		if e.From == pax("R2") && e.Kind == graph.RelPaidWith {
			b.Edges[i].At = early
		}
	}
	since := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name     string
		since    time.Time
		wantR2   bool // R2 linked to the ring
		wantText string
	}{
		{"whole history", time.Time{}, true, ""},
		{"since 2025", since, false, "since=2025-01-01T00:00:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := analytics.Analyze(context.Background(), newMemSource(b), analytics.Options{Now: fixedClock(), DryRun: true, Since: tc.since})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(rep.Params, tc.wantText) || (tc.wantText == "" && strings.Contains(rep.Params, "since=")) {
				t.Errorf("params %q: want window %q", rep.Params, tc.wantText)
			}
			p2, err := rep.Result.Profile(pax("R2"))
			if err != nil {
				t.Fatal(err)
			}
			p1, err := rep.Result.Profile(pax("R1"))
			if err != nil {
				t.Fatal(err)
			}
			if got := p2.NetworkRisk > 0 && p2.Hops > 0; got != tc.wantR2 {
				t.Errorf("R2 linked (risk %v, hops %d): got %v, want %v", p2.NetworkRisk, p2.Hops, got, tc.wantR2)
			}
			if p1.NetworkRisk <= 0 || p1.Hops != 2 {
				t.Errorf("R1: risk %v, hops %d; want > 0 and 2 (its phone link is in every window)", p1.NetworkRisk, p1.Hops)
			}
		})
	}
}
