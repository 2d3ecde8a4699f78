package analytics

import (
	"context"

	"github.com/borderlens/borderlens/graph"
)

// Source is what Analyze needs from a store: the two scans and the bulk
// property write. graph.Store satisfies it.
type Source interface {
	// ScanNodes calls fn for every node of the given kinds (all when
	// empty). Errors as graph.Store.ScanNodes.
	ScanNodes(ctx context.Context, kinds []graph.Kind, fn func(graph.Node) error) error
	// ScanEdges calls fn for every relationship of the given kinds (all
	// when empty). Errors as graph.Store.ScanEdges.
	ScanEdges(ctx context.Context, kinds []graph.RelKind, fn func(graph.Edge) error) error
	// SetProperties applies property updates to existing nodes in one
	// transaction. Errors: ENOTFOUND (a key is missing: nothing is
	// written), EINVALID.
	SetProperties(ctx context.Context, updates []graph.PropertyUpdate) error
}

var _ Source = graph.Store(nil)

// PropRiskHops is the property Analyze writes with the number of links
// between a node and its nearest known smuggler (int64; removed when no
// known smuggler is linked). It belongs beside the other analytics
// properties in graph/properties.go, which this package does not own.
const PropRiskHops = "riskHops"

// PropRiskCorroborated is the property Analyze writes with the node's
// corroborated risk (float64, risk.Corroboration.Score): how strongly and
// by how many known smugglers independently it is reached. A ranking
// score, not a probability.
const PropRiskCorroborated = "networkRiskCorroborated"

// PropAnalysisParams is the property Analyze writes with the parameters
// of the run (string, Result.Params), beside analysisRun and
// analysisTime, so that every score can be traced to how it was made.
const PropAnalysisParams = "analysisParams"

// DefaultNodeKinds returns the node kinds Analyze projects by default:
// every kind except Country, Airport and Office. Those are hubs shared by
// thousands of unrelated parties: kept, they put every trader two hops
// from every smuggler, dominate betweenness and turn risk paths into
// noise, while their links carry almost no weight (see
// csr.DefaultWeights).
func DefaultNodeKinds() []graph.Kind {
	var ks []graph.Kind
	for _, k := range graph.Kinds() {
		switch k {
		case graph.KindCountry, graph.KindAirport, graph.KindOffice:
		default:
			ks = append(ks, k)
		}
	}
	return ks
}

// DefaultEntityKinds returns the kinds ranked in Report.TopRisk by
// default: traders and passengers.
func DefaultEntityKinds() []graph.Kind {
	return []graph.Kind{graph.KindTrader, graph.KindPassenger}
}
