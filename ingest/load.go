package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/resolve"
)

// Load reads the files in order and writes their records through w, in
// batches of opts.BatchSize records, one Upsert (one transaction) per
// batch. It is idempotent: every node is keyed by a natural key and
// every relationship by its endpoints and kind, so loading a file again
// leaves the graph as it was.
//
// A record that cannot be parsed, resolved or validated is rejected as a
// whole (never half-written), reported as a *ParseError in the reject
// file and the Summary, and the load goes on. Input that cannot be read
// on (unreadable file, unknown format or header, UTF-16, an overlong line
// or record, broken JSON) stops Load after committing the good records
// before it; so do a failed Upsert, ctx cancellation (checked between
// batches) and Options.MaxRejects. Load then returns the Summary so far
// and the error: a *ParseError for input problems, the wrapped store or
// context error otherwise. With Options.StateDir, a checkpoint saved
// after each batch lets a later Load with Options.Resume skip what was
// committed.
func Load(ctx context.Context, w Writer, files []File, opts Options) (Summary, error) {
	opts = opts.withDefaults()
	start := opts.Now()
	var sum Summary
	if w == nil && !opts.DryRun {
		return sum, errors.New("ingest: Load needs a Writer unless DryRun is set")
	}
	if opts.Resume && opts.StateDir == "" {
		return sum, errors.New("ingest: Resume needs a StateDir")
	}
	res, err := resolve.New(opts.Resolve)
	if err != nil {
		return sum, fmt.Errorf("ingest: %w", err)
	}
	if opts.StateDir != "" && !opts.DryRun {
		if err := os.MkdirAll(opts.StateDir, 0o750); err != nil {
			return sum, fmt.Errorf("ingest: state dir: %w", err)
		}
	}
	l := &loader{w: w, opts: opts, res: res}
	if nr, ok := w.(NodeReader); ok {
		l.reader = nr
	}
	if opts.RejectPath != "" {
		if l.shared, err = openRejectFile(opts.RejectPath, opts.Resume); err != nil {
			return sum, fmt.Errorf("ingest: reject file: %w", err)
		}
		defer l.shared.close()
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			sum.Elapsed = opts.Now().Sub(start)
			return sum, err
		}
		fs, err := l.loadFile(ctx, f)
		sum.add(fs)
		if err != nil {
			sum.Elapsed = opts.Now().Sub(start)
			opts.Log.Warn().Err(err).Str("file", f.Path).Int("loaded", fs.Loaded).Int("rejected", fs.Rejected).Msg("ingest stopped")
			return sum, err
		}
	}
	sum.Elapsed = opts.Now().Sub(start)
	opts.Log.Info().Int("files", len(sum.Files)).Int("loaded", sum.Loaded).Int("rejected", sum.Rejected).
		Int("skipped", sum.Skipped).Int("batches", sum.Batches).Int("nodes", sum.Nodes).Int("edges", sum.Edges).
		Dur("elapsed", sum.Elapsed).Float64("recordsPerSecond", sum.RecordsPerSecond()).Bool("dryRun", opts.DryRun).
		Msg("ingest done")
	return sum, nil
}

// loader holds what one Load call shares between its files.
type loader struct {
	w      Writer
	reader NodeReader // w's optional lookup capability
	opts   Options
	res    *resolve.Resolver
	shared *rejectFile // Options.RejectPath, when set
}

// countingReader counts the bytes read from the input, for the progress
// bar.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// logEvery throttles the per-batch log lines.
const logEvery = 5 * time.Second

