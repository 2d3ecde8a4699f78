package resolvers

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/model"
	"github.com/borderlens/borderlens/resolvers/view"
)

// Bounds on mutation inputs.
const (
	maxNoteLength     = 2000
	maxResolution     = 100.0
	maxRejectionsShow = 20
)

func errNoRunner() error {
	return graph.Errorf(graph.EUNAVAILABLE, "analysis runs are not configured")
}

// recordInspection stores an inspection outcome through the inspection
// planner, or, when none is configured, directly as the declaration's
// outcome properties (which DATE training reads), and returns the
// declaration as stored afterwards.
func (r *Resolver) recordInspection(ctx context.Context, in model.RecordInspectionInput) (*view.Declaration, error) {
	key, err := graph.ParseKey(in.DeclarationID)
	if err != nil {
		return nil, err
	}
	if key.Kind != graph.KindDeclaration {
		return nil, graph.Errorf(graph.EINVALID, "declarationId: %s is not a declaration", key)
	}
	o := InspectionOutcome{Declaration: key, Illicit: in.Illicit, InspectedAt: r.now().UTC()}
	if in.Revenue != nil {
		if math.IsNaN(*in.Revenue) || math.IsInf(*in.Revenue, 0) || *in.Revenue < 0 {
			return nil, graph.Errorf(graph.EINVALID, "revenue must be a finite number >= 0")
		}
		o.Revenue = *in.Revenue
	}
	if in.InspectedAt != nil {
		o.InspectedAt = in.InspectedAt.UTC()
	}
	if in.Note != nil {
		if o.Note, err = text("note", *in.Note, false, maxNoteLength); err != nil {
			return nil, err
		}
	}
	if r.Inspections != nil {
		err = r.Inspections.RecordInspection(ctx, o)
	} else {
		err = r.storeOutcome(ctx, o)
	}
	if err != nil {
		return nil, err
	}
	n, err := r.fresh(ctx, key)
	if err != nil {
		return nil, err
	}
	return &view.Declaration{Base: view.Base{N: n}}, nil
}

// storeOutcome writes an outcome onto its declaration, which must exist.
func (r *Resolver) storeOutcome(ctx context.Context, o InspectionOutcome) error {
	if _, err := r.Store.Node(ctx, o.Declaration); err != nil {
		return err
	}
	critical := int64(0)
	if o.Illicit {
		critical = 1
	}
	return r.Store.SetProperties(ctx, []graph.PropertyUpdate{{Key: o.Declaration, Props: graph.Props{
		graph.PropInspected:   true,
		graph.PropIllicit:     o.Illicit,
		graph.PropRevenue:     o.Revenue,
		graph.PropCritical:    critical,
		graph.PropInspectedAt: o.InspectedAt.Format("2006-01-02T15:04:05Z07:00"),
	}}})
}

// fresh reads a node from the store, bypassing and refreshing the
// operation's loader cache (after a write).
func (r *Resolver) fresh(ctx context.Context, key graph.Key) (graph.Node, error) {
	n, err := r.Store.Node(ctx, key)
	if err != nil {
		return graph.Node{}, err
	}
	l := loadersFrom(ctx, r.Store)
	l.node.Clear(key)
	l.node.Prime(key, n)
	return n, nil
}

func (r *Resolver) startAnalysis(ctx context.Context, in *model.StartAnalysisInput) (*model.AnalysisRun, error) {
	req := AnalysisRequest{Seed: 1}
	if in != nil {
		if in.Seed != nil {
			if *in.Seed < 0 {
				return nil, graph.Errorf(graph.EINVALID, "seed must be >= 0")
			}
			req.Seed = int64(*in.Seed)
		}
		if in.Resolution != nil {
			if !(*in.Resolution > 0 && *in.Resolution <= maxResolution) {
				return nil, graph.Errorf(graph.EINVALID, "resolution must be in (0, %g]", maxResolution)
			}
			req.Resolution = *in.Resolution
		}
		if in.WriteBack != nil {
			req.WriteBack = *in.WriteBack
		}
	}
	if r.Runner == nil {
		return nil, errNoRunner()
	}
	run, err := r.Runner.StartAnalysis(ctx, req)
	if err != nil {
		return nil, err
	}
	return runModel(run), nil
}

// analysisRun returns the run with the given id (the latest when nil), or
// null when there is none.
func (r *Resolver) analysisRun(ctx context.Context, id *string) (*model.AnalysisRun, error) {
	if r.Runner == nil {
		return nil, errNoRunner()
	}
	s := ""
	if id != nil {
		s = strings.TrimSpace(*id)
	}
	run, err := r.Runner.AnalysisRun(ctx, s)
	if graph.ErrorCode(err) == graph.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return runModel(run), nil
}

func runModel(run AnalysisRun) *model.AnalysisRun {
	out := &model.AnalysisRun{
		ID: run.ID, StartedAt: run.StartedAt, Nodes: run.Nodes, Edges: run.Edges,
		KnownSmugglers: run.KnownSmugglers, Communities: run.Communities, Modularity: run.Modularity,
		NodesWritten: run.NodesWritten, Timings: []model.AnalysisTiming{}, Params: []view.Property{},
	}
	switch run.State {
	case RunSucceeded:
		out.State = model.AnalysisStateSucceeded
	case RunFailed:
		out.State = model.AnalysisStateFailed
	default:
		out.State = model.AnalysisStateRunning
	}
	if !run.FinishedAt.IsZero() {
		t := run.FinishedAt
		out.FinishedAt = &t
	}
	if run.Error != "" {
		e := run.Error
		out.Error = &e
	}
	for _, t := range run.Timings {
		out.Timings = append(out.Timings, model.AnalysisTiming{Phase: t.Phase, DurationMs: float64(t.Duration.Microseconds()) / 1000})
	}
	names := make([]string, 0, len(run.Params))
	for k := range run.Params {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		out.Params = append(out.Params, view.Property{Name: k, Value: run.Params[k]})
	}
	return out
}

func (r *Resolver) ingestFile(ctx context.Context, format string, file graphql.Upload) (*model.IngestReport, error) {
	format = strings.TrimSpace(format)
	if format == "" {
		return nil, graph.Errorf(graph.EINVALID, "format is required (an ingest format name or auto)")
	}
	if file.File == nil {
		return nil, graph.Errorf(graph.EINVALID, "file is required")
	}
	if r.Ingest == nil {
		return nil, graph.Errorf(graph.EUNAVAILABLE, "uploads are not configured")
	}
	res, err := r.Ingest.IngestFile(ctx, file.Filename, format, file.File)
	if err != nil {
		return nil, err
	}
	out := &model.IngestReport{
		Format: res.Format, Read: res.Read, Loaded: res.Loaded, Rejected: res.Rejected,
		Nodes: res.Nodes, Edges: res.Edges, Rejections: res.Rejections,
	}
	if out.Rejections == nil {
		out.Rejections = []string{}
	}
	out.Rejections = out.Rejections[:min(len(out.Rejections), maxRejectionsShow)]
	out.Alerts = r.alertNewRecords(ctx, res.Added)
	r.Log.Info().Str("req_id", graph.RequestIDFromContext(ctx)).Str("format", res.Format).
		Int("loaded", res.Loaded).Int("rejected", res.Rejected).Int("alerts", out.Alerts).Msg("graphql upload ingested")
	return out, nil
}
