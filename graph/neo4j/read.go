package neo4j

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/borderlens/borderlens/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// collect runs cypher in tx and calls row for each record, returning the
// first error of the query, the stream or row.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any, row func(*neo4j.Record) error) error {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	for res.Next(ctx) {
		if err := row(res.Record()); err != nil {
			return err
		}
	}
	return res.Err()
}

// internalf reports a value the store wrote but cannot read back: a bug
// or a hand edit in the database.
func internalf(format string, args ...any) error {
	return graph.Errorf(graph.EINTERNAL, format, args...)
}

// fetchNodes reads the nodes with the given keys into a map.
func fetchNodes(ctx context.Context, tx neo4j.ManagedTransaction, keys []string) (map[string]graph.Node, error) {
	out := make(map[string]graph.Node, len(keys))
	err := collect(ctx, tx, `UNWIND $keys AS k
MATCH (n:Entity {key: k})
RETURN k, properties(n)`, map[string]any{"keys": keys}, func(r *neo4j.Record) error {
		k, _ := r.Values[0].(string)
		p, _ := r.Values[1].(map[string]any)
		n, err := nodeFrom(p)
		if err != nil {
			return internalf("read %s: %v", k, err)
		}
		out[k] = n
		return nil
	})
	return out, err
}

// Node returns the node with the given key.
func (s *Store) Node(ctx context.Context, key graph.Key) (graph.Node, error) {
	const op = "node"
	if err := key.Validate(); err != nil {
		return graph.Node{}, s.fail(ctx, op, err)
	}
	var n graph.Node
	err := s.read(ctx, op, func(tx neo4j.ManagedTransaction) error {
		m, err := fetchNodes(ctx, tx, []string{key.String()})
		if err != nil {
			return err
		}
		var ok bool
		if n, ok = m[key.String()]; !ok {
			return graph.Errorf(graph.ENOTFOUND, "node %s not found", key)
		}
		return nil
	})
	if err != nil {
		return graph.Node{}, err
	}
	return n, nil
}

