package neo4j

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/borderlens/borderlens/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Subgraph returns the neighbourhood described by q in one Cypher
// statement (one round trip in one read transaction; see subgraphCypher).
// When the server had to cut a level by key order and a returned key
// holds a rune where Neo4j's string order may differ from Go's (see
// unordered), the answer is recomputed hop by hop with subgraphByHops,
// which checks the order in Go.
func (s *Store) Subgraph(ctx context.Context, q graph.SubgraphQuery) (graph.Subgraph, error) {
	const op = "subgraph"
	if err := validSubgraph(q); err != nil {
		return graph.Subgraph{}, s.fail(ctx, op, err)
	}
	depth := min(q.Depth, graph.MaxDepth)
	limit := graph.ClampLimit(q.Limit, graph.DefaultNodeLimit, graph.MaxNodeLimit)

	centres := slices.Clone(q.Centers)
	slices.SortFunc(centres, graph.Key.Compare)
	centres = slices.Compact(centres)
	cs := keyStrings(centres)
	l0 := cs[:min(limit, len(cs))]
	params := map[string]any{
		"centres": cs,
		"l0":      l0,
		"trunc0":  len(cs) > limit,
		"limit":   limit,
		"kinds":   kindStrings(q.NodeKinds),
		"since":   timeParam(q.Since),
		"until":   timeParam(q.Until),
	}
	if q.Project != nil {
		params["nprops"] = nonNil(q.Project.NodeProps)
		params["eprops"] = nonNil(q.Project.EdgeProps)
	}
	cypher := subgraphCypher(depth, relTypes(q.RelKinds), q.Project != nil)

	var (
		out      graph.Subgraph
		fallback bool
	)
	err := s.read(ctx, op, func(tx neo4j.ManagedTransaction) error {
		out = graph.Subgraph{Distance: map[graph.Key]int{}}
		fallback = false
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return err
		}
		found, _ := rec.Values[0].([]any)
		if len(found) < len(cs) {
			have := make(map[string]bool, len(found))
			for _, f := range found {
				k, _ := f.(string)
				have[k] = true
			}
			for _, c := range centres {
				if !have[c.String()] {
					return graph.Errorf(graph.ENOTFOUND, "node %s not found", c)
				}
			}
		}
		levels, _ := rec.Values[1].([]any)
		edges, _ := rec.Values[2].([]any)
		out.Truncated, _ = rec.Values[3].(bool)
		// Only the last non-empty level can have been cut by the
		// server's key order (centres are cut here, in Go order).
		cut := -1
		if out.Truncated && len(cs) <= limit {
			for d, lv := range levels {
				if ns, _ := lv.([]any); len(ns) > 0 {
					cut = d
				}
			}
		}
		for d, lv := range levels {
			ns, _ := lv.([]any)
			for _, x := range ns {
				m, _ := x.(map[string]any)
				if q.Project != nil {
					m = projected(m, q.Project.NodeProps)
				}
				n, err := nodeFrom(m)
				if err != nil {
					return internalf("subgraph node: %v", err)
				}
				if d == cut && unordered(n.Key.String()) {
					fallback = true
					return nil
				}
				out.Nodes = append(out.Nodes, n)
				out.Distance[n.Key] = d
			}
		}
		out.Edges = make([]graph.Edge, 0, len(edges))
		for _, x := range edges {
			row, _ := x.([]any)
			if len(row) != 4 {
				return internalf("subgraph: malformed edge row")
			}
			from, _ := row[0].(string)
			typ, _ := row[1].(string)
			to, _ := row[2].(string)
			p, _ := row[3].(map[string]any)
			if q.Project != nil {
				p = projected(p, q.Project.EdgeProps)
			}
			e, err := edgeFrom(from, typ, to, p)
			if err != nil {
				return internalf("subgraph edge: %v", err)
			}
			out.Edges = append(out.Edges, e)
		}
		return nil
	})
	if err != nil {
		return graph.Subgraph{}, err
	}
	if fallback {
		return s.subgraphByHops(ctx, q, depth, limit, centres)
	}
	sortSubgraph(&out)
	return out, nil
}

