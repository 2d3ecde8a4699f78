package neo4j_test

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	neo4jstore "github.com/borderlens/borderlens/graph/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// MustConfig returns the test server's Config from NEO4J_URI, NEO4J_USER
// and NEO4J_PASSWORD. Without NEO4J_URI it skips, except in CI (CI set),
// where a missing server is a failure.
func MustConfig(tb testing.TB) neo4jstore.Config {
	tb.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		msg := "NEO4J_URI is unset: start a server with `bash deploy/neo4j/neo4j.sh start` and set " +
			"NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=borderlens-dev"
		if os.Getenv("CI") != "" {
			tb.Fatal("CI is set but " + msg)
		}
		tb.Skip("skipping Neo4j tests: " + msg)
	}
	return neo4jstore.Config{
		URI:      uri,
		User:     os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

// serverMu serialises this package's use of the one test database:
// tests here wipe it, so they never overlap.
var serverMu sync.Mutex

// MustOpenStore locks the test database for tb, wipes it (data only: the
// schema stays) and opens a Store on it, closed and unlocked at the end of
// tb.
func MustOpenStore(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	cfg := MustLockServer(tb)
	MustWipe(tb, cfg)
	return MustReopenStore(tb, cfg)
}

// MustLockServer returns the test server's Config and holds the package's
// lock on it until the end of tb.
func MustLockServer(tb testing.TB) neo4jstore.Config {
	tb.Helper()
	cfg := MustConfig(tb)
	serverMu.Lock()
	tb.Cleanup(serverMu.Unlock)
	return cfg
}

// MustReopenStore opens another Store on the same database without
// wiping it, closed at the end of tb.
func MustReopenStore(tb testing.TB, cfg neo4jstore.Config) *neo4jstore.Store {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		tb.Fatalf("open %s: %v", cfg.URI, err)
	}
	tb.Cleanup(func() { s.Close() })
	if err := s.Ready(ctx); err != nil {
		tb.Fatalf("ready: %v", err)
	}
	return s
}

// MustWipe deletes every node and relationship in the test database.
func MustWipe(tb testing.TB, cfg neo4jstore.Config) {
	tb.Helper()
	mustCypher(tb, cfg, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
}

// mustCypher runs one auto-commit statement (CALL ... IN TRANSACTIONS
// needs one) with a driver of its own, for test set-up and inspection.
func mustCypher(tb testing.TB, cfg neo4jstore.Config, cypher string, params map[string]any) []*neo4j.Record {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		tb.Fatalf("driver: %v", err)
	}
	defer d.Close(ctx)
	sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, cypher, params)
	if err != nil {
		tb.Fatalf("cypher: %v", err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		tb.Fatalf("cypher: %v", err)
	}
	return recs
}

// key is shorthand for graph.NewKey in tables.
func key(k graph.Kind, id string) graph.Key { return graph.NewKey(k, id) }
