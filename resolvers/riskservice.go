package resolvers

import (
	"context"
	"fmt"
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
}

var _ RiskAnalyzer = (*RiskService)(nil)

// NewRiskService returns a service that reads path nodes from store.
func NewRiskService(store Store) *RiskService { return &RiskService{store: store} }

// SetResult installs the result of an analytics run.
func (s *RiskService) SetResult(r *analytics.Result) {
	s.mu.Lock()
	s.res = r
	s.mu.Unlock()
}

func (s *RiskService) result() (*analytics.Result, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.res == nil {
		return nil, errNoAnalytics()
	}
	return s.res, nil
}

// RiskProfile explains the network risk of one node: its score, community,
// centrality ranks, the links contributing most and the shortest paths to
// its nearest known smugglers.
func (s *RiskService) RiskProfile(ctx context.Context, key graph.Key) (RiskProfile, error) {
	res, err := s.result()
	if err != nil {
		return RiskProfile{}, err
	}
	p, err := res.Profile(key)
	if err != nil {
		return RiskProfile{}, err
	}
	cid := int64(p.Community)
	out := RiskProfile{Key: key, Score: p.NetworkRisk, CommunityID: &cid, Run: p.Run, ComputedAt: p.ComputedAt}
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
func (s *RiskService) TopRisk(ctx context.Context, kinds []graph.Kind, limit int) ([]RiskScore, error) {
	res, err := s.result()
	if err != nil {
		return nil, err
	}
	var out []RiskScore
	for _, r := range res.TopRisk(kinds, limit) {
		out = append(out, RiskScore{Key: r.Key, Score: r.Score})
	}
	return out, nil
}

// Community returns one community of the run with its members.
func (s *RiskService) Community(ctx context.Context, id int64) (Community, error) {
	res, err := s.result()
	if err != nil {
		return Community{}, err
	}
	c, err := res.Community(id)
	if err != nil {
		return Community{}, err
	}
	mean := c.MeanRisk
	return Community{ID: c.ID, Members: c.Members, KnownSmugglers: c.KnownSmugglers, Risk: &mean}, nil
}
