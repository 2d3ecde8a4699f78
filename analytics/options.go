package analytics

import (
	"fmt"
	"maps"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/graph"
)

// Algorithm names a community detection algorithm.
type Algorithm string

// Community detection algorithms.
const (
	Leiden  Algorithm = "leiden"  // community.Leiden (default)
	Louvain Algorithm = "louvain" // community.Louvain
)

// BetweennessMode says how betweenness is computed.
type BetweennessMode string

// Betweenness modes.
const (
	// BetweennessAuto is exact when N × 2M is within Options.PathBudget,
	// and sampled with as many pivots as the budget allows otherwise.
	BetweennessAuto    BetweennessMode = "auto"
	BetweennessExact   BetweennessMode = "exact"   // every node is a BFS source: O(N M)
	BetweennessSampled BetweennessMode = "sampled" // Options.Pivots random sources, with an error bound
	BetweennessOff     BetweennessMode = "off"     // not computed, not written
)

// Defaults used for zero Options fields.
const (
	DefaultResolution = 1.0
	DefaultDamping    = 0.85
	DefaultBatchSize  = 5000
	DefaultTopN       = 20
	DefaultPathBudget = 1e9 // adjacency entries scanned by betweenness BFS
	DefaultDelta      = 0.05
	MinPivots         = 64
)

// Options configure Analyze and Compute. The zero value is valid and
// gives the documented defaults.
type Options struct {
	// RunID names the run in the analysisRun property; "" means the run
	// time in RFC 3339.
	RunID string
	// Now is the clock, read at the start of the run (analysisTime) and
	// around each phase (Report.Timings); nil means time.Now in Analyze
	// and no timings in Compute.
	Now func() time.Time
	// Seed seeds every random choice (community visit orders, betweenness
	// pivots); equal seeds give equal results.
	Seed uint64

	Algorithm  Algorithm // "" means Leiden
	Resolution float64   // modularity resolution γ; 0 means 1

	Betweenness BetweennessMode // "" means BetweennessAuto
	Pivots      int             // sources for BetweennessSampled; 0 means as the budget allows
	PathBudget  float64         // budget of BetweennessAuto; 0 means DefaultPathBudget
	Delta       float64         // failure probability of the sampled bound; 0 means 0.05

	Damping float64 // PageRank and risk walk damping; 0 means 0.85

	NodeKinds []graph.Kind // projected kinds; nil means DefaultNodeKinds()
	Since     time.Time    // projection time window (see csr.Options)
	Until     time.Time
	Weights   csr.Weights // relationship weights; nil means csr.DefaultWeights()
	// RiskWeights are the relationship weights of the risk walk (the
	// projection reweighted with csr.Graph.Reweight); nil means
	// csr.DefaultRiskWeights(). Communities and centralities use Weights.
	RiskWeights csr.Weights

	EntityKinds []graph.Kind // kinds in Report.TopRisk; nil means DefaultEntityKinds()
	TopN        int          // length of Report's top lists; 0 means 20
	BatchSize   int          // property updates per SetProperties call; 0 means 5000
	Workers     int          // goroutines; 0 means GOMAXPROCS. Results do not depend on it.
	DryRun      bool         // compute and report, but write nothing back
}

