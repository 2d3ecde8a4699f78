package analytics

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	"github.com/borderlens/borderlens/analytics/centrality"
	"github.com/borderlens/borderlens/analytics/community"
	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/risk"
	"github.com/borderlens/borderlens/graph"
)

// Result holds everything one analytics run computed, indexed by the
// projection's node ids, so that profiles, rankings and communities can
// be served from memory. It is immutable and safe for concurrent use.
type Result struct {
	Run  string    // run id
	Time time.Time // run start
	Opts Options   // the options with defaults filled in
	// Params describes the run's parameters as written in
	// analysisParams: algorithm, resolution, seed, damping, betweenness
	// as run (with pivots and delta when sampled), time window, node
	// kinds and weights, e.g. "algorithm=leiden resolution=1 seed=1
	// damping=0.85 betweenness=exact kinds=default weights=default
	// riskWeights=default".
	Params string

	Graph       *csr.Graph
	Partition   community.Partition
	Modularity  float64
	Degree      []int
	PageRank    []float64
	Betweenness []float64 // nil when BetweennessOff
	Paths       centrality.PathScores
	// RiskGraph is Graph reweighted with Opts.RiskWeights: the graph
	// the risk walk ran on, and on which its paths and links are
	// explained.
	RiskGraph *csr.Graph
	Risk      *risk.Propagation
	// Corroboration is the walk from each known smuggler on RiskGraph
	// and the corroborated score it gives.
	Corroboration *risk.Corroboration

	Timings []Timing // per phase, when a clock was given

	communities []Community // by id, without members
	riskOrder   []int32     // non-seed nodes by risk, highest first
	riskRank    []int32     // node -> 1-based rank in riskOrder, 0 for seeds
	corrOrder   []int32     // non-seed nodes by corroborated risk, highest first
	corrRank    []int32     // node -> 1-based rank in corrOrder, 0 for seeds
	prSorted    []float64
	bcSorted    []float64
}

// Timing is the wall time of one phase of a run.
type Timing struct {
	Phase    string
	Duration time.Duration
}

// Community describes one community of a run.
type Community struct {
	ID             int64
	Size           int
	KnownSmugglers int
	Share          float64     // KnownSmugglers / Size
	MeanRisk       float64     // mean network risk of the members
	Members        []graph.Key // ordered by key; filled by Result.Community only
}

// RiskScore is one node's place in a risk ranking.
type RiskScore struct {
	Key          graph.Key
	Score        float64 // network risk
	Corroborated float64 // corroborated risk
	Hops         int     // to the nearest known smuggler, -1 when none is linked
	Community    int64
}

// RiskOrder is what a risk ranking orders nodes by.
type RiskOrder int

const (
	// ByNetworkRisk ranks by network risk, the probability that a walk
	// from the node reaches a known smuggler.
	ByNetworkRisk RiskOrder = iota
	// ByCorroboration ranks by corroborated risk, which puts nodes
	// reached from several known smugglers first.
	ByCorroboration
)

// Compute is the functional core of Analyze: it runs community detection,
// degree, PageRank, betweenness and risk propagation on g with the given
// known smugglers, and returns the Result. It does no I/O; it reads the
// clock only through opts.Now, for timings (none when nil). It returns an
// EINVALID error for bad options.
//
// Random choices derive from opts.Seed, so equal inputs give equal
// results whatever opts.Workers.
func Compute(g *csr.Graph, known []int32, opts Options) (*Result, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	r := &Result{Run: o.RunID, Opts: o, Graph: g}
	clock := o.Now
	if clock != nil {
		r.Time = clock()
	}
	phase := func(name string, f func()) {
		if clock == nil {
			f()
			return
		}
		t0 := clock()
		f()
		r.Timings = append(r.Timings, Timing{Phase: name, Duration: clock().Sub(t0)})
	}
	phase("community", func() {
		src := rand.NewPCG(o.Seed, 1)
		if o.Algorithm == Louvain {
			r.Partition, r.Modularity = community.Louvain(g, o.Resolution, src)
		} else {
			r.Partition, r.Modularity = community.Leiden(g, o.Resolution, src)
		}
	})
	phase("pagerank", func() {
		r.Degree = centrality.Degree(g)
		r.PageRank = centrality.PageRankParallel(g, o.Damping, 1e-10, o.Workers)
	})
	mode, pivots := o.pathPlan(g)
	r.Params = o.params(mode, pivots)
	if mode != BetweennessOff {
		phase("betweenness", func() {
			r.Paths = centrality.Paths(g, centrality.PathOptions{
				Pivots: pivots, Delta: o.Delta, Src: rand.NewPCG(o.Seed, 2), Workers: o.Workers,
			})
			r.Betweenness = r.Paths.Betweenness
		})
	}
	phase("risk", func() {
		from, to := o.Weights, o.RiskWeights
		if from == nil {
			from = csr.DefaultWeights()
		}
		if to == nil {
			to = csr.DefaultRiskWeights()
		}
		r.RiskGraph = g.Reweight(from, to)
		r.Risk = risk.Propagate(r.RiskGraph, known, risk.Options{Damping: o.Damping, Workers: o.Workers})
	})
	phase("corroboration", func() {
		r.Corroboration = risk.Corroborate(r.RiskGraph, known, risk.Options{Damping: o.Damping, Workers: o.Workers})
	})
	phase("summaries", r.summarise)
	return r, nil
}

