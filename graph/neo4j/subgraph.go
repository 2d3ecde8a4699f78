package neo4j

import (
	"context"
	"slices"
	"strconv"

	"github.com/borderlens/borderlens/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Subgraph expands breadth-first from the centres, one Cypher statement
// per hop, all in one read transaction. Each hop asks the server for the
// new neighbours of the frontier that pass the filters, sorted by key and
// cut at the nodes still allowed plus one (to detect truncation), so a hub
// with a hundred thousand neighbours sends only what the limit can use.
// The node set and distances are then exactly the contract's ranking by
// (distance, key); a last statement reads the nodes and every
// relationship among them that passes the filters.
func (s *Store) Subgraph(ctx context.Context, q graph.SubgraphQuery) (graph.Subgraph, error) {
	const op = "subgraph"
	if len(q.Centers) == 0 {
		return graph.Subgraph{}, s.fail(ctx, op, graph.Errorf(graph.EINVALID, "subgraph needs at least one centre"))
	}
	for _, k := range q.Centers {
		if err := k.Validate(); err != nil {
			return graph.Subgraph{}, s.fail(ctx, op, err)
		}
	}
	if err := validKinds(q.NodeKinds); err != nil {
		return graph.Subgraph{}, s.fail(ctx, op, err)
	}
	if err := validRelKinds(q.RelKinds); err != nil {
		return graph.Subgraph{}, s.fail(ctx, op, err)
	}
	if q.Depth < 0 {
		return graph.Subgraph{}, s.fail(ctx, op, graph.Errorf(graph.EINVALID, "negative depth %d", q.Depth))
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
		return graph.Subgraph{}, s.fail(ctx, op, graph.Errorf(graph.EINVALID, "until is before since"))
	}
	depth := min(q.Depth, graph.MaxDepth)
	limit := graph.ClampLimit(q.Limit, graph.DefaultNodeLimit, graph.MaxNodeLimit)

	centres := slices.Clone(q.Centers)
	slices.SortFunc(centres, graph.Key.Compare)
	centres = slices.Compact(centres)

	types := relTypes(q.RelKinds)
	timeOK := func(v string) string {
		return "($since IS NULL OR " + v + ".at IS NULL OR " + v + ".at >= $since) AND ($until IS NULL OR " + v + ".at IS NULL OR " + v + ".at <= $until)"
	}
	hopCypher := `UNWIND $frontier AS k
MATCH (n:Entity {key: k})-[r:` + types + `]-(m:Entity)
WHERE NOT m.key IN $seen
  AND ($kinds IS NULL OR m.kind IN $kinds)
  AND ` + timeOK("r") + ` AND ` + timeOK("m") + `
WITH DISTINCT m.key AS key
RETURN key ORDER BY key`
	edgeCypher := `UNWIND $keys AS k
MATCH (a:Entity {key: k})-[r:` + types + `]->(b:Entity)
WHERE b.key IN $keys AND ` + timeOK("r") + `
RETURN a.key, type(r), b.key, properties(r)`
	base := map[string]any{
		"kinds": kindStrings(q.NodeKinds),
		"since": timeParam(q.Since),
		"until": timeParam(q.Until),
	}
	param := func(kv ...any) map[string]any {
		m := make(map[string]any, len(base)+len(kv)/2)
		for k, v := range base {
			m[k] = v
		}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}

	var out graph.Subgraph
	err := s.read(ctx, op, func(tx neo4j.ManagedTransaction) error {
		out = graph.Subgraph{Distance: map[graph.Key]int{}}
		cs := keyStrings(centres)
		nodes, err := fetchNodes(ctx, tx, cs)
		if err != nil {
			return err
		}
		for _, c := range centres {
			if _, ok := nodes[c.String()]; !ok {
				return graph.Errorf(graph.ENOTFOUND, "node %s not found", c)
			}
		}
		// Levels of keys, each sorted; levels[0] are the centres.
		levels := [][]string{cs}
		total := len(cs)
		if total > limit {
			levels[0] = cs[:limit]
			total = limit
			out.Truncated = true
		}
		for d := 1; d <= depth && !out.Truncated; d++ {
			frontier := levels[d-1]
			if len(frontier) == 0 {
				break
			}
			// A neighbour of level d-1 is at level d-2, d-1 or d; centres
			// are excluded too in case a filtered-out centre was not reached
			// the usual way.
			seen := slices.Concat(levels[0], frontier)
			if d >= 2 {
				seen = slices.Concat(seen, levels[d-2])
			}
			want := limit - total + 1 // one more than fits, to see truncation
			next, err := s.hop(ctx, tx, hopCypher, param("frontier", frontier, "seen", seen), want)
			if err != nil {
				return err
			}
			if len(next) > limit-total {
				next = next[:limit-total]
				out.Truncated = true
			}
			levels = append(levels, next)
			total += len(next)
		}

		all := slices.Concat(levels...)
		more, err := fetchNodes(ctx, tx, all[len(levels[0]):])
		if err != nil {
			return err
		}
		for d, lv := range levels {
			for _, k := range lv {
				n, ok := nodes[k]
				if !ok {
					n, ok = more[k]
				}
				if !ok {
					// Deleted between two statements of this read: not
					// possible under Neo4j's read-committed isolation for
					// nodes we just matched, but do not invent one.
					continue
				}
				out.Nodes = append(out.Nodes, n)
				out.Distance[n.Key] = d
			}
		}
		out.Edges = out.Edges[:0]
		return collect(ctx, tx, edgeCypher, param("keys", all), func(r *neo4j.Record) error {
			from, _ := r.Values[0].(string)
			typ, _ := r.Values[1].(string)
			to, _ := r.Values[2].(string)
			p, _ := r.Values[3].(map[string]any)
			e, err := edgeFrom(from, typ, to, p)
			if err != nil {
				return internalf("subgraph edge: %v", err)
			}
			out.Edges = append(out.Edges, e)
			return nil
		})
	})
	if err != nil {
		return graph.Subgraph{}, err
	}
	slices.SortFunc(out.Nodes, func(a, b graph.Node) int {
		if da, db := out.Distance[a.Key], out.Distance[b.Key]; da != db {
			return da - db
		}
		return a.Key.Compare(b.Key)
	})
	slices.SortFunc(out.Edges, func(a, b graph.Edge) int { return a.ID().Compare(b.ID()) })
	return out, nil
}

// hop runs one expansion statement and returns the first want keys in Go
// key order. It asks the server for want rows in its own order and trusts
// them when no key holds a rune where Neo4j's order differs from Go's;
// otherwise it reads the whole level and sorts here.
func (s *Store) hop(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any, want int) ([]string, error) {
	var keys []string
	row := func(r *neo4j.Record) error {
		k, _ := r.Values[0].(string)
		keys = append(keys, k)
		return nil
	}
	params["want"] = want
	if err := collect(ctx, tx, cypher+" LIMIT $want", params, row); err != nil {
		return nil, err
	}
	// Fewer rows than asked for is the whole level: nothing was cut.
	if len(keys) < want || !slices.ContainsFunc(keys, unordered) {
		slices.SortFunc(keys, compareKeyStrings)
		return keys, nil
	}
	keys = keys[:0]
	if err := collect(ctx, tx, cypher, params, row); err != nil {
		return nil, err
	}
	slices.SortFunc(keys, compareKeyStrings)
	return keys[:min(want, len(keys))], nil
}

// compareKeyStrings orders "Kind:ID" strings as graph.Key.Compare orders
// the keys: no kind name is a prefix of another, so byte order of the
// string form is kind order, then id order.
func compareKeyStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// ShortestPaths finds the shortest paths with Cypher's allShortestPaths,
// whose WHERE predicates Neo4j applies during the search (so the minimum
// is taken over the paths that satisfy them). Paths are ordered by their
// node keys, then their relationship identities, server-side to cut at
// Limit, and again in Go (see hop for when the server's order is not
// trusted).
func (s *Store) ShortestPaths(ctx context.Context, q graph.PathQuery) ([]graph.Path, error) {
	const op = "shortest paths"
	for _, k := range []graph.Key{q.From, q.To} {
		if err := k.Validate(); err != nil {
			return nil, s.fail(ctx, op, err)
		}
	}
	if err := validKinds(q.NodeKinds); err != nil {
		return nil, s.fail(ctx, op, err)
	}
	if err := validRelKinds(q.RelKinds); err != nil {
		return nil, s.fail(ctx, op, err)
	}
	hops := graph.ClampLimit(q.MaxHops, graph.MaxHops, graph.MaxHops)
	limit := graph.ClampLimit(q.Limit, graph.DefaultPathLimit, graph.MaxPathLimit)

	// hops is an int from our clamp: the only non-constant in the text.
	where := ""
	if len(q.NodeKinds) > 0 {
		// A per-node predicate over nodes(p): Neo4j checks it while it
		// searches instead of filtering shortest paths afterwards.
		where = "\nWHERE all(x IN nodes(p) WHERE x.kind IN $kinds OR x.key = $from OR x.key = $to)"
	}
	cypher := `MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = allShortestPaths((a)-[:` + relTypes(q.RelKinds) + `*..` + strconv.Itoa(hops) + `]-(b))` + where + `
WITH p, [x IN nodes(p) | x.key] AS ks,
     [r IN relationships(p) | [startNode(r).key, type(r), endNode(r).key]] AS es
RETURN [x IN nodes(p) | properties(x)], es, [r IN relationships(p) | properties(r)]
ORDER BY ks, es`
	params := map[string]any{
		"from": q.From.String(), "to": q.To.String(),
		"kinds": kindStrings(q.NodeKinds), "limit": limit,
	}
	var paths []graph.Path
	err := s.read(ctx, op, func(tx neo4j.ManagedTransaction) error {
		paths = paths[:0]
		ends, err := fetchNodes(ctx, tx, []string{q.From.String(), q.To.String()})
		if err != nil {
			return err
		}
		for _, k := range []graph.Key{q.From, q.To} {
			if _, ok := ends[k.String()]; !ok {
				return graph.Errorf(graph.ENOTFOUND, "node %s not found", k)
			}
		}
		if q.From == q.To {
			paths = append(paths, graph.Path{Nodes: []graph.Node{ends[q.From.String()]}})
			return nil
		}
		for _, full := range []bool{false, true} {
			c := cypher + " LIMIT $limit"
			if full {
				c = cypher
			}
			paths = paths[:0]
			trust := true
			err := collect(ctx, tx, c, params, func(r *neo4j.Record) error {
				p, err := pathFrom(r.Values)
				if err != nil {
					return internalf("shortest paths: %v", err)
				}
				for _, n := range p.Nodes {
					if unordered(n.Key.String()) {
						trust = false
					}
				}
				paths = append(paths, p)
				return nil
			})
			if err != nil || trust || len(paths) < limit {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(paths, comparePaths)
	if len(paths) > limit {
		paths = paths[:limit]
	}
	return paths, nil
}

// pathFrom reads one path row: node property maps, relationship
// identities as [from, type, to], relationship property maps.
func pathFrom(v []any) (graph.Path, error) {
	ns, _ := v[0].([]any)
	ids, _ := v[1].([]any)
	ps, _ := v[2].([]any)
	p := graph.Path{Nodes: make([]graph.Node, 0, len(ns)), Edges: make([]graph.Edge, 0, len(ids))}
	for _, x := range ns {
		m, _ := x.(map[string]any)
		n, err := nodeFrom(m)
		if err != nil {
			return graph.Path{}, err
		}
		p.Nodes = append(p.Nodes, n)
	}
	for i, x := range ids {
		id, _ := x.([]any)
		if len(id) != 3 || i >= len(ps) {
			return graph.Path{}, internalf("malformed path row")
		}
		from, _ := id[0].(string)
		typ, _ := id[1].(string)
		to, _ := id[2].(string)
		m, _ := ps[i].(map[string]any)
		e, err := edgeFrom(from, typ, to, m)
		if err != nil {
			return graph.Path{}, err
		}
		p.Edges = append(p.Edges, e)
	}
	return p, nil
}

// comparePaths orders paths by their node key sequence, then by their
// relationship identities (parallel relationships of different kinds
// give paths with the same nodes).
func comparePaths(a, b graph.Path) int {
	if c := slices.CompareFunc(a.Nodes, b.Nodes, func(x, y graph.Node) int { return x.Key.Compare(y.Key) }); c != 0 {
		return c
	}
	return slices.CompareFunc(a.Edges, b.Edges, func(x, y graph.Edge) int { return x.ID().Compare(y.ID()) })
}
