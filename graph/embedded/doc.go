// Package embedded is the default graph.Store: an in-process, durable
// store on go.etcd.io/bbolt, one file, no server.
//
// Every Upsert and SetProperties is one bbolt read-write transaction,
// fsync'd on commit, so a committed batch survives Close and a crash and a
// failed or cancelled one leaves nothing behind. Reads run in bbolt read
// transactions, which see only committed data and run concurrently with
// the single writer. Besides nodes and relationships the file holds an
// adjacency index in both directions (Subgraph and ShortestPaths touch
// only the neighbourhoods they walk), a folded-text index scanned by
// Search, and per-kind counts kept up to date by every write so that
// Stats reads a handful of keys. encoding.go documents the layout.
//
// Place in the dependency graph: embedded imports graph and bbolt only.
// Only cmd/ (which wires it) and tests import it; everything else sees a
// graph.Store. Its tests run the contract suite in graph/storetest.
package embedded
