package resolvers

import (
	"context"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/alerts"
	"github.com/borderlens/borderlens/resolvers/model"
	"github.com/borderlens/borderlens/resolvers/view"
)

// The analytics the API serves are behind the small interfaces below,
// declared here by their consumer. The analytics package (or an adapter in
// cmd) implements them; until one is configured, the fields they back fail
// with EUNAVAILABLE "analytics not run yet".

// RiskAnalyzer explains and ranks network risk.
type RiskAnalyzer interface {
	// RiskProfile explains the risk of one node.
	// Errors: ENOTFOUND, EUNAVAILABLE (no analytics run yet).
	RiskProfile(ctx context.Context, key graph.Key) (RiskProfile, error)
	// TopRisk returns the riskiest nodes of the given kinds (all when
	// empty), highest first, at most limit. Errors: EUNAVAILABLE.
	TopRisk(ctx context.Context, kinds []graph.Kind, limit int) ([]RiskScore, error)
	// Community returns one community of the last run.
	// Errors: ENOTFOUND, EUNAVAILABLE.
	Community(ctx context.Context, id int64) (Community, error)
}

// InspectionPlanner ranks declarations for inspection (DATE scores) and
// takes inspection outcomes back as feedback for the model.
type InspectionPlanner interface {
	// InspectionList returns declarations to inspect, best first.
	// Errors: EINVALID, EUNAVAILABLE (no DATE scores yet).
	InspectionList(ctx context.Context, q InspectionQuery) ([]Inspection, error)
	// RecordInspection stores the outcome of an inspection on its
	// declaration and keeps it as training feedback for the next DATE
	// retraining. Recording the same outcome twice changes nothing.
	// Errors: ENOTFOUND, EINVALID.
	RecordInspection(ctx context.Context, o InspectionOutcome) error
}

// HSRecommender suggests HS 2022 subheadings for goods descriptions.
type HSRecommender interface {
	// HSRecommend returns at most limit candidate subheadings for a free-text
	// goods description, most likely first.
	// Errors: EINVALID (empty description), EUNAVAILABLE (no model).
	HSRecommend(ctx context.Context, description string, limit int) ([]HSCandidate, error)
}

// AnalysisRunner starts network analytics runs and reports their state.
type AnalysisRunner interface {
	// StartAnalysis starts a run in the background and returns at once.
	// Errors: ECONFLICT (a run is in progress), EINVALID.
	StartAnalysis(ctx context.Context, req AnalysisRequest) (AnalysisRun, error)
	// AnalysisRun reports one run; the empty id means the latest.
	// Errors: ENOTFOUND.
	AnalysisRun(ctx context.Context, id string) (AnalysisRun, error)
}

// RiskProfile is a node's risk with its explanation.
type RiskProfile struct {
	Key         graph.Key
	Score       float64 // network risk in [0,1]
	CommunityID *int64
	Factors     []RiskFactor
	Paths       []graph.Path // shortest links to known smugglers, shortest first
	Run         string       // analytics run id
	ComputedAt  time.Time
}

// RiskFactor is one contribution to a risk score.
type RiskFactor struct {
	Name   string
	Weight float64
	Detail string
}

// RiskScore is a node's place in a risk ranking.
type RiskScore struct {
	Key   graph.Key
	Score float64
}

// Community is a community of the last analytics run.
type Community struct {
	ID             int64
	Members        []graph.Key // ordered by key
	KnownSmugglers int
	Risk           *float64 // mean member risk
}

// InspectionStrategy is what an inspection list ranks declarations by.
type InspectionStrategy string

// Inspection strategies.
const (
	// StrategyIllicit ranks by DATE illicit probability.
	StrategyIllicit InspectionStrategy = "illicit"
	// StrategyRevenue ranks by DATE expected additional revenue.
	StrategyRevenue InspectionStrategy = "revenue"
)

// InspectionQuery selects declarations for an inspection list.
type InspectionQuery struct {
	// Rate is the share of the declarations in the window to select, in
	// (0,1]; zero selects Limit declarations.
	Rate float64
	// Limit caps the list length.
	Limit    int
	Strategy InspectionStrategy // empty: StrategyIllicit
	// Exploration is the share of the selection chosen for uncertainty or
	// at random rather than by score, in [0,1); negative: the planner's
	// default.
	Exploration float64
	Since       time.Time // zero: no lower bound
	Until       time.Time // zero: no upper bound
	OfficeID    string    // empty: every office
}

