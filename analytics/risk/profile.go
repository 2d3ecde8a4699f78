package risk

import (
	"time"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/graph"
)

// Profile explains the network risk of one trader, passenger or other
// node of an analytics run: its score, its community, its centrality and
// the links that tie it to known smugglers.
type Profile struct {
	Key           graph.Key
	KnownSmuggler bool
	NetworkRisk   float64 // in [0, 1]
	RiskRank      int     // 1 for the riskiest node that is not a known smuggler; 0 for known smugglers

	CorroboratedRisk float64        // Corroboration.Score: (Σ_s √risk_s)², a ranking score
	CorroboratedRank int            // as RiskRank, by CorroboratedRisk
	Corroborators    []Corroborator // the walks behind CorroboratedRisk, strongest first

	Community               int32   // community id of the run
	CommunitySize           int     // nodes in the community
	CommunityKnownSmugglers int     // known smugglers in the community
	CommunityKnownShare     float64 // CommunityKnownSmugglers / CommunitySize

	Degree                int
	WeightedDegree        float64
	PageRank              float64
	PageRankPercentile    float64 // share of nodes with a lower PageRank, in [0, 1]
	Betweenness           float64
	BetweennessPercentile float64 // share of nodes with a lower betweenness, in [0, 1]
	BetweennessExact      bool    // false when estimated from pivots

	Hops     int    // hops to the nearest known smuggler; -1 when none is linked
	Paths    []Path // shortest links to distinct nearest known smugglers, strongest first
	TopLinks []Link // the links contributing most to NetworkRisk, largest first

	Run        string    // analytics run id
	ComputedAt time.Time // when the run started
}

// Path is a shortest chain of links from the profiled node to a known
// smuggler: Nodes[0] is the node, Nodes[len-1] the smuggler, and Links[i]
// is the stored relationship joining Nodes[i] and Nodes[i+1] (the heaviest
// one when several join them).
type Path struct {
	Nodes []graph.Key
	Links []graph.EdgeID
}

// Hops returns the number of links on the path.
func (p Path) Hops() int { return len(p.Links) }

// Link is one neighbour's contribution to a node's risk.
type Link struct {
	Neighbour graph.Key
	Link      graph.EdgeID // the stored relationship (the heaviest when several)
	Weight    float64      // projected link weight
	Risk      float64      // the neighbour's own network risk
	Share     float64      // share of the node's risk that flows over this link
}

// Corroborator is one walk's part in a node's corroborated risk: the
// known smugglers it starts from (one, unless smugglers were pooled),
// the probability it reaches them from the node, and its share of the
// score's root.
type Corroborator struct {
	Smugglers []graph.Key
	Risk      float64
	Share     float64
}

// Paths returns Routes(g, v, k) with node keys and stored relationships.
func (p *Propagation) Paths(g *csr.Graph, v int32, k int) []Path {
	routes := p.Routes(g, v, k)
	out := make([]Path, len(routes))
	for i, r := range routes {
		path := Path{Nodes: make([]graph.Key, len(r.Nodes)), Links: make([]graph.EdgeID, len(r.Entries))}
		for j, u := range r.Nodes {
			path.Nodes[j] = g.Key(u)
		}
		for j, e := range r.Entries {
			path.Links[j], _ = g.Link(r.Nodes[j], e)
		}
		out[i] = path
	}
	return out
}

// Links returns TopLinks(g, v, k) with node keys and stored relationships.
func (p *Propagation) Links(g *csr.Graph, v int32, k int) []Link {
	top := p.TopLinks(g, v, k)
	out := make([]Link, len(top))
	for i, c := range top {
		id, _ := g.Link(v, c.Entry)
		out[i] = Link{Neighbour: g.Key(c.Neighbour), Link: id, Weight: c.Weight, Risk: p.Risk[c.Neighbour], Share: c.Share}
	}
	return out
}
