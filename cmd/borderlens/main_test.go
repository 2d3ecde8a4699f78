package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/synth"
)

// demoEnv is the environment of the end-to-end tests: a fixed card key and
// no Neo4j, so they run on the embedded store.
func demoEnv(key string) string {
	switch key {
	case envPrefix + "CARD_KEY":
		return "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
	}
	return ""
}

// mustDemo loads a small demo world into dir through the demo command,
// with extra flags after the defaults, and returns what it printed.
func mustDemo(t *testing.T, dir string, extra ...string) string {
	t.Helper()
	var out bytes.Buffer
	args := append([]string{"demo", "--data-dir", dir, "--max-rows", "3000", "--shared-data", sharedData(t), "--log-level", "warn", "--analyze=false"}, extra...)
	if err := run(context.Background(), args, demoEnv, &out, io.Discard); err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	return out.String()
}

func sharedData(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", synth.DefaultDataDir))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(p, "df_syn_train_eng.csv")); err != nil {
		t.Fatalf("shared data not found at %s: %v", p, err)
	}
	return p
}

func storeStats(t *testing.T, dir string) graph.Stats {
	t.Helper()
	ctx := context.Background()
	s, err := openStore(ctx, dir, demoEnv, nopLog())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestDemoTwiceChangesNothing(t *testing.T) {
	dir := t.TempDir()
	mustDemo(t, dir)
	first := storeStats(t, dir)
	if first.NodeCount() == 0 || first.Nodes[graph.KindPassenger] == 0 || first.Nodes[graph.KindSeizure] == 0 {
		t.Fatalf("demo world too small: %+v", first.Nodes)
	}
	// A second run regenerates identical files; forcing a full reload
	// (no checkpoints) must still merge into the same nodes and edges.
	if err := os.RemoveAll(filepath.Join(dir, "ingest")); err != nil {
		t.Fatal(err)
	}
	mustDemo(t, dir)
	second := storeStats(t, dir)
	if got, want := second.NodeCount(), first.NodeCount(); got != want {
		t.Errorf("nodes after second load: got %d, want %d", got, want)
	}
	if got, want := second.EdgeCount(), first.EdgeCount(); got != want {
		t.Errorf("edges after second load: got %d, want %d", got, want)
	}
}

// TestServeDemoWorld starts the real server on the demo world and checks
// GraphQL answers against the planted ground truth.
func TestServeDemoWorld(t *testing.T) {
	dir := t.TempDir()
	mustDemo(t, dir)
	var gt synth.GroundTruth
	b, err := os.ReadFile(filepath.Join(dir, "demo", "ground_truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	if len(gt.Rings) == 0 {
		t.Fatal("no planted rings")
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := serveConfig{addr: "127.0.0.1:0", complexity: 5000, maxDepth: 12, timeout: 30 * time.Second, seed: 1}
	cfg.dataDir = dir
	app, err := newApp(ctx, cfg, demoEnv, nopLog())
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- app.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
		app.Close()
	}()
	if err := app.Analyze(ctx); err != nil {
		t.Fatalf("analyze: %v", err)
	}
	addr, err := app.Web.Addr(ctx)
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + addr

	res, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("readyz: got %d, want 200", res.StatusCode)
	}

	for _, ring := range gt.Rings {
		t.Run(ring.ID, func(t *testing.T) {
			member, seed := ring.Members[0], ring.Seeds[0]
			// The seed is a known smuggler; the member is not marked.
			var nodes struct {
				Nodes []struct {
					ID            string `json:"id"`
					KnownSmuggler bool   `json:"knownSmuggler"`
				} `json:"nodes"`
			}
			gqlPost(t, base, `query($ids:[ID!]!){ nodes(ids:$ids){ id knownSmuggler } }`, map[string]any{"ids": []string{seed, member}}, &nodes)
			if len(nodes.Nodes) != 2 || !nodes.Nodes[0].KnownSmuggler || nodes.Nodes[1].KnownSmuggler {
				t.Fatalf("seed/member marking: got %+v, want seed marked and member not", nodes.Nodes)
			}
			// A hidden member is linked to its ring's known smuggler only
			// indirectly, so a path exists and is longer than one hop.
			var paths struct {
				Paths []struct {
					Hops  int `json:"hops"`
					Nodes []struct {
						ID string `json:"id"`
					} `json:"nodes"`
				} `json:"paths"`
			}
			gqlPost(t, base, `query($f:ID!,$t:ID!){ paths(from:$f, to:$t, maxHops:8, limit:3){ hops nodes { id } } }`, map[string]any{"f": member, "t": seed}, &paths)
			if len(paths.Paths) == 0 {
				t.Fatalf("paths %s -> %s: got none, want at least one", member, seed)
			}
			p := paths.Paths[0]
			if p.Hops < 2 {
				t.Errorf("hops: got %d, want >= 2 (members are never linked directly)", p.Hops)
			}
			if p.Nodes[0].ID != member || p.Nodes[len(p.Nodes)-1].ID != seed {
				t.Errorf("path ends: got %s..%s, want %s..%s", p.Nodes[0].ID, p.Nodes[len(p.Nodes)-1].ID, member, seed)
			}
			// The member's risk profile explains its risk with a path to
			// a known smuggler, and the member outranks the median node.
			var prof struct {
				RiskProfile struct {
					Score float64 `json:"score"`
					Paths []struct {
						Nodes []struct {
							ID            string `json:"id"`
							KnownSmuggler bool   `json:"knownSmuggler"`
						} `json:"nodes"`
					} `json:"paths"`
				} `json:"riskProfile"`
			}
			gqlPost(t, base, `query($id:ID!){ riskProfile(id:$id){ score paths { nodes { id knownSmuggler } } } }`, map[string]any{"id": member}, &prof)
			if len(prof.RiskProfile.Paths) == 0 {
				t.Fatalf("risk profile of %s: no path to a known smuggler", member)
			}
			last := prof.RiskProfile.Paths[0].Nodes[len(prof.RiskProfile.Paths[0].Nodes)-1]
			if !last.KnownSmuggler {
				t.Errorf("risk path of %s ends at %s, which is not a known smuggler", member, last.ID)
			}
			if prof.RiskProfile.Score <= 0 {
				t.Errorf("risk score of %s: got %v, want > 0", member, prof.RiskProfile.Score)
			}
			// Search finds the member by its id.
			_, id, _ := strings.Cut(member, ":")
			var search struct {
				Search struct {
					Edges []struct {
						Node struct {
							ID string `json:"id"`
						} `json:"node"`
					} `json:"edges"`
				} `json:"search"`
			}
			gqlPost(t, base, `query($t:String!){ search(text:$t, first:5){ edges { node { id } } } }`, map[string]any{"t": id}, &search)
			found := false
			for _, e := range search.Search.Edges {
				found = found || e.Node.ID == member
			}
			if !found {
				t.Errorf("search %q: member %s not in %+v", id, member, search.Search.Edges)
			}
		})
	}
}

// gqlPost runs a GraphQL operation over HTTP and decodes data into out,
// failing on transport or GraphQL errors.
func gqlPost(t *testing.T, base, query string, vars map[string]any, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.NewDecoder(res.Body).Decode(&env); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if len(env.Errors) > 0 {
		t.Fatalf("graphql errors: %+v", env.Errors)
	}
	if err := json.Unmarshal(env.Data, out); err != nil {
		t.Fatalf("decode data: %v", err)
	}
}

func nopLog() zerolog.Logger { return zerolog.Nop() }

// TestDemoRerunKeepsScores checks that a demo run which loads nothing new
// keeps the last complete run's scores, and that --refresh, a store
// changed in between, other options or a deleted model file recompute
// them. Most steps skip HS, DATE and analytics to stay quick; the HS
// steps check the model file.
func TestDemoRerunKeepsScores(t *testing.T) {
	dir := t.TempDir()
	const kept = "demo: nothing new since"
	const scored = "hs score:"
	quick := []string{"--hs=false", "--date=false"}
	steps := []struct {
		name   string
		before func(t *testing.T)
		args   []string
		kept   bool
	}{
		{name: "first run", args: quick},
		{name: "same binary, nothing new", args: quick, kept: true},
		{name: "refresh", args: append([]string{"--refresh"}, quick...)},
		{name: "again after the refresh", args: quick, kept: true},
		{name: "store changed in between", before: func(t *testing.T) {
			ctx := context.Background()
			s, err := openStore(ctx, dir, demoEnv, nopLog())
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.Upsert(ctx, graph.Batch{Nodes: []graph.Node{{Key: graph.NewKey(graph.KindTrader, "EXTRA1"), Label: "EXTRA1"}}}); err != nil {
				t.Fatal(err)
			}
		}, args: quick},
		{name: "other options: with HS", args: []string{"--date=false"}},
		{name: "with HS again", args: []string{"--date=false"}, kept: true},
		{name: "HS model file deleted", before: func(t *testing.T) {
			if err := os.Remove(hsModelFile(dir)); err != nil {
				t.Fatal(err)
			}
		}, args: []string{"--date=false"}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if st.before != nil {
				st.before(t)
			}
			got := mustDemo(t, dir, st.args...)
			withHS := !slices.Contains(st.args, "--hs=false")
			switch {
			case st.kept && (!strings.Contains(got, kept) || strings.Contains(got, scored)):
				t.Errorf("want the scores kept, got:\n%s", got)
			case !st.kept && strings.Contains(got, kept):
				t.Errorf("want the scores recomputed, got:\n%s", got)
			case !st.kept && withHS && !strings.Contains(got, scored):
				t.Errorf("want HS scores written, got:\n%s", got)
			}
		})
	}
}