// Nodes returns the nodes with the given keys in order, found[i] false
// where one is missing.
func (s *Store) Nodes(ctx context.Context, keys []graph.Key) ([]graph.Node, []bool, error) {
	const op = "nodes"
	for _, k := range keys {
		if err := k.Validate(); err != nil {
			return nil, nil, s.fail(ctx, op, err)
		}
	}
	nodes := make([]graph.Node, len(keys))
	found := make([]bool, len(keys))
	if len(keys) == 0 {
		return nodes, found, s.fail(ctx, op, ctx.Err())
	}
	var m map[string]graph.Node
	err := s.read(ctx, op, func(tx neo4j.ManagedTransaction) error {
		var err error
		m, err = fetchNodes(ctx, tx, keyStrings(keys))
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	for i, k := range keys {
		nodes[i], found[i] = m[k.String()]
	}
	return nodes, found, nil
}

// Search returns the nodes whose folded id or label contains the folded
// text. Candidates come from CONTAINS on the text-indexed folded
// properties; ranking (exact, prefix, substring, then key) is computed in
// Cypher only to cut the result at Limit, and recomputed in Go with
// graph.MatchRank so it is the embedded store's exactly.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.Node, error) {
	const op = "search"
	text := graph.FoldText(q.Text)
	if text == "" {
		return nil, s.fail(ctx, op, graph.Errorf(graph.EINVALID, "search text is empty"))
	}
	if err := validKinds(q.Kinds); err != nil {
		return nil, s.fail(ctx, op, err)
	}
	limit := graph.ClampLimit(q.Limit, graph.DefaultSearchLimit, graph.MaxSearchLimit)
	cypher := `MATCH (n:Entity)
WHERE (n._idFolded CONTAINS $q OR n._labelFolded CONTAINS $q)
  AND ($kinds IS NULL OR n.kind IN $kinds)
WITH n, CASE
    WHEN n._idFolded = $q OR n._labelFolded = $q THEN 0
    WHEN n._idFolded STARTS WITH $q OR n._labelFolded STARTS WITH $q THEN 1
    ELSE 2 END AS rank
ORDER BY rank, n.key`
	params := map[string]any{"q": text, "kinds": kindStrings(q.Kinds), "limit": limit + 1}
	type hit struct {
		n    graph.Node
		rank int
	}
	var hits []hit
	err := s.read(ctx, op, func(tx neo4j.ManagedTransaction) error {
		for _, full := range []bool{false, true} {
			c := cypher + "\nRETURN properties(n) LIMIT $limit"
			if full {
				c = cypher + "\nRETURN properties(n)"
			}
			hits = hits[:0]
			trust, rows := true, 0
			err := collect(ctx, tx, c, params, func(r *neo4j.Record) error {
				rows++
				p, _ := r.Values[0].(map[string]any)
				n, err := nodeFrom(p)
				if err != nil {
					return internalf("search: %v", err)
				}
				if rank := graph.MatchRank(text, n); rank >= 0 {
					hits = append(hits, hit{n, rank})
				}
				if unordered(n.Key.String()) {
					trust = false
				}
				return nil
			})
			if err != nil || trust || rows <= limit {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		return a.n.Key.Compare(b.n.Key)
	})
	out := make([]graph.Node, 0, min(limit, len(hits)))
	for i := 0; i < len(hits) && i < limit; i++ {
		out = append(out, hits[i].n)
	}
	return out, nil
}

// ScanNodes calls fn for each node of the given kinds. Nodes are read in
// pages of BatchSize by key range (the key constraint's index gives them
// in order), each page in its own read transaction, and fn runs between
// transactions, so a slow fn holds nothing open on the server and a
// retried page cannot call fn twice.
func (s *Store) ScanNodes(ctx context.Context, kinds []graph.Kind, fn func(graph.Node) error) error {
	const op = "scan nodes"
	if err := validKinds(kinds); err != nil {
		return s.fail(ctx, op, err)
	}
	type span struct{ lo, hi any } // key bounds: lo exclusive, hi exclusive or nil
	var spans []span
	if len(kinds) == 0 {
		spans = []span{{"", nil}}
	} else {
		done := map[graph.Kind]bool{}
		for _, k := range kinds {
			if !done[k] {
				done[k] = true
				// Keys of kind K are exactly the strings in ("K:", "K;").
				spans = append(spans, span{string(k) + ":", string(k) + ";"})
			}
		}
	}
	for _, sp := range spans {
		after := sp.lo
		for {
			var page []graph.Node
			var last string
			err := s.read(ctx, op, func(tx neo4j.ManagedTransaction) error {
				page, last = page[:0], ""
				return collect(ctx, tx, `MATCH (n:Entity)
WHERE n.key > $after AND ($before IS NULL OR n.key < $before)
RETURN n.key, properties(n) ORDER BY n.key LIMIT $page`,
					map[string]any{"after": after, "before": sp.hi, "page": s.cfg.BatchSize},
					func(r *neo4j.Record) error {
						last, _ = r.Values[0].(string)
						p, _ := r.Values[1].(map[string]any)
						n, err := nodeFrom(p)
						if err != nil {
							return internalf("scan %s: %v", last, err)
						}
						page = append(page, n)
						return nil
					})
			})
			if err != nil {
				return err
			}
			for _, n := range page {
				if err := fn(n); err != nil {
					return err
				}
			}
			if len(page) < s.cfg.BatchSize {
				break
			}
			after = last
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("neo4j: %s: %w", op, err)
			}
		}
	}
	return nil
}

// ScanEdges calls fn for each relationship of the given kinds. It pages
// over start nodes the way ScanNodes does (BatchSize keys in index order
// after the last one seen) and reads every outgoing relationship of a
// page's nodes in the same read transaction, so each relationship is
// visited once, with its start node. A page holds BatchSize start nodes
// and all their relationships: a node with a huge out-degree makes one
// large page, never a scan of the whole graph.
//
// The cursor is only ever compared by the key index: Neo4j's Cypher
// comparison of a stored string with a parameter does not always agree
// with its index order (they differ around runes at or above U+E000), so
// a cursor over (start, type, end) filtered in Cypher could skip rows.
func (s *Store) ScanEdges(ctx context.Context, kinds []graph.RelKind, fn func(graph.Edge) error) error {
	const op = "scan edges"
	if err := validRelKinds(kinds); err != nil {
		return s.fail(ctx, op, err)
	}
	edgeCypher := `UNWIND $keys AS k
MATCH (a:Entity {key: k})-[r:` + relTypes(kinds) + `]->(b:Entity)
RETURN a.key, type(r), b.key, properties(r)`
	after := ""
	for {
		var page []graph.Edge
		var last string
		var starts int
		err := s.read(ctx, op, func(tx neo4j.ManagedTransaction) error {
			page, last = page[:0], ""
			var keys []string
			err := collect(ctx, tx, `MATCH (n:Entity) WHERE n.key > $after
RETURN n.key ORDER BY n.key LIMIT $page`, map[string]any{"after": after, "page": s.cfg.BatchSize},
				func(r *neo4j.Record) error {
					last, _ = r.Values[0].(string)
					keys = append(keys, last)
					return nil
				})
			if err != nil || len(keys) == 0 {
				starts = 0
				return err
			}
			starts = len(keys)
			return collect(ctx, tx, edgeCypher, map[string]any{"keys": keys}, func(r *neo4j.Record) error {
				from, _ := r.Values[0].(string)
				typ, _ := r.Values[1].(string)
				to, _ := r.Values[2].(string)
				p, _ := r.Values[3].(map[string]any)
				e, err := edgeFrom(from, typ, to, p)
				if err != nil {
					return internalf("scan %s-%s->%s: %v", from, typ, to, err)
				}
				page = append(page, e)
				return nil
			})
		})
		if err != nil {
			return err
		}
		for _, e := range page {
			if err := fn(e); err != nil {
				return err
			}
		}
		if starts < s.cfg.BatchSize {
			return nil
		}
		after = last
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("neo4j: %s: %w", op, err)
		}
	}
}

// statsCypher counts every node label and relationship type in one
// statement; each COUNT subquery is a count-store lookup, not a scan.
func statsCypher() string {
	var b strings.Builder
	b.WriteString("RETURN ")
	for i, k := range graph.Kinds() {
		fmt.Fprintf(&b, "COUNT { MATCH (:%s) } AS n%d, ", label(k), i)
	}
	for i, r := range graph.RelKinds() {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "COUNT { MATCH ()-[:%s]->() } AS e%d", relType(r), i)
	}
	return b.String()
}

