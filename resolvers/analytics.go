package resolvers

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/borderlens/borderlens/analytics"
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
	// empty), highest first in the given order, at most limit.
	// Errors: EUNAVAILABLE.
	TopRisk(ctx context.Context, order analytics.RiskOrder, kinds []graph.Kind, limit int) ([]RiskScore, error)
	// Community returns one community of the last run.
	// Errors: ENOTFOUND, EUNAVAILABLE.
	Community(ctx context.Context, id int64) (Community, error)
	// Communities returns every community of the last run without its
	// members, by known-smuggler share, then known smugglers, then size
	// (all descending), then id. Errors: EUNAVAILABLE.
	Communities(ctx context.Context) ([]Community, error)
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
	// CommunitySmugglerShare is the share of known smugglers in the
	// node's community, when the node has one.
	CommunitySmugglerShare *float64
	Centrality             *Centrality // nil when the run has none
	Factors                []RiskFactor
	Paths                  []graph.Path   // shortest links to known smugglers, shortest first
	Corroboration          *Corroboration // nil when the run has none
	Run                    string         // analytics run id
	ComputedAt             time.Time
}

// Corroboration is a node's corroborated risk: how many known smugglers
// reach it, and how strongly.
type Corroboration struct {
	Score   float64
	Rank    int // 1 for the highest among nodes that are not known smugglers; 0 for known smugglers
	Sources []CorroborationSource
}

// CorroborationSource is one walk's part in a corroborated risk.
type CorroborationSource struct {
	Smugglers []graph.Key // the known smugglers the walk starts from
	Risk      float64     // probability that a walk from the node reaches them
	Share     float64     // share of the root of the score
}

// Centrality is a node's centrality in one analytics run. Ranks start at
// 1 for the highest value; equal values share the best rank.
type Centrality struct {
	PageRank        float64
	PageRankRank    int
	Betweenness     *float64 // nil when the run did not compute it
	BetweennessRank *int
	Degree          int
}

// RiskFactor is one contribution to a risk score.
type RiskFactor struct {
	Name   string
	Weight float64
	Detail string
}

// RiskScore is a node's place in a risk ranking.
type RiskScore struct {
	Key          graph.Key
	Score        float64 // network risk
	Corroborated float64 // corroborated risk
}

// Community is a community of the last analytics run.
type Community struct {
	ID             int64
	Size           int         // members; len(Members) when zero
	Members        []graph.Key // ordered by key; empty in Communities lists
	KnownSmugglers int
	Risk           *float64 // mean member risk
}

// size returns the number of members.
func (c Community) size() int {
	if c.Size > 0 {
		return c.Size
	}
	return len(c.Members)
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
	ID             string
	State          string // RunRunning, RunSucceeded or RunFailed
	StartedAt      time.Time
	FinishedAt     time.Time // zero while running
	Error          string
	Nodes          int
	Edges          int
	KnownSmugglers int
	Communities    int
	Modularity     float64
	NodesWritten   int
	Timings        []RunTiming
	Params         map[string]string
}

// RunTiming is the duration of one phase of an analytics run.
type RunTiming struct {
	Phase    string
	Duration time.Duration
}

// errNoAnalytics is returned by analytics fields when no implementation
// is configured.
func errNoAnalytics() error {
	return graph.Errorf(graph.EUNAVAILABLE, "analytics not run yet")
}

// maxRanked bounds the length of ranked analytics lists.
const maxRanked = 1000

// maxInspections bounds the declarations one inspection list may hold.
const maxInspections = 10000

