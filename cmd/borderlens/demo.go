package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/ingest/resolve"
	"github.com/borderlens/borderlens/ingest/synth"
)

type demoConfig struct {
	ingestConfig
	seed       uint64
	sharedData string
	maxRows    int
	rings      int
	analyze    bool
	hs         bool
	date       bool
	refresh    bool
}

func (c *demoConfig) register(fs *flag.FlagSet) {
	c.ingestConfig.register(fs)
	fs.Uint64Var(&c.seed, "seed", 1, "demo world seed (equal seeds give identical files)")
	fs.StringVar(&c.sharedData, "shared-data", synth.DefaultDataDir, "directory holding the Korea Customs synthetic declarations")
	fs.IntVar(&c.maxRows, "max-rows", 0, "declaration rows copied per KCS file (0: all)")
	fs.IntVar(&c.rings, "rings", 0, "planted smuggling rings (0: the default)")
	fs.BoolVar(&c.analyze, "analyze", true, "run network analytics after loading")
	fs.BoolVar(&c.hs, "hs", true, "train the HS recommender on the demo declarations and score them")
	fs.BoolVar(&c.date, "date", true, "train DATE on the demo's past inspected declarations and score them all")
	fs.BoolVar(&c.refresh, "refresh", false, "recompute the scores and analytics even when nothing changed since the last complete run")
}

// runDemo generates the demo world as files and loads them through the
// same ingest path as 'borderlens ingest', then runs analytics.
func runDemo(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg demoConfig
	cfg.register(fs)
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	log, err := cfg.logger(stderr)
	if err != nil {
		return err
	}
	key, err := cardKey(cfg.dataDir, getenv)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	out := filepath.Join(cfg.dataDir, "demo")
	m, err := synth.Generate(ctx, synth.Options{
		KCSFiles: synth.DefaultKCSFiles(cfg.sharedData),
		MaxRows:  cfg.maxRows,
		OutDir:   out,
		Seed:     cfg.seed,
		Rings:    cfg.rings,
		Resolve:  resolve.Options{CallingCode: cfg.callingCode, CardKey: key},
	})
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	fmt.Fprintf(stdout, "demo: %d declarations, %d traders, %d passengers, %d bookings, %d seizures, %d rings (%d hidden members); ground truth %s\n",
		m.Counts.Declarations, m.Counts.Traders, m.Counts.Passengers, m.Counts.Bookings, m.Counts.Seizures, m.Counts.Rings, m.Counts.RingMembers, m.GroundTruth)
	store, err := openStore(ctx, cfg.dataDir, getenv, log)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer store.Close()
	// Generation is deterministic, so checkpoints of an earlier run of
	// the same seed still match and a second 'make run' loads nothing new.
	cfg.resume = true
	cfg.callingCode = m.CallingCode
	sum, err := load(ctx, store, m.Files, cfg.ingestConfig, getenv, log)
	printSummary(stdout, sum)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	// A run that loads nothing new, from the same binary and options into
	// a store of the size the last complete run left, with its model files
	// still there, keeps that run's scores and analytics (demostamp.go).
	// Otherwise the stamp goes before anything is recomputed, so an
	// interrupted run leaves none.
	stampFile := demoStampFile(cfg.dataDir)
	var binary string
	if !cfg.dryRun {
		binary = executableHash()
		stamp, err := newDemoStamp(ctx, store, cfg, binary)
		if err != nil {
			return err
		}
		if prev, ok := readDemoStamp(stampFile); ok && !cfg.refresh && sum.Loaded == 0 && sum.Rejected == 0 && prev.matches(stamp) && demoModelsPresent(cfg) {
			fmt.Fprintf(stdout, "demo: nothing new since the run of %s: its HS and DATE scores and analytics are kept (--refresh recomputes them)\n", prev.At.Format(time.RFC3339))
			return nil
		}
		if err := removeDemoStamp(stampFile); err != nil {
			return err
		}
	}
	// AI HS: learn from the nomenclature and the demo's described
	// declarations, then score them (hs.go).
	if cfg.hs {
		if err := demoHS(ctx, store, cfg.dataDir, cfg.sharedData, cfg.seed, stdout, log); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
	}
	// DATE fraud scores: train on the past inspected declarations, score
	// every declaration, roll up to traders (date.go).
	if cfg.date {
		if err := demoDATE(ctx, store, cfg.dataDir, cfg.seed, stdout, log); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
	}
	if cfg.analyze {
		rep, err := analytics.Analyze(ctx, store, analytics.Options{Seed: cfg.seed})
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		printReport(stdout, rep)
	}
	if cfg.dryRun {
		return nil
	}
	// The stamp records the store's size after this run's own writes.
	end, err := newDemoStamp(ctx, store, cfg, binary)
	if err != nil {
		return err
	}
	end.At = time.Now().UTC()
	return writeDemoStamp(stampFile, end)
}