// Stats counts nodes per kind label and relationships per type from
// Neo4j's count store. Neo4j reads are read-committed, not snapshots, so
// the counts are read twice in a row until two readings agree: counts
// only grow under this API, so equal readings held together at one
// moment and the result never mixes a batch's nodes without its
// relationships.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	cypher := statsCypher()
	var counts []any
	err := s.read(ctx, "stats", func(tx neo4j.ManagedTransaction) error {
		read := func() ([]any, error) {
			var vals []any
			err := collect(ctx, tx, cypher, nil, func(r *neo4j.Record) error {
				vals = r.Values
				return nil
			})
			return vals, err
		}
		prev, err := read()
		if err != nil {
			return err
		}
		for range statsAttempts {
			cur, err := read()
			if err != nil {
				return err
			}
			if slices.Equal(prev, cur) {
				break
			}
			prev = cur
		}
		counts = prev
		return nil
	})
	if err != nil {
		return graph.Stats{}, err
	}
	kinds, rels := graph.Kinds(), graph.RelKinds()
	if len(counts) != len(kinds)+len(rels) {
		return graph.Stats{}, s.fail(ctx, "stats", internalf("stats: got %d counts, want %d", len(counts), len(kinds)+len(rels)))
	}
	st := graph.Stats{Nodes: map[graph.Kind]int{}, Edges: map[graph.RelKind]int{}}
	for i, k := range kinds {
		if n, _ := counts[i].(int64); n > 0 {
			st.Nodes[k] = int(n)
		}
	}
	for i, r := range rels {
		if n, _ := counts[len(kinds)+i].(int64); n > 0 {
			st.Edges[r] = int(n)
		}
	}
	return st, nil
}

// statsAttempts bounds the re-readings of Stats under constant writes;
// after them the last reading is returned.
const statsAttempts = 10
