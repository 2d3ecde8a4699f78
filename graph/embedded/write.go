package embedded

import (
	"bytes"
	"context"
	"encoding/binary"
	"slices"
	"time"

	"github.com/borderlens/borderlens/graph"
	"go.etcd.io/bbolt"
)

// Upsert merges the batch in one bbolt transaction: nodes first, then
// relationships (creating missing endpoints as bare nodes), each in key
// order for page locality, a key given twice keeping its batch order. The
// batch is validated before the transaction starts, ctx is checked every
// checkEvery items and once more before commit, and any error rolls the
// whole batch back.
func (s *Store) Upsert(ctx context.Context, b graph.Batch) error {
	const op = "upsert"
	if err := b.Validate(); err != nil {
		return fail(op, err)
	}
	if b.Len() == 0 {
		return fail(op, s.begin(ctx))
	}
	nodes := make([]keyed, len(b.Nodes))
	for i, n := range b.Nodes {
		nodes[i] = keyed{nodeKey(n.Key), i}
	}
	slices.SortStableFunc(nodes, compareKeyed)
	edges := make([]keyed, len(b.Edges))
	for i, e := range b.Edges {
		edges[i] = keyed{adjKey(nodeKey(e.From), e.Kind, nodeKey(e.To)), i}
	}
	slices.SortStableFunc(edges, compareKeyed)

	return s.update(ctx, op, func(tx *bbolt.Tx) error {
		w, err := newWriter(tx)
		if err != nil {
			return err
		}
		for i, n := range nodes {
			if i%checkEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if err := w.node(n.key, b.Nodes[n.i]); err != nil {
				return err
			}
		}
		for i, e := range edges {
			if i%checkEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if err := w.edge(e.key, b.Edges[e.i]); err != nil {
				return err
			}
		}
		if err := w.flushCounts(); err != nil {
			return err
		}
		return ctx.Err()
	})
}

// SetProperties applies the updates in one transaction, in order, after
// validating them all; a missing key rolls everything back with ENOTFOUND.
func (s *Store) SetProperties(ctx context.Context, updates []graph.PropertyUpdate) error {
	const op = "set properties"
	for i, u := range updates {
		if err := u.Key.Validate(); err != nil {
			return fail(op, graph.Errorf(graph.EINVALID, "update %d: %s", i, graph.ErrorMessage(err)))
		}
		if err := u.Props.Validate(); err != nil {
			return fail(op, graph.Errorf(graph.EINVALID, "update %d (%s): %s", i, u.Key, graph.ErrorMessage(err)))
		}
	}
	if len(updates) == 0 {
		return fail(op, s.begin(ctx))
	}
	order := make([]keyed, len(updates))
	for i, u := range updates {
		order[i] = keyed{nodeKey(u.Key), i}
	}
	slices.SortStableFunc(order, compareKeyed)

	return s.update(ctx, op, func(tx *bbolt.Tx) error {
		b, err := bucketsOf(tx)
		if err != nil {
			return err
		}
		for i, o := range order {
			if i%checkEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			u := updates[o.i]
			old := b.nodes.Get(o.key)
			if old == nil {
				return notFound(u.Key)
			}
			label, at, props, err := decodeRecord(old)
			if err != nil {
				return corrupt("node", o.key)
			}
			rec, err := appendRecord(make([]byte, 0, len(old)+32), label, at, mergeProps(props, u.Props))
			if err != nil {
				return err
			}
			if !bytes.Equal(rec, old) {
				if err := b.nodes.Put(o.key, rec); err != nil {
					return err
				}
			}
		}
		return ctx.Err()
	})
}

// keyed is a batch item's encoded key and its index in the batch.
type keyed struct {
	key []byte
	i   int
}

func compareKeyed(a, b keyed) int { return bytes.Compare(a.key, b.key) }

// writer applies one batch inside a read-write transaction. bbolt keeps
// the key and value slices given to Put until commit, so every Put gets
// slices of its own.
type writer struct {
	buckets
	exists    map[string]bool // node keys known to exist in this transaction
	nodeDelta map[graph.Kind]uint64
	edgeDelta map[graph.RelKind]uint64
}

func newWriter(tx *bbolt.Tx) (*writer, error) {
	b, err := bucketsOf(tx)
	if err != nil {
		return nil, err
	}
	return &writer{
		buckets:   b,
		exists:    map[string]bool{},
		nodeDelta: map[graph.Kind]uint64{},
		edgeDelta: map[graph.RelKind]uint64{},
	}, nil
}

