package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/graph"
)

// analyzedNodes returns, per kind, the number of nodes whose analysisRun
// is run, and the analysisParams they carry.
func analyzedNodes(t *testing.T, dir, run string) (map[graph.Kind]int, map[string]bool) {
	t.Helper()
	ctx := context.Background()
	s, err := openStore(ctx, dir, demoEnv, nopLog())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	kinds, params := map[graph.Kind]int{}, map[string]bool{}
	err = s.ScanNodes(ctx, nil, func(n graph.Node) error {
		if n.Props.String(graph.PropAnalysisRun) != run {
			return nil
		}
		kinds[n.Key.Kind]++
		params[n.Props.String(analytics.PropAnalysisParams)] = true
		for _, p := range []string{graph.PropCommunityID, graph.PropPageRank, graph.PropNetworkRisk, graph.PropAnalysisTime} {
			if n.Prop(p) == nil {
				t.Errorf("%s: %s missing", n.Key, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return kinds, params
}

// TestAnalyzeCLI runs 'borderlens analyze' on a demo world: a dry run
// writes nothing; a run limited to passengers, their identifiers and a
// time window writes its scores and parameters onto those nodes only.
func TestAnalyzeCLI(t *testing.T) {
	dir := t.TempDir()
	mustDemo(t, dir)
	ctx := context.Background()
	analyze := func(getenv func(string) string, args ...string) string {
		t.Helper()
		var out bytes.Buffer
		args = append([]string{"analyze", "--data-dir", dir, "--log-level", "warn"}, args...)
		if err := run(ctx, args, getenv, &out, io.Discard); err != nil {
			t.Fatalf("analyze %v: %v\n%s", args, err, out.String())
		}
		return out.String()
	}

	out := analyze(demoEnv, "--dry-run", "--seed", "3")
	run := strings.Fields(strings.TrimPrefix(out, "analyze "))[0]
	run = strings.TrimSuffix(run, ":")
	if kinds, _ := analyzedNodes(t, dir, run); len(kinds) != 0 {
		t.Errorf("dry run %s wrote analysis properties: %v", run, kinds)
	}
	if !strings.Contains(out, "0 nodes written") {
		t.Errorf("dry run output: want 0 nodes written, got\n%s", out)
	}

	env := func(k string) string { // flags fall back to the environment
		if k == envPrefix+"BETWEENNESS" {
			return "off"
		}
		return demoEnv(k)
	}
	out = analyze(env, "--kinds", "Passenger,Phone,Email,PaymentCard,Booking,Document", "--since", "2020-01-01", "--algorithm", "louvain", "--seed", "5")
	run = strings.TrimSuffix(strings.Fields(strings.TrimPrefix(out, "analyze "))[0], ":")
	kinds, params := analyzedNodes(t, dir, run)
	if kinds[graph.KindPassenger] == 0 || kinds[graph.KindPhone] == 0 {
		t.Errorf("run %s wrote %v, want passengers and phones", run, kinds)
	}
	for _, k := range []graph.Kind{graph.KindTrader, graph.KindDeclaration, graph.KindCountry} {
		if kinds[k] != 0 {
			t.Errorf("run %s wrote %d %s nodes, outside --kinds", run, kinds[k], k)
		}
	}
	if len(params) != 1 {
		t.Fatalf("run %s: nodes carry %d different analysisParams, want 1: %v", run, len(params), params)
	}
	for p := range params {
		for _, want := range []string{"algorithm=louvain", "seed=5", "betweenness=off", "since=2020-01-01T00:00:00Z", "kinds=Booking,Document,Email,Passenger,PaymentCard,Phone"} {
			if !strings.Contains(p, want) {
				t.Errorf("analysisParams %q: want %q in it", p, want)
			}
		}
		if !strings.Contains(out, p) {
			t.Errorf("output does not show the params %q:\n%s", p, out)
		}
	}
}

func TestAnalyzeCLIBadFlags(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"bad day", []string{"--since", "01/02/2020"}, "since"},
		{"bad kind", []string{"--kinds", "Ship"}, "Ship"},
		{"bad mode", []string{"--betweenness", "some"}, "some"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"analyze", "--data-dir", dir, "--log-level", "warn"}, tc.args...)
			err := run(context.Background(), args, demoEnv, io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error naming %q", err, tc.want)
			}
		})
	}
}