// Inspection is one declaration recommended for inspection.
type Inspection struct {
	Declaration     graph.Key
	IllicitProb     float64
	ExpectedRevenue float64
	// Explore is true when the declaration was chosen for exploration,
	// not by its score.
	Explore bool
	// HSMismatch is the probability that the declared HS code is wrong,
	// when the declaration has an HS score.
	HSMismatch *float64
	Reasons    []string
}

// InspectionOutcome is the result of one physical inspection.
type InspectionOutcome struct {
	Declaration graph.Key
	Illicit     bool
	Revenue     float64 // additional revenue raised, >= 0
	InspectedAt time.Time
	Note        string
}

// HSCandidate is one suggested HS code.
type HSCandidate struct {
	Code        string // six-digit HS 2022 subheading
	Probability float64
	Description string // the subheading's nomenclature text
	Heading     string // four digits
	Chapter     string // two digits
}

// AnalysisRequest parameterises an analytics run.
type AnalysisRequest struct {
	Seed       int64
	Resolution float64 // community resolution; zero: default
	WriteBack  bool    // write properties back to the store
}

// Analysis run states.
const (
	RunRunning   = "running"
	RunSucceeded = "succeeded"
	RunFailed    = "failed"
)

// AnalysisRun is the state of one analytics run.
type AnalysisRun struct {
	ID          string
	State       string // RunRunning, RunSucceeded or RunFailed
	StartedAt   time.Time
	FinishedAt  time.Time // zero while running
	Error       string
	Nodes       int
	Edges       int
	Communities int
	Modularity  float64
	Params      map[string]string
}

// errNoAnalytics is returned by analytics fields when no implementation
// is configured.
func errNoAnalytics() error {
	return graph.Errorf(graph.EUNAVAILABLE, "analytics not run yet")
}

// maxRanked bounds the length of ranked analytics lists.
const maxRanked = 1000

func (r *Resolver) riskProfile(ctx context.Context, id string) (*model.RiskProfile, error) {
	key, err := graph.ParseKey(id)
	if err != nil {
		return nil, err
	}
	if r.Risk == nil {
		return nil, errNoAnalytics()
	}
	p, err := r.Risk.RiskProfile(ctx, key)
	if err != nil {
		return nil, err
	}
	n, err := loadersFrom(ctx, r.Store).loadNode(ctx, key)
	if err != nil {
		return nil, err
	}
	out := &model.RiskProfile{Node: view.New(n), Score: p.Score, Factors: []model.RiskFactor{}, Paths: []model.Path{}}
	if p.CommunityID != nil {
		c := int(*p.CommunityID)
		out.CommunityID = &c
	}
	for _, f := range p.Factors {
		mf := model.RiskFactor{Name: f.Name, Weight: f.Weight}
		if f.Detail != "" {
			mf.Detail = &f.Detail
		}
		out.Factors = append(out.Factors, mf)
	}
	for _, path := range p.Paths {
		out.Paths = append(out.Paths, model.Path{Nodes: nodeViews(path.Nodes), Edges: view.Relationships(path.Edges), Hops: path.Hops()})
	}
	if p.Run != "" {
		out.AnalysisRun = &p.Run
	}
	if !p.ComputedAt.IsZero() {
		out.ComputedAt = &p.ComputedAt
	}
	return out, nil
}

func (r *Resolver) community(ctx context.Context, id int) (*model.Community, error) {
	if r.Risk == nil {
		return nil, errNoAnalytics()
	}
	c, err := r.Risk.Community(ctx, int64(id))
	if err != nil {
		return nil, err
	}
	return &model.Community{ID: int(c.ID), Size: len(c.Members), KnownSmugglers: c.KnownSmugglers, Risk: c.Risk, MemberKeys: c.Members}, nil
}