func (r *Resolver) riskProfile(ctx context.Context, id string) (*model.RiskProfile, error) {
	key, err := graph.ParseKey(id)
	if err != nil {
		return nil, err
	}
	if err := r.checkKey(ctx, key); err != nil {
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
	out := &model.RiskProfile{
		Node: view.New(n), Score: p.Score, Factors: []model.RiskFactor{}, Paths: []model.Path{},
		CommunitySmugglerShare: p.CommunitySmugglerShare,
		Date:                   dateSummary(n.Props), Hs: hsSummary(n.Props),
	}
	if p.CommunityID != nil {
		c := int(*p.CommunityID)
		out.CommunityID = &c
	}
	if c := p.Centrality; c != nil {
		out.Centrality = &model.Centrality{
			Pagerank: c.PageRank, PagerankRank: c.PageRankRank,
			Betweenness: c.Betweenness, BetweennessRank: c.BetweennessRank, Degree: c.Degree,
		}
	}
	for _, f := range p.Factors {
		mf := model.RiskFactor{Name: f.Name, Weight: f.Weight}
		if f.Detail != "" {
			mf.Detail = &f.Detail
		}
		out.Factors = append(out.Factors, mf)
	}
	for _, path := range p.Paths {
		if !r.visiblePath(ctx, path) {
			continue
		}
		out.Paths = append(out.Paths, model.Path{Nodes: nodeViews(path.Nodes), Edges: view.Relationships(path.Edges), Hops: path.Hops()})
	}
	if c := p.Corroboration; c != nil {
		if out.Corroboration, err = r.corroboration(ctx, c); err != nil {
			return nil, err
		}
	}
	if p.Run != "" {
		out.AnalysisRun = &p.Run
	}
	if !p.ComputedAt.IsZero() {
		out.ComputedAt = &p.ComputedAt
	}
	return out, nil
}

// corroboration maps a corroborated risk onto the model, naming only the
// known smugglers the caller may see and that are still stored (a source
// whose smugglers are all left out keeps its risk and share with no
// nodes). The smugglers of every source are loaded in one batch.
func (r *Resolver) corroboration(ctx context.Context, c *Corroboration) (*model.Corroboration, error) {
	var keys []graph.Key
	for _, s := range c.Sources {
		for _, k := range s.Smugglers {
			if r.kindVisible(ctx, k.Kind) {
				keys = append(keys, k)
			}
		}
	}
	nodes, found, err := loadersFrom(ctx, r.Store).loadNodes(ctx, keys)
	if err != nil {
		return nil, err
	}
	byKey := make(map[graph.Key]graph.Node, len(keys))
	for i, n := range nodes {
		if found[i] {
			byKey[keys[i]] = n
		}
	}
	out := &model.Corroboration{Score: c.Score, Rank: c.Rank, Sources: make([]model.CorroborationSource, 0, len(c.Sources))}
	for _, s := range c.Sources {
		src := model.CorroborationSource{Smugglers: []view.Node{}, Risk: s.Risk, Share: s.Share}
		for _, k := range s.Smugglers {
			if n, ok := byKey[k]; ok {
				src.Smugglers = append(src.Smugglers, view.New(n))
			}
		}
		out.Sources = append(out.Sources, src)
	}
	return out, nil
}

// dateSummary reads the DATE roll-up the DATE scorer writes on traders;
// nil when the node has none.
func dateSummary(p graph.Props) *model.DateSummary {
	n, ok := p.Int(graph.PropDateScored)
	if !ok || n <= 0 {
		return nil
	}
	mean, _ := p.Float(graph.PropDateMeanProb)
	mx, _ := p.Float(graph.PropDateMaxProb)
	rev, _ := p.Float(graph.PropDateExpectedRevenue)
	return &model.DateSummary{ScoredDeclarations: int(n), MeanIllicitProbability: mean, MaxIllicitProbability: mx, ExpectedRevenue: rev}
}

// hsSummary reads the HS roll-up the HS scorer writes on traders; nil
// when the node has none.
func hsSummary(p graph.Props) *model.HSSummary {
	n, ok := p.Int(graph.PropHSScored)
	if !ok || n <= 0 {
		return nil
	}
	share, _ := p.Float(graph.PropHSMismatchShare)
	return &model.HSSummary{ScoredDeclarations: int(n), MismatchShare: share}
}

// profileSeizures returns the seizures the profiled node is involved in.
func (r *Resolver) profileSeizures(ctx context.Context, p *model.RiskProfile) ([]view.Seizure, error) {
	if p.Node == nil {
		return []view.Seizure{}, nil
	}
	return related[view.Seizure](ctx, r, p.Node, rels(graph.RelInvolvedIn), graph.KindSeizure)
}

func communityModel(c Community) *model.Community {
	out := &model.Community{ID: int(c.ID), Size: c.size(), KnownSmugglers: c.KnownSmugglers, Risk: c.Risk, MemberKeys: c.Members}
	if out.Size > 0 {
		out.SmugglerShare = float64(c.KnownSmugglers) / float64(out.Size)
	}
	return out
}

func (r *Resolver) community(ctx context.Context, id int) (*model.Community, error) {
	if r.Risk == nil {
		return nil, errNoAnalytics()
	}
	c, err := r.Risk.Community(ctx, int64(id))
	if err != nil {
		return nil, err
	}
	return communityModel(c), nil
}

// communities pages through the run's communities in the requested
// order. Cursors name the community id.
func (r *Resolver) communities(ctx context.Context, first *int, after *string, order *model.CommunityOrder) (*model.CommunityConnection, error) {
	if _, err := pageSize(first, maxFirst); err != nil {
		return nil, err
	}
	o := model.CommunityOrderSmugglerShare
	if order != nil {
		o = *order
	}
	if !o.IsValid() {
		return nil, graph.Errorf(graph.EINVALID, "unknown community order %q", string(o))
	}
	if r.Risk == nil {
		return nil, errNoAnalytics()
	}
	cs, err := r.Risk.Communities(ctx)
	if err != nil {
		return nil, err
	}
	cs = slices.Clone(cs)
	switch o {
	case model.CommunityOrderSize:
		slices.SortStableFunc(cs, func(a, b Community) int {
			if c := cmp.Compare(b.size(), a.size()); c != 0 {
				return c
			}
			return cmp.Compare(a.ID, b.ID)
		})
	case model.CommunityOrderRisk:
		risk := func(c Community) float64 {
			if c.Risk == nil {
				return -1
			}
			return *c.Risk
		}
		slices.SortStableFunc(cs, func(a, b Community) int {
			if c := cmp.Compare(risk(b), risk(a)); c != 0 {
				return c
			}
			return cmp.Compare(a.ID, b.ID)
		})
	}
	idOf := func(c Community) string { return strconv.FormatInt(c.ID, 10) }
	lo, hi, info, err := paginate(r.cursors, cs, idOf, first, after)
	if err != nil {
		return nil, err
	}
	out := &model.CommunityConnection{Edges: make([]model.CommunityEdge, 0, hi-lo), PageInfo: info, TotalCount: len(cs)}
	for _, c := range cs[lo:hi] {
		out.Edges = append(out.Edges, model.CommunityEdge{Cursor: r.cursors.encode(idOf(c)), Node: communityModel(c)})
	}
	return out, nil
}

// communityMembers pages through a community's members, ordered by key.
func (r *Resolver) communityMembers(ctx context.Context, c *model.Community, first *int, after *string) (*model.NodeConnection, error) {
	if c.MemberKeys == nil && c.Size > 0 && r.Risk != nil {
		// A community from a list: fetch its members once.
		full, err := r.Risk.Community(ctx, int64(c.ID))
		if err != nil {
			return nil, err
		}
		c.MemberKeys = full.Members
	}
	keyID := func(k graph.Key) string { return k.String() }
	members := c.MemberKeys
	if r.Policy != nil {
		members = slices.DeleteFunc(slices.Clone(members), func(k graph.Key) bool { return !r.kindVisible(ctx, k.Kind) })
	}
	lo, hi, info, err := paginate(r.cursors, members, keyID, first, after)
	if err != nil {
		return nil, err
	}
	keys := members[lo:hi]
	nodes, found, err := loadersFrom(ctx, r.Store).loadNodes(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := &model.NodeConnection{Edges: make([]model.NodeEdge, 0, len(keys)), PageInfo: info, TotalCount: len(members)}
	for i, k := range keys {
		n := graph.Node{Key: k} // a member gone since the run keeps its place, bare
		if found[i] {
			n = nodes[i]
		}
		out.Edges = append(out.Edges, model.NodeEdge{Cursor: r.cursors.encode(keyID(k)), Node: view.New(n)})
	}
	return out, nil
}

func (r *Resolver) topRisk(ctx context.Context, kinds []graph.Kind, first *int, after *string, orderBy *model.RiskOrder) (*model.RiskScoreConnection, error) {
	order := analytics.ByNetworkRisk
	if orderBy != nil && *orderBy == model.RiskOrderCorroborated {
		order = analytics.ByCorroboration
	}
	if err := validKinds(kinds); err != nil {
		return nil, err
	}
	kinds, err := r.visibleKinds(ctx, kinds)
	if err != nil {
		return nil, err
	}
	if _, err := pageSize(first, maxFirst); err != nil {
		return nil, err
	}
	if r.Risk == nil {
		return nil, errNoAnalytics()
	}
	scores, err := r.Risk.TopRisk(ctx, order, kinds, maxRanked)
	if err != nil {
		return nil, err
	}
	if r.Policy != nil {
		scores = slices.DeleteFunc(slices.Clone(scores), func(s RiskScore) bool { return !r.kindVisible(ctx, s.Key.Kind) })
	}
	keyID := func(s RiskScore) string { return s.Key.String() }
	lo, hi, info, err := paginate(r.cursors, scores, keyID, first, after)
	if err != nil {
		return nil, err
	}
	page := scores[lo:hi]
	keys := make([]graph.Key, len(page))
	for i, s := range page {
		keys[i] = s.Key
	}
	nodes, found, err := loadersFrom(ctx, r.Store).loadNodes(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := &model.RiskScoreConnection{Edges: make([]model.RiskScoreEdge, 0, len(page)), PageInfo: info, TotalCount: len(scores)}
	for i, s := range page {
		if !found[i] { // a node gone since the run is left out, keeping ranks
			continue
		}
		out.Edges = append(out.Edges, model.RiskScoreEdge{
			Cursor: r.cursors.encode(keyID(s)),
			Node:   &model.RiskScore{Rank: lo + i + 1, Score: s.Score, CorroboratedScore: s.Corroborated, Node: view.New(nodes[i])},
		})
	}
	return out, nil
}

// inspectionArgs are the arguments of Query.inspectionList.
type inspectionArgs struct {
	rate, exploration *float64
	strategy          *model.InspectionStrategy
	officeID          *string
	since, until      *time.Time
	first             *int
	after             *string
}

// query checks the arguments and maps them onto an InspectionQuery. The
// planner is asked for the whole list (at most maxInspections) so that
// cursors stay valid from page to page.
func (a inspectionArgs) query() (InspectionQuery, error) {
	q := InspectionQuery{Limit: maxInspections, Strategy: StrategyIllicit, Exploration: -1}
	if _, err := pageSize(a.first, maxFirst); err != nil {
		return q, err
	}
	if a.rate != nil {
		if !(*a.rate > 0 && *a.rate <= 1) {
			return q, graph.Errorf(graph.EINVALID, "rate must be in (0, 1]")
		}
		q.Rate = *a.rate
	}
	if a.exploration != nil {
		if !(*a.exploration >= 0 && *a.exploration < 1) {
			return q, graph.Errorf(graph.EINVALID, "exploration must be in [0, 1)")
		}
		q.Exploration = *a.exploration
	}
	if a.strategy != nil {
		switch *a.strategy {
		case model.InspectionStrategyIllicit:
			q.Strategy = StrategyIllicit
		case model.InspectionStrategyRevenue:
			q.Strategy = StrategyRevenue
		default:
			return q, graph.Errorf(graph.EINVALID, "unknown strategy %q", string(*a.strategy))
		}
	}
	if a.since != nil {
		q.Since = *a.since
	}
	if a.until != nil {
		q.Until = *a.until
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
		return q, graph.Errorf(graph.EINVALID, "until is before since")
	}
	if a.officeID != nil {
		q.OfficeID = strings.TrimSpace(*a.officeID)
	}
	return q, nil
}

func (r *Resolver) inspectionList(ctx context.Context, a inspectionArgs) (*model.InspectionConnection, error) {
	if err := r.checkKey(ctx, graph.Key{Kind: graph.KindDeclaration}); err != nil {
		return nil, err
	}
	q, err := a.query()
	if err != nil {
		return nil, err
	}
	if r.Inspections == nil {
		return nil, errNoAnalytics()
	}
	items, err := r.Inspections.InspectionList(ctx, q)
	if err != nil {
		return nil, err
	}
	keyID := func(it Inspection) string { return it.Declaration.String() }
	lo, hi, info, err := paginate(r.cursors, items, keyID, a.first, a.after)
	if err != nil {
		return nil, err
	}
	page := items[lo:hi]
	keys := make([]graph.Key, len(page))
	for i, it := range page {
		keys[i] = it.Declaration
	}
	nodes, found, err := loadersFrom(ctx, r.Store).loadNodes(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := &model.InspectionConnection{Edges: make([]model.InspectionEdge, 0, len(page)), PageInfo: info, TotalCount: len(items)}
	for i, it := range page {
		if !found[i] || it.Declaration.Kind != graph.KindDeclaration {
			continue
		}
		reasons := it.Reasons
		if reasons == nil {
			reasons = []string{}
		}
		out.Edges = append(out.Edges, model.InspectionEdge{Cursor: r.cursors.encode(keyID(it)), Node: &model.InspectionItem{
			Rank: lo + i + 1, Declaration: &view.Declaration{Base: view.Base{N: nodes[i]}},
			IllicitProbability: it.IllicitProb, ExpectedRevenue: it.ExpectedRevenue,
			Explore: it.Explore, HsMismatch: it.HSMismatch, Reasons: reasons,
		}})
	}
	return out, nil
}

// maxDescription bounds the goods description hsRecommend accepts.
const maxDescription = 4000

func (r *Resolver) hsRecommend(ctx context.Context, description string, first *int) ([]model.HSCandidate, error) {
	desc, err := text("description", description, true, maxDescription)
	if err != nil {
		return nil, err
	}
	n, err := pageSize(first, 100)
	if err != nil {
		return nil, err
	}
	if first == nil {
		n = 5
	}
	if r.HS == nil {
		return nil, errNoAnalytics()
	}
	cs, err := r.HS.HSRecommend(ctx, desc, n)
	if err != nil {
		return nil, err
	}
	out := make([]model.HSCandidate, 0, min(n, len(cs)))
	for _, c := range cs[:min(n, len(cs))] {
		mc := model.HSCandidate{HsCode: c.Code, Probability: c.Probability, Heading: c.Heading, Chapter: c.Chapter}
		if mc.Heading == "" && len(c.Code) >= 4 {
			mc.Heading = c.Code[:4]
		}
		if mc.Chapter == "" && len(c.Code) >= 2 {
			mc.Chapter = c.Code[:2]
		}
		if c.Description != "" {
			mc.Description = &c.Description
		}
		out = append(out, mc)
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
