package graph

import "context"

// Batch is a set of nodes and relationships written in one transaction.
type Batch struct {
	Nodes []Node
	Edges []Edge
}

// Len returns the number of items in the batch.
func (b Batch) Len() int { return len(b.Nodes) + len(b.Edges) }

// Validate checks every node and edge, naming the first bad item.
func (b Batch) Validate() error {
	for i, n := range b.Nodes {
		if err := n.Validate(); err != nil {
			return Errorf(EINVALID, "node %d (%s): %s", i, n.Key, ErrorMessage(err))
		}
	}
	for i, e := range b.Edges {
		if err := e.Validate(); err != nil {
			return Errorf(EINVALID, "edge %d (%s): %s", i, e.ID(), ErrorMessage(err))
		}
	}
	return nil
}

// PropertyUpdate sets (or, with a nil value, removes) properties of one
// existing node.
type PropertyUpdate struct {
	Key   Key
	Props Props
}

// Stats counts stored nodes and relationships by kind.
type Stats struct {
	Nodes map[Kind]int
	Edges map[RelKind]int
}

// NodeCount returns the total number of nodes.
func (s Stats) NodeCount() int {
	t := 0
	for _, v := range s.Nodes {
		t += v
	}
	return t
}

// EdgeCount returns the total number of relationships.
func (s Stats) EdgeCount() int {
	t := 0
	for _, v := range s.Edges {
		t += v
	}
	return t
}

// Store is the customs graph's storage contract. Every implementation
// (graph/embedded, graph/neo4j) passes the conformance suite in
// graph/storetest, which checks each point below.
//
// Merge idempotency: nodes are identified by Key, relationships by
// (From, Kind, To). Upserting an existing node replaces its Label (when the
// new one is non-empty) and At (when non-zero) and sets the given
// properties, keeping properties it does not name; upserting an existing
// relationship does the same for At and properties. Upserting the same
// batch twice leaves the store exactly as after the first time. A
// relationship whose endpoint does not exist yet creates that endpoint as a
// bare node (key only), as Cypher MERGE does.
//
// Atomicity: Upsert and SetProperties are all-or-nothing. A batch that
// fails validation, hits a missing node, is cancelled or fails in the
// store leaves nothing of itself behind. A committed batch survives Close
// and a crash.
//
// Ordering and limits: Subgraph, ShortestPaths and Search follow the
// semantics documented on SubgraphQuery, PathQuery and SearchQuery, and
// clamp depth and limits to the constants in subgraph.go. Results are
// deterministic for a given store content. Scans visit every item exactly
// once, in no specified order (consumers that need an order sort).
//
// Concurrency: all methods are safe for concurrent use. Readers see only
// committed batches, and every batch committed before a read began. A read
// that overlaps commits sees each overlapping batch whole or not at all in
// a snapshot store (graph/embedded); a read-committed store (graph/neo4j,
// whose traversals are not protected from concurrent commits) may see part
// of a batch that commits while it runs.
//
// Cancellation: every method honours ctx; a cancelled ctx stops the work
// and returns an error wrapping ctx.Err(), and a cancelled write commits
// nothing.
//
// Errors: methods return *Error values (checked with ErrorCode):
// EINVALID for malformed keys, properties or queries; ENOTFOUND for a
// missing node in Node, Subgraph centres, ShortestPaths endpoints and
// SetProperties; EUNAVAILABLE when the backing service cannot be reached;
// EINTERNAL otherwise. Context errors are returned wrapped, unconverted.
type Store interface {
	// Upsert merges a batch of nodes and relationships in one transaction.
	// Errors: EINVALID, EUNAVAILABLE, EINTERNAL.
	Upsert(ctx context.Context, b Batch) error

	// Node returns the node with the given key. Errors: ENOTFOUND, EINVALID.
	Node(ctx context.Context, key Key) (Node, error)

	// Nodes returns the nodes with the given keys, in the same order, with
	// found[i] false (and a zero Node) where a key is missing. It is the
	// batch getter behind the API's dataloaders. Errors: EINVALID.
	Nodes(ctx context.Context, keys []Key) (nodes []Node, found []bool, err error)

	// Subgraph returns the neighbourhood described by q.
	// Errors: ENOTFOUND (a centre is missing), EINVALID.
	Subgraph(ctx context.Context, q SubgraphQuery) (Subgraph, error)

	// ShortestPaths returns the shortest paths described by q.
	// Errors: ENOTFOUND (an endpoint is missing), EINVALID.
	ShortestPaths(ctx context.Context, q PathQuery) ([]Path, error)

	// Search returns the nodes whose id or label matches q.
	// Errors: EINVALID (empty text).
	Search(ctx context.Context, q SearchQuery) ([]Node, error)

	// SetProperties applies property updates to existing nodes in one
	// transaction; a nil value removes the property. It is how analytics
	// and scores are written back in bulk.
	// Errors: ENOTFOUND (any key missing: nothing is written), EINVALID.
	SetProperties(ctx context.Context, updates []PropertyUpdate) error

	// ScanNodes calls fn for every node of the given kinds (all kinds when
	// empty), stopping at the first error fn returns.
	ScanNodes(ctx context.Context, kinds []Kind, fn func(Node) error) error

	// ScanEdges calls fn for every relationship of the given kinds (all
	// when empty), stopping at the first error fn returns.
	ScanEdges(ctx context.Context, kinds []RelKind, fn func(Edge) error) error

	// Stats counts nodes and relationships by kind.
	Stats(ctx context.Context) (Stats, error)

	// Ready returns nil when the store can serve requests, or an
	// EUNAVAILABLE error saying why not.
	Ready(ctx context.Context) error

	// Close releases the store. Committed data stays durable.
	Close() error
}
