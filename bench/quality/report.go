package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/borderlens/borderlens/analytics/community"
)

// report prints the network table (NMI and modularity of ours, igraph and
// leidenalg side by side) and the ring recovery table from JSON lines.
func report(files []string, stdout io.Writer) error {
	var nets []NetRow
	var rings []RingRow
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			line := sc.Bytes()
			if len(line) == 0 || line[0] != '{' {
				continue
			}
			var k struct {
				Kind string `json:"kind"`
			}
			if err := json.Unmarshal(line, &k); err != nil {
				f.Close()
				return fmt.Errorf("%s: %w", name, err)
			}
			switch k.Kind {
			case "network":
				var r NetRow
				if err := json.Unmarshal(line, &r); err != nil {
					f.Close()
					return fmt.Errorf("%s: %w", name, err)
				}
				nets = append(nets, r)
			case "rings":
				var r RingRow
				if err := json.Unmarshal(line, &r); err != nil {
					f.Close()
					return fmt.Errorf("%s: %w", name, err)
				}
				rings = append(rings, r)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if len(nets) > 0 {
		if err := networkTable(stdout, nets); err != nil {
			return err
		}
	}
	if len(rings) > 0 {
		fmt.Fprintln(stdout)
		return ringTable(stdout, rings)
	}
	return nil
}

func networkTable(w io.Writer, rows []NetRow) error {
	type key struct{ net, impl, algo string }
	by := map[key]NetRow{}
	var order []string
	for _, r := range rows {
		by[key{r.Network, r.Impl, r.Algo}] = r
		if !slices.Contains(order, r.Network) {
			order = append(order, r.Network)
		}
	}
	seeds := rows[0].Seeds
	fmt.Fprintf(w, "Community detection against ground truth: NMI (mean ± sd over %d seeds), modularity Q (mean), communities (seed 1).\n", seeds)
	fmt.Fprintln(w, "agree = NMI between ours and igraph's partitions of seed 1 (for graphs without ground truth).")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "network\tnodes\tedges\ttruth\talgorithm\tNMI ours\tNMI igraph\tNMI leidenalg\tours−igraph\tQ ours\tQ igraph\tQ leidenalg\tk ours\tk igraph\tagree\t")
	stat := func(xs []float64) string {
		if len(xs) == 0 {
			return "-"
		}
		m, sd := meanSD(xs)
		return fmt.Sprintf("%.4f±%.3f", m, sd)
	}
	mean := func(xs []float64) float64 { m, _ := meanSD(xs); return m }
	for _, net := range order {
		for _, algo := range []string{"louvain", "leiden"} {
			o, okO := by[key{net, "ours", algo}]
			i, okI := by[key{net, "igraph", algo}]
			l, okL := by[key{net, "leidenalg", algo}]
			if !okO {
				continue
			}
			cells := []string{net, fmt.Sprint(o.Nodes), fmt.Sprint(o.Edges), "-", algo, stat(o.NMI), "-", "-", "-", fmt.Sprintf("%.4f", mean(o.Q)), "-", "-", fmt.Sprint(o.Communities[0]), "-", "-"}
			if o.TruthCount > 0 {
				cells[3] = fmt.Sprint(o.TruthCount)
			}
			if okI {
				cells[6], cells[10], cells[13] = stat(i.NMI), fmt.Sprintf("%.4f", mean(i.Q)), fmt.Sprint(i.Communities[0])
				if len(o.NMI) > 0 && len(i.NMI) > 0 {
					cells[8] = fmt.Sprintf("%+.4f", mean(o.NMI)-mean(i.NMI))
				} else {
					cells[8] = fmt.Sprintf("Q %+.4f", mean(o.Q)-mean(i.Q))
				}
				if len(o.Membership) == len(i.Membership) {
					cells[14] = fmt.Sprintf("%.3f", community.NMI(o.Membership, i.Membership))
				}
			}
			if okL {
				cells[7], cells[11] = stat(l.NMI), fmt.Sprintf("%.4f", mean(l.Q))
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t")
		}
	}
	return tw.Flush()
}

func ringTable(w io.Writer, rows []RingRow) error {
	fmt.Fprintln(w, "Recovery of hidden ring members from the known smugglers (traders and passengers ranked, known smugglers excluded).")
	fmt.Fprintln(w, "P@k / R@k: precision / recall of the top k; R-prec: precision at k = H, the number of hidden members; rings@H: rings with a member in the top H; AP: average precision.")
	type key struct{ set, ranking string }
	var order []key
	groups := map[key][]RingRow{}
	notes := map[string]string{}
	for _, r := range rows {
		k := key{r.SeedSet, r.Ranking}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], r)
		notes[r.Ranking] = r.Note
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := []string{"world", "seeds given", "ranking", "cands", "hidden", "seeds"}
	for _, a := range rows[0].AtK {
		head = append(head, fmt.Sprintf("P@%d", a.K), fmt.Sprintf("R@%d", a.K))
	}
	head = append(head, "R-prec", "rings@H", "AP")
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
	line := func(world string, r RingRow, atK []PrecisionAtK, rprec, ap float64, rings string) {
		cells := []string{world, r.SeedSet, r.Ranking, fmt.Sprint(r.Candidates), fmt.Sprintf("%d (%d in graph)", r.Hidden, r.InGraph), fmt.Sprint(r.Seeds)}
		for _, a := range atK {
			cells = append(cells, fmt.Sprintf("%.3f", a.Precision), fmt.Sprintf("%.3f", a.Recall))
		}
		cells = append(cells, fmt.Sprintf("%.3f", rprec), rings, fmt.Sprintf("%.3f", ap))
		fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t")
	}
	for _, r := range rows {
		line(fmt.Sprint(r.World), r, r.AtK, r.RPrecision, r.AP, fmt.Sprintf("%d/%d", r.RingsHitAtH, r.Rings))
	}
	if worlds := len(groups[order[0]]); worlds > 1 {
		fmt.Fprintln(tw, strings.Repeat("\t", len(head))) // blank line
		for _, k := range order {
			g := groups[k]
			mean := g[0]
			atK := slices.Clone(g[0].AtK)
			var rprec, ap float64
			hidden, inGraph, cands, seeds, hit, rings := 0, 0, 0, 0, 0, 0
			for i := range atK {
				atK[i].Precision, atK[i].Recall = 0, 0
			}
			for _, r := range g {
				for i, a := range r.AtK {
					atK[i].Precision += a.Precision / float64(len(g))
					atK[i].Recall += a.Recall / float64(len(g))
				}
				rprec += r.RPrecision / float64(len(g))
				ap += r.AP / float64(len(g))
				hidden, inGraph, cands, seeds = hidden+r.Hidden, inGraph+r.InGraph, cands+r.Candidates, seeds+r.Seeds
				hit, rings = hit+r.RingsHitAtH, rings+r.Rings
			}
			mean.Hidden, mean.InGraph, mean.Candidates, mean.Seeds = hidden, inGraph, cands/len(g), seeds
			line(fmt.Sprintf("mean of %d", len(g)), mean, atK, rprec, ap, fmt.Sprintf("%d/%d", hit, rings))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "rankings:")
	seen := map[string]bool{}
	for _, k := range order {
		if !seen[k.ranking] {
			seen[k.ranking] = true
			fmt.Fprintf(w, "  %s: %s\n", k.ranking, notes[k.ranking])
		}
	}
	fmt.Fprintf(w, "random ranking: expected precision %.4f\n", float64(rows[0].InGraph)/float64(rows[0].Candidates))
	fmt.Fprintln(w, "\"ring seeds only\" is a diagnostic: it drops the isolated known smugglers, whose families and colleagues the ground truth counts as legitimate.")
	return nil
}