func (r *Resolver) communityMembers(ctx context.Context, c *model.Community, first *int) ([]view.Node, error) {
	n, err := pageSize(first, maxFirst)
	if err != nil {
		return nil, err
	}
	keys := c.MemberKeys[:min(n, len(c.MemberKeys))]
	nodes, found, err := loadersFrom(ctx, r.Store).loadNodes(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := make([]view.Node, 0, len(keys))
	for i := range keys {
		if found[i] {
			out = append(out, view.New(nodes[i]))
		}
	}
	return out, nil
}

func (r *Resolver) topRisk(ctx context.Context, kinds []graph.Kind, first *int) ([]model.RiskScore, error) {
	if err := validKinds(kinds); err != nil {
		return nil, err
	}
	n, err := pageSize(first, maxRanked)
	if err != nil {
		return nil, err
	}
	if r.Risk == nil {
		return nil, errNoAnalytics()
	}
	scores, err := r.Risk.TopRisk(ctx, kinds, n)
	if err != nil {
		return nil, err
	}
	keys := make([]graph.Key, len(scores))
	for i, s := range scores {
		keys[i] = s.Key
	}
	nodes, found, err := loadersFrom(ctx, r.Store).loadNodes(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := make([]model.RiskScore, 0, len(scores))
	for i, s := range scores {
		if found[i] { // a node gone since the run is left out, keeping ranks
			out = append(out, model.RiskScore{Rank: i + 1, Score: s.Score, Node: view.New(nodes[i])})
		}
	}
	return out, nil
}

func (r *Resolver) inspectionList(ctx context.Context, first *int, since, until *time.Time, officeID *string) ([]model.InspectionItem, error) {
	n, err := pageSize(first, maxRanked)
	if err != nil {
		return nil, err
	}
	if r.Inspections == nil {
		return nil, errNoAnalytics()
	}
	q := InspectionQuery{Limit: n}
	if since != nil {
		q.Since = *since
	}
	if until != nil {
		q.Until = *until
	}
	if officeID != nil {
		q.OfficeID = *officeID
	}
	items, err := r.Inspections.InspectionList(ctx, q)
	if err != nil {
		return nil, err
	}
	keys := make([]graph.Key, len(items))
	for i, it := range items {
		keys[i] = it.Declaration
	}
	nodes, found, err := loadersFrom(ctx, r.Store).loadNodes(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := make([]model.InspectionItem, 0, len(items))
	for i, it := range items {
		if !found[i] || it.Declaration.Kind != graph.KindDeclaration {
			continue
		}
		reasons := it.Reasons
		if reasons == nil {
			reasons = []string{}
		}
		out = append(out, model.InspectionItem{
			Rank: i + 1, Declaration: &view.Declaration{Base: view.Base{N: nodes[i]}},
			IllicitProbability: it.IllicitProb, ExpectedRevenue: it.ExpectedRevenue, Reasons: reasons,
		})
	}
	return out, nil
}

func (r *Resolver) hsRecommend(ctx context.Context, declarationID string, first *int) ([]model.HSCandidate, error) {
	key, err := graph.ParseKey(declarationID)
	if err != nil {
		return nil, err
	}
	if key.Kind != graph.KindDeclaration {
		return nil, graph.Errorf(graph.EINVALID, "%s is not a declaration", key)
	}
	n, err := pageSize(first, 100)
	if err != nil {
		return nil, err
	}
	if r.HS == nil {
		return nil, errNoAnalytics()
	}
	d, err := loadersFrom(ctx, r.Store).loadNode(ctx, key)
	if err != nil {
		return nil, err
	}
	desc := d.Props.String("description")
	if desc == "" {
		return nil, graph.Errorf(graph.EINVALID, "declaration %s has no goods description", key.ID)
	}
	cs, err := r.HS.HSRecommend(ctx, desc, n)
	if err != nil {
		return nil, err
	}
	out := make([]model.HSCandidate, len(cs))
	for i, c := range cs {
		out[i] = model.HSCandidate{HsCode: c.Code, Probability: c.Probability}
		if c.Description != "" {
			out[i].Description = &c.Description
		}
	}
	return out, nil
}

// subscribeAlerts relays the alerts within maxHops of a known smuggler
// until ctx ends.
func (r *Resolver) subscribeAlerts(ctx context.Context, maxHops *int) (<-chan *alerts.Alert, error) {
	hops, err := intArg("maxHops", maxHops, 3, 0, graph.MaxHops)
	if err != nil {
		return nil, err
	}
	if r.Alerts == nil {
		return nil, graph.Errorf(graph.EUNAVAILABLE, "alerts are not configured")
	}
	in, err := r.Alerts.Subscribe(ctx)
	if err != nil {
		return nil, err
	}
	out := make(chan *alerts.Alert)
	go func() {
		defer close(out)
		for a := range in {
			if a.Hops > hops {
				continue
			}
			select {
			case out <- &a:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}
