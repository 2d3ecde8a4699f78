// Package storetest is the conformance suite of the graph.Store contract.
// Every store runs it from its own tests, so every store answers the same
// questions the same way. A file-backed store gets a new file per
// property and reopens it by path:
//
//	func TestStore(t *testing.T) {
//		storetest.RunHarness(t, storetest.Harness{
//			Open:   func(t *testing.T) graph.Store { return MustOpenStore(t, filepath.Join(t.TempDir(), "graph.db")) },
//			Reopen: func(t *testing.T, s graph.Store) graph.Store { return MustOpenStore(t, s.(*embedded.Store).Path()) },
//		})
//	}
//
// A server-backed store wipes its one test database in Open (holding a
// lock on it until the end of t) and reconnects without wiping in Reopen:
//
//	storetest.RunHarness(t, storetest.Harness{
//		Open:   func(t *testing.T) graph.Store { return MustOpenStore(t) },
//		Reopen: func(t *testing.T, _ graph.Store) graph.Store { return MustReopenStore(t, MustConfig(t)) },
//	})
//
// Each property of the contract is one subtest (Merge, Validation,
// Subgraph, ShortestPaths, Search, Cancel, Concurrency, Durability, ...),
// table-driven inside, on small hand-built graphs whose expected answers
// are written out in the tables; Model adds Subgraph and ShortestPaths
// queries on seeded random graphs checked against a brute-force reference.
// Times are fixed dates; nothing depends on the clock.
//
// Place in the dependency graph: storetest imports graph, testing and
// go-cmp. Adapters' tests (graph/embedded, graph/neo4j) import it; nothing
// else does.
package storetest
