package neo4j

import (
	"context"
	"strings"

	"github.com/borderlens/borderlens/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Property names of the storage model. Every node also carries the label
// :Entity; labels and relationship types are the graph.Kind and
// graph.RelKind strings themselves.
const (
	propKey   = "key"   // "Kind:ID", unique
	propKind  = "kind"  // graph.Kind
	propID    = "id"    // graph.Key.ID
	propLabel = "label" // graph.Node.Label
	propAt    = "at"    // graph.Node.At / graph.Edge.At, a DATETIME in UTC
)

// Nodes also carry _idFolded and _labelFolded, graph.FoldText of id and
// label, text-indexed for Search's CONTAINS.

// internalProp reports whether a stored property belongs to the store
// rather than to the domain. Domain property names cannot start with "_"
// and the others are graph's reserved names, so the two never collide.
func internalProp(name string) bool {
	switch name {
	case propKey, propKind, propID, propLabel, propAt:
		return true
	}
	return strings.HasPrefix(name, "_")
}

// schemaStatements creates the constraints and indexes. Every statement
// is idempotent (IF NOT EXISTS) so the store runs them on each
// (re)connection. Community Edition supports uniqueness constraints only;
// MERGE on a key without one is a label scan per row, hence the first.
func schemaStatements() []string {
	st := []string{
		"CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE",
		"CREATE TEXT INDEX entity_id_folded IF NOT EXISTS FOR (n:Entity) ON (n._idFolded)",
		"CREATE TEXT INDEX entity_label_folded IF NOT EXISTS FOR (n:Entity) ON (n._labelFolded)",
	}
	for _, k := range graph.Kinds() {
		// Per-kind id lookups for analysts: MATCH (t:Trader {id: $id}).
		st = append(st, "CREATE CONSTRAINT "+strings.ToLower(string(k))+"_id IF NOT EXISTS FOR (n:"+
			label(k)+") REQUIRE n.id IS UNIQUE")
	}
	return st
}

// createSchema runs schemaStatements, then waits for the indexes to come
// online so that the first queries do not scan.
func (s *Store) createSchema(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	for _, st := range schemaStatements() {
		// Schema statements cannot share a transaction with each other's
		// reads; each runs in its own auto-commit transaction.
		res, err := sess.Run(ctx, st, nil)
		if err != nil {
			return err
		}
		if _, err := res.Consume(ctx); err != nil {
			return err
		}
	}
	res, err := sess.Run(ctx, "CALL db.awaitIndexes(300)", nil)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// label returns the node label for kind k. Only the graph.Kind constants
// ever reach Cypher text; everything else travels as a parameter. Callers
// validate first; an unknown kind gives "" here, which makes the
// statement a syntax error (EINTERNAL) rather than an injection.
func label(k graph.Kind) string {
	if !k.Valid() {
		return ""
	}
	return string(k)
}

// relType returns the relationship type for kind r, guarded like label.
func relType(r graph.RelKind) string {
	if !r.Valid() {
		return ""
	}
	return string(r)
}

// relTypes returns the "A|B|C" alternation of the given kinds, or of all
// kinds when none are given.
func relTypes(kinds []graph.RelKind) string {
	if len(kinds) == 0 {
		kinds = graph.RelKinds()
	}
	parts := make([]string, len(kinds))
	for i, r := range kinds {
		parts[i] = relType(r)
	}
	return strings.Join(parts, "|")
}
