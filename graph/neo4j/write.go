package neo4j

import (
	"context"
	"unicode/utf8"

	"github.com/borderlens/borderlens/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// statement is one Cypher statement with its parameter rows, run as
// UNWIND $rows in chunks.
type statement struct {
	cypher string
	rows   []map[string]any
}

// mergeNodeCypher merges nodes of one kind: the key finds or creates the
// node; label and at change only when given (coalesce keeps the stored
// value for a null parameter) and properties merge, a null value removing
// one.
func mergeNodeCypher(k graph.Kind) string {
	return `UNWIND $rows AS r
MERGE (n:Entity {key: r.key})
ON CREATE SET n:` + label(k) + `, n.kind = '` + string(k) + `', n.id = r.id, n._idFolded = r.idf
SET n += r.props,
    n.label = coalesce(r.label, n.label),
    n._labelFolded = coalesce(r.labelf, n._labelFolded),
    n.at = coalesce(r.at, n.at)`
}

// mergeEdgeCypher merges relationships of kind r from nodes of kind
// from to nodes of kind to; (start, type, end) is the identity. A missing
// endpoint is created bare (key, kind and id), as Cypher MERGE would; an
// existing one is found by the same key-index seek a MATCH would use.
func mergeEdgeCypher(r graph.RelKind, from, to graph.Kind) string {
	return `UNWIND $rows AS r
MERGE (a:Entity {key: r.from})
ON CREATE SET a:` + label(from) + `, a.kind = '` + string(from) + `', a.id = r.fromId, a._idFolded = r.fromIdf
MERGE (b:Entity {key: r.to})
ON CREATE SET b:` + label(to) + `, b.kind = '` + string(to) + `', b.id = r.toId, b._idFolded = r.toIdf
MERGE (a)-[e:` + relType(r) + `]->(b)
SET e += r.props, e.at = coalesce(r.at, e.at)`
}

// Upsert merges the batch in one write transaction: nodes grouped by
// kind, then relationships grouped by kind and endpoint kinds (creating
// missing endpoints), each group as UNWIND batches of at most BatchSize
// rows. Rows keep
// their batch order within a group, so a key given twice ends as the
// contract's sequential merge says. The batch is validated before the
// server is contacted (EINVALID leaves nothing behind).
func (s *Store) Upsert(ctx context.Context, b graph.Batch) error {
	if err := b.Validate(); err != nil {
		return s.fail(ctx, "upsert", err)
	}
	for i, n := range b.Nodes {
		if !utf8.ValidString(n.Label) {
			return s.fail(ctx, "upsert", graph.Errorf(graph.EINVALID, "node %d (%s): label is not valid UTF-8", i, n.Key))
		}
		if err := validText(n.Props); err != nil {
			return s.fail(ctx, "upsert", graph.Errorf(graph.EINVALID, "node %d (%s): %s", i, n.Key, graph.ErrorMessage(err)))
		}
	}
	for i, e := range b.Edges {
		if err := validText(e.Props); err != nil {
			return s.fail(ctx, "upsert", graph.Errorf(graph.EINVALID, "edge %d (%s): %s", i, e.ID(), graph.ErrorMessage(err)))
		}
	}
	if b.Len() == 0 {
		return s.fail(ctx, "upsert", ctx.Err())
	}
	var stmts []statement

	nodeRows := map[graph.Kind][]map[string]any{}
	for _, n := range b.Nodes {
		nodeRows[n.Key.Kind] = append(nodeRows[n.Key.Kind], nodeRow(n))
	}
	// Relationships go in groups of one (kind, start kind, end kind), in
	// the order the groups first appear; a relationship given twice is in
	// one group, in batch order.
	type group struct {
		rel      graph.RelKind
		from, to graph.Kind
	}
	var groups []group
	edgeRows := map[group][]map[string]any{}
	for _, e := range b.Edges {
		g := group{e.Kind, e.From.Kind, e.To.Kind}
		if _, ok := edgeRows[g]; !ok {
			groups = append(groups, g)
		}
		edgeRows[g] = append(edgeRows[g], edgeRow(e))
	}
	for _, k := range graph.Kinds() {
		if rows := nodeRows[k]; len(rows) > 0 {
			stmts = append(stmts, statement{mergeNodeCypher(k), rows})
		}
	}
	for _, g := range groups {
		stmts = append(stmts, statement{mergeEdgeCypher(g.rel, g.from, g.to), edgeRows[g]})
	}
	return s.write(ctx, "upsert", func(tx neo4j.ManagedTransaction) error {
		return s.runBatches(ctx, tx, stmts)
	})
}

// runBatches runs each statement over its rows in chunks, consuming every
// result so that server errors surface inside the transaction.
func (s *Store) runBatches(ctx context.Context, tx neo4j.ManagedTransaction, stmts []statement) error {
	for _, st := range stmts {
		for i := 0; i < len(st.rows); i += s.cfg.BatchSize {
			j := min(i+s.cfg.BatchSize, len(st.rows))
			res, err := tx.Run(ctx, st.cypher, map[string]any{"rows": st.rows[i:j]})
			if err != nil {
				return err
			}
			if _, err := res.Consume(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// SetProperties applies the updates in one write transaction. It first
// looks for missing keys and, finding one, returns ENOTFOUND with nothing
// written; then it sets the properties (SET n += map, where a null value
// removes the property).
func (s *Store) SetProperties(ctx context.Context, updates []graph.PropertyUpdate) error {
	const op = "set properties"
	keys := make([]string, 0, len(updates))
	rows := make([]map[string]any, 0, len(updates))
	for i, u := range updates {
		if err := u.Key.Validate(); err != nil {
			return s.fail(ctx, op, graph.Errorf(graph.EINVALID, "update %d: %s", i, graph.ErrorMessage(err)))
		}
		err := u.Props.Validate()
		if err == nil {
			err = validText(u.Props)
		}
		if err != nil {
			return s.fail(ctx, op, graph.Errorf(graph.EINVALID, "update %d (%s): %s", i, u.Key, graph.ErrorMessage(err)))
		}
		keys = append(keys, u.Key.String())
		rows = append(rows, map[string]any{"key": u.Key.String(), "props": propsParam(u.Props)})
	}
	if len(updates) == 0 {
		return s.fail(ctx, op, ctx.Err())
	}
	return s.write(ctx, op, func(tx neo4j.ManagedTransaction) error {
		for i := 0; i < len(keys); i += s.cfg.BatchSize {
			j := min(i+s.cfg.BatchSize, len(keys))
			res, err := tx.Run(ctx, `UNWIND $keys AS k
OPTIONAL MATCH (n:Entity {key: k})
WITH k, n WHERE n IS NULL
RETURN k LIMIT 1`, map[string]any{"keys": keys[i:j]})
			if err != nil {
				return err
			}
			if res.Next(ctx) {
				k, _ := res.Record().Values[0].(string)
				if _, err := res.Consume(ctx); err != nil {
					return err
				}
				return graph.Errorf(graph.ENOTFOUND, "node %s not found", k)
			}
			if err := res.Err(); err != nil {
				return err
			}
		}
		return s.runBatches(ctx, tx, []statement{{`UNWIND $rows AS r
MATCH (n:Entity {key: r.key})
SET n += r.props`, rows}})
	})
}

// validText rejects string values that are not valid UTF-8: Bolt carries
// strings as UTF-8 and the server would store U+FFFD in place of the bad
// bytes, so the value would not read back as written.
func validText(p graph.Props) error {
	for name, v := range p {
		switch x := v.(type) {
		case string:
			if !utf8.ValidString(x) {
				return graph.Errorf(graph.EINVALID, "property %q is not valid UTF-8", name)
			}
		case []string:
			for _, s := range x {
				if !utf8.ValidString(s) {
					return graph.Errorf(graph.EINVALID, "property %q is not valid UTF-8", name)
				}
			}
		}
	}
	return nil
}
