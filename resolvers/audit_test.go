package resolvers_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/borderlens/borderlens/resolvers"
)

// auditResult is one graphql-http audit outcome.
type auditResult struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"` // ok, notice (MAY), warn (SHOULD), error (MUST)
	Reason string `json:"reason"`
}

// TestGraphQLOverHTTPAudit runs the graphql-http conformance audit (npm
// package graphql-http, pinned in testdata/audit) against the real handler.
// It fails on any MUST failure and on any SHOULD warning. It needs node and
// npm: without them it skips, except in CI (CI set), where it fails.
func TestGraphQLOverHTTPAudit(t *testing.T) {
	node, nerr := exec.LookPath("node")
	npm, perr := exec.LookPath("npm")
	if nerr != nil || perr != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("graphql-http audit needs node and npm in CI: node: %v, npm: %v", nerr, perr)
		}
		t.Skipf("graphql-http audit skipped: node or npm not installed (node: %v, npm: %v)", nerr, perr)
	}
	dir, err := filepath.Abs(filepath.Join("testdata", "audit"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	defer cancel()
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "graphql-http")); err != nil {
		cmd := exec.CommandContext(ctx, npm, "ci", "--no-audit", "--no-fund")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("npm ci in %s: %v\n%s", dir, err, out)
		}
	}

	// The audit asks for __type, so this server allows introspection.
	srv := newServer(t, resolvers.Config{Store: MustOpenWorld(t), Introspection: true})
	cmd := exec.CommandContext(ctx, node, "audit.mjs", srv.URL)
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node audit.mjs: %v\n%s", err, stderr.String())
	}
	var results []auditResult
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatalf("audit output is not JSON: %v\n%s", err, out)
	}
	if len(results) == 0 {
		t.Fatal("the audit ran no checks")
	}
	count := map[string]int{}
	for _, r := range results {
		count[r.Status]++
		switch r.Status {
		case "error":
			t.Errorf("MUST failed: %s %s: %s", r.ID, r.Name, r.Reason)
		case "warn":
			t.Errorf("SHOULD failed: %s %s: %s", r.ID, r.Name, r.Reason)
		case "notice":
			t.Logf("MAY not met: %s %s: %s", r.ID, r.Name, r.Reason)
		}
	}
	t.Logf("graphql-http audit: %d checks: %d ok, %d errors (MUST), %d warnings (SHOULD), %d notices (MAY)",
		len(results), count["ok"], count["error"], count["warn"], count["notice"])
}
