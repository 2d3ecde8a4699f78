package ingest

import (
	"context"

	"github.com/borderlens/borderlens/graph"
)

// Writer is the part of graph.Store that loading needs: one transactional
// batch upsert. Each call commits a whole batch or nothing (see the
// graph.Store contract), which is what makes a batch the unit of resume.
type Writer interface {
	// Upsert merges a batch of nodes and relationships in one transaction.
	// Errors: graph EINVALID, EUNAVAILABLE, EINTERNAL, or a wrapped ctx
	// error.
	Upsert(ctx context.Context, b graph.Batch) error
}

var _ Writer = graph.Store(nil)

// NodeReader is an optional capability of a Writer: a batch lookup of
// stored nodes. When the Writer has it, Load reads the stored version of
// the nodes a batch touches before writing, so that properties that must
// accumulate across loads do: a trader's roles are the union of every
// role seen, the raw value of an identifier is the one first seen, and a
// known smuggler keeps the earliest seizure that marked it. Without it
// these rules hold within one Load call's batches only.
type NodeReader interface {
	// Nodes returns the nodes with the given keys, in order, with found[i]
	// false for a missing key. Errors: graph EINVALID.
	Nodes(ctx context.Context, keys []graph.Key) (nodes []graph.Node, found []bool, err error)
}

var _ NodeReader = graph.Store(nil)
