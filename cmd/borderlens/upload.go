package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest"
	"github.com/borderlens/borderlens/ingest/resolve"
	"github.com/borderlens/borderlens/resolvers"
)

// maxAddedKeys bounds the new records one upload reports for alerts.
const maxAddedKeys = 10000

// uploader loads files uploaded through GraphQL with the same pipeline as
// 'borderlens ingest'. It implements resolvers.Ingester. Uploads run one
// at a time: each is a bulk write.
type uploader struct {
	store   graph.Store
	dataDir string
	resolve resolve.Options
	log     zerolog.Logger

	mu sync.Mutex
}

var _ resolvers.Ingester = (*uploader)(nil)

// IngestFile implements resolvers.Ingester. The upload is spooled to a
// temporary file under <data-dir>/uploads (the pipeline reads paths),
// loaded, and removed.
func (u *uploader) IngestFile(ctx context.Context, name, format string, r io.Reader) (resolvers.IngestResult, error) {
	f, err := ingest.ParseFormat(format)
	if err != nil {
		return resolvers.IngestResult{}, graph.Errorf(graph.EINVALID, "format: %s", graph.ErrorMessage(err))
	}
	dir := filepath.Join(u.dataDir, "uploads")
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return resolvers.IngestResult{}, fmt.Errorf("upload: %w", err)
	}
	// Keep the extension: format detection uses it for ambiguous content.
	tmp, err := os.CreateTemp(dir, "upload-*"+safeExt(name))
	if err != nil {
		return resolvers.IngestResult{}, fmt.Errorf("upload: %w", err)
	}
	path := tmp.Name()
	defer os.Remove(path)
	_, err = io.Copy(tmp, r)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return resolvers.IngestResult{}, fmt.Errorf("upload: spool: %w", err)
	}

	u.mu.Lock()
	defer u.mu.Unlock()
	w := &addedWriter{store: u.store}
	sum, err := ingest.Load(ctx, w, []ingest.File{{Path: path, Format: f}}, ingest.Options{Resolve: u.resolve, Log: u.log})
	shown := filepath.Base(name)
	if err != nil {
		var pe *ingest.ParseError
		if errors.As(err, &pe) {
			return resolvers.IngestResult{}, graph.Errorf(graph.EINVALID, "%s", strings.ReplaceAll(pe.Error(), path, shown))
		}
		if graph.ErrorCode(err) != graph.EINTERNAL {
			return resolvers.IngestResult{}, err
		}
		return resolvers.IngestResult{}, fmt.Errorf("upload: %w", err)
	}
	res := resolvers.IngestResult{
		Read: sum.Read, Loaded: sum.Loaded, Rejected: sum.Rejected, Nodes: sum.Nodes, Edges: sum.Edges, Added: w.added,
	}
	for _, fs := range sum.Files {
		res.Format = string(fs.Format)
		for _, pe := range fs.Rejects {
			res.Rejections = append(res.Rejections, strings.ReplaceAll(pe.Error(), path, shown))
		}
	}
	return res, nil
}

// safeExt returns the lower-case extension of an uploaded file's name when
// it is short and plain, else "".
func safeExt(name string) string {
	ext := strings.ToLower(filepath.Ext(filepath.Base(name)))
	if len(ext) > 8 || strings.ContainsAny(ext, `/\ `) {
		return ""
	}
	return ext
}

// addedWriter passes batches to the store and records which bookings,
// declarations, passengers and seizures were not stored before.
type addedWriter struct {
	store graph.Store
	added []graph.Key
}

var (
	_ ingest.Writer     = (*addedWriter)(nil)
	_ ingest.NodeReader = (*addedWriter)(nil)
)

func alertable(k graph.Kind) bool {
	switch k {
	case graph.KindBooking, graph.KindDeclaration, graph.KindPassenger, graph.KindSeizure:
		return true
	}
	return false
}

// Upsert implements ingest.Writer.
func (w *addedWriter) Upsert(ctx context.Context, b graph.Batch) error {
	var keys []graph.Key
	if len(w.added) < maxAddedKeys {
		seen := map[graph.Key]bool{}
		for _, n := range b.Nodes {
			if alertable(n.Key.Kind) && !seen[n.Key] {
				seen[n.Key] = true
				keys = append(keys, n.Key)
			}
		}
	}
	var found []bool
	if len(keys) > 0 {
		var err error
		if _, found, err = w.store.Nodes(ctx, keys); err != nil {
			return err
		}
	}
	if err := w.store.Upsert(ctx, b); err != nil {
		return err
	}
	for i, k := range keys {
		if !found[i] && len(w.added) < maxAddedKeys {
			w.added = append(w.added, k)
		}
	}
	return nil
}

// Nodes implements ingest.NodeReader.
func (w *addedWriter) Nodes(ctx context.Context, keys []graph.Key) ([]graph.Node, []bool, error) {
	return w.store.Nodes(ctx, keys)
}
