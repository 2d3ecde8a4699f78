package resolvers

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/graph"
)

// RiskService answers risk questions from the latest analytics run held in
// memory. It implements RiskAnalyzer; until a run is set, every method
// returns EUNAVAILABLE "analytics not run yet".
type RiskService struct {
	store Store

	mu  sync.RWMutex
	res *analytics.Result
	// prDesc and bcDesc are the run's PageRank and betweenness values
	// sorted in descending order, for centrality ranks.
	prDesc, bcDesc []float64
}

var _ RiskAnalyzer = (*RiskService)(nil)

// NewRiskService returns a service that reads path nodes from store.
func NewRiskService(store Store) *RiskService { return &RiskService{store: store} }

// SetResult installs the result of an analytics run. It sorts the run's
// centralities once (O(N log N)) so each profile's ranks cost O(log N).
func (s *RiskService) SetResult(r *analytics.Result) {
	var pr, bc []float64
	if r != nil {
		pr = descending(r.PageRank)
		bc = descending(r.Betweenness)
	}
	s.mu.Lock()
	s.res, s.prDesc, s.bcDesc = r, pr, bc
	s.mu.Unlock()
}

func descending(v []float64) []float64 {
	if v == nil {
		return nil
	}
	out := slices.Clone(v)
	slices.SortFunc(out, func(a, b float64) int { return cmp.Compare(b, a) })
	return out
}

// rank returns 1 + the number of values in desc greater than x: equal
// values share the best rank.
func rank(desc []float64, x float64) int {
	i, _ := slices.BinarySearchFunc(desc, x, func(e, t float64) int { return cmp.Compare(t, e) })
	return i + 1
}

func (s *RiskService) result() (*analytics.Result, []float64, []float64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.res == nil {
		return nil, nil, nil, errNoAnalytics()
	}
	return s.res, s.prDesc, s.bcDesc, nil
}

// RiskProfile explains the network risk of one node: its score, community,
// centrality ranks, the links contributing most and the shortest paths to
// its nearest known smugglers.
func (s *RiskService) RiskProfile(ctx context.Context, key graph.Key) (RiskProfile, error) {
	res, prDesc, bcDesc, err := s.result()
	if err != nil {
		return RiskProfile{}, err
	}
	p, err := res.Profile(key)
	if err != nil {
		return RiskProfile{}, err
	}
	cid := int64(p.Community)
	share := p.CommunityKnownShare
	out := RiskProfile{
		Key: key, Score: p.NetworkRisk, CommunityID: &cid, CommunitySmugglerShare: &share, Run: p.Run, ComputedAt: p.ComputedAt,
		Centrality: &Centrality{PageRank: p.PageRank, PageRankRank: rank(prDesc, p.PageRank), Degree: p.Degree},
	}
	if bcDesc != nil {
		b, r := p.Betweenness, rank(bcDesc, p.Betweenness)
		out.Centrality.Betweenness, out.Centrality.BetweennessRank = &b, &r
	}
	add := func(name string, w float64, detail string) {
		out.Factors = append(out.Factors, RiskFactor{Name: name, Weight: w, Detail: detail})
	}
	if p.KnownSmuggler {
		add("knownSmuggler", 1, "named in a seizure or positive investigation")
	}
	if p.Hops >= 0 {
		add("hopsToKnownSmuggler", float64(p.Hops), fmt.Sprintf("%d hops to the nearest known smuggler", p.Hops))
	}
	add("communityKnownShare", p.CommunityKnownShare, fmt.Sprintf("community %d: %d of %d members are known smugglers", p.Community, p.CommunityKnownSmugglers, p.CommunitySize))
	add("pagerankPercentile", p.PageRankPercentile, fmt.Sprintf("PageRank %.3g", p.PageRank))
	add("betweennessPercentile", p.BetweennessPercentile, fmt.Sprintf("betweenness %.3g", p.Betweenness))
	for _, l := range p.TopLinks {
		add("link", l.Share, fmt.Sprintf("%s via %s (neighbour risk %.3f)", l.Neighbour, l.Link.Kind, l.Risk))
	}
	out.Corroboration = &Corroboration{Score: p.CorroboratedRisk, Rank: p.CorroboratedRank}
	for _, c := range p.Corroborators {
		out.Corroboration.Sources = append(out.Corroboration.Sources, CorroborationSource{Smugglers: c.Smugglers, Risk: c.Risk, Share: c.Share})
	}
	if len(p.Corroborators) > 0 {
		add("corroboratedRisk", p.CorroboratedRisk, fmt.Sprintf("rank %d by corroborated risk; the strongest walk from a known smuggler reaches it with risk %.3f",
			p.CorroboratedRank, p.Corroborators[0].Risk))
	}
	for _, rp := range p.Paths {
		path, err := s.path(ctx, rp.Nodes, rp.Links)
		if err != nil {
			return RiskProfile{}, err
		}
		out.Paths = append(out.Paths, path)
	}
	return out, nil
}

// path loads the nodes and relationships of a risk path.
func (s *RiskService) path(ctx context.Context, keys []graph.Key, links []graph.EdgeID) (graph.Path, error) {
	nodes, found, err := s.store.Nodes(ctx, keys)
	if err != nil {
		return graph.Path{}, fmt.Errorf("risk path: %w", err)
	}
	for i, ok := range found {
		if !ok {
			nodes[i] = graph.Node{Key: keys[i]}
		}
	}
	edges := make([]graph.Edge, len(links))
	for i, l := range links {
		edges[i] = graph.Edge{From: l.From, Kind: l.Kind, To: l.To}
	}
	return graph.Path{Nodes: nodes, Edges: edges}, nil
}

// TopRisk returns the riskiest nodes of the given kinds that are not known
// smugglers.
func (s *RiskService) TopRisk(ctx context.Context, order analytics.RiskOrder, kinds []graph.Kind, limit int) ([]RiskScore, error) {
	res, _, _, err := s.result()
	if err != nil {
		return nil, err
	}
	var out []RiskScore
	for _, r := range res.TopRisk(order, kinds, limit) {
		out = append(out, RiskScore{Key: r.Key, Score: r.Score, Corroborated: r.Corroborated})
	}
	return out, nil
}

// Community returns one community of the run with its members.
func (s *RiskService) Community(ctx context.Context, id int64) (Community, error) {
	res, _, _, err := s.result()
	if err != nil {
		return Community{}, err
	}
	c, err := res.Community(id)
	if err != nil {
		return Community{}, err
	}
	return community(c), nil
}

func community(c analytics.Community) Community {
	mean := c.MeanRisk
	return Community{ID: c.ID, Size: c.Size, Members: c.Members, KnownSmugglers: c.KnownSmugglers, Risk: &mean}
}

// Communities returns every community of the run without members, by
// known-smuggler share (analytics.Result.Communities).
func (s *RiskService) Communities(ctx context.Context) ([]Community, error) {
	res, _, _, err := s.result()
	if err != nil {
		return nil, err
	}
	cs := res.Communities()
	out := make([]Community, len(cs))
	for i, c := range cs {
		out[i] = community(c)
	}
	return out, nil
}
