package ingest

import (
	"io"
	"time"

	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/ingest/resolve"
)

// File is one input of Load.
type File struct {
	Path   string // file to read
	Format Format // FormatAuto (or "") to detect
}

// Options configures Load. The zero value works for a plain load: batches
// of DefaultBatchSize records, no checkpoints, no reject file, no
// logging.
type Options struct {
	// BatchSize is the number of records per Upsert (default
	// DefaultBatchSize). A batch is the unit of atomicity and of resume.
	BatchSize int

	// DryRun parses, resolves and validates every record without calling
	// the Writer, saving checkpoints or writing the default reject file (a
	// RejectPath given explicitly is still written). The Writer may be nil.
	DryRun bool

	// StateDir holds one checkpoint file per input and, unless RejectPath
	// is set, one reject file per input (<file name>.rejects.jsonl).
	// Empty disables both.
	StateDir string

	// Resume skips the records that the input's checkpoint says were
	// committed, when the input still has the size and leading bytes it
	// had then. It needs StateDir.
	Resume bool

	// RejectPath, when set, is the one JSON Lines file every rejected
	// record of this Load is written to (truncated first, unless resuming).
	RejectPath string

	// MaxRejects stops a file with ErrTooManyRejects once more than this
	// many of its records were rejected; 0 means no limit.
	MaxRejects int

	// KeepRejects is how many ParseErrors per file Summary keeps (default
	// 20); the reject file has them all.
	KeepRejects int

	// MaxLineBytes bounds a CSV line and a JSON record (default
	// DefaultMaxLineBytes, 1 MiB).
	MaxLineBytes int

	// Resolve configures entity resolution: the default calling code of
	// national phone numbers and the deployment's card key.
	Resolve resolve.Options

	// Log receives an info line per file and, at most every few seconds,
	// per batch. Lines carry counts, formats and paths only, never record
	// values. The zero Logger discards.
	Log zerolog.Logger

	// Progress, when it is an *os.File on a terminal, shows a progress
	// bar with the rate. Otherwise no bar is drawn.
	Progress io.Writer

	// Now is the clock (default time.Now); tests set it.
	Now func() time.Time
}

// Defaults.
const (
	DefaultBatchSize   = 2000
	DefaultKeepRejects = 20
)

func (o Options) withDefaults() Options {
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.KeepRejects <= 0 {
		o.KeepRejects = DefaultKeepRejects
	}
	if o.MaxLineBytes <= 0 {
		o.MaxLineBytes = DefaultMaxLineBytes
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Summary reports a Load.
type Summary struct {
	Files    []FileSummary // one per file, in order, including a file that stopped Load
	Read     int           // records read, over all files (skipped ones included)
	Skipped  int           // records skipped because a checkpoint says they were committed
	Loaded   int           // records written (or, in a dry run, that would have been)
	Rejected int           // records rejected
	Batches  int           // Upsert calls (or batches validated, in a dry run)
	Nodes    int           // nodes written, after merging duplicates within each batch
	Edges    int           // relationships written, after merging duplicates within each batch
	Elapsed  time.Duration // wall time of the whole Load
}

// RecordsPerSecond returns the rate of records processed (loaded or
// rejected) per second of Elapsed.
func (s Summary) RecordsPerSecond() float64 { return rate(s.Loaded+s.Rejected, s.Elapsed) }

// FileSummary reports one input.
type FileSummary struct {
	Path       string        // the input
	Format     Format        // the detected format when FormatAuto was asked
	Read       int           // records read, skipped ones included
	Skipped    int           // records skipped on resume
	Loaded     int           // records written (or validated, in a dry run)
	Rejected   int           // records rejected
	Batches    int           // batches written
	Nodes      int           // nodes written, after merging duplicates within each batch
	Edges      int           // relationships written, likewise
	Elapsed    time.Duration // wall time for this file
	RejectPath string        // where rejects were written, if anywhere
	Rejects    []*ParseError // the first Options.KeepRejects rejects
	Complete   bool          // the whole file was read
}

// RecordsPerSecond returns the rate of records processed (loaded or
// rejected) per second of Elapsed.
func (s FileSummary) RecordsPerSecond() float64 { return rate(s.Loaded+s.Rejected, s.Elapsed) }

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

func (s *Summary) add(f FileSummary) {
	s.Files = append(s.Files, f)
	s.Read += f.Read
	s.Skipped += f.Skipped
	s.Loaded += f.Loaded
	s.Rejected += f.Rejected
	s.Batches += f.Batches
	s.Nodes += f.Nodes
	s.Edges += f.Edges
}