// pathPlan resolves the betweenness mode and pivot count (0 = exact).
func (o Options) pathPlan(g *csr.Graph) (BetweennessMode, int) {
	n, work := g.N(), float64(len(g.Adj))
	switch o.Betweenness {
	case BetweennessOff:
		return BetweennessOff, 0
	case BetweennessExact:
		return BetweennessExact, 0
	case BetweennessSampled:
		if o.Pivots > 0 {
			return BetweennessSampled, o.Pivots
		}
	}
	if float64(n)*work <= o.PathBudget {
		return BetweennessExact, 0
	}
	k := MinPivots
	if work > 0 {
		k = max(MinPivots, int(o.PathBudget/work))
	}
	if k >= n {
		return BetweennessExact, 0
	}
	return BetweennessSampled, k
}

func (r *Result) summarise() {
	nc := r.Partition.Count()
	r.communities = make([]Community, nc)
	for c := range r.communities {
		r.communities[c].ID = int64(c)
	}
	for u, c := range r.Partition {
		cm := &r.communities[c]
		cm.Size++
		cm.MeanRisk += r.Risk.Risk[u]
		if r.Risk.IsSeed(int32(u)) {
			cm.KnownSmugglers++
		}
	}
	for c := range r.communities {
		cm := &r.communities[c]
		cm.Share = float64(cm.KnownSmugglers) / float64(cm.Size)
		cm.MeanRisk /= float64(cm.Size)
	}
	r.riskOrder, r.riskRank = r.ranking(r.Risk.Risk)
	r.corrOrder, r.corrRank = r.ranking(r.Corroboration.Score)
	r.prSorted = slices.Sorted(slices.Values(r.PageRank))
	if r.Betweenness != nil {
		r.bcSorted = slices.Sorted(slices.Values(r.Betweenness))
	}
}

