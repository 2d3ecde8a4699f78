package resolvers_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers"
	"github.com/google/go-cmp/cmp"
)

// fakeAnalytics implements the analytics interfaces over fixed answers.
type fakeAnalytics struct{ store graph.Store }

func (f fakeAnalytics) RiskProfile(ctx context.Context, key graph.Key) (resolvers.RiskProfile, error) {
	if key != kJohn {
		return resolvers.RiskProfile{}, graph.Errorf(graph.ENOTFOUND, "no profile for %s", key)
	}
	paths, err := f.store.ShortestPaths(ctx, graph.PathQuery{From: kJohn, To: kShadow})
	if err != nil {
		return resolvers.RiskProfile{}, err
	}
	c := int64(7)
	return resolvers.RiskProfile{
		Key: kJohn, Score: 0.8, CommunityID: &c, Paths: paths, Run: "run-1", ComputedAt: fixedNow,
		Factors: []resolvers.RiskFactor{{Name: "sharedIdentifier", Weight: 0.6, Detail: "phone +821012345678"}, {Name: "flight", Weight: 0.2}},
	}, nil
}

func (f fakeAnalytics) TopRisk(ctx context.Context, kinds []graph.Kind, limit int) ([]resolvers.RiskScore, error) {
	all := []resolvers.RiskScore{{Key: kShadow, Score: 1}, {Key: graph.NewKey(graph.KindTrader, "GONE"), Score: 0.9}, {Key: kJohn, Score: 0.8}}
	return all[:min(limit, len(all))], nil
}

func (f fakeAnalytics) Community(ctx context.Context, id int64) (resolvers.Community, error) {
	if id != 7 {
		return resolvers.Community{}, graph.Errorf(graph.ENOTFOUND, "no community %d", id)
	}
	r := 0.5
	return resolvers.Community{ID: 7, Members: []graph.Key{kPhone, kJohn, kShadow}, KnownSmugglers: 1, Risk: &r}, nil
}

func (f fakeAnalytics) InspectionList(ctx context.Context, q resolvers.InspectionQuery) ([]resolvers.Inspection, error) {
	if q.OfficeID != "ICN01" || !q.Since.Equal(t0) {
		return nil, graph.Errorf(graph.EINVALID, "unexpected query %+v", q)
	}
	return []resolvers.Inspection{{Declaration: kDecl31, IllicitProb: 0.93, ExpectedRevenue: 1500, Reasons: []string{"importer is a known smuggler"}}}, nil
}

func (f fakeAnalytics) RecordInspection(ctx context.Context, o resolvers.InspectionOutcome) error {
	return graph.Errorf(graph.EUNAVAILABLE, "not recording")
}

func (f fakeAnalytics) HSRecommend(ctx context.Context, description string, limit int) ([]resolvers.HSCandidate, error) {
	return []resolvers.HSCandidate{{Code: "293339", Probability: 0.7, Description: "heterocyclic compounds"}, {Code: "330499", Probability: 0.2}}[:min(limit, 2)], nil
}

// TestAnalyticsFields checks the analytics fields map what the analytics
// interfaces return, and fail with unavailable when none is configured.
func TestAnalyticsFields(t *testing.T) {
	store := MustOpenWorld(t)
	fa := fakeAnalytics{store: store}
	with := newServer(t, resolvers.Config{Store: store, Risk: fa, Inspections: fa, HS: fa})
	without := newServer(t, resolvers.Config{Store: store})
	tests := []struct {
		name, q, want string
	}{
		{
			name: "riskProfile",
			q: `{ riskProfile(id: "Passenger:DOE/JOHN/1970-07-12") { node { id } score communityId analysisRun computedAt
				factors { name weight detail } paths { hops nodes { id } } } }`,
			want: `{"riskProfile":{"node":{"id":"Passenger:DOE/JOHN/1970-07-12"},"score":0.8,"communityId":7,"analysisRun":"run-1",
				"computedAt":"2024-05-17T12:00:00Z","factors":[{"name":"sharedIdentifier","weight":0.6,"detail":"phone +821012345678"},
				{"name":"flight","weight":0.2,"detail":null}],
				"paths":[{"hops":2,"nodes":[{"id":"Passenger:DOE/JOHN/1970-07-12"},{"id":"Phone:+821012345678"},{"id":"Trader:KR-SHADOW"}]}]}}`,
		},
		{
			name: "topRisk skips nodes gone since the run",
			q:    `{ topRisk(first: 3) { rank score node { id } } }`,
			want: `{"topRisk":[{"rank":1,"score":1,"node":{"id":"Trader:KR-SHADOW"}},{"rank":3,"score":0.8,"node":{"id":"Passenger:DOE/JOHN/1970-07-12"}}]}`,
		},
		{
			name: "community",
			q:    `{ community(id: 7) { id size knownSmugglers risk members(first: 2) { id } } }`,
			want: `{"community":{"id":7,"size":3,"knownSmugglers":1,"risk":0.5,"members":[{"id":"Phone:+821012345678"},{"id":"Passenger:DOE/JOHN/1970-07-12"}]}}`,
		},
		{
			name: "inspectionList",
			q: `{ inspectionList(first: 10, since: "2024-03-01T09:00:00Z", officeId: "ICN01") {
				rank illicitProbability expectedRevenue reasons declaration { id importer { name } } } }`,
			want: `{"inspectionList":[{"rank":1,"illicitProbability":0.93,"expectedRevenue":1500,"reasons":["importer is a known smuggler"],
				"declaration":{"id":"Declaration:D0031","importer":{"name":"Shadow Imports"}}}]}`,
		},
		{
			name: "hsRecommend",
			q:    `{ hsRecommend(declarationId: "Declaration:D0031", first: 1) { hsCode probability description } }`,
			want: `{"hsRecommend":[{"hsCode":"293339","probability":0.7,"description":"heterocyclic compounds"}]}`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := mustQuery(t, with, tc.q, nil)
			var want map[string]any
			if err := json.Unmarshal([]byte(tc.want), &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, data); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			r := query(t, without, tc.q, nil)
			if got := r.code(0); got != graph.EUNAVAILABLE || r.Errors[0].Message != "analytics not run yet" {
				t.Errorf("without analytics: errors = %+v, want unavailable: analytics not run yet", r.Errors)
			}
		})
	}

	errs := []struct {
		name, q, code string
	}{
		{"profile of an unknown node", `{ riskProfile(id: "Trader:KR-ACME") { score } }`, graph.ENOTFOUND},
		{"unknown community", `{ community(id: 3) { id } }`, graph.ENOTFOUND},
		{"hsRecommend on a trader", `{ hsRecommend(declarationId: "Trader:KR-ACME") { hsCode } }`, graph.EINVALID},
	}
	for _, tc := range errs {
		t.Run(tc.name, func(t *testing.T) {
			r := query(t, with, tc.q, nil)
			if got := r.code(0); got != tc.code {
				t.Errorf("code = %q, want %q (%+v)", got, tc.code, r.Errors)
			}
		})
	}
}