// subgraphCypher is the one statement behind Subgraph, unrolled to depth
// levels (depth is a clamped int and types comes from relTypes: the only
// non-constant text). It finds the centres ($l0 are the first $limit of
// them in Go key order; every key in $centres is reported back so a
// missing one is ENOTFOUND), then, level by level while nothing was cut,
// collects the distinct neighbours of the previous level that pass the
// filters and are not in the two levels before or among the centres (a
// neighbour of level d-1 is at level d-2, d-1 or d), sorted by key, and
// keeps as many as the limit still allows (Truncated when more were
// reachable). It returns the found centre keys, the property maps of each
// level, every relationship among the kept nodes that passes the filters
// as [from key, type, to key, properties], and the truncation flag. When
// projected, a node's map holds only key, label, at and "values" (the
// values of the properties named in $nprops, in order; see projected), and
// a relationship's likewise with $eprops.
func subgraphCypher(depth int, types string, projected bool) string {
	node, rel := "properties(x)", "properties(r)"
	if projected {
		node = "x{." + propKey + ", ." + propLabel + ", ." + propAt + ", " + propValues + ": [k IN $nprops | x[k]]}"
		rel = "r{." + propAt + ", " + propValues + ": [k IN $eprops | r[k]]}"
	}
	var b strings.Builder
	b.WriteString(`MATCH (c:Entity) WHERE c.key IN $centres
WITH collect(c) AS found
WITH found, [x IN found WHERE x.key IN $l0] AS l0,
     $trunc0 OR size(found) < size($centres) AS trunc
WITH found, l0, [] AS prev, l0 AS cur, [l0] AS levels, size(l0) AS total, trunc
`)
	for range depth {
		b.WriteString(`CALL (l0, prev, cur, trunc) {
  UNWIND CASE WHEN trunc THEN [] ELSE cur END AS n
  MATCH (n)-[r:` + types + `]-(m:Entity)
  WHERE NOT m IN cur AND NOT m IN prev AND NOT m IN l0
    AND ($kinds IS NULL OR m.kind IN $kinds)
    AND ` + timeOK("r") + ` AND ` + timeOK("m") + `
  WITH DISTINCT m ORDER BY m.key
  RETURN collect(m) AS nxt
}
WITH found, l0, cur AS prev, nxt[..$limit - total] AS cur, levels, total,
     trunc OR size(nxt) > $limit - total AS trunc
WITH found, l0, prev, cur, levels + [cur] AS levels, total + size(cur) AS total, trunc
`)
	}
	b.WriteString(`WITH found, levels, trunc, reduce(a = [], lv IN levels | a + lv) AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r:` + types + `]->(b:Entity)
  WHERE b IN ns AND ` + timeOK("r") + `
  RETURN collect([a.key, type(r), b.key, ` + rel + `]) AS edges
}
RETURN [x IN found | x.key], [lv IN levels | [x IN lv | ` + node + `]], edges, trunc`)
	return b.String()
}

// propValues names the list of projected property values in a projected
// node or relationship map (not a stored property).
const propValues = "values"

// projected turns a projected map ({key, label, at, values}; see
// subgraphCypher) into the property map the converters read.
func projected(m map[string]any, names []string) map[string]any {
	out := make(map[string]any, len(names)+3)
	vals, _ := m[propValues].([]any)
	for i, name := range names {
		if i < len(vals) && vals[i] != nil {
			out[name] = vals[i]
		}
	}
	for _, k := range []string{propKey, propLabel, propAt} {
		if v, ok := m[k]; ok {
			out[k] = v
		}
	}
	return out
}

// nonNil returns names, or an empty list for nil (a Cypher list parameter).
func nonNil(names []string) []string {
	if names == nil {
		return []string{}
	}
	return names
}

// timeOK is the Cypher condition that v (a node or relationship variable)
// passes the $since/$until window: null bounds and timeless items pass.
func timeOK(v string) string {
	return "($since IS NULL OR " + v + ".at IS NULL OR " + v + ".at >= $since) AND ($until IS NULL OR " + v + ".at IS NULL OR " + v + ".at <= $until)"
}

// validSubgraph checks a subgraph query against the contract's EINVALID
// cases.
func validSubgraph(q graph.SubgraphQuery) error {
	if len(q.Centers) == 0 {
		return graph.Errorf(graph.EINVALID, "subgraph needs at least one centre")
	}
	for _, k := range q.Centers {
		if err := k.Validate(); err != nil {
			return err
		}
	}
	if err := validKinds(q.NodeKinds); err != nil {
		return err
	}
	if err := validRelKinds(q.RelKinds); err != nil {
		return err
	}
	if q.Depth < 0 {
		return graph.Errorf(graph.EINVALID, "negative depth %d", q.Depth)
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
		return graph.Errorf(graph.EINVALID, "until is before since")
	}
	return nil
}

// sortSubgraph puts nodes in (distance, key) order and edges in identity
// order.
func sortSubgraph(out *graph.Subgraph) {
	slices.SortFunc(out.Nodes, func(a, b graph.Node) int {
		if da, db := out.Distance[a.Key], out.Distance[b.Key]; da != db {
			return da - db
		}
		return a.Key.Compare(b.Key)
	})
	slices.SortFunc(out.Edges, func(a, b graph.Edge) int { return a.ID().Compare(b.ID()) })
}

// subgraphByHops expands breadth-first from the centres, one Cypher
// statement per hop, all in one read transaction. Each hop asks the server
// for the new neighbours of the frontier that pass the filters, sorted by
// key and cut at the nodes still allowed plus one (to detect truncation),
// re-sorting in Go when a key holds a rune where the orders may differ
// (see hop). A last statement reads the nodes and every relationship among
// them that passes the filters. Subgraph falls back to it, passing the
// query it validated with its clamped depth and limit and its sorted,
// distinct centres.
func (s *Store) subgraphByHops(ctx context.Context, q graph.SubgraphQuery, depth, limit int, centres []graph.Key) (graph.Subgraph, error) {
	const op = "subgraph"
	types := relTypes(q.RelKinds)
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
				out.Nodes = append(out.Nodes, q.Project.Node(n))
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
			out.Edges = append(out.Edges, q.Project.Edge(e))
			return nil
		})
	})
	if err != nil {
		return graph.Subgraph{}, err
	}
	sortSubgraph(&out)
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
