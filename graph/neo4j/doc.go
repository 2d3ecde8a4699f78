// Package neo4j implements graph.Store on a Neo4j 5 server through the
// official Go driver (github.com/neo4j/neo4j-go-driver/v5). Inside this
// package the bare name neo4j means the driver; callers that import both
// alias this package (cmd/ imports it as neo4jstore).
//
// Storage model (docs/graph-model.md has the full table): every node
// carries the common label :Entity with a unique "key" property ("Kind:ID",
// the graph.Key string form), its kind as a second label, and "kind", "id",
// "label" and "at" properties beside the domain properties; relationship
// types are the graph.RelKind strings. Folded copies of id and label
// (graph.FoldText) sit in text-indexed properties for Search.
//
// Semantics follow the graph.Store contract exactly, so that this store and
// graph/embedded return the same results for the same content: Cypher does
// the set work (MERGE batches, neighbour expansion, shortest paths, CONTAINS
// candidates) and Go applies the contract's ranking with graph.Key.Compare
// and graph.MatchRank. Go orders strings by code point; Neo4j does too for
// stored strings but compares strings made in a query by UTF-16 code unit,
// and the two orders differ only around runes at or above U+E000. So a
// server-side ORDER BY ... LIMIT is used only as a shortcut, abandoned for
// a full fetch sorted in Go whenever such a rune turns up in a key.
//
// Availability: Open does not fail when the server is down. The Store
// reconnects lazily, creates its constraints and indexes idempotently on
// the first successful connection, and answers EUNAVAILABLE until then.
//
// Place in the dependency graph: imports graph and the driver only; only
// cmd/ and tests import it.
package neo4j
