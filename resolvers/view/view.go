// Package view wraps graph domain values in the Go types the GraphQL
// schema binds to (see gqlgen.yml). Each node type is a thin, read-only
// view of one graph.Node: its methods read the node's key, label, time and
// properties, so a field costs nothing unless it is selected. Relation
// fields are not here: they are resolved in package resolvers through the
// per-request loaders.
//
// Place in the dependency graph: view imports graph only; resolvers and the
// generated exec code import view.
package view

import (
	"strings"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// Node is implemented by every node view; it is what the schema's Node
// interface binds to.
type Node interface {
	// GraphNode returns the wrapped domain node.
	GraphNode() graph.Node
}

// Property is one stored property of a node or relationship.
type Property struct {
	Name  string
	Value any
}

// Base carries the fields every node kind shares. The concrete views embed
// it, so gqlgen binds the shared schema fields to its methods.
type Base struct {
	N graph.Node
}

// GraphNode returns the wrapped domain node.
func (b Base) GraphNode() graph.Node { return b.N }

// ID returns the graph key in "Kind:ID" form.
func (b Base) ID() string { return b.N.Key.String() }

// Kind returns the node kind name.
func (b Base) Kind() string { return string(b.N.Key.Kind) }

// Label returns the display label, falling back to the key's id for bare
// nodes (created as relationship endpoints before their record arrived).
func (b Base) Label() string {
	if b.N.Label != "" {
		return b.N.Label
	}
	return b.N.Key.ID
}

// At returns the event time, or nil for timeless nodes.
func (b Base) At() *time.Time { return timePtr(b.N.At) }

// Properties returns every property sorted by name.
func (b Base) Properties() []Property { return properties(b.N.Props) }

// KnownSmuggler reports whether the node carries the known-smuggler mark.
func (b Base) KnownSmuggler() bool { return b.N.Props.Bool(graph.PropKnownSmuggler) }

// KnownSmugglerSince returns when the mark was set.
func (b Base) KnownSmugglerSince() *string { return str(b.N.Props, graph.PropKnownSmugglerSince) }

// KnownSmugglerSource returns where the mark comes from.
func (b Base) KnownSmugglerSource() *string { return str(b.N.Props, graph.PropKnownSmugglerSource) }

// KnownSmugglerReason returns why the node was marked or unmarked.
func (b Base) KnownSmugglerReason() *string { return str(b.N.Props, graph.PropKnownSmugglerReason) }

// CommunityID returns the community from the last analytics run.
func (b Base) CommunityID() *int64 { return integer(b.N.Props, graph.PropCommunityID) }

// Pagerank returns the PageRank from the last analytics run.
func (b Base) Pagerank() *float64 { return float(b.N.Props, graph.PropPageRank) }

// Betweenness returns the betweenness from the last analytics run.
func (b Base) Betweenness() *float64 { return float(b.N.Props, graph.PropBetweenness) }

// Degree returns the degree from the last analytics run.
func (b Base) Degree() *int64 { return integer(b.N.Props, graph.PropDegree) }

// NetworkRisk returns the propagated network risk.
func (b Base) NetworkRisk() *float64 { return float(b.N.Props, graph.PropNetworkRisk) }

// nodeFieldProps maps each field every node kind shares to the stored
// properties it reads (none for fields read from the key, label and time,
// or resolved through the per-request loaders by key).
var nodeFieldProps = map[string][]string{
	"__typename":          nil,
	"id":                  nil,
	"kind":                nil,
	"label":               nil,
	"at":                  nil,
	"neighbours":          nil,
	"knownSmuggler":       {graph.PropKnownSmuggler},
	"knownSmugglerSince":  {graph.PropKnownSmugglerSince},
	"knownSmugglerSource": {graph.PropKnownSmugglerSource},
	"knownSmugglerReason": {graph.PropKnownSmugglerReason},
	"communityId":         {graph.PropCommunityID},
	"pagerank":            {graph.PropPageRank},
	"betweenness":         {graph.PropBetweenness},
	"degree":              {graph.PropDegree},
	"networkRisk":         {graph.PropNetworkRisk},
}

// NodeFieldProps returns the stored properties the node field named field
// reads; ok is false when the field may read any of them (properties, and
// fields of one kind only).
func NodeFieldProps(field string) (props []string, ok bool) {
	props, ok = nodeFieldProps[field]
	return props, ok
}

// RelationshipFieldProps returns the stored properties the relationship
// field named field reads; ok is false when it may read any of them.
func RelationshipFieldProps(field string) (props []string, ok bool) {
	switch field {
	case "__typename", "id", "from", "to", "kind", "at", "fromNode", "toNode":
		return nil, true
	}
	return nil, false
}

// New returns the view of n for its kind, or nil for an unknown kind.
func New(n graph.Node) Node {
	b := Base{N: n}
	switch n.Key.Kind {
	case graph.KindTrader:
		return Trader{b}
	case graph.KindDeclaration:
		return Declaration{b}
	case graph.KindPassenger:
		return Passenger{b}
	case graph.KindBooking:
		return Booking{b}
	case graph.KindFlight:
		return Flight{b}
	case graph.KindDocument:
		return Document{b}
	case graph.KindPhone:
		return Phone{b}
	case graph.KindEmail:
		return Email{b}
	case graph.KindAddress:
		return Address{b}
	case graph.KindPaymentCard:
		return PaymentCard{b}
	case graph.KindAgency:
		return Agency{b}
	case graph.KindSeizure:
		return Seizure{b}
	case graph.KindOffice:
		return Office{b}
	case graph.KindCountry:
		return Country{b}
	case graph.KindAirport:
		return Airport{b}
	}
	return nil
}

// Relationship is the view of one graph.Edge.
type Relationship struct {
	E graph.Edge
}

// ID returns the relationship identity "From-KIND->To".
func (r Relationship) ID() string { return r.E.ID().String() }

// From returns the id of the start node.
func (r Relationship) From() string { return r.E.From.String() }

// To returns the id of the end node.
func (r Relationship) To() string { return r.E.To.String() }

// Kind returns the relationship kind.
func (r Relationship) Kind() graph.RelKind { return r.E.Kind }

// At returns the event time, or nil.
func (r Relationship) At() *time.Time { return timePtr(r.E.At) }

// Properties returns every property sorted by name.
func (r Relationship) Properties() []Property { return properties(r.E.Props) }

// Relationships returns the views of edges.
func Relationships(edges []graph.Edge) []Relationship {
	out := make([]Relationship, len(edges))
	for i, e := range edges {
		out[i] = Relationship{E: e}
	}
	return out
}

func properties(p graph.Props) []Property {
	names := p.Names()
	out := make([]Property, 0, len(names))
	for _, name := range names {
		if v := p[name]; v != nil {
			out = append(out, Property{Name: name, Value: v})
		}
	}
	return out
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func str(p graph.Props, name string) *string {
	s, ok := p[name].(string)
	if !ok || s == "" {
		return nil
	}
	return &s
}

func float(p graph.Props, name string) *float64 {
	v, ok := p.Float(name)
	if !ok {
		return nil
	}
	return &v
}

func integer(p graph.Props, name string) *int64 {
	v, ok := p.Int(name)
	if !ok {
		return nil
	}
	return &v
}

func boolean(p graph.Props, name string) *bool {
	v, ok := p[name].(bool)
	if !ok {
		return nil
	}
	return &v
}

func stringList(p graph.Props, name string) []string {
	v, _ := p[name].([]string)
	if v == nil {
		return []string{}
	}
	return v
}

// documentPart returns part i of a document id "TYPE/ISSUER/NUMBER".
func documentPart(id string, i int) *string {
	parts := strings.SplitN(id, "/", 3)
	if i >= len(parts) || parts[i] == "" {
		return nil
	}
	return &parts[i]
}
