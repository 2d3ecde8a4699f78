package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/synth"
)

// The demo world costs most of a minute to build, so the GraphQL
// end-to-end tests share one, built on first use; each test serves its
// own copy of the store, since they write to it.
var shared struct {
	once sync.Once
	dir  string
	out  string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// sharedWorld returns the directory of the shared demo world and its
// ground truth.
func sharedWorld(t *testing.T) (string, synth.GroundTruth) {
	t.Helper()
	shared.once.Do(func() {
		shared.dir, shared.err = os.MkdirTemp("", "borderlens-e2e-")
		if shared.err != nil {
			return
		}
		var out bytes.Buffer
		args := []string{"demo", "--data-dir", shared.dir, "--max-rows", "3000", "--shared-data", sharedData(t), "--log-level", "warn", "--analyze=false"}
		shared.err = run(context.Background(), args, demoEnv, &out, io.Discard)
		shared.out = out.String()
	})
	if shared.err != nil {
		t.Fatalf("demo world: %v\n%s", shared.err, shared.out)
	}
	var gt synth.GroundTruth
	b, err := os.ReadFile(filepath.Join(shared.dir, "demo", "ground_truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	if len(gt.Rings) == 0 {
		t.Fatal("demo world has no planted rings")
	}
	return shared.dir, gt
}

// copyWorld copies the shared world's store and card key into a fresh
// directory.
func copyWorld(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	for _, name := range []string{"graph.db", "card.key"} {
		b, err := os.ReadFile(filepath.Join(src, name))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// startServer serves dir's store on a loopback port until the test ends
// and returns the base URL.
func startServer(t *testing.T, dir string, getenv func(string) string) (*App, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cfg := serveConfig{addr: "127.0.0.1:0", complexity: 5000, maxDepth: 12, timeout: 60 * time.Second, seed: 1, callingCode: "82", alertHops: 3, introspection: true}
	cfg.dataDir = dir
	app, err := newApp(ctx, cfg, getenv, nopLog())
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- app.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
		app.Close()
	})
	addr, err := app.Web.Addr(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return app, "http://" + addr
}

// gqlErr is one GraphQL error.
type gqlErr struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlErr) code() string { c, _ := e.Extensions["code"].(string); return c }

// gql runs one operation and returns its data and errors.
func gql(t *testing.T, base, query string, vars map[string]any) (json.RawMessage, []gqlErr) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	return decodeGQL(t, res)
}

func decodeGQL(t *testing.T, res *http.Response) (json.RawMessage, []gqlErr) {
	t.Helper()
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlErr        `json:"errors"`
	}
	raw, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(raw, &env); err != nil {
		t.Fatalf("status %d, body is not JSON: %v: %s", res.StatusCode, err, raw)
	}
	return env.Data, env.Errors
}

// mustGQL runs one operation, fails on errors and decodes data into out.
func mustGQL(t *testing.T, base, query string, vars map[string]any, out any) {
	t.Helper()
	data, errs := gql(t, base, query, vars)
	if len(errs) > 0 {
		t.Fatalf("graphql errors: %+v", errs)
	}
	if err := json.Unmarshal(data, out); err != nil {
		t.Fatalf("decode data: %v", err)
	}
}

// wantCode runs one operation and checks it fails with the given code.
func wantCode(t *testing.T, base, query string, vars map[string]any, code string) {
	t.Helper()
	_, errs := gql(t, base, query, vars)
	if len(errs) == 0 || errs[0].code() != code {
		t.Errorf("%s: got errors %+v, want code %s", strings.Join(strings.Fields(query), " "), errs, code)
	}
}

type analysisRunJSON struct {
	ID             string  `json:"id"`
	State          string  `json:"state"`
	FinishedAt     *string `json:"finishedAt"`
	Error          *string `json:"error"`
	Nodes          int     `json:"nodes"`
	Edges          int     `json:"edges"`
	KnownSmugglers int     `json:"knownSmugglers"`
	Communities    int     `json:"communities"`
	Modularity     float64 `json:"modularity"`
	NodesWritten   int     `json:"nodesWritten"`
	Timings        []struct {
		Phase      string  `json:"phase"`
		DurationMs float64 `json:"durationMs"`
	} `json:"timings"`
	Params []struct {
		Name  string `json:"name"`
		Value any    `json:"value"`
	} `json:"params"`
}

