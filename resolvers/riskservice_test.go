package resolvers_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers"
	"github.com/google/go-cmp/cmp"
)

// TestRiskServiceOverRun serves a real analytics run of the test world
// and checks the profile's centrality ranks, community share and
// seizures, and the communities list, against the run itself.
func TestRiskServiceOverRun(t *testing.T) {
	ctx := context.Background()
	store := MustOpenWorld(t)
	rep, err := analytics.Analyze(ctx, store, analytics.Options{Seed: 1, DryRun: true, Betweenness: analytics.BetweennessExact})
	if err != nil {
		t.Fatal(err)
	}
	res := rep.Result
	risk := resolvers.NewRiskService(store)
	srv := newServer(t, resolvers.Config{Store: store, Risk: risk})
	const profile = `query($id: ID!) { riskProfile(id: $id) { communityId communitySmugglerShare
		centrality { pagerank pagerankRank betweenness betweennessRank degree } seizures { id } date { scoredDeclarations } hs { mismatchShare } } }`
	if r := query(t, srv, profile, map[string]any{"id": kJohn.String()}); r.code(0) != graph.EUNAVAILABLE {
		t.Fatalf("before SetResult: %+v, want UNAVAILABLE", r.Errors)
	}
	risk.SetResult(res)

	// rankOf is 1 + the number of nodes with a strictly higher value.
	rankOf := func(vs []float64, x float64) int {
		r := 1
		for _, v := range vs {
			if v > x {
				r++
			}
		}
		return r
	}
	for _, key := range []graph.Key{kJohn, kShadow, kBlue} {
		t.Run(key.String(), func(t *testing.T) {
			var got struct {
				RiskProfile struct {
					CommunityID            int     `json:"communityId"`
					CommunitySmugglerShare float64 `json:"communitySmugglerShare"`
					Centrality             struct {
						Pagerank        float64 `json:"pagerank"`
						PagerankRank    int     `json:"pagerankRank"`
						Betweenness     float64 `json:"betweenness"`
						BetweennessRank int     `json:"betweennessRank"`
						Degree          int     `json:"degree"`
					} `json:"centrality"`
					Seizures []struct {
						ID string `json:"id"`
					} `json:"seizures"`
				} `json:"riskProfile"`
			}
			r := query(t, srv, profile, map[string]any{"id": key.String()})
			if len(r.Errors) > 0 {
				t.Fatal(r.Errors)
			}
			if err := json.Unmarshal(r.Data, &got); err != nil {
				t.Fatal(err)
			}
			v, ok := res.Graph.ID(key)
			if !ok {
				t.Fatalf("%s not in the projection", key)
			}
			p := got.RiskProfile
			c := p.Centrality
			if c.PagerankRank != rankOf(res.PageRank, res.PageRank[v]) || c.Pagerank != res.PageRank[v] {
				t.Errorf("pagerank %v rank %d, want %v rank %d", c.Pagerank, c.PagerankRank, res.PageRank[v], rankOf(res.PageRank, res.PageRank[v]))
			}
			if c.BetweennessRank != rankOf(res.Betweenness, res.Betweenness[v]) {
				t.Errorf("betweenness rank %d, want %d", c.BetweennessRank, rankOf(res.Betweenness, res.Betweenness[v]))
			}
			if c.Degree != res.Degree[v] {
				t.Errorf("degree %d, want %d", c.Degree, res.Degree[v])
			}
			comm, err := res.Community(int64(p.CommunityID))
			if err != nil {
				t.Fatal(err)
			}
			if p.CommunitySmugglerShare != comm.Share {
				t.Errorf("community share %v, want %v", p.CommunitySmugglerShare, comm.Share)
			}
			wantSeizures := 0
			if key == kShadow {
				wantSeizures = 1
			}
			if len(p.Seizures) != wantSeizures {
				t.Errorf("seizures %+v, want %d", p.Seizures, wantSeizures)
			}
		})
	}

	// Corroboration and its ranking come from the run.
	var corr struct {
		RiskProfile struct {
			Corroboration struct {
				Score   float64 `json:"score"`
				Rank    int     `json:"rank"`
				Sources []struct {
					Smugglers []struct {
						ID string `json:"id"`
					} `json:"smugglers"`
					Risk  float64 `json:"risk"`
					Share float64 `json:"share"`
				} `json:"sources"`
			} `json:"corroboration"`
		} `json:"riskProfile"`
		TopRisk struct {
			Edges []struct {
				Node struct {
					CorroboratedScore float64 `json:"corroboratedScore"`
					Node              struct {
						ID string `json:"id"`
					} `json:"node"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"topRisk"`
	}
	r0 := query(t, srv, `query($id: ID!) { riskProfile(id: $id) { corroboration { score rank sources { smugglers { id } risk share } } }
		topRisk(first: 5, orderBy: CORROBORATED) { edges { node { corroboratedScore node { id } } } } }`, map[string]any{"id": kJohn.String()})
	if err := json.Unmarshal(r0.Data, &corr); err != nil || len(r0.Errors) > 0 {
		t.Fatal(err, r0.Errors)
	}
	jp, err := res.Profile(kJohn)
	if err != nil {
		t.Fatal(err)
	}
	gc := corr.RiskProfile.Corroboration
	if gc.Score != jp.CorroboratedRisk || gc.Rank != jp.CorroboratedRank || len(gc.Sources) != len(jp.Corroborators) || len(gc.Sources) == 0 {
		t.Errorf("corroboration %+v, want the run's %v rank %d with %d sources", gc, jp.CorroboratedRisk, jp.CorroboratedRank, len(jp.Corroborators))
	}
	for i, src := range gc.Sources {
		if i < len(jp.Corroborators) && (src.Share != jp.Corroborators[i].Share || len(src.Smugglers) != len(jp.Corroborators[i].Smugglers)) {
			t.Errorf("source %d: %+v, want %+v", i, src, jp.Corroborators[i])
		}
	}
	wantTop := res.TopRisk(analytics.ByCorroboration, nil, 5)
	if len(corr.TopRisk.Edges) != len(wantTop) {
		t.Fatalf("topRisk by corroboration: %d nodes, want %d", len(corr.TopRisk.Edges), len(wantTop))
	}
	for i, e := range corr.TopRisk.Edges {
		if e.Node.Node.ID != wantTop[i].Key.String() || e.Node.CorroboratedScore != wantTop[i].Corroborated {
			t.Errorf("topRisk by corroboration %d: %s %v, want %s %v", i, e.Node.Node.ID, e.Node.CorroboratedScore, wantTop[i].Key, wantTop[i].Corroborated)
		}
	}

	var list struct {
		Communities struct {
			TotalCount int `json:"totalCount"`
			Edges      []struct {
				Node struct {
					ID             int64   `json:"id"`
					Size           int     `json:"size"`
					KnownSmugglers int     `json:"knownSmugglers"`
					SmugglerShare  float64 `json:"smugglerShare"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"communities"`
	}
	r := query(t, srv, `{ communities(first: 500) { totalCount edges { node { id size knownSmugglers smugglerShare } } } }`, nil)
	if err := json.Unmarshal(r.Data, &list); err != nil || len(r.Errors) > 0 {
		t.Fatal(err, r.Errors)
	}
	want := res.Communities()
	if list.Communities.TotalCount != len(want) || len(list.Communities.Edges) != len(want) {
		t.Fatalf("communities: %d listed of %d, want %d", len(list.Communities.Edges), list.Communities.TotalCount, len(want))
	}
	for i, e := range list.Communities.Edges {
		got := []any{e.Node.ID, e.Node.Size, e.Node.KnownSmugglers, e.Node.SmugglerShare}
		w := []any{want[i].ID, want[i].Size, want[i].KnownSmugglers, want[i].Share}
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("community %d (-want +got):\n%s", i, diff)
		}
	}
}

// TestProfileRollups checks the DATE and HS roll-ups a trader carries
// show in its profile, and are null when absent.
func TestProfileRollups(t *testing.T) {
	ctx := context.Background()
	store := MustOpenWorld(t)
	if err := store.SetProperties(ctx, []graph.PropertyUpdate{{Key: kShadow, Props: graph.Props{
		graph.PropDateScored: int64(4), graph.PropDateMeanProb: 0.6, graph.PropDateMaxProb: 0.93, graph.PropDateExpectedRevenue: 3100.0,
		graph.PropHSScored: int64(4), graph.PropHSMismatchShare: 0.25,
	}}}); err != nil {
		t.Fatal(err)
	}
	rep, err := analytics.Analyze(ctx, store, analytics.Options{Seed: 1, DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	risk := resolvers.NewRiskService(store)
	risk.SetResult(rep.Result)
	srv := newServer(t, resolvers.Config{Store: store, Risk: risk})
	const q = `query($id: ID!) { riskProfile(id: $id) {
		date { scoredDeclarations meanIllicitProbability maxIllicitProbability expectedRevenue } hs { scoredDeclarations mismatchShare } } }`
	for _, tc := range []struct {
		key  graph.Key
		want string
	}{
		{kShadow, `{"riskProfile":{"date":{"scoredDeclarations":4,"meanIllicitProbability":0.6,"maxIllicitProbability":0.93,"expectedRevenue":3100},
			"hs":{"scoredDeclarations":4,"mismatchShare":0.25}}}`},
		{kAcme, `{"riskProfile":{"date":null,"hs":null}}`},
	} {
		data := mustQuery(t, srv, q, map[string]any{"id": tc.key.String()})
		var want map[string]any
		if err := json.Unmarshal([]byte(tc.want), &want); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, data); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.key, diff)
		}
	}
}
