package analytics_test

import (
	"context"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// world is a small customs world with a planted smuggling network.
//
// Known smugglers: passenger SMUG and trader TSMUG (seizure SZ1 names both).
// Ring: passenger R1 shares a phone with SMUG, R2 shares a card with R1;
// trader TR1 shares a phone with TSMUG and the customs broker BRK with it.
// Unrelated: passengers U1-U3 share an e-mail; trader TU imports through
// broker BRK2. Every declaration originates in CN (a hub kind left out of
// the projection by default).
func world() graph.Batch {
	at := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	p := func(id string) graph.Key { return graph.NewKey(graph.KindPassenger, id) }
	tr := func(id string) graph.Key { return graph.NewKey(graph.KindTrader, id) }
	d := func(id string) graph.Key { return graph.NewKey(graph.KindDeclaration, id) }
	known := graph.Props{graph.PropKnownSmuggler: true, graph.PropKnownSmugglerSource: "SZ1"}
	var b graph.Batch
	node := func(k graph.Key, props graph.Props) {
		b.Nodes = append(b.Nodes, graph.Node{Key: k, Label: k.ID, At: at, Props: props})
	}
	edge := func(from graph.Key, kind graph.RelKind, to graph.Key) {
		b.Edges = append(b.Edges, graph.Edge{From: from, Kind: kind, To: to, At: at})
	}
	node(p("SMUG"), known.Clone())
	node(tr("TSMUG"), known.Clone())
	for _, id := range []string{"R1", "R2", "U1", "U2", "U3"} {
		node(p(id), nil)
	}
	for _, id := range []string{"TR1", "BRK", "TU", "BRK2"} {
		node(tr(id), nil)
	}
	cn := graph.NewKey(graph.KindCountry, "CN")
	node(cn, nil)
	sz := graph.NewKey(graph.KindSeizure, "SZ1")
	node(sz, nil)
	edge(p("SMUG"), graph.RelInvolvedIn, sz)
	edge(tr("TSMUG"), graph.RelInvolvedIn, sz)
	edge(p("SMUG"), graph.RelUsesPhone, graph.PhoneKey("+100"))
	edge(p("R1"), graph.RelUsesPhone, graph.PhoneKey("+100"))
	edge(p("R1"), graph.RelPaidWith, graph.PaymentCardKey("card1"))
	edge(p("R2"), graph.RelPaidWith, graph.PaymentCardKey("card1"))
	for _, id := range []string{"U1", "U2", "U3"} {
		edge(p(id), graph.RelUsesEmail, graph.EmailKey("shared@example.com"))
	}
	edge(tr("TSMUG"), graph.RelUsesPhone, graph.PhoneKey("+200"))
	edge(tr("TR1"), graph.RelUsesPhone, graph.PhoneKey("+200"))
	for i, imp := range []string{"TSMUG", "TR1", "TU"} {
		broker := "BRK"
		if imp == "TU" {
			broker = "BRK2"
		}
		id := "D" + string(rune('1'+i))
		node(d(id), graph.Props{"hsCode": "850440"})
		edge(tr(imp), graph.RelImported, d(id))
		edge(d(id), graph.RelDeclaredBy, tr(broker))
		edge(d(id), graph.RelOriginatesIn, cn)
	}
	return b
}

// memSource is an in-memory Source with failure injection, for the error
// paths a real store cannot be made to take on demand. Scans visit items
// in map order, which Go randomises, as a store's "no specified order".
type memSource struct {
	mu      sync.Mutex
	nodes   map[graph.Key]graph.Node
	edges   map[graph.EdgeID]graph.Edge
	batches []int // sizes of the SetProperties calls

	scanErr  error
	setErr   error
	afterSet func(batch int) // called after each successful SetProperties
}

func newMemSource(b graph.Batch) *memSource {
	m := &memSource{nodes: map[graph.Key]graph.Node{}, edges: map[graph.EdgeID]graph.Edge{}}
	for _, n := range b.Nodes {
		n.Props = n.Props.Clone()
		m.nodes[n.Key] = n
	}
	for _, e := range b.Edges {
		m.edges[e.ID()] = e
		for _, k := range []graph.Key{e.From, e.To} {
			if _, ok := m.nodes[k]; !ok {
				m.nodes[k] = graph.Node{Key: k}
			}
		}
	}
	return m
}

func (m *memSource) ScanNodes(ctx context.Context, kinds []graph.Kind, fn func(graph.Node) error) error {
	if m.scanErr != nil {
		return m.scanErr
	}
	m.mu.Lock()
	nodes := slices.Collect(maps.Values(m.nodes))
	m.mu.Unlock()
	for _, n := range nodes {
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(kinds) == 0 || slices.Contains(kinds, n.Key.Kind) {
			if err := fn(n); err != nil {
				return err
			}
		}
	}
	return nil
}

func (m *memSource) ScanEdges(ctx context.Context, kinds []graph.RelKind, fn func(graph.Edge) error) error {
	m.mu.Lock()
	edges := slices.Collect(maps.Values(m.edges))
	m.mu.Unlock()
	for _, e := range edges {
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(kinds) == 0 || slices.Contains(kinds, e.Kind) {
			if err := fn(e); err != nil {
				return err
			}
		}
	}
	return nil
}

func (m *memSource) SetProperties(ctx context.Context, updates []graph.PropertyUpdate) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.setErr != nil {
		return m.setErr
	}
	for _, u := range updates {
		if _, ok := m.nodes[u.Key]; !ok {
			return graph.Errorf(graph.ENOTFOUND, "node %s not found", u.Key)
		}
	}
	for _, u := range updates {
		n := m.nodes[u.Key]
		if n.Props == nil {
			n.Props = graph.Props{}
		}
		for k, v := range u.Props {
			if v == nil {
				delete(n.Props, k)
			} else {
				n.Props[k] = v
			}
		}
		m.nodes[u.Key] = n
	}
	m.batches = append(m.batches, len(updates))
	if m.afterSet != nil {
		m.afterSet(len(m.batches))
	}
	return nil
}

// props returns every node's properties, for comparisons.
func (m *memSource) props() map[graph.Key]graph.Props {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[graph.Key]graph.Props{}
	for k, n := range m.nodes {
		out[k] = n.Props.Clone()
	}
	return out
}
