package resolvers

import (
	"context"
	"io"

	"github.com/borderlens/borderlens/graph"
)

// Ingester loads one uploaded file through the ingest pipeline. cmd
// implements it over ingest.Load and the server's store.
type Ingester interface {
	// IngestFile reads r (named name, in the given ingest format or
	// "auto") and loads it. Rejected records do not fail the call; they
	// are counted and described in the result.
	// Errors: EINVALID (unknown format, unreadable file), EUNAVAILABLE.
	IngestFile(ctx context.Context, name, format string, r io.Reader) (IngestResult, error)
}

// IngestResult reports one loaded file.
type IngestResult struct {
	Format     string
	Read       int
	Loaded     int
	Rejected   int
	Nodes      int
	Edges      int
	Rejections []string // the first rejections, naming line and field
	// Added lists the bookings, declarations, passengers and seizures the
	// file added (not stored before), which alerts are raised for.
	Added []graph.Key
}
