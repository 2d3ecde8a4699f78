package embedded

import (
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/borderlens/borderlens/graph"
	"go.etcd.io/bbolt"
)

var _ graph.Store = (*Store)(nil)

// DefaultLockTimeout is how long Open waits, by default, for another
// process to release the database file.
const DefaultLockTimeout = 5 * time.Second

// Options tunes Open.
type Options struct {
	// LockTimeout bounds the wait for a database file that another
	// process holds open (bbolt takes an exclusive file lock). Zero means
	// DefaultLockTimeout; ctx's deadline shortens it.
	LockTimeout time.Duration
}

// Store is a graph.Store in one bbolt file. It is safe for concurrent use.
type Store struct {
	db     *bbolt.DB
	path   string
	closed atomic.Bool
}

// Open opens the store in the file at path, creating the file (and its
// directory) when missing. It fails with EUNAVAILABLE when the file is
// locked by another process for longer than the lock timeout or cannot be
// opened, and EINTERNAL when it is not a store of this format.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	op := "open " + path
	if path == "" {
		return nil, fail("open", graph.Errorf(graph.EINVALID, "no database path"))
	}
	if err := ctx.Err(); err != nil {
		return nil, fail(op, err)
	}
	timeout := opts.LockTimeout
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	if d, ok := ctx.Deadline(); ok {
		timeout = max(min(timeout, time.Until(d)), time.Millisecond)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fail(op, err)
	}
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{
		Timeout: timeout,
		// The hashmap freelist stays fast when a large file fragments.
		FreelistType: bbolt.FreelistMapType,
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil, fail(op, ctx.Err())
		}
		return nil, fail(op, err)
	}
	if err := db.Update(initialise); err != nil {
		db.Close()
		return nil, fail(op, err)
	}
	return &Store{db: db, path: path}, nil
}

// initialise creates the buckets of a new file and checks the format of an
// existing one.
func initialise(tx *bbolt.Tx) error {
	for _, name := range []string{bucketMeta, bucketNodes, bucketText, bucketOut, bucketIn, bucketCounts} {
		if _, err := tx.CreateBucketIfNotExists([]byte(name)); err != nil {
			return err
		}
	}
	meta := tx.Bucket([]byte(bucketMeta))
	switch v := meta.Get([]byte(formatKey)); {
	case v == nil:
		return meta.Put([]byte(formatKey), []byte(formatVersion))
	case string(v) != formatVersion:
		return graph.Errorf(graph.EINTERNAL, "database format %q, want %q", v, formatVersion)
	}
	return nil
}

// Path returns the database file's path, for reopening it.
func (s *Store) Path() string { return s.path }

// Ready returns nil when the store is open, and an EUNAVAILABLE error once
// it is closed.
func (s *Store) Ready(ctx context.Context) error {
	return s.view(ctx, "ready", func(*bbolt.Tx) error { return nil })
}

// Close closes the file. Committed data stays durable. Close waits for
// running transactions; later calls to any method fail with EUNAVAILABLE,
// and a second Close returns nil.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	if err := s.db.Close(); err != nil {
		return fail("close "+s.path, err)
	}
	return nil
}

// view runs fn in a read transaction.
func (s *Store) view(ctx context.Context, op string, fn func(*bbolt.Tx) error) error {
	if err := s.begin(ctx); err != nil {
		return fail(op, err)
	}
	return fail(op, s.db.View(fn))
}

// update runs fn in a read-write transaction, committed (and fsync'd)
// when fn returns nil and rolled back otherwise.
func (s *Store) update(ctx context.Context, op string, fn func(*bbolt.Tx) error) error {
	if err := s.begin(ctx); err != nil {
		return fail(op, err)
	}
	return fail(op, s.db.Update(fn))
}

// begin checks that a transaction may start.
func (s *Store) begin(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.closed.Load() {
		return graph.Errorf(graph.EUNAVAILABLE, "store is closed")
	}
	return nil
}

// buckets are the buckets of one transaction.
type buckets struct {
	nodes, text, out, in, counts *bbolt.Bucket
}

func bucketsOf(tx *bbolt.Tx) (buckets, error) {
	b := buckets{
		nodes:  tx.Bucket([]byte(bucketNodes)),
		text:   tx.Bucket([]byte(bucketText)),
		out:    tx.Bucket([]byte(bucketOut)),
		in:     tx.Bucket([]byte(bucketIn)),
		counts: tx.Bucket([]byte(bucketCounts)),
	}
	if b.nodes == nil || b.text == nil || b.out == nil || b.in == nil || b.counts == nil {
		return b, graph.Errorf(graph.EINTERNAL, "database file lacks its buckets")
	}
	return b, nil
}

// node reads the node with encoded key nk, reporting false when missing.
func (b buckets) node(nk []byte) (graph.Node, bool, error) {
	v := b.nodes.Get(nk)
	if v == nil {
		return graph.Node{}, false, nil
	}
	k, err := parseNodeKey(nk)
	if err != nil {
		return graph.Node{}, false, corrupt("node key", nk)
	}
	label, at, props, err := decodeRecord(v)
	if err != nil {
		return graph.Node{}, false, corrupt("node", nk)
	}
	return graph.Node{Key: k, Label: label, At: at, Props: props}, true, nil
}

// edge decodes the relationship stored under out-bucket key k with value v.
func edgeFrom(k, v []byte) (graph.Edge, error) {
	id, err := parseEdgeKey(k)
	if err != nil {
		return graph.Edge{}, corrupt("relationship key", k)
	}
	_, at, props, err := decodeRecord(v)
	if err != nil {
		return graph.Edge{}, corrupt("relationship", k)
	}
	return graph.Edge{From: id.From, Kind: id.Kind, To: id.To, At: at, Props: props}, nil
}

// checkEvery is how many items long loops handle between ctx checks.
const checkEvery = 1024

// validKinds checks node kinds used as filters.
func validKinds(kinds []graph.Kind) error {
	for _, k := range kinds {
		if !k.Valid() {
			return graph.Errorf(graph.EINVALID, "unknown node kind %q", string(k))
		}
	}
	return nil
}

// validRelKinds checks relationship kinds used as filters.
func validRelKinds(kinds []graph.RelKind) error {
	for _, r := range kinds {
		if !r.Valid() {
			return graph.Errorf(graph.EINVALID, "unknown relationship kind %q", string(r))
		}
	}
	return nil
}