func (l *loader) loadFile(ctx context.Context, in File) (fs FileSummary, err error) {
	o := l.opts
	t0 := o.Now()
	format := in.Format
	if format == "" {
		format = FormatAuto
	}
	fs = FileSummary{Path: in.Path, Format: format}
	defer func() { fs.Elapsed = o.Now().Sub(t0) }()

	f, err := os.Open(in.Path)
	if err != nil {
		return fs, fmt.Errorf("ingest %s: %w", in.Path, err)
	}
	defer f.Close()
	fp, err := fingerprintOf(f)
	if err != nil {
		return fs, fmt.Errorf("ingest %s: %w", in.Path, err)
	}
	if format == FormatAuto {
		head := make([]byte, SniffBytes)
		n, _ := f.ReadAt(head, 0)
		if format, err = DetectFormat(in.Path, head[:n]); err != nil {
			return fs, &ParseError{File: in.Path, Line: 1, Err: err}
		}
		fs.Format = format
	}

	// Checkpoint.
	var cpPath string
	if o.StateDir != "" {
		cpPath = checkpointPath(o.StateDir, in.Path)
	}
	abs, _ := filepath.Abs(in.Path)
	cp := checkpoint{Path: abs, Format: format, fingerprint: fp}
	skip, resumed := 0, false
	if o.Resume {
		old, ok, err := loadCheckpoint(cpPath)
		if err != nil {
			return fs, fmt.Errorf("ingest %s: %w", in.Path, err)
		}
		switch {
		case ok && old.fingerprint == fp && old.Format == format:
			cp, skip, resumed = old, old.Records, true
			if old.Complete {
				fs.Read, fs.Skipped, fs.Complete = old.Records, old.Records, true
				o.Log.Info().Str("file", in.Path).Int("skipped", old.Records).Msg("ingest: already loaded, skipped")
				return fs, nil
			}
		case ok:
			o.Log.Warn().Str("file", in.Path).Msg("ingest: input changed since its checkpoint; loading it from the start")
		}
	}

	// Reject file.
	rej := l.shared
	if rej != nil {
		fs.RejectPath = o.RejectPath
	} else if o.StateDir != "" && !o.DryRun {
		fs.RejectPath = filepath.Join(o.StateDir, filepath.Base(in.Path)+".rejects.jsonl")
		if rej, err = openRejectFile(fs.RejectPath, resumed); err != nil {
			return fs, fmt.Errorf("ingest %s: reject file: %w", in.Path, err)
		}
		defer func() {
			if cerr := rej.close(); cerr != nil && err == nil {
				err = fmt.Errorf("ingest %s: reject file: %w", in.Path, cerr)
			}
			if st, serr := os.Stat(fs.RejectPath); serr == nil && st.Size() == 0 {
				os.Remove(fs.RejectPath)
				fs.RejectPath = ""
			}
		}()
	}

	cr := &countingReader{r: f}
	dec, err := NewDecoder(cr, format, DecoderOptions{Name: in.Path, Resolver: l.res, MaxLineBytes: o.MaxLineBytes})
	if err != nil {
		return fs, err
	}
	bar := newProgress(o.Progress, in.Path, fp.Size)
	defer bar.finish()

	acc := newAccumulator()
	var pending []*ParseError
	ordinal, lastLine := 0, 0
	lastLog := o.Now()
	writeRejects := func() error {
		if rej != nil && (!o.DryRun || rej == l.shared) {
			for _, pe := range pending {
				if err := rej.write(format, pe); err != nil {
					return fmt.Errorf("ingest %s: reject file: %w", in.Path, err)
				}
			}
			if err := rej.flush(); err != nil {
				return fmt.Errorf("ingest %s: reject file: %w", in.Path, err)
			}
		}
		cp.Rejected += len(pending)
		pending = pending[:0]
		return nil
	}
	flush := func() error {
		if acc.records == 0 && len(pending) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if acc.records > 0 {
			b := acc.batch()
			if !o.DryRun {
				if err := l.write(ctx, b); err != nil {
					return fmt.Errorf("ingest %s: batch %d (records up to line %d): %w", in.Path, fs.Batches+1, lastLine, err)
				}
			}
			fs.Batches++
			fs.Nodes += len(b.Nodes)
			fs.Edges += len(b.Edges)
			fs.Loaded += acc.records
			cp.Loaded += acc.records
		}
		if err := writeRejects(); err != nil {
			return err
		}
		cp.Records, cp.Line, cp.Updated = ordinal, lastLine, o.Now().UTC()
		if cpPath != "" && !o.DryRun {
			if err := cp.save(cpPath); err != nil {
				return fmt.Errorf("ingest %s: checkpoint: %w", in.Path, err)
			}
		}
		acc.reset()
		bar.set(cr.n)
		if now := o.Now(); now.Sub(lastLog) >= logEvery {
			lastLog = now
			o.Log.Info().Str("file", in.Path).Str("format", string(format)).Int("batches", fs.Batches).
				Int("loaded", fs.Loaded).Int("rejected", fs.Rejected).
				Float64("recordsPerSecond", rate(fs.Loaded+fs.Rejected, now.Sub(t0))).Msg("ingest progress")
		}
		return nil
	}

	for {
		frag, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			// Commit the good records read before the error, then stop.
			if ferr := flush(); ferr != nil {
				return fs, ferr
			}
			return fs, err
		}
		ordinal++
		fs.Read++
		if ordinal&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return fs, err
			}
		}
		if ordinal <= skip {
			fs.Skipped++
			continue
		}
		lastLine = frag.Line
		if frag.Reject == nil {
			if verr := validateFragment(frag.Batch); verr != nil {
				frag.Reject = &ParseError{File: in.Path, Line: frag.Line, Err: verr}
			}
		}
		if frag.Reject != nil {
			fs.Rejected++
			if len(fs.Rejects) < o.KeepRejects {
				fs.Rejects = append(fs.Rejects, frag.Reject)
			}
			pending = append(pending, frag.Reject)
			if o.MaxRejects > 0 && fs.Rejected > o.MaxRejects {
				if ferr := flush(); ferr != nil {
					return fs, ferr
				}
				return fs, &ParseError{File: in.Path, Line: frag.Line, Err: fmt.Errorf("%w: more than %d", ErrTooManyRejects, o.MaxRejects)}
			}
			if len(pending) >= o.BatchSize {
				// Bound the memory a file of nothing but bad records takes:
				// write the rejects out; the next batch's checkpoint covers
				// them.
				if err := writeRejects(); err != nil {
					return fs, err
				}
			}
			continue
		}
		acc.add(frag.Batch)
		if acc.records >= o.BatchSize {
			if err := flush(); err != nil {
				return fs, err
			}
		}
	}
	if err := flush(); err != nil {
		return fs, err
	}
	fs.Complete = true
	cp.Complete = true
	cp.Records, cp.Updated = ordinal, o.Now().UTC()
	if cpPath != "" && !o.DryRun {
		if err := cp.save(cpPath); err != nil {
			return fs, fmt.Errorf("ingest %s: checkpoint: %w", in.Path, err)
		}
	}
	bar.set(fp.Size)
	o.Log.Info().Str("file", in.Path).Str("format", string(format)).Int("read", fs.Read).Int("loaded", fs.Loaded).
		Int("rejected", fs.Rejected).Int("skipped", fs.Skipped).Int("batches", fs.Batches).
		Int("nodes", fs.Nodes).Int("edges", fs.Edges).Float64("recordsPerSecond", rate(fs.Loaded+fs.Rejected, o.Now().Sub(t0))).
		Bool("dryRun", o.DryRun).Msg("ingest file done")
	return fs, nil
}

// validateFragment checks a record's fragment as a whole before it joins
// a batch. Its messages name kinds, never keys: keys of people hold
// names and dates of birth, and reasons end up in logs.
func validateFragment(b graph.Batch) error {
	for _, n := range b.Nodes {
		if err := n.Validate(); err != nil {
			return fmt.Errorf("invalid %s node: %s", n.Key.Kind, graph.ErrorMessage(err))
		}
	}
	for _, e := range b.Edges {
		if e.From == e.To {
			return fmt.Errorf("%s relationship links a node to itself", e.Kind)
		}
		if err := e.Validate(); err != nil {
			return fmt.Errorf("invalid %s relationship: %s", e.Kind, graph.ErrorMessage(err))
		}
	}
	return nil
}

// write reconciles a batch with the stored nodes (when the Writer can
// read them) and upserts it.
func (l *loader) write(ctx context.Context, b graph.Batch) error {
	if l.reader != nil {
		if err := reconcile(ctx, l.reader, b); err != nil {
			return err
		}
	}
	return l.w.Upsert(ctx, b)
}
