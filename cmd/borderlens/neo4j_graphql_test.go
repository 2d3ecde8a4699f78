package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/borderlens/borderlens/ingest/synth"
)

// TestGraphQLOnNeo4j runs the GraphQL end-to-end checks (investigation
// workflow over HTTP, alerts over WebSocket) against a server on Neo4j
// holding the demo world. Gated like TestDemoIntoNeo4j: it shares the
// Neo4j database with graph/neo4j's tests, which wipe it, so make test
// runs it in the serial pass (BORDERLENS_NEO4J_DEMO=1 and NEO4J_URI).
func TestGraphQLOnNeo4j(t *testing.T) {
	if os.Getenv("BORDERLENS_NEO4J_DEMO") == "" {
		t.Skip("runs in make test's serial Neo4j pass (set BORDERLENS_NEO4J_DEMO=1 and NEO4J_URI)")
	}
	if os.Getenv("NEO4J_URI") == "" {
		t.Fatal("BORDERLENS_NEO4J_DEMO is set but NEO4J_URI is not")
	}
	env := func(k string) string {
		if k == envPrefix+"CARD_KEY" {
			return demoEnv(k)
		}
		return os.Getenv(k)
	}
	dir := t.TempDir()
	var out bytes.Buffer
	// The same world as TestDemoIntoNeo4j (seed and rows), so loading it
	// again merges into the same nodes.
	args := []string{"demo", "--data-dir", dir, "--max-rows", "2000", "--shared-data", sharedData(t), "--log-level", "warn", "--analyze=false"}
	if err := run(context.Background(), args, env, &out, io.Discard); err != nil {
		t.Fatalf("demo into neo4j: %v\n%s", err, out.String())
	}
	var gt synth.GroundTruth
	b, err := os.ReadFile(filepath.Join(dir, "demo", "ground_truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	_, base := startServer(t, dir, env)
	// Undo the marks the alert checks leave in the shared database.
	t.Cleanup(func() {
		gql(t, base, `mutation($id: ID!){ unmarkKnownSmuggler(id: $id, reason: "test cleanup"){ id } }`, map[string]any{"id": gt.Rings[0].Members[0]})
	})
	t.Run("investigation", func(t *testing.T) { checkInvestigation(t, base, gt) })
	t.Run("alerts", func(t *testing.T) { checkAlerts(t, base, gt) })
}
