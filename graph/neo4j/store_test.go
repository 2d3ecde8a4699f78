package neo4j_test

import (
	"testing"

	"github.com/borderlens/borderlens/graph"
	neo4jstore "github.com/borderlens/borderlens/graph/neo4j"
	"github.com/borderlens/borderlens/graph/storetest"
)

// TestStore runs the shared conformance suite against the server named by
// NEO4J_URI, on the one database it has, wiped before each property.
func TestStore(t *testing.T) {
	storetest.RunHarness(t, harness(0))
}

// TestStoreSmallBatches runs the suite again with seven rows per
// statement and per scan page, so that chunked writes and paged scans
// cross batch boundaries inside the suite's small fixtures.
func TestStoreSmallBatches(t *testing.T) {
	storetest.RunHarness(t, harness(7))
}

func harness(batch int) storetest.Harness {
	return storetest.Harness{
		ReadCommitted: true, // Neo4j traversals see commits made while they run
		Open: func(t *testing.T) graph.Store {
			cfg := MustLockServer(t)
			MustWipe(t, cfg)
			cfg.BatchSize = batch
			return MustReopenStore(t, cfg)
		},
		Reopen: func(t *testing.T, s graph.Store) graph.Store {
			cfg := MustConfig(t)
			cfg.BatchSize = batch
			return MustReopenStore(t, cfg)
		},
	}
}

// The store must satisfy the contract at compile time too.
var _ graph.Store = (*neo4jstore.Store)(nil)