const runFields = `id state finishedAt error nodes edges knownSmugglers communities modularity nodesWritten timings { phase durationMs } params { name value }`

// analyse starts an analytics run over GraphQL and waits until it ends.
func analyse(t *testing.T, base string, input map[string]any) analysisRunJSON {
	t.Helper()
	var start struct {
		StartAnalysis analysisRunJSON `json:"startAnalysis"`
	}
	mustGQL(t, base, `mutation($in: StartAnalysisInput){ startAnalysis(input: $in){ `+runFields+` } }`, map[string]any{"in": input}, &start)
	run := start.StartAnalysis
	if run.ID == "" {
		t.Fatalf("startAnalysis: no run id")
	}
	if run.State == "RUNNING" {
		// One run at a time: a second start conflicts, unless the first
		// has finished in between.
		_, errs := gql(t, base, `mutation{ startAnalysis{ id } }`, nil)
		if len(errs) == 0 {
			var latest struct {
				AnalysisRun analysisRunJSON `json:"analysisRun"`
			}
			mustGQL(t, base, `query($id: ID){ analysisRun(id: $id){ `+runFields+` } }`, map[string]any{"id": run.ID}, &latest)
			if latest.AnalysisRun.FinishedAt == nil {
				t.Errorf("second startAnalysis while %s runs: got no error, want CONFLICT", run.ID)
			}
		} else if errs[0].code() != graph.ECONFLICT {
			t.Errorf("second startAnalysis: got %+v, want CONFLICT", errs)
		}
	}
	deadline := time.Now().Add(3 * time.Minute)
	for {
		var q struct {
			AnalysisRun *analysisRunJSON `json:"analysisRun"`
		}
		mustGQL(t, base, `query($id: ID){ analysisRun(id: $id){ `+runFields+` } }`, map[string]any{"id": run.ID}, &q)
		if q.AnalysisRun == nil {
			t.Fatalf("analysisRun(%s): null", run.ID)
		}
		if q.AnalysisRun.State != "RUNNING" {
			return *q.AnalysisRun
		}
		if time.Now().After(deadline) {
			t.Fatalf("analysis run %s still running after 3 minutes", run.ID)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestGraphQLEndToEnd serves a copy of the demo world and runs the
// investigator's workflow over HTTP: an analytics run started by mutation,
// risk profiles, rankings and communities checked against the planted
// rings, an inspection outcome recorded, and the DATE/HS fields.
func TestGraphQLEndToEnd(t *testing.T) {
	src, gt := sharedWorld(t)
	_, base := startServer(t, copyWorld(t, src), demoEnv)
	checkInvestigation(t, base, gt)
}

// checkInvestigation runs the investigator's workflow against a server
// on a freshly loaded demo world that has not been analysed yet.
func checkInvestigation(t *testing.T, base string, gt synth.GroundTruth) {
	t.Run("before any run", func(t *testing.T) {
		var q struct {
			AnalysisRun *analysisRunJSON `json:"analysisRun"`
		}
		mustGQL(t, base, `{ analysisRun { id } }`, nil, &q)
		if q.AnalysisRun != nil {
			t.Errorf("analysisRun before any run: got %+v, want null", q.AnalysisRun)
		}
		wantCode(t, base, `{ topRisk { totalCount } }`, nil, graph.EUNAVAILABLE)
		wantCode(t, base, `query($id: ID!){ riskProfile(id: $id){ score } }`, map[string]any{"id": gt.Rings[0].Members[0]}, graph.EUNAVAILABLE)
	})

	run := analyse(t, base, map[string]any{"seed": 1})
	t.Run("analysis run", func(t *testing.T) {
		if run.State != "SUCCEEDED" {
			t.Fatalf("state: got %s (%v), want SUCCEEDED", run.State, run.Error)
		}
		if run.Nodes == 0 || run.Edges == 0 || run.Communities == 0 || run.KnownSmugglers == 0 {
			t.Errorf("counts: got %+v, want nodes, edges, communities and known smugglers", run)
		}
		if run.Modularity <= 0 || run.Modularity > 1 {
			t.Errorf("modularity: got %v, want in (0, 1]", run.Modularity)
		}
		if run.NodesWritten != 0 {
			t.Errorf("nodesWritten without writeBack: got %d, want 0", run.NodesWritten)
		}
		phases := []string{}
		for _, p := range run.Timings {
			phases = append(phases, p.Phase)
		}
		if !slices.Contains(phases, "scan") || !slices.Contains(phases, "community") {
			t.Errorf("timings: got phases %v, want scan and community among them", phases)
		}
		var latest struct {
			AnalysisRun analysisRunJSON `json:"analysisRun"`
		}
		mustGQL(t, base, `{ analysisRun { id } }`, nil, &latest)
		if latest.AnalysisRun.ID != run.ID {
			t.Errorf("latest run: got %s, want %s", latest.AnalysisRun.ID, run.ID)
		}
		wantCode(t, base, `mutation{ startAnalysis(input: {resolution: -1}){ id } }`, nil, graph.EINVALID)
	})

	known := map[string]bool{}
	for _, k := range gt.KnownSmugglers {
		known[k] = true
	}
	for _, ring := range gt.Rings[:min(3, len(gt.Rings))] {
		t.Run("profile "+ring.ID, func(t *testing.T) {
			var q struct {
				RiskProfile struct {
					Score                  float64  `json:"score"`
					CommunityID            *int     `json:"communityId"`
					CommunitySmugglerShare *float64 `json:"communitySmugglerShare"`
					Centrality             *struct {
						PagerankRank    int  `json:"pagerankRank"`
						BetweennessRank *int `json:"betweennessRank"`
						Degree          int  `json:"degree"`
					} `json:"centrality"`
					Paths []struct {
						Hops  int `json:"hops"`
						Nodes []struct {
							ID            string `json:"id"`
							KnownSmuggler bool   `json:"knownSmuggler"`
						} `json:"nodes"`
					} `json:"paths"`
					Seizures []struct {
						ID string `json:"id"`
					} `json:"seizures"`
				} `json:"riskProfile"`
			}
			const profile = `query($id: ID!){ riskProfile(id: $id){ score communityId communitySmugglerShare
				centrality { pagerankRank betweennessRank degree } paths { hops nodes { id knownSmuggler } } seizures { id } date { scoredDeclarations } hs { scoredDeclarations } } }`
			member := ring.Members[0]
			mustGQL(t, base, profile, map[string]any{"id": member}, &q)
			p := q.RiskProfile
			if len(p.Paths) == 0 {
				t.Fatalf("%s: no path to a known smuggler", member)
			}
			path := p.Paths[0]
			last := path.Nodes[len(path.Nodes)-1]
			if path.Nodes[0].ID != member || !last.KnownSmuggler || !known[last.ID] {
				t.Errorf("%s: path ends %s..%s, want the member to a ground-truth known smuggler", member, path.Nodes[0].ID, last.ID)
			}
			if path.Hops != len(path.Nodes)-1 || path.Hops < 2 {
				t.Errorf("%s: hops %d over %d nodes, want >= 2 and nodes-1", member, path.Hops, len(path.Nodes))
			}
			if p.Score <= 0 {
				t.Errorf("%s: score %v, want > 0", member, p.Score)
			}
			if p.CommunityID == nil || p.CommunitySmugglerShare == nil || *p.CommunitySmugglerShare < 0 || *p.CommunitySmugglerShare > 1 {
				t.Errorf("%s: community %v share %v, want both, share in [0,1]", member, p.CommunityID, p.CommunitySmugglerShare)
			}
			if c := p.Centrality; c == nil || c.PagerankRank < 1 || c.PagerankRank > run.Nodes || c.Degree < 1 {
				t.Errorf("%s: centrality %+v, want ranks in [1,%d] and degree >= 1", member, c, run.Nodes)
			}
			// A seed's profile lists the seizures that named it.
			seed := ring.Seeds[0]
			mustGQL(t, base, profile, map[string]any{"id": seed}, &q)
			var got []string
			for _, s := range q.RiskProfile.Seizures {
				got = append(got, s.ID)
			}
			if !slices.ContainsFunc(got, func(id string) bool { return slices.Contains(ring.Seizures, id) }) {
				t.Errorf("seizures of seed %s: got %v, want one of %v", seed, got, ring.Seizures)
			}
		})
	}

	t.Run("topRisk pages", func(t *testing.T) {
		type page struct {
			TopRisk struct {
				TotalCount int `json:"totalCount"`
				PageInfo   struct {
					HasNextPage bool    `json:"hasNextPage"`
					EndCursor   *string `json:"endCursor"`
				} `json:"pageInfo"`
				Edges []struct {
					Node struct {
						Rank  int     `json:"rank"`
						Score float64 `json:"score"`
						Node  struct {
							ID            string `json:"id"`
							Kind          string `json:"kind"`
							KnownSmuggler bool   `json:"knownSmuggler"`
						} `json:"node"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"topRisk"`
		}
		const q = `query($after: String){ topRisk(kinds: [Passenger, Trader], first: 25, after: $after){ totalCount pageInfo { hasNextPage endCursor }
			edges { node { rank score node { id kind knownSmuggler } } } } }`
		var p1, p2 page
		mustGQL(t, base, q, nil, &p1)
		if len(p1.TopRisk.Edges) != 25 || !p1.TopRisk.PageInfo.HasNextPage || p1.TopRisk.TotalCount <= 25 {
			t.Fatalf("first page: %d edges, hasNext %v, total %d; want 25, true, > 25", len(p1.TopRisk.Edges), p1.TopRisk.PageInfo.HasNextPage, p1.TopRisk.TotalCount)
		}
		mustGQL(t, base, q, map[string]any{"after": *p1.TopRisk.PageInfo.EndCursor}, &p2)
		all := append(p1.TopRisk.Edges, p2.TopRisk.Edges...)
		members := map[string]bool{}
		for _, r := range gt.Rings {
			for _, m := range r.Members {
				members[m] = true
			}
		}
		hidden := 0
		for i, e := range all {
			n := e.Node
			if n.Rank != i+1 || (i > 0 && n.Score > all[i-1].Node.Score) {
				t.Errorf("edge %d: rank %d score %v after %v, want rank %d and scores non-increasing", i, n.Rank, n.Score, all[max(i-1, 0)].Node.Score, i+1)
			}
			if n.Node.KnownSmuggler || (n.Node.Kind != "Passenger" && n.Node.Kind != "Trader") {
				t.Errorf("edge %d: %s (%s, known %v), want an unmarked passenger or trader", i, n.Node.ID, n.Node.Kind, n.Node.KnownSmuggler)
			}
			if members[n.Node.ID] {
				hidden++
			}
		}
		// The planted rings' hidden members are what propagation is for:
		// some must rank among the 50 riskiest unmarked parties.
		if hidden == 0 {
			t.Errorf("no hidden ring member among the top %d risks", len(all))
		}
		t.Logf("hidden ring members in the top %d: %d of %d", len(all), hidden, len(members))
	})

	t.Run("communities", func(t *testing.T) {
		var q struct {
			Communities struct {
				TotalCount int `json:"totalCount"`
				Edges      []struct {
					Node struct {
						ID             int     `json:"id"`
						Size           int     `json:"size"`
						KnownSmugglers int     `json:"knownSmugglers"`
						SmugglerShare  float64 `json:"smugglerShare"`
						Members        struct {
							TotalCount int `json:"totalCount"`
							Edges      []struct {
								Node struct {
									ID string `json:"id"`
								} `json:"node"`
							} `json:"edges"`
						} `json:"members"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"communities"`
		}
		mustGQL(t, base, `{ communities(first: 3){ totalCount edges { node { id size knownSmugglers smugglerShare members(first: 300){ totalCount edges { node { id } } } } } } }`, nil, &q)
		if q.Communities.TotalCount != run.Communities {
			t.Errorf("totalCount: got %d, want the run's %d", q.Communities.TotalCount, run.Communities)
		}
		es := q.Communities.Edges
		if len(es) == 0 || es[0].Node.KnownSmugglers == 0 {
			t.Fatalf("top community by smuggler share: got %+v, want one with known smugglers", es)
		}
		for i, e := range es {
			c := e.Node
			if i > 0 && c.SmugglerShare > es[i-1].Node.SmugglerShare {
				t.Errorf("community %d: share %v after %v, want non-increasing", c.ID, c.SmugglerShare, es[i-1].Node.SmugglerShare)
			}
			if c.Members.TotalCount != c.Size || len(c.Members.Edges) != min(c.Size, 300) {
				t.Errorf("community %d: %d members listed of %d, size %d", c.ID, len(c.Members.Edges), c.Members.TotalCount, c.Size)
			}
			marked := 0
			for _, m := range c.Members.Edges {
				if known[m.Node.ID] {
					marked++
				}
			}
			if c.Size <= 300 && marked != c.KnownSmugglers {
				t.Errorf("community %d: %d ground-truth known smugglers among members, reports %d", c.ID, marked, c.KnownSmugglers)
			}
		}
	})

	t.Run("recordInspection", func(t *testing.T) {
		var top struct {
			TopRisk struct {
				Edges []struct {
					Node struct {
						Node struct {
							ID string `json:"id"`
						} `json:"node"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"topRisk"`
		}
		mustGQL(t, base, `{ topRisk(kinds: [Declaration], first: 1){ edges { node { node { id } } } } }`, nil, &top)
		if len(top.TopRisk.Edges) == 0 {
			t.Fatal("no declaration ranked")
		}
		decl := top.TopRisk.Edges[0].Node.Node.ID
		type declJSON struct {
			ID        string   `json:"id"`
			Inspected bool     `json:"inspected"`
			Illicit   *bool    `json:"illicit"`
			Revenue   *float64 `json:"revenue"`
		}
		var rec struct {
			RecordInspection declJSON `json:"recordInspection"`
		}
		mustGQL(t, base, `mutation($in: RecordInspectionInput!){ recordInspection(input: $in){ id inspected illicit revenue } }`,
			map[string]any{"in": map[string]any{"declarationId": decl, "illicit": true, "revenue": 1234.5, "inspectedAt": "2024-05-01T10:00:00Z", "note": "undervalued"}}, &rec)
		var again struct {
			Node declJSON `json:"node"`
		}
		mustGQL(t, base, `query($id: ID!){ node(id: $id){ id ... on Declaration { inspected illicit revenue } } }`, map[string]any{"id": decl}, &again)
		for name, got := range map[string]declJSON{"mutation": rec.RecordInspection, "new request": again.Node} {
			if got.ID != decl || !got.Inspected || got.Illicit == nil || !*got.Illicit || got.Revenue == nil || *got.Revenue != 1234.5 {
				t.Errorf("%s: got %+v, want %s inspected, illicit, revenue 1234.5", name, got, decl)
			}
		}
		const m = `mutation($in: RecordInspectionInput!){ recordInspection(input: $in){ id } }`
		wantCode(t, base, m, map[string]any{"in": map[string]any{"declarationId": decl, "illicit": false, "revenue": -1}}, graph.EINVALID)
		wantCode(t, base, m, map[string]any{"in": map[string]any{"declarationId": gt.Rings[0].Seeds[0], "illicit": false}}, graph.EINVALID)
		wantCode(t, base, m, map[string]any{"in": map[string]any{"declarationId": "Declaration:NO-SUCH", "illicit": false}}, graph.ENOTFOUND)
	})

	t.Run("analysis run with write-back", func(t *testing.T) {
		run := analyse(t, base, map[string]any{"seed": 2, "writeBack": true})
		if run.State != "SUCCEEDED" || run.NodesWritten != run.Nodes {
			t.Fatalf("run %+v: want SUCCEEDED with every projected node written", run)
		}
		member := gt.Rings[0].Members[0]
		var q struct {
			Node struct {
				CommunityID *int     `json:"communityId"`
				NetworkRisk *float64 `json:"networkRisk"`
				Properties  []struct {
					Name  string `json:"name"`
					Value any    `json:"value"`
				} `json:"properties"`
			} `json:"node"`
		}
		mustGQL(t, base, `query($id: ID!){ node(id: $id){ communityId networkRisk properties { name value } } }`, map[string]any{"id": member}, &q)
		if q.Node.CommunityID == nil || q.Node.NetworkRisk == nil || *q.Node.NetworkRisk <= 0 {
			t.Errorf("%s after write-back: community %v, risk %v; want both, risk > 0", member, q.Node.CommunityID, q.Node.NetworkRisk)
		}
		if !slices.ContainsFunc(q.Node.Properties, func(p struct {
			Name  string `json:"name"`
			Value any    `json:"value"`
		}) bool {
			return p.Name == "analysisRun" && p.Value == run.ID
		}) {
			t.Errorf("%s: no analysisRun property naming %s", member, run.ID)
		}
	})

	t.Run("inspectionList and hsRecommend", func(t *testing.T) {
		// Answers when the DATE and HS services are wired, unavailable
		// until then; never anything else.
		data, errs := gql(t, base, `{ inspectionList(rate: 0.05, strategy: REVENUE, first: 10){ totalCount edges { node { rank expectedRevenue declaration { id } } } } }`, nil)
		if len(errs) > 0 {
			if errs[0].code() != graph.EUNAVAILABLE {
				t.Errorf("inspectionList: got %+v, want data or UNAVAILABLE", errs)
			}
		} else {
			var q struct {
				InspectionList struct {
					TotalCount int `json:"totalCount"`
					Edges      []struct {
						Node struct {
							Rank            int     `json:"rank"`
							ExpectedRevenue float64 `json:"expectedRevenue"`
						} `json:"node"`
					} `json:"edges"`
				} `json:"inspectionList"`
			}
			if err := json.Unmarshal(data, &q); err != nil {
				t.Fatal(err)
			}
			for i, e := range q.InspectionList.Edges {
				if e.Node.Rank != i+1 {
					t.Errorf("inspection %d: rank %d", i, e.Node.Rank)
				}
			}
			if q.InspectionList.TotalCount < len(q.InspectionList.Edges) {
				t.Errorf("inspectionList: totalCount %d below the %d edges returned", q.InspectionList.TotalCount, len(q.InspectionList.Edges))
			}
			t.Logf("inspectionList(rate 5%%): %d declarations, first page %d", q.InspectionList.TotalCount, len(q.InspectionList.Edges))
		}
		data, errs = gql(t, base, `{ hsRecommend(description: "frozen shrimp, peeled", first: 3){ hsCode probability heading chapter } }`, nil)
		if len(errs) > 0 {
			if errs[0].code() != graph.EUNAVAILABLE {
				t.Errorf("hsRecommend: got %+v, want data or UNAVAILABLE", errs)
			}
			return
		}
		var q struct {
			HSRecommend []struct {
				HSCode  string `json:"hsCode"`
				Heading string `json:"heading"`
				Chapter string `json:"chapter"`
			} `json:"hsRecommend"`
		}
		if err := json.Unmarshal(data, &q); err != nil {
			t.Fatal(err)
		}
		if len(q.HSRecommend) == 0 || len(q.HSRecommend) > 3 {
			t.Fatalf("hsRecommend: got %d candidates, want 1..3", len(q.HSRecommend))
		}
		t.Logf("hsRecommend(frozen shrimp, peeled): %+v", q.HSRecommend)
		if c := q.HSRecommend[0]; len(c.HSCode) != 6 || !strings.HasPrefix(c.HSCode, c.Heading) || !strings.HasPrefix(c.Heading, c.Chapter) {
			t.Errorf("candidate %+v: want a six-digit code within its heading and chapter", c)
		}
	})
}

// wsClient is a graphql-transport-ws client of one subscription.
type wsClient struct {
	t *testing.T
	c *websocket.Conn
}

type wsMsg struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// subscribe opens a WebSocket to base and starts one subscription.
func subscribe(ctx context.Context, t *testing.T, base, query string) *wsClient {
	t.Helper()
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+"/graphql", &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { c.CloseNow() })
	w := &wsClient{t: t, c: c}
	w.send(ctx, map[string]any{"type": "connection_init", "payload": map[string]any{}})
	if m := w.read(ctx); m.Type != "connection_ack" {
		t.Fatalf("got %s %s, want connection_ack", m.Type, m.Payload)
	}
	w.send(ctx, map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": query}})
	return w
}

func (w *wsClient) send(ctx context.Context, v any) {
	w.t.Helper()
	if err := wsjson.Write(ctx, w.c, v); err != nil {
		w.t.Fatalf("write: %v", err)
	}
}

func (w *wsClient) read(ctx context.Context) wsMsg {
	w.t.Helper()
	for {
		var m wsMsg
		if err := wsjson.Read(ctx, w.c, &m); err != nil {
			w.t.Fatalf("read: %v", err)
		}
		switch m.Type {
		case "ping":
			w.send(ctx, map[string]any{"type": "pong"})
		case "pong", "ka":
		default:
			return m
		}
	}
}

type alertJSON struct {
	SubjectID  string `json:"subjectId"`
	SmugglerID string `json:"smugglerId"`
	Hops       int    `json:"hops"`
	Reason     string `json:"reason"`
	Subject    *struct {
		Kind string `json:"kind"`
	} `json:"subject"`
	Smuggler *struct {
		KnownSmuggler bool `json:"knownSmuggler"`
	} `json:"smuggler"`
}

// nextAlert waits for the next alert that match accepts.
func (w *wsClient) nextAlert(ctx context.Context, match func(alertJSON) bool) alertJSON {
	w.t.Helper()
	for {
		m := w.read(ctx)
		if m.Type != "next" {
			w.t.Fatalf("got %s %s, want next", m.Type, m.Payload)
		}
		var p struct {
			Data struct {
				Alerts alertJSON `json:"alerts"`
			} `json:"data"`
			Errors []gqlErr `json:"errors"`
		}
		if err := json.Unmarshal(m.Payload, &p); err != nil || len(p.Errors) > 0 {
			w.t.Fatalf("alert payload %s: %v %+v", m.Payload, err, p.Errors)
		}
		if match(p.Data.Alerts) {
			return p.Data.Alerts
		}
	}
}

// TestAlertsEndToEnd subscribes to alerts over a real WebSocket and
// checks that marking a ring member a known smuggler, and uploading a
// booking that shares a phone with a ring's known smuggler, raise alerts
// naming them.
func TestAlertsEndToEnd(t *testing.T) {
	src, gt := sharedWorld(t)
	_, base := startServer(t, copyWorld(t, src), demoEnv)
	checkAlerts(t, base, gt)
}

// checkAlerts subscribes to alerts over WebSocket and raises some by
// mutation and upload.
func checkAlerts(t *testing.T, base string, gt synth.GroundTruth) {
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	ws := subscribe(ctx, t, base, `subscription { alerts(maxHops: 3) { subjectId smugglerId hops reason subject { kind } smuggler { knownSmuggler } } }`)

	t.Run("markKnownSmuggler", func(t *testing.T) {
		member := gt.Rings[0].Members[0]
		var m struct {
			MarkKnownSmuggler struct {
				KnownSmuggler bool `json:"knownSmuggler"`
			} `json:"markKnownSmuggler"`
		}
		mustGQL(t, base, `mutation($id: ID!){ markKnownSmuggler(id: $id, reason: "confirmed by investigation"){ knownSmuggler } }`, map[string]any{"id": member}, &m)
		if !m.MarkKnownSmuggler.KnownSmuggler {
			t.Fatalf("%s not marked", member)
		}
		a := ws.nextAlert(ctx, func(a alertJSON) bool { return a.SmugglerID == member })
		if a.Hops < 1 || a.Hops > 3 || a.SubjectID == member || a.Subject == nil || a.Smuggler == nil || !a.Smuggler.KnownSmuggler {
			t.Errorf("alert %+v: want a subject 1..3 hops from the newly marked %s", a, member)
		}
		var p struct {
			Paths []struct {
				Hops int `json:"hops"`
			} `json:"paths"`
		}
		mustGQL(t, base, `query($f: ID!, $t: ID!){ paths(from: $f, to: $t, kinds: [Trader, Declaration, Passenger, Booking, Flight, Document, Phone, Email, Address, PaymentCard, Agency, Seizure]){ hops } }`,
			map[string]any{"f": a.SubjectID, "t": member}, &p)
		if len(p.Paths) == 0 || p.Paths[0].Hops != a.Hops {
			t.Errorf("alert hops %d, shortest path %+v", a.Hops, p.Paths)
		}
	})

	t.Run("upload", func(t *testing.T) {
		// A new booking giving the phone of a ring's known smuggler.
		var seed, phone string
		for _, r := range gt.Rings {
			for _, s := range r.Seeds {
				var q struct {
					Node struct {
						Phones []struct {
							Number string `json:"number"`
						} `json:"phones"`
					} `json:"node"`
				}
				mustGQL(t, base, `query($id: ID!){ node(id: $id){ ... on Passenger { phones { number } } ... on Trader { phones { number } } } }`, map[string]any{"id": s}, &q)
				if len(q.Node.Phones) > 0 {
					seed, phone = s, q.Node.Phones[0].Number
					break
				}
			}
			if seed != "" {
				break
			}
		}
		if seed == "" {
			t.Fatal("no ring seed has a phone")
		}
		// A locator of its own, so the booking is new even in a database
		// an earlier run left behind.
		locator := strings.ToUpper(strconv.FormatInt(time.Now().UnixNano()%2176782336, 36)) // 36^6
		locator = strings.Repeat("0", 6-len(locator)) + locator
		doc := map[string]any{"bookings": []any{map[string]any{
			"carrier": "KE", "locator": locator, "created": "2024-05-01T09:00:00Z",
			"legs":       []any{map[string]any{"number": "905", "origin": "ICN", "destination": "CDG", "departure": "2024-05-20T13:20"}},
			"phones":     []string{phone},
			"passengers": []any{map[string]any{"surname": "TESTER", "given": "ALEX", "date_of_birth": "1990-01-01", "nationality": "KOR"}},
		}}}
		file, _ := json.Marshal(doc)
		rep := upload(t, base, "passengers-json", "booking.json", file)
		if rep.Loaded == 0 || rep.Rejected != 0 || rep.Alerts == 0 {
			t.Fatalf("upload report %+v: want records loaded, none rejected, alerts raised", rep)
		}
		a := ws.nextAlert(ctx, func(a alertJSON) bool { return a.SmugglerID == seed && strings.HasPrefix(a.SubjectID, "Booking:") })
		if a.Hops != 2 || a.Subject == nil || a.Subject.Kind != "Booking" {
			t.Errorf("alert %+v: want the new booking 2 hops (via the phone) from %s", a, seed)
		}
		if !strings.Contains(a.Reason, "Booking-Phone-") {
			t.Errorf("reason %q: want the path's kinds", a.Reason)
		}
		// The same file again adds nothing new, so raises no alert.
		if rep := upload(t, base, "auto", "booking.json", file); rep.Alerts != 0 || rep.Format != "passengers-json" {
			t.Errorf("second upload %+v: want format detected and no alerts", rep)
		}
	})

	t.Run("upload errors", func(t *testing.T) {
		rep := upload(t, base, "passengers-json", "bad.json", []byte(`{"bookings": [{"carrier": "KE", "passengers": [{"surname": ""}]}]}`))
		if rep.Rejected == 0 || len(rep.Rejections) == 0 || !strings.Contains(rep.Rejections[0], "bad.json") {
			t.Errorf("report %+v: want a rejection naming the uploaded file", rep)
		}
		_, errs := uploadRaw(t, base, "no-such-format", "x.csv", []byte("a,b\n"), true)
		if len(errs) == 0 || errs[0].code() != graph.EINVALID {
			t.Errorf("unknown format: got %+v, want INVALID", errs)
		}
		// Without the preflight header a cross-site form could post it.
		if status := uploadStatus(t, base, []byte("a\n")); status != http.StatusBadRequest {
			t.Errorf("upload without preflight header: got %d, want 400", status)
		}
	})
}

type ingestReportJSON struct {
	Format     string   `json:"format"`
	Read       int      `json:"read"`
	Loaded     int      `json:"loaded"`
	Rejected   int      `json:"rejected"`
	Rejections []string `json:"rejections"`
	Alerts     int      `json:"alerts"`
}

// upload sends a file with the GraphQL multipart request spec and returns
// the report, failing on errors.
func upload(t *testing.T, base, format, name string, content []byte) ingestReportJSON {
	t.Helper()
	data, errs := uploadRaw(t, base, format, name, content, true)
	if len(errs) > 0 {
		t.Fatalf("upload: %+v", errs)
	}
	var q struct {
		IngestFile ingestReportJSON `json:"ingestFile"`
	}
	if err := json.Unmarshal(data, &q); err != nil {
		t.Fatal(err)
	}
	return q.IngestFile
}

func multipartBody(t *testing.T, format, name string, content []byte) (*bytes.Buffer, string) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{
		"query":     `mutation($f: String!, $file: Upload!){ ingestFile(format: $f, file: $file){ format read loaded rejected rejections alerts } }`,
		"variables": map[string]any{"f": format, "file": nil},
	})
	mw.WriteField("operations", string(ops))
	mw.WriteField("map", `{"0": ["variables.file"]}`)
	fw, err := mw.CreateFormFile("0", name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(content)
	mw.Close()
	return &body, mw.FormDataContentType()
}

func uploadRaw(t *testing.T, base, format, name string, content []byte, preflight bool) (json.RawMessage, []gqlErr) {
	t.Helper()
	body, ct := multipartBody(t, format, name, content)
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", body)
	req.Header.Set("Content-Type", ct)
	if preflight {
		req.Header.Set("GraphQL-Require-Preflight", "1")
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	return decodeGQL(t, res)
}

func uploadStatus(t *testing.T, base string, content []byte) int {
	t.Helper()
	body, ct := multipartBody(t, "auto", "x.csv", content)
	res, err := http.Post(base+"/graphql", ct, body)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}
