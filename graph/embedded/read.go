package embedded

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/borderlens/borderlens/graph"
	"go.etcd.io/bbolt"
)

// Node returns the node with the given key.
func (s *Store) Node(ctx context.Context, key graph.Key) (graph.Node, error) {
	const op = "node"
	if err := key.Validate(); err != nil {
		return graph.Node{}, fail(op, err)
	}
	var n graph.Node
	err := s.view(ctx, op, func(tx *bbolt.Tx) error {
		b, err := bucketsOf(tx)
		if err != nil {
			return err
		}
		var ok bool
		if n, ok, err = b.node(nodeKey(key)); err != nil {
			return err
		}
		if !ok {
			return notFound(key)
		}
		return nil
	})
	if err != nil {
		return graph.Node{}, err
	}
	return n, nil
}

// Nodes returns the nodes with the given keys, in order, all read in one
// transaction.
func (s *Store) Nodes(ctx context.Context, keys []graph.Key) ([]graph.Node, []bool, error) {
	const op = "nodes"
	for _, k := range keys {
		if err := k.Validate(); err != nil {
			return nil, nil, fail(op, err)
		}
	}
	nodes := make([]graph.Node, len(keys))
	found := make([]bool, len(keys))
	err := s.view(ctx, op, func(tx *bbolt.Tx) error {
		b, err := bucketsOf(tx)
		if err != nil {
			return err
		}
		for i, k := range keys {
			if i%checkEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if nodes[i], found[i], err = b.node(nodeKey(k)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return nodes, found, nil
}

// Search scans the folded-text index (only the requested kinds' key
// ranges) comparing the folded query with each folded id and label. The
// index is read in key order, so within each rank the first Limit hits
// are the ones the contract wants: the scan keeps at most Limit keys per
// rank and stops early once Limit exact matches are found.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.Node, error) {
	const op = "search"
	text := []byte(graph.FoldText(q.Text))
	if len(text) == 0 {
		return nil, fail(op, graph.Errorf(graph.EINVALID, "search text is empty"))
	}
	if err := validKinds(q.Kinds); err != nil {
		return nil, fail(op, err)
	}
	limit := graph.ClampLimit(q.Limit, graph.DefaultSearchLimit, graph.MaxSearchLimit)
	var out []graph.Node
	err := s.view(ctx, op, func(tx *bbolt.Tx) error {
		b, err := bucketsOf(tx)
		if err != nil {
			return err
		}
		var hits [3][][]byte
		seen := 0
		c := b.text.Cursor()
	scan:
		for _, prefix := range kindPrefixes(q.Kinds) {
			for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
				if seen++; seen%(16*checkEvery) == 0 {
					if err := ctx.Err(); err != nil {
						return err
					}
				}
				r := matchRank(text, v)
				if r < 0 || len(hits[r]) >= limit {
					continue
				}
				hits[r] = append(hits[r], bytes.Clone(k))
				if len(hits[0]) == limit {
					break scan
				}
			}
		}
		keys := slices.Concat(hits[0], hits[1], hits[2])
		keys = keys[:min(len(keys), limit)]
		out = make([]graph.Node, 0, len(keys))
		for _, nk := range keys {
			n, ok, err := b.node(nk)
			if err != nil {
				return err
			}
			if !ok {
				return corrupt("text index", nk)
			}
			out = append(out, n)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// kindPrefixes returns the node-key prefixes of kinds, sorted and without
// duplicates, or the empty prefix (everything) when kinds is empty.
func kindPrefixes(kinds []graph.Kind) [][]byte {
	if len(kinds) == 0 {
		return [][]byte{nil}
	}
	ks := slices.Clone(kinds)
	slices.Sort(ks)
	ks = slices.Compact(ks)
	out := make([][]byte, len(ks))
	for i, k := range ks {
		out[i] = kindPrefix(k)
	}
	return out
}

// scanPage is how many items a scan reads per read transaction.
const scanPage = 1024

// ScanNodes calls fn for each node of the given kinds. Nodes are read in
// pages, each in its own short read transaction, and fn runs between
// transactions: a slow fn does not pin old pages, and fn may itself write
// to the store. A node is visited once even when writes happen meanwhile,
// since pages continue after the last key seen.
func (s *Store) ScanNodes(ctx context.Context, kinds []graph.Kind, fn func(graph.Node) error) error {
	const op = "scan nodes"
	if err := validKinds(kinds); err != nil {
		return fail(op, err)
	}
	for _, prefix := range kindPrefixes(kinds) {
		var after []byte
		for {
			var page []graph.Node
			err := s.view(ctx, op, func(tx *bbolt.Tx) error {
				b, err := bucketsOf(tx)
				if err != nil {
					return err
				}
				c := b.nodes.Cursor()
				var k []byte
				if after == nil {
					k, _ = c.Seek(prefix)
				} else if k, _ = c.Seek(after); bytes.Equal(k, after) {
					k, _ = c.Next()
				}
				for ; k != nil && bytes.HasPrefix(k, prefix) && len(page) < scanPage; k, _ = c.Next() {
					n, _, err := b.node(k)
					if err != nil {
						return err
					}
					page = append(page, n)
					after = bytes.Clone(k)
				}
				return nil
			})
			if err != nil {
				return err
			}
			for _, n := range page {
				if err := fn(n); err != nil {
					return fmt.Errorf("embedded: %s: %w", op, err)
				}
			}
			if len(page) < scanPage {
				break
			}
		}
	}
	return nil
}

// ScanEdges calls fn for each relationship of the given kinds, paging as
// ScanNodes does. Relationships are stored by start node, so a kind
// filter still reads every relationship's key (not its body).
func (s *Store) ScanEdges(ctx context.Context, kinds []graph.RelKind, fn func(graph.Edge) error) error {
	const op = "scan edges"
	if err := validRelKinds(kinds); err != nil {
		return fail(op, err)
	}
	var want map[string]bool
	if len(kinds) > 0 {
		want = make(map[string]bool, len(kinds))
		for _, k := range kinds {
			want[string(k)] = true
		}
	}
	var after []byte
	for {
		var page []graph.Edge
		read := 0
		err := s.view(ctx, op, func(tx *bbolt.Tx) error {
			b, err := bucketsOf(tx)
			if err != nil {
				return err
			}
			c := b.out.Cursor()
			var k, v []byte
			if after == nil {
				k, v = c.First()
			} else if k, v = c.Seek(after); bytes.Equal(k, after) {
				k, v = c.Next()
			}
			for ; k != nil && read < scanPage; k, v = c.Next() {
				read++
				after = bytes.Clone(k)
				if want != nil {
					_, kind, _, err := splitAdjKey(k)
					if err != nil {
						return corrupt("relationship key", k)
					}
					if !want[string(kind)] {
						continue
					}
				}
				e, err := edgeFrom(k, v)
				if err != nil {
					return err
				}
				page = append(page, e)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, e := range page {
			if err := fn(e); err != nil {
				return fmt.Errorf("embedded: %s: %w", op, err)
			}
		}
		if read < scanPage {
			return nil
		}
	}
}

// Stats reads the per-kind counts that every write keeps up to date.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	st := graph.Stats{Nodes: map[graph.Kind]int{}, Edges: map[graph.RelKind]int{}}
	err := s.view(ctx, "stats", func(tx *bbolt.Tx) error {
		b, err := bucketsOf(tx)
		if err != nil {
			return err
		}
		return b.counts.ForEach(func(k, v []byte) error {
			if len(k) < 2 || len(v) != 8 {
				return corrupt("count", k)
			}
			n := int(binary.BigEndian.Uint64(v))
			if n == 0 {
				return nil
			}
			switch k[0] {
			case 'n':
				st.Nodes[graph.Kind(k[1:])] = n
			case 'e':
				st.Edges[graph.RelKind(k[1:])] = n
			default:
				return corrupt("count", k)
			}
			return nil
		})
	})
	if err != nil {
		return graph.Stats{}, err
	}
	return st, nil
}
