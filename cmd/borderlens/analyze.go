package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/borderlens/borderlens/analytics"
)

type analyzeConfig struct {
	commonFlags
	seed       uint64
	resolution float64
	algorithm  string
}

func (c *analyzeConfig) register(fs *flag.FlagSet) {
	c.commonFlags.register(fs)
	fs.Uint64Var(&c.seed, "seed", 1, "random seed (equal seeds give equal results)")
	fs.Float64Var(&c.resolution, "resolution", 1, "modularity resolution")
	fs.StringVar(&c.algorithm, "algorithm", "leiden", "community detection: leiden or louvain")
}

func (c analyzeConfig) options() analytics.Options {
	return analytics.Options{Seed: c.seed, Resolution: c.resolution, Algorithm: analytics.Algorithm(c.algorithm)}
}

func runAnalyze(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg analyzeConfig
	cfg.register(fs)
	if err := parseFlags(fs, args, getenv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
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
	fmt.Fprintf(w, "analyze %s: %d nodes, %d links, %d known smugglers; %s Q=%.4f in %d communities; betweenness %s\n",
		r.Run, r.Nodes, r.Edges, r.KnownSmugglers, r.Algorithm, r.Modularity, r.Communities, r.Betweenness)
	for _, t := range r.Timings {
		fmt.Fprintf(w, "  %-12s %v\n", t.Phase, t.Duration)
	}
}
