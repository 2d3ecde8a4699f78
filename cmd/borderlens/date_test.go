package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/analytics/date"
	"github.com/borderlens/borderlens/graph"
)

// runDateCmd runs 'borderlens date ARGS' on dir and returns stdout.
func runDateCmd(t *testing.T, dir string, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	args = append([]string{"date", args[0], "--data-dir", dir, "--log-level", "warn"}, args[1:]...)
	err := run(context.Background(), args, demoEnv, &out, io.Discard)
	return out.String(), err
}

func mustDateCmd(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := runDateCmd(t, dir, args...)
	if err != nil {
		t.Fatalf("date %v: %v\n%s", args, err, out)
	}
	return out
}

// dateScored counts declarations with a DATE score and traders with a
// roll-up, and returns the model versions seen.
func dateScored(t *testing.T, dir string) (decls, traders int, versions map[string]int) {
	t.Helper()
	ctx := context.Background()
	s, err := openStore(ctx, dir, demoEnv, nopLog())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	versions = map[string]int{}
	err = s.ScanNodes(ctx, []graph.Kind{graph.KindDeclaration, graph.KindTrader}, func(n graph.Node) error {
		switch n.Key.Kind {
		case graph.KindDeclaration:
			if _, ok := n.Props.Float(graph.PropDateIllicitProb); ok {
				decls++
				versions[n.Props.String(graph.PropDateModel)]++
			}
		case graph.KindTrader:
			if _, ok := n.Props.Int(graph.PropDateScored); ok {
				traders++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return decls, traders, versions
}

// TestDateCLI checks that the demo ends with DATE scores, then runs every
// date subcommand against it.
func TestDateCLI(t *testing.T) {
	dir := t.TempDir()
	demoOut := mustDemo(t, dir)
	if !strings.Contains(demoOut, "date: model date-") {
		t.Fatalf("demo output has no DATE step:\n%s", demoOut)
	}
	decls, traders, versions := dateScored(t, dir)
	if decls != 6000 || traders == 0 || len(versions) != 1 {
		t.Fatalf("after demo: %d scored declarations, %d traders rolled up, versions %v; want 6000, >0, one", decls, traders, versions)
	}

	t.Run("select", func(t *testing.T) {
		out := mustDateCmd(t, dir, "select", "--rate", "0.01", "--exploration", "0.2", "--since", "2021-01-01")
		rows := strings.Split(strings.TrimSpace(out), "\n")[1:]
		if len(rows) != 30 {
			t.Fatalf("%d rows, want 1 %% of 3000 = 30:\n%s", len(rows), out)
		}
		if n := strings.Count(out, "explore:uncertainty"); n != 6 {
			t.Errorf("%d exploration rows, want 6", n)
		}
		if _, err := runDateCmd(t, dir, "select", "--strategy", "cheapest"); err == nil || !strings.Contains(err.Error(), "strategy") {
			t.Errorf("bad strategy: %v", err)
		}
	})

	t.Run("eval", func(t *testing.T) {
		out := mustDateCmd(t, dir, "eval", "--since", "2021-01-01")
		for _, want := range []string{"Pre@5", "DATE", "GBDT only", "3000 declarations", "no revenue"} {
			if !strings.Contains(out, want) {
				t.Errorf("eval output lacks %q:\n%s", want, out)
			}
		}
	})

	t.Run("train and score", func(t *testing.T) {
		model := filepath.Join(t.TempDir(), "m.date")
		out := mustDateCmd(t, dir, "train", "--model", model, "--until", "2020-01-15", "--trees", "30", "--epochs", "2", "--seed", "9")
		if !strings.Contains(out, "to 2020-01-14") {
			t.Errorf("train output: %s", out)
		}
		out = mustDateCmd(t, dir, "score", "--model", model, "--since", "2021-01-15")
		m, err := date.Load(model)
		if err != nil {
			t.Fatal(err)
		}
		_, _, versions := dateScored(t, dir)
		if versions[m.Version] == 0 || versions[m.Version] >= 3000 || len(versions) != 2 {
			t.Errorf("after scoring from 2021-01-15 only: versions %v (output %s)", versions, out)
		}
	})

	t.Run("train from csv", func(t *testing.T) {
		csv := filepath.Join(t.TempDir(), "train.csv")
		copyLines(t, filepath.Join(sharedData(t), "df_syn_train_eng.csv"), csv, 1500)
		model := filepath.Join(t.TempDir(), "csv.date")
		out := mustDateCmd(t, dir, "train", "--csv", csv, "--model", model, "--trees", "20", "--epochs", "1")
		if !strings.Contains(out, "on 1499 labelled declarations") {
			t.Errorf("train --csv output: %s", out)
		}
		bad := filepath.Join(t.TempDir(), "bad.csv")
		copyLines(t, filepath.Join(sharedData(t), "df_syn_train_eng.csv"), bad, 5)
		f, _ := os.OpenFile(bad, os.O_APPEND|os.O_WRONLY, 0)
		fmt.Fprintln(f, "1,2020-13-45,30,B,11,21,11,10,ZZR1LT6,QLRUBN9,,,440890,BE,BE,0.0,FEU1,G,108.0,372254.4,0,0")
		f.Close()
		_, err := runDateCmd(t, dir, "train", "--csv", bad, "--model", model)
		if err == nil || !strings.Contains(err.Error(), "bad.csv") || !strings.Contains(err.Error(), "line 6") || !strings.Contains(err.Error(), "Date") {
			t.Errorf("bad CSV: %v, want file, line 6 and the Date field", err)
		}
	})

	t.Run("import", func(t *testing.T) {
		ext := filepath.Join(t.TempDir(), "ext.csv")
		os.WriteFile(ext, []byte("sgd.id,prob,revenue\n97061800,0.9,10\n85945189,0.2,0\n"), 0o600)
		out := mustDateCmd(t, dir, "import", ext)
		if !strings.Contains(out, "2 scores") {
			t.Errorf("import output: %s", out)
		}
		if _, _, versions := dateScored(t, dir); versions["external:ext.csv"] != 2 {
			t.Errorf("versions after import %v", versions)
		}
		os.WriteFile(ext, []byte("sgd.id,prob\n97061800,0.9\nNOPE,0.3\n"), 0o600)
		if _, err := runDateCmd(t, dir, "import", ext); err == nil || !strings.Contains(err.Error(), "ext.csv:3") || !strings.Contains(err.Error(), "NOPE") {
			t.Errorf("unknown declaration: %v, want ext.csv:3 naming NOPE", err)
		}
		os.WriteFile(ext, []byte("sgd.id,prob\n97061800,7\n"), 0o600)
		if _, err := runDateCmd(t, dir, "import", ext); err == nil || !strings.Contains(err.Error(), `ext.csv:2: field "prob"`) {
			t.Errorf("bad probability: %v", err)
		}
	})

	t.Run("wrong model version", func(t *testing.T) {
		path := filepath.Join(dir, "date", "model.date")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		old := filepath.Join(t.TempDir(), "old.date")
		binary.BigEndian.PutUint32(b[16:20], 0)
		os.WriteFile(old, b, 0o600)
		_, err = runDateCmd(t, dir, "score", "--model", old)
		if err == nil || !strings.Contains(err.Error(), "format version 0") || !strings.Contains(err.Error(), "retrain") {
			t.Errorf("old model: %v", err)
		}
	})

	t.Run("usage errors", func(t *testing.T) {
		for _, args := range [][]string{{"fly"}, {"import"}, {"score", "extra"}} {
			if _, err := runDateCmd(t, dir, args...); err == nil {
				t.Errorf("date %v accepted", args)
			}
		}
	})
}

func copyLines(t *testing.T, src, dst string, n int) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var b strings.Builder
	sc := bufio.NewScanner(in)
	for i := 0; i < n && sc.Scan(); i++ {
		b.WriteString(sc.Text() + "\n")
	}
	if err := os.WriteFile(dst, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}