// ranking returns the nodes that are not known smugglers by score,
// highest first (ties by id, which follows key order), and each node's
// 1-based rank in it (0 for known smugglers).
func (r *Result) ranking(score []float64) (order, rank []int32) {
	n := r.Graph.N()
	order = make([]int32, 0, n)
	for u := 0; u < n; u++ {
		if !r.Risk.IsSeed(int32(u)) {
			order = append(order, int32(u))
		}
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := cmp.Compare(score[b], score[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	rank = make([]int32, n)
	for i, u := range order {
		rank[u] = int32(i + 1)
	}
	return order, rank
}

// percentile returns the share of values in sorted below x.
func percentile(sorted []float64, x float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return float64(sort.SearchFloat64s(sorted, x)) / float64(len(sorted))
}

// Profile explains the network risk of the node with the given key: its
// score and rank, its community, its centrality percentiles, up to 3
// shortest paths to distinct nearest known smugglers and its 5 most
// contributing links. It returns an ENOTFOUND error when the key is not
// in the run's projection (unknown, or of a kind or time outside it).
func (r *Result) Profile(key graph.Key) (risk.Profile, error) {
	return r.ProfileN(key, 3, 5)
}

// ProfileN is Profile with at most paths paths and links links.
func (r *Result) ProfileN(key graph.Key, paths, links int) (risk.Profile, error) {
	g := r.Graph
	v, ok := g.ID(key)
	if !ok {
		return risk.Profile{}, graph.Errorf(graph.ENOTFOUND, "%s is not in analytics run %s", key, r.Run)
	}
	c := r.communities[r.Partition[v]]
	p := risk.Profile{
		Key:                     key,
		KnownSmuggler:           r.Risk.IsSeed(v),
		NetworkRisk:             r.Risk.Risk[v],
		RiskRank:                int(r.riskRank[v]),
		CorroboratedRisk:        r.Corroboration.Score[v],
		CorroboratedRank:        int(r.corrRank[v]),
		Corroborators:           r.corroborators(v),
		Community:               r.Partition[v],
		CommunitySize:           c.Size,
		CommunityKnownSmugglers: c.KnownSmugglers,
		CommunityKnownShare:     c.Share,
		Degree:                  r.Degree[v],
		WeightedDegree:          g.Strength[v],
		PageRank:                r.PageRank[v],
		PageRankPercentile:      percentile(r.prSorted, r.PageRank[v]),
		Hops:                    int(r.Risk.Hops[v]),
		Paths:                   r.Risk.Paths(r.RiskGraph, v, paths),
		TopLinks:                r.Risk.Links(r.RiskGraph, v, links),
		Run:                     r.Run,
		ComputedAt:              r.Time,
	}
	if r.Betweenness != nil {
		p.Betweenness = r.Betweenness[v]
		p.BetweennessPercentile = percentile(r.bcSorted, r.Betweenness[v])
		p.BetweennessExact = r.Paths.Exact
	}
	return p, nil
}

// corroborators returns the known smugglers behind v's corroborated risk,
// strongest walk first.
func (r *Result) corroborators(v int32) []risk.Corroborator {
	var out []risk.Corroborator
	for _, s := range r.Corroboration.Sources(v) {
		c := risk.Corroborator{Risk: s.Risk, Share: s.Share}
		for _, u := range r.Corroboration.Groups[s.Group] {
			c.Smugglers = append(c.Smugglers, r.Graph.Key(u))
		}
		out = append(out, c)
	}
	return out
}

// TopRisk returns the at most limit riskiest nodes of the given kinds (all
// kinds when empty) that are not known smugglers, highest first in the
// given order, ties by key.
func (r *Result) TopRisk(order RiskOrder, kinds []graph.Kind, limit int) []RiskScore {
	ranked := r.riskOrder
	if order == ByCorroboration {
		ranked = r.corrOrder
	}
	var out []RiskScore
	for _, u := range ranked {
		if len(out) >= limit {
			break
		}
		k := r.Graph.Key(u)
		if len(kinds) > 0 && !slices.Contains(kinds, k.Kind) {
			continue
		}
		out = append(out, RiskScore{
			Key: k, Score: r.Risk.Risk[u], Corroborated: r.Corroboration.Score[u],
			Hops: int(r.Risk.Hops[u]), Community: int64(r.Partition[u]),
		})
	}
	return out
}

// Community returns community id with its members. It returns an
// ENOTFOUND error for an id the run did not produce.
func (r *Result) Community(id int64) (Community, error) {
	if id < 0 || id >= int64(len(r.communities)) {
		return Community{}, graph.Errorf(graph.ENOTFOUND, "community %d is not in analytics run %s", id, r.Run)
	}
	c := r.communities[id]
	c.Members = make([]graph.Key, 0, c.Size)
	for u, x := range r.Partition {
		if int64(x) == id {
			c.Members = append(c.Members, r.Graph.Key(int32(u)))
		}
	}
	return c, nil
}

// Communities returns every community (without members), ordered by
// known-smuggler share, then number of known smugglers, then size, all
// descending, then id.
func (r *Result) Communities() []Community {
	cs := slices.Clone(r.communities)
	slices.SortFunc(cs, func(a, b Community) int {
		if c := cmp.Compare(b.Share, a.Share); c != 0 {
			return c
		}
		if c := cmp.Compare(b.KnownSmugglers, a.KnownSmugglers); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Size, a.Size); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return cs
}
