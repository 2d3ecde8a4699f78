package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest"
	"github.com/borderlens/borderlens/ingest/resolve"
)

type ingestConfig struct {
	commonFlags
	format      string
	dryRun      bool
	resume      bool
	batchSize   int
	callingCode string
	rejects     string
}

func (c *ingestConfig) register(fs *flag.FlagSet) {
	c.commonFlags.register(fs)
	fs.StringVar(&c.format, "format", "auto", "input format (auto detects); one of the ingest formats")
	fs.BoolVar(&c.dryRun, "dry-run", false, "parse and validate without writing")
	fs.BoolVar(&c.resume, "resume", false, "skip records a previous run committed")
	fs.IntVar(&c.batchSize, "batch-size", ingest.DefaultBatchSize, "records per transaction")
	fs.StringVar(&c.callingCode, "calling-code", "82", "country calling code for national phone numbers")
	fs.StringVar(&c.rejects, "rejects", "", "write every rejected record to this JSON Lines file (default: one per input under <data-dir>/ingest)")
}

func runIngest(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg ingestConfig
	cfg.register(fs)
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("ingest: no input files")
	}
	format, err := ingest.ParseFormat(cfg.format)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	log, err := cfg.logger(stderr)
	if err != nil {
		return err
	}
	files := make([]ingest.File, 0, fs.NArg())
	for _, p := range fs.Args() {
		files = append(files, ingest.File{Path: p, Format: format})
	}
	var store graph.Store
	if !cfg.dryRun {
		store, err = openStore(ctx, cfg.dataDir, getenv, log)
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		defer store.Close()
	}
	sum, err := load(ctx, store, files, cfg, getenv, log)
	printSummary(stdout, sum)
	return err
}

// load runs the ingest pipeline with the command's options; the demo
// command uses it too, so both go through the same path.
func load(ctx context.Context, store graph.Store, files []ingest.File, cfg ingestConfig, getenv func(string) string, log zerolog.Logger) (ingest.Summary, error) {
	key, err := cardKey(cfg.dataDir, getenv)
	if err != nil {
		return ingest.Summary{}, err
	}
	var w ingest.Writer
	if store != nil {
		w = store
	}
	return ingest.Load(ctx, w, files, ingest.Options{
		BatchSize:  cfg.batchSize,
		DryRun:     cfg.dryRun,
		StateDir:   filepath.Join(cfg.dataDir, "ingest"),
		Resume:     cfg.resume,
		RejectPath: cfg.rejects,
		Resolve:    resolve.Options{CallingCode: cfg.callingCode, CardKey: key},
		Log:        log,
		Progress:   os.Stderr,
	})
}

func printSummary(w io.Writer, s ingest.Summary) {
	fmt.Fprintf(w, "ingest: %d records read, %d loaded, %d rejected, %d skipped; %d nodes and %d edges written in %d batches; %.0f records/s\n",
		s.Read, s.Loaded, s.Rejected, s.Skipped, s.Nodes, s.Edges, s.Batches, s.RecordsPerSecond())
}
