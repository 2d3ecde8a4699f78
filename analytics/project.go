package analytics

import (
	"context"
	"fmt"
	"slices"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/graph"
)

// Projection is the in-memory graph Analyze runs on, with the known
// smugglers among its nodes.
type Projection struct {
	Graph        *csr.Graph
	Known        []int32 // ids of nodes with knownSmuggler = true, ascending
	NodesScanned int
	EdgesScanned int
}

// Project scans src into a csr projection of the node kinds, time window
// and weights in opts (see Options), and finds the known smugglers (nodes
// whose knownSmuggler property is true). It returns an EINVALID error for
// bad options and wraps scan errors.
func Project(ctx context.Context, src Source, opts Options) (Projection, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return Projection{}, err
	}
	weights := o.Weights
	if weights == nil {
		weights = csr.DefaultWeights()
	}
	var rels []graph.RelKind
	for k, w := range weights {
		if w > 0 {
			rels = append(rels, k)
		}
	}
	slices.Sort(rels)
	b := csr.NewBuilder(csr.Options{NodeKinds: o.NodeKinds, Since: o.Since, Until: o.Until, Weights: weights})
	var p Projection
	var known []graph.Key
	err = src.ScanNodes(ctx, o.NodeKinds, func(n graph.Node) error {
		p.NodesScanned++
		if b.AddNode(n) && n.Props.Bool(graph.PropKnownSmuggler) {
			known = append(known, n.Key)
		}
		return nil
	})
	if err != nil {
		return Projection{}, fmt.Errorf("analytics: scan nodes: %w", err)
	}
	if len(rels) > 0 {
		err = src.ScanEdges(ctx, rels, func(e graph.Edge) error {
			p.EdgesScanned++
			b.AddEdge(e)
			return nil
		})
		if err != nil {
			return Projection{}, fmt.Errorf("analytics: scan relationships: %w", err)
		}
	}
	p.Graph = b.Build()
	for _, k := range known {
		if id, ok := p.Graph.ID(k); ok {
			p.Known = append(p.Known, id)
		}
	}
	slices.Sort(p.Known)
	p.Known = slices.Compact(p.Known)
	return p, nil
}
