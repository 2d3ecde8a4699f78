package hs

// Experiment harness (temporary, removed before hand-off).

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/graph/embedded"
)

type expDecl struct{ key, desc, code string }

func expLoad(t *testing.T) ([]Example, []expDecl, map[string]bool) {
	dir := os.Getenv("HS_EXP")
	cache := filepath.Join(dir, "decls.csv")
	var decls []expDecl
	if f, err := os.Open(cache); err == nil {
		recs, _ := csv.NewReader(f).ReadAll()
		f.Close()
		for _, r := range recs {
			decls = append(decls, expDecl{r[0], r[1], r[2]})
		}
	} else {
		ctx := context.Background()
		s, err := embedded.Open(ctx, filepath.Join(dir, "demo", "graph.db"), embedded.Options{})
		if err != nil {
			t.Fatal(err)
		}
		s.ScanNodes(ctx, []graph.Kind{graph.KindDeclaration}, func(n graph.Node) error {
			if d := n.Props.String("description"); d != "" {
				decls = append(decls, expDecl{n.Key.String(), d, n.Props.String("hsCode")})
			}
			return nil
		})
		s.Close()
		sort.Slice(decls, func(i, j int) bool { return decls[i].key < decls[j].key })
		f, _ := os.Create(cache)
		w := csv.NewWriter(f)
		for _, d := range decls {
			w.Write([]string{d.key, d.desc, d.code})
		}
		w.Flush()
		f.Close()
	}
	var gt struct {
		Mis []struct {
			Declaration string `json:"declaration"`
		} `json:"hs_misdeclared"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "demo", "demo", "ground_truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal(b, &gt)
	mis := map[string]bool{}
	for _, m := range gt.Mis {
		mis[m.Declaration] = true
	}
	nom := mustFixture(t).nom
	var ex []Example
	for _, d := range decls {
		pc, err := nom.ParseCode(d.code)
		if err != nil || pc.Flag == FlagUnknown || len(pc.Candidates) != 1 {
			continue
		}
		ex = append(ex, Example{d.desc, pc.Candidates[0]})
	}
	return ex, decls, mis
}

func expReport(t *testing.T, name string, m *Model) {
	rows := mustEval(t)
	sp := 0
	if os.Getenv("HS_SPLIT") == "1" {
		sp = 1
	}
	{
		mt := Evaluate(m, trainingSlice(rows, sp))
		start := time.Now()
		for _, r := range rows[:200] {
			m.Recommend(r.Description, 5)
		}
		lat := time.Since(start) / 200
		fmt.Printf("%-28s split%d top1 %.3f %.3f %.3f  top5 %.3f %.3f %.3f  MRR %.3f NLL %.2f ECE %.3f lat %v\n", name, sp,
			mt.Top1[0], mt.Top1[1], mt.Top1[2], mt.Top5[0], mt.Top5[1], mt.Top5[2], mt.MRR, mt.NLL, mt.ECE, lat)
		if os.Getenv("HS_MISSES") != "" {
			for _, x := range mt.Misses {
				fmt.Printf("   MISS %s | %s | %v\n", x.Code, x.Description, x.Got)
			}
		}
	}
}

func expMismatch(t *testing.T, m *Model, decls []expDecl, mis map[string]bool) {
	type sc struct {
		s   float64
		pos bool
	}
	var all []sc
	honestHigh := 0
	for _, d := range decls {
		a, err := m.Assess(d.desc, d.code)
		if err != nil || !a.HasMismatch {
			continue
		}
		all = append(all, sc{a.Mismatch, mis[d.key]})
		if !mis[d.key] && a.Mismatch >= 0.5 {
			honestHigh++
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].s > all[j].s })
	npos := 0
	for _, x := range all {
		if x.pos {
			npos++
		}
	}
	// AUC via rank sum
	var auc float64
	neg := 0
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].pos {
			auc += float64(neg)
		} else {
			neg++
		}
	}
	auc /= float64(npos) * float64(len(all)-npos)
	hit := 0
	for _, x := range all[:npos] {
		if x.pos {
			hit++
		}
	}
	posHigh := 0
	for _, x := range all {
		if x.pos && x.s >= 0.5 {
			posHigh++
		}
	}
	fmt.Printf("mismatch: n=%d planted=%d AUC %.4f P@planted %.3f honest>=0.5 %.4f planted>=0.5 %.3f\n", len(all), npos, auc, float64(hit)/float64(npos), float64(honestHigh)/float64(len(all)-npos), float64(posHigh)/float64(npos))
}

func TestExp(t *testing.T) {
	if os.Getenv("HS_EXP") == "" {
		t.Skip()
	}
	f := mustFixture(t)
	ex, decls, mis := expLoad(t)
	fmt.Println("examples", len(ex), "decls", len(decls), "planted", len(mis))
	start := time.Now()
	o := TrainOptions{Seed: 1}
	fmt.Sscan(os.Getenv("HS_MW"), &o.MatchWeight)
	fmt.Sscan(os.Getenv("HS_MH"), &o.MatchHeading)
	fmt.Sscan(os.Getenv("HS_TW"), &o.TermWeight)
	o.NoTerms = os.Getenv("HS_NOTERMS") != ""
	cold, _, err := Train(context.Background(), f.nom, nil, o)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("cold train", time.Since(start))
	expReport(t, "cold", cold)
	if os.Getenv("HS_COLD_ONLY") != "" {
		return
	}
	start = time.Now()
	m, rep, err := Train(context.Background(), f.nom, ex, o)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("trained", time.Since(start), fmt.Sprintf("%+v", rep))
	expReport(t, "trained", m)
	fmt.Println("cal", m.d.Cal)
	expMismatch(t, m, decls, mis)
}

func TestExpTerms(t *testing.T) {
	f := mustFixture(t)
	for _, tm := range DefaultTerms() {
		if _, ok := f.nom.Entry(tm.Code); !ok {
			fmt.Println("BAD", tm.Code, tm.Text)
		}
	}
	fmt.Println(len(DefaultTerms()))
}

func TestExpAudit(t *testing.T) {
	rows := mustEval(t)
	seen := [2]map[string]bool{{}, {}}
	for i, r := range rows {
		for _, w := range splitWords(Fold(r.Description)) {
			seen[i%2][w] = true
		}
	}
	var inDev, inTestOnly, none int
	for k := range translations {
		switch {
		case seen[0][k]:
			inDev++
		case seen[1][k]:
			inTestOnly++
		default:
			none++
		}
	}
	fmt.Printf("translation lexicon keys %d: in dev %d, only in test %d, in neither %d\n", len(translations), inDev, inTestOnly, none)
	inDev, inTestOnly, none = 0, 0, 0
	for k := range abbrev {
		switch {
		case seen[0][k]:
			inDev++
		case seen[1][k]:
			inTestOnly++
		default:
			none++
		}
	}
	fmt.Printf("abbrev keys %d: in dev %d, only in test %d, in neither %d\n", len(abbrev), inDev, inTestOnly, none)
}

func splitWords(s string) []string {
	var out []string
	cur := []rune{}
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			cur = append(cur, r)
		} else if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}
