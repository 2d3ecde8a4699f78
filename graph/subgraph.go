package graph

import "time"

// Limits on graph queries. Stores clamp requests to them.
const (
	MaxDepth           = 6       // deepest neighbourhood expansion
	DefaultNodeLimit   = 500     // nodes returned by a subgraph when Limit is 0
	MaxNodeLimit       = 100_000 // most nodes one subgraph may return
	MaxHops            = 8       // longest path searched by ShortestPaths
	DefaultPathLimit   = 10      // paths returned when PathQuery.Limit is 0
	MaxPathLimit       = 1000    // most paths one query may return
	DefaultSearchLimit = 20      // hits returned when SearchQuery.Limit is 0
	MaxSearchLimit     = 1000    // most hits one search may return
)

// SubgraphQuery asks for the neighbourhood of one or more centre nodes.
//
// Semantics (identical in every store): breadth-first expansion over
// relationships in both directions, up to Depth hops (0 returns only the
// centres; more than MaxDepth counts as MaxDepth). A node whose kind is
// not in NodeKinds (when set) is neither returned nor expanded. A
// relationship whose kind is not in RelKinds (when set) is not followed.
// Since/Until, when set, drop nodes and relationships whose At lies
// outside [Since, Until]; timeless items always pass. Centres pass
// NodeKinds and Since/Until: they are always returned and expanded. Nodes
// are ranked by hop distance, then by key; the first Limit of them are
// returned (Truncated is set when more were reachable), together with
// every relationship that passes the filters and joins two returned
// nodes. Result nodes and edges are sorted in that rank and by edge
// identity. No centre, a negative Depth, Until before Since or an unknown
// kind is EINVALID. Project, when set, narrows the properties returned
// (see Projection); it never changes which nodes and edges are returned.
type SubgraphQuery struct {
	Centers   []Key
	Depth     int
	NodeKinds []Kind
	RelKinds  []RelKind
	Since     time.Time
	Until     time.Time
	Limit     int
	Project   *Projection
}

// Projection names the properties a read returns, for callers that draw or
// list many nodes and need few of their properties: a node keeps only the
// properties in NodeProps and an edge only those in EdgeProps (Key, Label,
// At and an edge's ends and kind are always returned). A nil *Projection
// returns every property. Stores may use it to read less.
type Projection struct {
	NodeProps []string
	EdgeProps []string
}

// Node returns n with only the projected properties (n itself for a nil
// projection). It does not modify n.
func (p *Projection) Node(n Node) Node {
	if p != nil {
		n.Props = pick(n.Props, p.NodeProps)
	}
	return n
}

// Edge returns e with only the projected properties (e itself for a nil
// projection). It does not modify e.
func (p *Projection) Edge(e Edge) Edge {
	if p != nil {
		e.Props = pick(e.Props, p.EdgeProps)
	}
	return e
}

// pick returns the named entries of props, nil when there are none.
func pick(props Props, names []string) Props {
	var out Props
	for _, name := range names {
		if v, ok := props[name]; ok {
			if out == nil {
				out = make(Props, len(names))
			}
			out[name] = v
		}
	}
	return out
}

// Subgraph is a set of nodes and the relationships among them, in a shape a
// visualiser can draw directly.
type Subgraph struct {
	Nodes     []Node
	Edges     []Edge
	Distance  map[Key]int // hop distance from the nearest centre
	Truncated bool        // more nodes were reachable than Limit allowed
}

// PathQuery asks for the shortest paths between two nodes.
//
// Semantics: relationships are followed in both directions; only paths of
// the minimum hop count, and of at most MaxHops hops (clamped to the
// MaxHops constant, which is also the default), are returned, at most
// Limit of them, ordered by the sequence of node keys along the path,
// then by the sequence of edge identities (paths over parallel
// relationships). RelKinds and NodeKinds restrict which relationships and
// intermediate nodes a path may use (From and To need not be of a listed
// kind). From == To gives one path of no hops. No path is not an error:
// the result is empty.
type PathQuery struct {
	From      Key
	To        Key
	MaxHops   int
	Limit     int
	NodeKinds []Kind
	RelKinds  []RelKind
}

// Path is a walk From -> To: Nodes[0] is From, Nodes[len-1] is To, and
// Edges[i] joins Nodes[i] and Nodes[i+1] (in either stored direction).
type Path struct {
	Nodes []Node
	Edges []Edge
}

// Hops returns the number of relationships on the path.
func (p Path) Hops() int { return len(p.Edges) }

// SearchQuery is a text search over node ids and labels.
//
// Semantics: the text is normalised (case folded, accents stripped, runs
// of white space collapsed) and matched against each node's normalised
// ID and Label. A node matches when the text is a substring of either.
// Hits are ranked: exact ID or label match, then prefix match, then
// substring; ties by key. Kinds restricts the node kinds searched.
type SearchQuery struct {
	Text  string
	Kinds []Kind
	Limit int
}

// ClampLimit returns v limited to [1, max], with def for v <= 0.
func ClampLimit(v, def, max int) int {
	if v <= 0 {
		return def
	}
	if v > max {
		return max
	}
	return v
}
