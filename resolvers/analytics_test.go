package resolvers_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers"
	"github.com/google/go-cmp/cmp"
)

// fakeAnalytics implements the analytics interfaces over fixed answers.
type fakeAnalytics struct{ store graph.Store }

func (f fakeAnalytics) RiskProfile(ctx context.Context, key graph.Key) (resolvers.RiskProfile, error) {
	if key == kBlue { // corroborated by a passenger and a trader
		return resolvers.RiskProfile{Key: kBlue, Score: 0.3, Corroboration: &resolvers.Corroboration{Score: 0.9, Rank: 4, Sources: []resolvers.CorroborationSource{
			{Smugglers: []graph.Key{kJohn}, Risk: 0.3, Share: 0.6},
			{Smugglers: []graph.Key{kShadow}, Risk: 0.1, Share: 0.4},
		}}}, nil
	}
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
		Corroboration: &resolvers.Corroboration{Score: 1.5, Rank: 2, Sources: []resolvers.CorroborationSource{
			{Smugglers: []graph.Key{kShadow}, Risk: 0.6, Share: 0.75},
			{Smugglers: []graph.Key{graph.NewKey(graph.KindTrader, "GONE")}, Risk: 0.07, Share: 0.25},
		}},
	}, nil
}

func (f fakeAnalytics) TopRisk(ctx context.Context, order analytics.RiskOrder, kinds []graph.Kind, limit int) ([]resolvers.RiskScore, error) {
	all := []resolvers.RiskScore{{Key: kShadow, Score: 1, Corroborated: 1}, {Key: graph.NewKey(graph.KindTrader, "GONE"), Score: 0.9, Corroborated: 0.9}, {Key: kJohn, Score: 0.8, Corroborated: 1.5}}
	if order == analytics.ByCorroboration {
		all[0], all[1], all[2] = all[2], all[0], all[1]
	}
	return all[:min(limit, len(all))], nil
}

func (f fakeAnalytics) Community(ctx context.Context, id int64) (resolvers.Community, error) {
	if id == 8 { // members gone from the store since the run
		return resolvers.Community{ID: 8, Size: 10, KnownSmugglers: 1}, nil
	}
	if id != 7 {
		return resolvers.Community{}, graph.Errorf(graph.ENOTFOUND, "no community %d", id)
	}
	r := 0.5
	return resolvers.Community{ID: 7, Members: []graph.Key{kPhone, kJohn, kShadow}, KnownSmugglers: 1, Risk: &r}, nil
}

func (f fakeAnalytics) Communities(ctx context.Context) ([]resolvers.Community, error) {
	r7, r8, r9 := 0.5, 0.9, 0.1
	return []resolvers.Community{
		{ID: 7, Size: 3, KnownSmugglers: 1, Risk: &r7},
		{ID: 8, Size: 10, KnownSmugglers: 1, Risk: &r8},
		{ID: 9, Size: 40, KnownSmugglers: 0, Risk: &r9},
	}, nil
}

func (f fakeAnalytics) InspectionList(ctx context.Context, q resolvers.InspectionQuery) ([]resolvers.Inspection, error) {
	if q.OfficeID != "ICN01" || !q.Since.Equal(t0) {
		return nil, graph.Errorf(graph.EINVALID, "unexpected query %+v", q)
	}
	if q.Strategy != resolvers.StrategyRevenue || q.Rate != 0.1 || q.Exploration != -1 {
		return nil, graph.Errorf(graph.EINVALID, "unexpected query %+v", q)
	}
	m := 0.8
	return []resolvers.Inspection{
		{Declaration: kDecl31, IllicitProb: 0.93, ExpectedRevenue: 1500, Reasons: []string{"importer is a known smuggler"}},
		{Declaration: declKey(2), IllicitProb: 0.5, ExpectedRevenue: 900, Explore: true, HSMismatch: &m},
	}, nil
}

func (f fakeAnalytics) RecordInspection(ctx context.Context, o resolvers.InspectionOutcome) error {
	return graph.Errorf(graph.EUNAVAILABLE, "not recording")
}

