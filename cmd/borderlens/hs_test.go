package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	hsmodel "github.com/borderlens/borderlens/analytics/hs"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/synth"
)

// TestHSOnDemoWorld loads a small demo world (which trains the HS model on
// its described declarations and scores them), then checks that the
// calibrated hsMismatch ranks the planted misdeclarations above the honest
// declarations, that honest ones mostly score below 0.5 and planted ones
// often above, and drives the hs CLI. Measured on this world: ROC AUC
// 0.993, 0.3 % of honest and about 60 % of planted declarations at or
// above 0.5; the floors are well below.
func TestHSOnDemoWorld(t *testing.T) {
	dir := t.TempDir()
	mustDemo(t, dir)
	raw, err := os.ReadFile(filepath.Join(dir, "demo", "ground_truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gt synth.GroundTruth
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	planted := map[string]bool{}
	for _, m := range gt.HSMisdeclared {
		planted[m.Declaration] = true
	}
	if len(planted) < 20 {
		t.Fatalf("%d planted misdeclarations, want at least 20", len(planted))
	}
	ctx := context.Background()
	s, err := openStore(ctx, dir, demoEnv, nopLog())
	if err != nil {
		t.Fatal(err)
	}
	var scores []float64
	var labels []bool
	err = s.ScanNodes(ctx, []graph.Kind{graph.KindDeclaration}, func(n graph.Node) error {
		if v, ok := n.Props.Float(graph.PropHSMismatch); ok {
			scores = append(scores, v)
			labels = append(labels, planted[n.Key.String()])
		}
		return nil
	})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	mm := hsmodel.EvaluateMismatch(scores, labels)
	t.Logf("hsMismatch: %+v", mm)
	if mm.Misdeclared < len(planted)/2 || mm.N == mm.Misdeclared {
		t.Fatalf("scored %d declarations, %d planted, want most of %d planted", mm.N, mm.Misdeclared, len(planted))
	}
	if mm.AUC < 0.9 {
		t.Errorf("ROC AUC of hsMismatch for planted misdeclarations: got %.3f, want >= 0.9", mm.AUC)
	}
	if mm.HonestFlagged > 0.1 {
		t.Errorf("share of honest declarations with hsMismatch >= 0.5: got %.3f, want <= 0.1", mm.HonestFlagged)
	}
	if mm.MisdeclaredFlagged < 0.3 {
		t.Errorf("share of planted misdeclarations with hsMismatch >= 0.5: got %.3f, want >= 0.3", mm.MisdeclaredFlagged)
	}

	hs := func(args ...string) string {
		t.Helper()
		var out bytes.Buffer
		if err := run(ctx, append([]string{"hs"}, args...), demoEnv, &out, io.Discard); err != nil {
			t.Fatalf("hs %v: %v\n%s", args, err, out.String())
		}
		return out.String()
	}
	t.Run("recommend", func(t *testing.T) {
		out := hs("recommend", "--data-dir", dir, "--k", "3", "Gambas surgelées décortiquées")
		if lines := strings.Count(out, "\n"); lines != 3 {
			t.Errorf("got %d lines, want 3:\n%s", lines, out)
		}
		if !strings.HasPrefix(out, "1. 0306") {
			t.Errorf("frozen peeled shrimp: got\n%s\nwant heading 0306 first", out)
		}
	})
	t.Run("mismatch-eval", func(t *testing.T) {
		out := hs("mismatch-eval", "--data-dir", dir, "--misdeclared", filepath.Join(dir, "demo", "ground_truth.json"))
		if !strings.Contains(out, "ROC AUC") {
			t.Errorf("mismatch-eval output:\n%s", out)
		}
	})
	t.Run("eval cold", func(t *testing.T) {
		model := filepath.Join(t.TempDir(), "cold.bin")
		nom := filepath.Join(sharedData(t), "harmonized-system.csv")
		hs("train", "--data-dir", dir, "--nomenclature", nom, "--model", model, "--cold", "--log-level", "warn")
		out := hs("eval", "--data-dir", dir, "--model", model, "--file", filepath.Join("..", "..", "analytics", "hs", "testdata", "eval.csv"), "--split", "dev")
		if !strings.Contains(out, "n=306") || !strings.Contains(out, "top-5") {
			t.Errorf("eval output:\n%s", out)
		}
	})
}
