package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
	"github.com/borderlens/borderlens/resolvers"
)

// TestAnalysisRunnerStates runs analytics through the runner on a small
// embedded store: a cancelled run is recorded as failed, a good one as
// succeeded with its counts and installs its result for risk profiles.
func TestAnalysisRunnerStates(t *testing.T) {
	ctx := context.Background()
	store, err := embedded.Open(ctx, filepath.Join(t.TempDir(), "graph.db"), embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	smuggler, phone, mule := graph.NewKey(graph.KindTrader, "T1"), graph.PhoneKey("+821011112222"), graph.NewKey(graph.KindTrader, "T2")
	err = store.Upsert(ctx, graph.Batch{
		Nodes: []graph.Node{
			{Key: smuggler, Props: graph.Props{graph.PropKnownSmuggler: true}},
			{Key: mule, Props: graph.Props{}},
			{Key: phone, Props: graph.Props{}},
		},
		Edges: []graph.Edge{{From: smuggler, Kind: graph.RelUsesPhone, To: phone}, {From: mule, Kind: graph.RelUsesPhone, To: phone}},
	})
	if err != nil {
		t.Fatal(err)
	}
	risk := resolvers.NewRiskService(store)
	r := newAnalysisRunner(store, risk, nopLog())
	defer r.Close()

	if _, err := r.AnalysisRun(ctx, ""); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("before any run: got %v, want not found", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	failed, err := r.Run(cancelled, resolvers.AnalysisRequest{Seed: 1})
	if err == nil || failed.State != resolvers.RunFailed || failed.Error == "" || failed.FinishedAt.IsZero() {
		t.Errorf("cancelled run: got %+v, %v; want failed with its error", failed, err)
	}
	ok, err := r.Run(ctx, resolvers.AnalysisRequest{Seed: 1, WriteBack: true})
	if err != nil || ok.State != resolvers.RunSucceeded || ok.Nodes != 3 || ok.KnownSmugglers != 1 || ok.NodesWritten != 3 {
		t.Fatalf("run: got %+v, %v; want succeeded over 3 nodes, 1 known smuggler, all written", ok, err)
	}
	if ok.ID == failed.ID || ok.Params["writeBack"] != "true" || len(ok.Timings) == 0 {
		t.Errorf("run %+v: want a new id, its params and timings", ok)
	}
	for id, want := range map[string]string{"": ok.ID, failed.ID: failed.ID} {
		if got, err := r.AnalysisRun(ctx, id); err != nil || got.ID != want {
			t.Errorf("AnalysisRun(%q): got %s, %v; want %s", id, got.ID, err, want)
		}
	}
	p, err := risk.RiskProfile(ctx, mule)
	if err != nil || len(p.Paths) == 0 || p.Run != ok.ID {
		t.Errorf("profile after run: %+v, %v; want a path to the smuggler from run %s", p, err, ok.ID)
	}
	n, err := store.Node(ctx, mule)
	if err != nil || n.Props.String(graph.PropAnalysisRun) != ok.ID {
		t.Errorf("written back: analysisRun = %q, want %s", n.Props.String(graph.PropAnalysisRun), ok.ID)
	}
}
