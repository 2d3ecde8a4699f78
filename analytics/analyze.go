package analytics

import (
	"context"
	"fmt"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// Report summarises one Analyze run.
type Report struct {
	Run    string    // run id, as written in analysisRun
	Time   time.Time // run start, as written in analysisTime
	Params string    // run parameters, as written in analysisParams (Result.Params)

	NodesScanned   int // nodes read from the source
	EdgesScanned   int // relationships read from the source
	Nodes          int // nodes in the projection
	Edges          int // distinct linked node pairs in the projection
	KnownSmugglers int // known smugglers in the projection

	Algorithm   Algorithm
	Resolution  float64
	Modularity  float64
	Communities int

	Betweenness      BetweennessMode // as run: exact, sampled or off
	Pivots           int             // BFS sources used
	BetweennessBound float64         // absolute error bound of sampled betweenness (0 when exact)
	BoundDelta       float64         // the bound holds with probability 1 − BoundDelta

	Timings []Timing // scan, community, pagerank, betweenness, risk, summaries, write

	TopCommunities []Community // first Options.TopN of Result.Communities()
	TopRisk        []RiskScore // riskiest entities (Options.EntityKinds), known smugglers excluded

	NodesWritten int // nodes whose properties were written back

	// Result keeps everything computed, for profiles and rankings; drop
	// the Report (or set this to nil) to free it.
	Result *Result
}

// Analyze runs the network analytics over src and writes the results
// back onto every projected node:
//
//	communityId (int64), pagerank, betweenness, networkRisk,
//	networkRiskCorroborated (float64), degree, riskHops (int64),
//	analysisRun, analysisTime, analysisParams (string)
//
// It scans the source into a projection (Project), runs the functional
// core (Compute) and writes the properties with SetProperties in batches
// of opts.BatchSize, checking ctx between phases and between batches.
// betweenness is removed (so that no value of an earlier run remains
// beside this run's id) when opts.Betweenness is off, riskHops from nodes
// with no linked known smuggler. Nodes outside the
// projection (other kinds, or dated outside the time window) are not
// touched: they keep the properties, and the analysisRun, of the last run
// that covered them. Each batch is atomic; a failed or cancelled run may
// leave earlier batches written, each node consistent with itself and
// stamped with the run id.
//
// Errors: EINVALID for bad options, and the wrapped errors of the source
// and of ctx.
func Analyze(ctx context.Context, src Source, opts Options) (Report, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return Report{}, err
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	start := o.Now()
	if o.RunID == "" {
		o.RunID = start.UTC().Format(time.RFC3339)
	}
	p, err := Project(ctx, src, o)
	if err != nil {
		return Report{}, err
	}
	scanned := o.Now().Sub(start)
	if err := ctx.Err(); err != nil {
		return Report{}, fmt.Errorf("analytics: %w", err)
	}
	res, err := Compute(p.Graph, p.Known, o)
	if err != nil {
		return Report{}, err
	}
	res.Time = start
	res.Timings = append([]Timing{{Phase: "scan", Duration: scanned}}, res.Timings...)
	if err := ctx.Err(); err != nil {
		return Report{}, fmt.Errorf("analytics: %w", err)
	}
	rep := res.report(p)
	if !o.DryRun {
		t0 := o.Now()
		n, err := res.writeBack(ctx, src)
		rep.NodesWritten = n
		res.Timings = append(res.Timings, Timing{Phase: "write", Duration: o.Now().Sub(t0)})
		rep.Timings = res.Timings
		if err != nil {
			return rep, err
		}
	}
	return rep, nil
}

func (r *Result) report(p Projection) Report {
	g := r.Graph
	rep := Report{
		Run: r.Run, Time: r.Time, Params: r.Params,
		NodesScanned: p.NodesScanned, EdgesScanned: p.EdgesScanned,
		Nodes: g.N(), Edges: g.Edges(), KnownSmugglers: len(r.Risk.Seeds),
		Algorithm: r.Opts.Algorithm, Resolution: r.Opts.Resolution,
		Modularity: r.Modularity, Communities: r.Partition.Count(),
		Betweenness: BetweennessOff,
		Timings:     r.Timings,
		TopRisk:     r.TopRisk(ByNetworkRisk, r.Opts.EntityKinds, r.Opts.TopN),
		Result:      r,
	}
	if r.Betweenness != nil {
		rep.Betweenness, rep.Pivots = BetweennessExact, r.Paths.Pivots
		if !r.Paths.Exact {
			rep.Betweenness = BetweennessSampled
			rep.BetweennessBound, rep.BoundDelta = r.Paths.BetweennessBound, r.Paths.Delta
		}
	}
	cs := r.Communities()
	rep.TopCommunities = cs[:min(len(cs), r.Opts.TopN)]
	return rep
}

// writeBack writes the run's properties in batches and returns the number
// of nodes written.
func (r *Result) writeBack(ctx context.Context, dst Source) (int, error) {
	n, size := r.Graph.N(), r.Opts.BatchSize
	at := r.Time.UTC().Format(time.RFC3339)
	batch := make([]graph.PropertyUpdate, 0, min(size, n))
	written := 0
	for lo := 0; lo < n; lo += size {
		if err := ctx.Err(); err != nil {
			return written, fmt.Errorf("analytics: write properties: %w", err)
		}
		batch = batch[:0]
		for u := lo; u < min(n, lo+size); u++ {
			batch = append(batch, r.update(int32(u), at))
		}
		if err := dst.SetProperties(ctx, batch); err != nil {
			return written, fmt.Errorf("analytics: write properties of nodes %d-%d: %w", lo, lo+len(batch)-1, err)
		}
		written += len(batch)
	}
	return written, nil
}

// update returns the property update of node u.
func (r *Result) update(u int32, at string) graph.PropertyUpdate {
	p := graph.Props{
		graph.PropCommunityID:  int64(r.Partition[u]),
		graph.PropPageRank:     r.PageRank[u],
		graph.PropDegree:       int64(r.Degree[u]),
		graph.PropNetworkRisk:  r.Risk.Risk[u],
		graph.PropAnalysisRun:  r.Run,
		graph.PropAnalysisTime: at,
		PropAnalysisParams:     r.Params,
		PropRiskHops:           nil,
		PropRiskCorroborated:   r.Corroboration.Score[u],
	}
	if h := r.Risk.Hops[u]; h >= 0 {
		p[PropRiskHops] = int64(h)
	}
	p[graph.PropBetweenness] = nil
	if r.Betweenness != nil {
		p[graph.PropBetweenness] = r.Betweenness[u]
	}
	return graph.PropertyUpdate{Key: r.Graph.Key(u), Props: p}
}
