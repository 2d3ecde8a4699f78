package main

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers"
)

// maxRunsKept is how many finished runs analysisRun can still report.
const maxRunsKept = 20

// analysisRunner runs network analytics one at a time over the store and
// installs each successful result into the risk service. It implements
// resolvers.AnalysisRunner.
type analysisRunner struct {
	store graph.Store
	risk  *resolvers.RiskService
	log   zerolog.Logger
	now   func() time.Time

	mu      sync.Mutex
	runs    []resolvers.AnalysisRun // oldest first, at most maxRunsKept
	seq     int
	running bool
	cancel  context.CancelFunc // of the run in progress
	wg      sync.WaitGroup     // background runs
}

var _ resolvers.AnalysisRunner = (*analysisRunner)(nil)

func newAnalysisRunner(store graph.Store, risk *resolvers.RiskService, log zerolog.Logger) *analysisRunner {
	return &analysisRunner{store: store, risk: risk, log: log, now: time.Now}
}

// begin records a new running run, or fails with ECONFLICT while another
// one is in progress.
func (a *analysisRunner) begin(req resolvers.AnalysisRequest) (resolvers.AnalysisRun, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.running {
		return resolvers.AnalysisRun{}, graph.Errorf(graph.ECONFLICT, "analysis run %s is in progress", a.runs[len(a.runs)-1].ID)
	}
	a.seq++
	start := a.now().UTC()
	run := resolvers.AnalysisRun{
		ID:        fmt.Sprintf("%s-%d", start.Format("20060102T150405Z"), a.seq),
		State:     resolvers.RunRunning,
		StartedAt: start,
		Params: map[string]string{
			"seed":       strconv.FormatInt(req.Seed, 10),
			"resolution": strconv.FormatFloat(resolution(req.Resolution), 'g', -1, 64),
			"writeBack":  strconv.FormatBool(req.WriteBack),
		},
	}
	a.runs = append(a.runs, run)
	if len(a.runs) > maxRunsKept {
		a.runs = a.runs[len(a.runs)-maxRunsKept:]
	}
	a.running = true
	return run, nil
}

func resolution(r float64) float64 {
	if r <= 0 {
		return analytics.DefaultResolution
	}
	return r
}

// finish records the outcome of the running run.
func (a *analysisRunner) finish(id string, rep analytics.Report, err error) resolvers.AnalysisRun {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.running, a.cancel = false, nil
	for i := range a.runs {
		r := &a.runs[i]
		if r.ID != id {
			continue
		}
		r.FinishedAt = a.now().UTC()
		r.Nodes, r.Edges, r.KnownSmugglers = rep.Nodes, rep.Edges, rep.KnownSmugglers
		r.Communities, r.Modularity, r.NodesWritten = rep.Communities, rep.Modularity, rep.NodesWritten
		for _, t := range rep.Timings {
			r.Timings = append(r.Timings, resolvers.RunTiming{Phase: t.Phase, Duration: t.Duration})
		}
		r.State = resolvers.RunSucceeded
		if err != nil {
			r.State, r.Error = resolvers.RunFailed, graph.ErrorMessage(err)
		}
		return *r
	}
	return resolvers.AnalysisRun{}
}

// Run performs one analytics run and waits for it. Errors: ECONFLICT
// while another run is in progress, and the run's own error.
func (a *analysisRunner) Run(ctx context.Context, req resolvers.AnalysisRequest) (resolvers.AnalysisRun, error) {
	run, err := a.begin(req)
	if err != nil {
		return run, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	a.mu.Lock()
	a.cancel = cancel
	a.mu.Unlock()
	return a.execute(ctx, run.ID, req)
}

func (a *analysisRunner) execute(ctx context.Context, id string, req resolvers.AnalysisRequest) (resolvers.AnalysisRun, error) {
	rep, err := analytics.Analyze(ctx, a.store, analytics.Options{
		RunID: id, Seed: uint64(req.Seed), Resolution: req.Resolution, DryRun: !req.WriteBack,
	})
	if err == nil {
		a.risk.SetResult(rep.Result)
	}
	run := a.finish(id, rep, err)
	ev := a.log.Info()
	if err != nil {
		ev = a.log.Warn().Err(err)
	}
	ev.Str("run", id).Str("state", run.State).Int("nodes", rep.Nodes).Int("communities", rep.Communities).
		Float64("modularity", rep.Modularity).Int("written", rep.NodesWritten).
		Dur("elapsed", run.FinishedAt.Sub(run.StartedAt)).Msg("analytics run finished")
	return run, err
}

// StartAnalysis implements resolvers.AnalysisRunner: it starts the run in
// the background, detached from the request, and returns at once. Close
// cancels it.
func (a *analysisRunner) StartAnalysis(ctx context.Context, req resolvers.AnalysisRequest) (resolvers.AnalysisRun, error) {
	run, err := a.begin(req)
	if err != nil {
		return run, err
	}
	bg, cancel := context.WithCancel(context.WithoutCancel(ctx))
	a.mu.Lock()
	a.cancel = cancel
	a.mu.Unlock()
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		defer cancel()
		_, _ = a.execute(bg, run.ID, req)
	}()
	return run, nil
}

// AnalysisRun implements resolvers.AnalysisRunner.
func (a *analysisRunner) AnalysisRun(ctx context.Context, id string) (resolvers.AnalysisRun, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.runs) == 0 {
		return resolvers.AnalysisRun{}, graph.Errorf(graph.ENOTFOUND, "no analysis run yet")
	}
	if id == "" {
		return a.runs[len(a.runs)-1], nil
	}
	for _, r := range a.runs {
		if r.ID == id {
			return r, nil
		}
	}
	return resolvers.AnalysisRun{}, graph.Errorf(graph.ENOTFOUND, "analysis run %q not found", id)
}

// Close cancels a run in progress and waits for background runs to end.
func (a *analysisRunner) Close() {
	a.mu.Lock()
	if a.cancel != nil {
		a.cancel()
	}
	a.mu.Unlock()
	a.wg.Wait()
}