// node merges n, stored under nk: a non-empty label and a non-zero At
// replace the stored ones, properties are set one by one (nil removes).
// An unchanged record is not rewritten, so re-loading the same data
// dirties no pages.
func (w *writer) node(nk []byte, n graph.Node) error {
	w.exists[string(nk)] = true
	old := w.nodes.Get(nk)
	if old == nil {
		rec, err := appendRecord(make([]byte, 0, 64), n.Label, n.At, n.Props)
		if err != nil {
			return err
		}
		w.nodeDelta[n.Key.Kind]++
		if err := w.nodes.Put(nk, rec); err != nil {
			return err
		}
		return w.text.Put(nk, textValue(n.Key, n.Label))
	}
	label, at, props, err := decodeRecord(old)
	if err != nil {
		return corrupt("node", nk)
	}
	oldLabel := label
	if n.Label != "" {
		label = n.Label
	}
	if !n.At.IsZero() {
		at = n.At
	}
	rec, err := appendRecord(make([]byte, 0, len(old)+32), label, at, mergeProps(props, n.Props))
	if err != nil {
		return err
	}
	if bytes.Equal(rec, old) {
		return nil
	}
	if err := w.nodes.Put(nk, rec); err != nil {
		return err
	}
	if label != oldLabel {
		return w.text.Put(nk, textValue(n.Key, label))
	}
	return nil
}

// endpoint creates the node k as a bare node (key only) unless it exists.
func (w *writer) endpoint(k graph.Key) error {
	nk := nodeKey(k)
	if w.exists[string(nk)] {
		return nil
	}
	w.exists[string(nk)] = true
	if w.nodes.Get(nk) != nil {
		return nil
	}
	w.nodeDelta[k.Kind]++
	if err := w.nodes.Put(nk, []byte{0}); err != nil {
		return err
	}
	return w.text.Put(nk, textValue(k, ""))
}

// edge merges e, whose out-bucket key is ok: a non-zero At replaces the
// stored one, properties are set one by one. The reverse index entry is
// written when the relationship is new or its At changed.
func (w *writer) edge(ok []byte, e graph.Edge) error {
	if err := w.endpoint(e.From); err != nil {
		return err
	}
	if err := w.endpoint(e.To); err != nil {
		return err
	}
	inKey := func() []byte { return adjKey(nodeKey(e.To), e.Kind, nodeKey(e.From)) }
	old := w.out.Get(ok)
	if old == nil {
		rec, err := appendRecord(nil, "", e.At, e.Props)
		if err != nil {
			return err
		}
		w.edgeDelta[e.Kind]++
		if err := w.out.Put(ok, rec); err != nil {
			return err
		}
		return w.in.Put(inKey(), atRecord(e.At))
	}
	_, at, props, err := decodeRecord(old)
	if err != nil {
		return corrupt("relationship", ok)
	}
	oldAt := at
	if !e.At.IsZero() {
		at = e.At
	}
	rec, err := appendRecord(make([]byte, 0, len(old)+32), "", at, mergeProps(props, e.Props))
	if err != nil {
		return err
	}
	if bytes.Equal(rec, old) {
		return nil
	}
	if err := w.out.Put(ok, rec); err != nil {
		return err
	}
	if !at.Equal(oldAt) {
		return w.in.Put(inKey(), atRecord(at))
	}
	return nil
}

// atRecord is the body of a reverse index entry: a record with At only.
func atRecord(at time.Time) []byte {
	rec, _ := appendRecord(make([]byte, 0, 12), "", at, nil) // no properties: cannot fail
	return rec
}

// flushCounts adds the batch's new nodes and relationships to the
// per-kind counts.
func (w *writer) flushCounts() error {
	add := func(key []byte, n uint64) error {
		if v := w.counts.Get(key); len(v) == 8 {
			n += binary.BigEndian.Uint64(v)
		}
		return w.counts.Put(key, binary.BigEndian.AppendUint64(nil, n))
	}
	for k, n := range w.nodeDelta {
		if err := add(countKey('n', string(k)), n); err != nil {
			return err
		}
	}
	for k, n := range w.edgeDelta {
		if err := add(countKey('e', string(k)), n); err != nil {
			return err
		}
	}
	return nil
}

// mergeProps sets upd's properties on old (which it may modify), a nil
// value removing one.
func mergeProps(old, upd graph.Props) graph.Props {
	if len(upd) == 0 {
		return old
	}
	if old == nil {
		old = make(graph.Props, len(upd))
	}
	for k, v := range upd {
		if v == nil {
			delete(old, k)
		} else {
			old[k] = v
		}
	}
	return old
}
