package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/graph"
)

type analyzeConfig struct {
	commonFlags
	seed         uint64
	resolution   float64
	algorithm    string
	betweenness  string
	pivots       int
	since, until timeFlag
	kinds        string
	dryRun       bool
}

func (c *analyzeConfig) register(fs *flag.FlagSet) {
	c.commonFlags.register(fs)
	fs.Uint64Var(&c.seed, "seed", 1, "random seed (equal seeds give equal results)")
	fs.Float64Var(&c.resolution, "resolution", 1, "modularity resolution")
	fs.StringVar(&c.algorithm, "algorithm", "leiden", "community detection: leiden or louvain")
	fs.StringVar(&c.betweenness, "betweenness", "auto", "betweenness: auto (exact when cheap, else sampled), exact, sampled or off")
	fs.IntVar(&c.pivots, "pivots", 0, "BFS sources of sampled betweenness (0: as many as the budget allows)")
	fs.Var(&c.since, "since", "project only nodes and links dated on or after this day (YYYY-MM-DD or RFC 3339)")
	fs.Var(&c.until, "until", "project only nodes and links dated on or before this time (YYYY-MM-DD or RFC 3339)")
	fs.StringVar(&c.kinds, "kinds", "", "comma-separated node kinds to project (default: all but Country, Airport and Office)")
	fs.BoolVar(&c.dryRun, "dry-run", false, "compute and report, write nothing back")
}

func (c analyzeConfig) options() analytics.Options {
	o := analytics.Options{
		Seed: c.seed, Resolution: c.resolution, Algorithm: analytics.Algorithm(c.algorithm),
		Betweenness: analytics.BetweennessMode(c.betweenness), Pivots: c.pivots,
		Since: time.Time(c.since), Until: time.Time(c.until), DryRun: c.dryRun,
	}
	for _, k := range strings.Split(c.kinds, ",") {
		if k = strings.TrimSpace(k); k != "" {
			o.NodeKinds = append(o.NodeKinds, graph.Kind(k))
		}
	}
	return o
}

// timeFlag is a flag holding a day (YYYY-MM-DD, midnight UTC) or an RFC
// 3339 time; the zero time when not set.
type timeFlag time.Time

func (t *timeFlag) String() string {
	if t == nil || time.Time(*t).IsZero() {
		return ""
	}
	return time.Time(*t).Format(time.RFC3339)
}

func (t *timeFlag) Set(s string) error {
	for _, layout := range []string{time.DateOnly, time.RFC3339} {
		if v, err := time.Parse(layout, s); err == nil {
			*t = timeFlag(v)
			return nil
		}
	}
	return fmt.Errorf("%q is neither YYYY-MM-DD nor RFC 3339", s)
}

func runAnalyze(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg analyzeConfig
	cfg.register(fs)
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	log, err := cfg.logger(stderr)
	if err != nil {
		return err
	}
	store, err := openStore(ctx, cfg.dataDir, getenv, log)
	if err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	defer store.Close()
	rep, err := analytics.Analyze(ctx, store, cfg.options())
	if err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	printReport(stdout, rep)
	return nil
}

func printReport(w io.Writer, r analytics.Report) {
	fmt.Fprintf(w, "analyze %s: %d nodes, %d links, %d known smugglers; %s Q=%.4f in %d communities; betweenness %s; %d nodes written\n",
		r.Run, r.Nodes, r.Edges, r.KnownSmugglers, r.Algorithm, r.Modularity, r.Communities, r.Betweenness, r.NodesWritten)
	fmt.Fprintf(w, "  %-13s %s\n", "params", r.Params)
	for _, t := range r.Timings {
		fmt.Fprintf(w, "  %-13s %v\n", t.Phase, t.Duration)
	}
}
