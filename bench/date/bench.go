package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/borderlens/borderlens/analytics/date"
	"github.com/borderlens/borderlens/graph"
)

// rates are the selection rates of the protocol, in percent.
var rates = []float64{1, 2, 5, 10}

// published are the LightGBM and XGBoost numbers of Jeong et al. 2022
// (Table 3, synthetic data): Pre@5 %, Pre@10 %.
var published = []struct {
	name      string
	pre5, p10 float64
}{{"LightGBM (published)", 0.762, 0.641}, {"XGBoost (published)", 0.675, 0.579}}

func labels(va []graph.Declaration) (y []bool, rev []float64) {
	y = make([]bool, len(va))
	hasRev := false
	rev = make([]float64, len(va))
	for i, d := range va {
		if d.Outcome != nil {
			y[i] = d.Outcome.Illicit
			rev[i] = d.Outcome.Revenue
			hasRev = hasRev || d.Outcome.Revenue > 0
		}
	}
	if !hasRev {
		rev = nil
	}
	return y, rev
}

func printRow(w io.Writer, name string, m date.Metrics, dur time.Duration) {
	var b strings.Builder
	fmt.Fprintf(&b, "%-26s", name)
	for i := range m.Rates {
		fmt.Fprintf(&b, " %6.3f", m.Precision[i])
	}
	for i := range m.Rates {
		fmt.Fprintf(&b, " %6.3f", m.Recall[i])
	}
	if m.Revenue != nil {
		for i := range m.Rates {
			fmt.Fprintf(&b, " %6.3f", m.Revenue[i])
		}
	}
	fmt.Fprintf(&b, "  %5.3f", m.AUC)
	if dur > 0 {
		fmt.Fprintf(&b, "  %v", dur.Round(100*time.Millisecond))
	}
	fmt.Fprintln(w, b.String())
}

// variant is one trained configuration of the run.
type variant struct {
	name string
	opts func(date.Options) date.Options
}

func bench(ctx context.Context, w io.Writer, tr, va []graph.Declaration, seed uint64, which string) error {
	y, rev := labels(va)
	// The validation split is scored without its outcomes: strip them so
	// nothing can read them (profiles only read training rows anyway).
	vaIn := make([]graph.Declaration, len(va))
	for i, d := range va {
		d.Outcome = nil
		vaIn[i] = d
	}
	header := fmt.Sprintf("%-26s %6s %6s %6s %6s %6s %6s %6s %6s", "model", "Pre@1", "Pre@2", "Pre@5", "Pre@10", "Rec@1", "Rec@2", "Rec@5", "Rec@10")
	if rev != nil {
		header += "  Rev@1  Rev@2  Rev@5 Rev@10"
	}
	fmt.Fprintln(w, header+"    AUC  train")
	variants := []variant{
		{"DATE (residual)", func(o date.Options) date.Options { return o }},
		{"DATE (leaves only, paper)", func(o date.Options) date.Options { o.Net.Residual = false; return o }},
	}
	var res []date.Metrics
	var names []string
	for i, v := range variants {
		if which != "" && !strings.Contains(v.name, which) {
			continue
		}
		o := v.opts(date.DefaultOptions())
		o.Seed = seed
		t0 := time.Now()
		m, err := date.Train(ctx, tr, o)
		if err != nil {
			return fmt.Errorf("%s: %w", v.name, err)
		}
		dur := time.Since(t0)
		scores, err := m.Score(ctx, vaIn)
		if err != nil {
			return err
		}
		p := make([]float64, len(scores))
		b := make([]float64, len(scores))
		for j, s := range scores {
			p[j], b[j] = s.IllicitProb, s.BaselineProb
		}
		if i == 0 || len(res) == 0 {
			mb := date.Evaluate(b, y, rev, rates)
			printRow(w, "GBDT only (ours)", mb, 0)
			res, names = append(res, mb), append(names, "GBDT only (ours)")
		}
		mm := date.Evaluate(p, y, rev, rates)
		printRow(w, v.name, mm, dur)
		fmt.Fprintf(w, "  (%s: %d epochs, %d leaves, %d importers, %d HS codes)\n", m.Version, m.Epochs, m.Net.NumLeaves, len(m.Net.Importers), len(m.Net.Items))
		res, names = append(res, mm), append(names, v.name)
	}
	for _, pub := range published {
		fmt.Fprintf(w, "%-26s %6s %6s %6.3f %6.3f\n", pub.name, "", "", pub.pre5, pub.p10)
	}
	fmt.Fprintln(w, "\nratios against published LightGBM (Pre@5 %, Pre@10 %):")
	for i, m := range res {
		fmt.Fprintf(w, "  %-26s x%.2f  x%.2f\n", names[i], m.Precision[2]/0.762, m.Precision[3]/0.641)
	}
	if rev == nil {
		fmt.Fprintln(w, "\nRevenue@n %: not computed, the data has no revenue column.")
	}
	return nil
}