func (f fakeAnalytics) HSRecommend(ctx context.Context, description string, limit int) ([]resolvers.HSCandidate, error) {
	if description != "network switches" {
		return nil, graph.Errorf(graph.EINVALID, "unexpected description %q", description)
	}
	return []resolvers.HSCandidate{{Code: "851762", Probability: 0.7, Description: "machines for the reception, conversion and transmission of data", Heading: "8517", Chapter: "85"}, {Code: "847150", Probability: 0.2}}[:min(limit, 2)], nil
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
			name: "riskProfile corroboration names the smugglers still stored",
			q:    `{ riskProfile(id: "Passenger:DOE/JOHN/1970-07-12") { corroboration { score rank sources { smugglers { id } risk share } } } }`,
			want: `{"riskProfile":{"corroboration":{"score":1.5,"rank":2,"sources":[
				{"smugglers":[{"id":"Trader:KR-SHADOW"}],"risk":0.6,"share":0.75},{"smugglers":[],"risk":0.07,"share":0.25}]}}}`,
		},
		{
			name: "topRisk by corroboration",
			q:    `{ topRisk(first: 2, orderBy: CORROBORATED) { edges { node { rank score corroboratedScore node { id } } } } }`,
			want: `{"topRisk":{"edges":[{"node":{"rank":1,"score":0.8,"corroboratedScore":1.5,"node":{"id":"Passenger:DOE/JOHN/1970-07-12"}}},
				{"node":{"rank":2,"score":1,"corroboratedScore":1,"node":{"id":"Trader:KR-SHADOW"}}}]}}`,
		},
		{
			name: "topRisk skips nodes gone since the run",
			q:    `{ topRisk(first: 3) { totalCount pageInfo { hasNextPage } edges { node { rank score node { id } } } } }`,
			want: `{"topRisk":{"totalCount":3,"pageInfo":{"hasNextPage":false},"edges":[{"node":{"rank":1,"score":1,"node":{"id":"Trader:KR-SHADOW"}}},{"node":{"rank":3,"score":0.8,"node":{"id":"Passenger:DOE/JOHN/1970-07-12"}}}]}}`,
		},
		{
			name: "community",
			q:    `{ community(id: 7) { id size knownSmugglers smugglerShare risk members(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } } } }`,
			want: `{"community":{"id":7,"size":3,"knownSmugglers":1,"smugglerShare":0.3333333333333333,"risk":0.5,"members":{"totalCount":3,
				"pageInfo":{"hasNextPage":true},
				"edges":[{"node":{"id":"Phone:+821012345678"}},{"node":{"id":"Passenger:DOE/JOHN/1970-07-12"}}]}}}`,
		},
		{
			name: "communities by smuggler share, members fetched on demand",
			q:    `{ communities(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id smugglerShare members(first: 1) { totalCount edges { node { id } } } } } } }`,
			want: `{"communities":{"totalCount":3,"pageInfo":{"hasNextPage":true},"edges":[
				{"node":{"id":7,"smugglerShare":0.3333333333333333,"members":{"totalCount":3,"edges":[{"node":{"id":"Phone:+821012345678"}}]}}},
				{"node":{"id":8,"smugglerShare":0.1,"members":{"totalCount":0,"edges":[]}}}]}}`,
		},
		{
			name: "communities by size",
			q:    `{ communities(orderBy: SIZE) { edges { node { id size } } } }`,
			want: `{"communities":{"edges":[{"node":{"id":9,"size":40}},{"node":{"id":8,"size":10}},{"node":{"id":7,"size":3}}]}}`,
		},
		{
			name: "communities by risk",
			q:    `{ communities(orderBy: RISK) { edges { node { id risk } } } }`,
			want: `{"communities":{"edges":[{"node":{"id":8,"risk":0.9}},{"node":{"id":7,"risk":0.5}},{"node":{"id":9,"risk":0.1}}]}}`,
		},
		{
			name: "inspectionList",
			q: `{ inspectionList(rate: 0.1, strategy: REVENUE, first: 10, since: "2024-03-01T09:00:00Z", officeId: "ICN01") {
				totalCount edges { node { rank illicitProbability expectedRevenue explore hsMismatch reasons declaration { id importer { name } } } } } }`,
			want: `{"inspectionList":{"totalCount":2,"edges":[
				{"node":{"rank":1,"illicitProbability":0.93,"expectedRevenue":1500,"explore":false,"hsMismatch":null,"reasons":["importer is a known smuggler"],
				"declaration":{"id":"Declaration:D0031","importer":{"name":"Shadow Imports"}}}},
				{"node":{"rank":2,"illicitProbability":0.5,"expectedRevenue":900,"explore":true,"hsMismatch":0.8,"reasons":[],
				"declaration":{"id":"Declaration:D0002","importer":{"name":"Acme Trading Co"}}}}]}}`,
		},
		{
			name: "hsRecommend",
			q:    `{ hsRecommend(description: "  network switches ", first: 1) { hsCode probability description heading chapter } }`,
			want: `{"hsRecommend":[{"hsCode":"851762","probability":0.7,"description":"machines for the reception, conversion and transmission of data","heading":"8517","chapter":"85"}]}`,
		},
		{
			name: "hsRecommend fills heading and chapter",
			q:    `{ hsRecommend(description: "network switches") { hsCode heading chapter description } }`,
			want: `{"hsRecommend":[{"hsCode":"851762","heading":"8517","chapter":"85","description":"machines for the reception, conversion and transmission of data"},{"hsCode":"847150","heading":"8471","chapter":"84","description":null}]}`,
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
		{"hsRecommend without text", `{ hsRecommend(description: "  ") { hsCode } }`, graph.EINVALID},
		{"inspection rate out of range", `{ inspectionList(rate: 1.5) { totalCount } }`, graph.EINVALID},
		{"inspection exploration out of range", `{ inspectionList(exploration: 1) { totalCount } }`, graph.EINVALID},
		{"inspection window reversed", `{ inspectionList(since: "2024-03-02T00:00:00Z", until: "2024-03-01T00:00:00Z") { totalCount } }`, graph.EINVALID},
		{"topRisk cursor from another list", `{ topRisk(after: "eHl6") { totalCount } }`, graph.EINVALID},
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

// TestAnalyticsCursors pages topRisk and community members with the
// cursors the server hands out, checks they do not reveal the keys they
// name, and that they open only under the key they were sealed with.
func TestAnalyticsCursors(t *testing.T) {
	store := MustOpenWorld(t)
	fa := fakeAnalytics{store: store}
	key := []byte("0123456789abcdef0123456789abcdef")
	srv := newServer(t, resolvers.Config{Store: store, Risk: fa, CursorKey: key})
	same := newServer(t, resolvers.Config{Store: store, Risk: fa, CursorKey: bytes.Clone(key)})
	foreign := newServer(t, resolvers.Config{Store: store, Risk: fa, CursorKey: []byte("fedcba9876543210fedcba9876543210")})

	const risk = `query($after: String) { topRisk(first: 1, after: $after) {
		pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { rank node { id } } } } }`
	var ids []string
	var after any
	for range 3 {
		p := get(mustQuery(t, srv, risk, map[string]any{"after": after}), "topRisk")
		for _, e := range get(p, "edges").([]any) {
			ids = append(ids, get(e, "node", "node", "id").(string))
		}
		after = get(p, "pageInfo", "endCursor")
	}
	// The node gone since the run keeps its rank but shows no edge.
	if diff := cmp.Diff([]string{kShadow.String(), kJohn.String()}, ids); diff != "" {
		t.Errorf("topRisk pages (-want +got):\n%s", diff)
	}

	const members = `query($after: String) { community(id: 7) { members(first: 2, after: $after) {
		pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`
	p1 := get(mustQuery(t, srv, members, nil), "community", "members")
	end, ok := get(p1, "pageInfo", "endCursor").(string)
	if !ok {
		t.Fatalf("no endCursor in %v", p1)
	}
	edges := get(p1, "edges").([]any)
	if last := get(edges[len(edges)-1], "cursor"); last != end {
		t.Errorf("endCursor = %v, want the last edge's cursor %v", end, last)
	}
	if id := get(edges[len(edges)-1], "node", "id"); id != kJohn.String() {
		t.Fatalf("last member of page 1 = %v, want %s", id, kJohn)
	}
	for _, enc := range []*base64.Encoding{base64.RawURLEncoding, base64.RawStdEncoding} {
		if b, err := enc.DecodeString(end); err == nil && bytes.Contains(b, []byte(kJohn.ID)) {
			t.Errorf("cursor %q decodes to the passenger key", end)
		}
	}
	if strings.Contains(end, kJohn.ID) {
		t.Errorf("cursor %q holds the passenger key", end)
	}
	for name, s := range map[string]*httptest.Server{"same key": srv, "same key, other server": same} {
		p2 := get(mustQuery(t, s, members, map[string]any{"after": end}), "community", "members")
		want := map[string]any{"pageInfo": map[string]any{"hasNextPage": false, "endCursor": get(p2, "pageInfo", "endCursor")},
			"edges": []any{map[string]any{"cursor": get(p2, "pageInfo", "endCursor"), "node": map[string]any{"id": kShadow.String()}}}}
		if diff := cmp.Diff(want, p2); diff != "" {
			t.Errorf("%s: page 2 (-want +got):\n%s", name, diff)
		}
	}
	r := query(t, foreign, members, map[string]any{"after": end})
	if got := r.code(0); got != graph.EINVALID || r.Errors[0].Message != "cursor is not valid" {
		t.Errorf("cursor under another key: errors = %+v, want EINVALID cursor is not valid", r.Errors)
	}
}

// TestCorroborationByRole: the policy denies corroboration to partners
// (they get a trader profile's score and named factors only), shows
// officers the passenger smuggler under a pseudonym and investigators
// in clear.
func TestCorroborationByRole(t *testing.T) {
	store := MustOpenWorld(t)
	policy, err := access.PolicyFromSchema(resolvers.Schema(), access.DefaultRoutes())
	if err != nil {
		t.Fatal(err)
	}
	h := resolvers.NewHandler(resolvers.Config{Store: store, Risk: fakeAnalytics{store: store}, Policy: policy, Now: func() time.Time { return fixedNow }})
	q := `{ riskProfile(id: "` + kBlue.String() + `") { score corroboration { sources { smugglers { id kind } share } } } }`
	for _, tc := range []struct {
		role     graph.Role
		want     string
		errCode  string
		errCount int
	}{
		{graph.RolePartner, `{"riskProfile":{"score":0.3,"corroboration":null}}`, graph.EFORBIDDEN, 1},
		{graph.RoleOfficer, `{"riskProfile":{"score":0.3,"corroboration":{"sources":[{"smugglers":[{"id":"Passenger:hmac:","kind":"Passenger"}],"share":0.6},{"smugglers":[{"id":"Trader:KR-SHADOW","kind":"Trader"}],"share":0.4}]}}}`, "withheld", 1},
		{graph.RoleInvestigator, `{"riskProfile":{"score":0.3,"corroboration":{"sources":[{"smugglers":[{"id":"Passenger:DOE/JOHN/1970-07-12","kind":"Passenger"}],"share":0.6},{"smugglers":[{"id":"Trader:KR-SHADOW","kind":"Trader"}],"share":0.4}]}}}`, "", 0},
	} {
		t.Run(string(tc.role), func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"query": q})
			req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			req = req.WithContext(graph.NewContextWithPrincipal(req.Context(), graph.Principal{ID: "t", Role: tc.role}))
			req.Header.Set("Content-Type", "application/json")
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			var got struct {
				Data   json.RawMessage `json:"data"`
				Errors []struct {
					Extensions struct {
						Code string `json:"code"`
					} `json:"extensions"`
				} `json:"errors"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
				t.Fatalf("status %d: %s", w.Code, w.Body.String())
			}
			if len(got.Errors) != tc.errCount || (tc.errCount > 0 && got.Errors[0].Extensions.Code != tc.errCode) {
				t.Fatalf("errors %+v, want %d with code %q: %s", got.Errors, tc.errCount, tc.errCode, w.Body.String())
			}
			// The pseudonym's digest varies with the key: compare its prefix.
			data := pseudonymDigest.ReplaceAll(got.Data, []byte("Passenger:hmac:"))
			var g, want any
			if err := json.Unmarshal(data, &g); err != nil {
				t.Fatal(err)
			}
			_ = json.Unmarshal([]byte(tc.want), &want)
			if diff := cmp.Diff(want, g); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// pseudonymDigest matches the digest of a pseudonymised passenger id.
var pseudonymDigest = regexp.MustCompile(`Passenger:hmac:[0-9a-f]+`)