// withDefaults validates o and fills in the defaults. It returns an
// EINVALID error naming the first bad field.
func (o Options) withDefaults() (Options, error) {
	switch o.Algorithm {
	case "":
		o.Algorithm = Leiden
	case Leiden, Louvain:
	default:
		return o, graph.Errorf(graph.EINVALID, "analytics: unknown algorithm %q (want leiden or louvain)", string(o.Algorithm))
	}
	switch o.Betweenness {
	case "":
		o.Betweenness = BetweennessAuto
	case BetweennessAuto, BetweennessExact, BetweennessSampled, BetweennessOff:
	default:
		return o, graph.Errorf(graph.EINVALID, "analytics: unknown betweenness mode %q", string(o.Betweenness))
	}
	bad := func(x float64) bool { return math.IsNaN(x) || math.IsInf(x, 0) || x < 0 }
	switch {
	case bad(o.Resolution):
		return o, graph.Errorf(graph.EINVALID, "analytics: resolution %v, want > 0", o.Resolution)
	case bad(o.Damping) || o.Damping >= 1:
		return o, graph.Errorf(graph.EINVALID, "analytics: damping %v, want in (0, 1)", o.Damping)
	case bad(o.Delta) || o.Delta >= 1:
		return o, graph.Errorf(graph.EINVALID, "analytics: delta %v, want in (0, 1)", o.Delta)
	case bad(o.PathBudget):
		return o, graph.Errorf(graph.EINVALID, "analytics: path budget %v, want >= 0", o.PathBudget)
	case o.Pivots < 0 || o.TopN < 0 || o.BatchSize < 0 || o.Workers < 0:
		return o, graph.Errorf(graph.EINVALID, "analytics: negative pivots, top-n, batch size or workers")
	}
	for _, k := range append(append([]graph.Kind(nil), o.NodeKinds...), o.EntityKinds...) {
		if !k.Valid() {
			return o, graph.Errorf(graph.EINVALID, "analytics: unknown node kind %q", string(k))
		}
	}
	if o.Resolution == 0 {
		o.Resolution = DefaultResolution
	}
	if o.Damping == 0 {
		o.Damping = DefaultDamping
	}
	if o.Delta == 0 {
		o.Delta = DefaultDelta
	}
	if o.PathBudget == 0 {
		o.PathBudget = DefaultPathBudget
	}
	if o.NodeKinds == nil {
		o.NodeKinds = DefaultNodeKinds()
	}
	if o.EntityKinds == nil {
		o.EntityKinds = DefaultEntityKinds()
	}
	if o.TopN == 0 {
		o.TopN = DefaultTopN
	}
	if o.BatchSize == 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.Workers == 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o, nil
}

// params returns the canonical description of a run with options o (with
// defaults filled in) on a graph where betweenness ran in mode with
// pivots sources: space-separated name=value pairs in a fixed order, the
// time window in RFC 3339 and omitted when open, node kinds and weights
// as "default" when they are, otherwise listed in sorted order.
func (o Options) params(mode BetweennessMode, pivots int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "algorithm=%s resolution=%s seed=%d damping=%s betweenness=%s",
		o.Algorithm, strconv.FormatFloat(o.Resolution, 'g', -1, 64), o.Seed, strconv.FormatFloat(o.Damping, 'g', -1, 64), mode)
	if mode == BetweennessSampled {
		fmt.Fprintf(&b, " pivots=%d delta=%s", pivots, strconv.FormatFloat(o.Delta, 'g', -1, 64))
	}
	if !o.Since.IsZero() {
		fmt.Fprintf(&b, " since=%s", o.Since.UTC().Format(time.RFC3339))
	}
	if !o.Until.IsZero() {
		fmt.Fprintf(&b, " until=%s", o.Until.UTC().Format(time.RFC3339))
	}
	kinds := slices.Clone(o.NodeKinds)
	slices.Sort(kinds)
	kinds = slices.Compact(kinds)
	def := DefaultNodeKinds()
	slices.Sort(def)
	if slices.Equal(kinds, def) {
		b.WriteString(" kinds=default")
	} else {
		ks := make([]string, len(kinds))
		for i, k := range kinds {
			ks[i] = string(k)
		}
		fmt.Fprintf(&b, " kinds=%s", strings.Join(ks, ","))
	}
	writeWeights(&b, "weights", o.Weights, csr.DefaultWeights())
	writeWeights(&b, "riskWeights", o.RiskWeights, csr.DefaultRiskWeights())
	return b.String()
}

// writeWeights appends " name=default" when w is nil or equals def, and
// " name=KIND:w,..." (kinds sorted) otherwise.
func writeWeights(b *strings.Builder, name string, w, def csr.Weights) {
	if w == nil || maps.Equal(w, def) {
		fmt.Fprintf(b, " %s=default", name)
		return
	}
	rels := slices.Sorted(maps.Keys(w))
	ws := make([]string, 0, len(rels))
	for _, r := range rels {
		ws = append(ws, string(r)+":"+strconv.FormatFloat(w[r], 'g', -1, 64))
	}
	fmt.Fprintf(b, " %s=%s", name, strings.Join(ws, ","))
}
