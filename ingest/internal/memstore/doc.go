// Package memstore is an in-memory ingest.Writer for tests and
// benchmarks: it merges batches with the graph.Store semantics (natural
// keys, properties set not replaced, bare endpoints created) and can dump
// its state for comparison. It is not a graph.Store.
//
// Place in the dependency graph: memstore imports graph only; ingest's
// tests, ingest/synth's tests and the benchmarks use it.
package memstore
