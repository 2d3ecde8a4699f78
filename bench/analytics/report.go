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
)

// report reads Row JSON lines from the given files and prints, per size and
// algorithm, each implementation's wall time, CPU time, peak memory and
// modularity, with the ratios ours/igraph and ours/gonum.
func report(files []string, stdout io.Writer) error {
	var rows []Row
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if !strings.HasPrefix(line, "{") {
				continue
			}
			var r Row
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				f.Close()
				return fmt.Errorf("%s: %w", name, err)
			}
			rows = append(rows, r)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	type key struct{ size, algo, impl string }
	byKey := map[key]Row{}
	runs := map[key]int{}
	var sizes, algos []string
	for _, r := range rows {
		// Several rows of one (size, algorithm, implementation) are
		// interleaved runs: keep the fastest times, the largest memory
		// and the mean modularity.
		k := key{r.Size, r.Algo, r.Impl}
		if p, ok := byKey[k]; ok && p.Timeout == 0 && r.Timeout == 0 {
			n := float64(runs[k])
			r.Modularity = (p.Modularity*n + r.Modularity) / (n + 1)
			r.Seconds, r.CPUSeconds = min(p.Seconds, r.Seconds), min(p.CPUSeconds, r.CPUSeconds)
			r.MaxRSSMB, r.HeapMB = max(p.MaxRSSMB, r.MaxRSSMB), max(p.HeapMB, r.HeapMB)
		}
		runs[k]++
		byKey[k] = r
		if !slices.Contains(sizes, r.Size) {
			sizes = append(sizes, r.Size)
		}
		if !slices.Contains(algos, r.Algo) {
			algos = append(algos, r.Algo)
		}
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "size\talgorithm\tours s\tigraph s\tgonum s\tours/igraph\tours/gonum\tours cpu s\tigraph cpu s\tours MB\tigraph MB\tgonum MB\tQ ours\tQ igraph\tQ gonum\t")
	cell := func(r Row, ok bool, f func(Row) string) string {
		if !ok {
			return "-"
		}
		return f(r)
	}
	secs := func(r Row) string {
		if r.Timeout > 0 {
			return fmt.Sprintf(">%.0f", r.Timeout)
		}
		return secondsText(r.Seconds)
	}
	cpu := func(r Row) string {
		if r.Timeout > 0 {
			return "-"
		}
		return secondsText(r.CPUSeconds)
	}
	mem := func(r Row) string {
		if r.MaxRSSMB == 0 {
			return "-"
		}
		return fmt.Sprintf("%.0f", r.MaxRSSMB)
	}
	q := func(r Row) string {
		if r.Modularity == 0 {
			return "-"
		}
		return fmt.Sprintf("%.4f", r.Modularity)
	}
	ratio := func(a, b Row, okA, okB bool) string {
		switch {
		case !okA || !okB || a.Timeout > 0:
			return "-"
		case b.Timeout > 0:
			return fmt.Sprintf("<%.3f", a.Seconds/b.Timeout)
		case b.Seconds == 0:
			return "-"
		}
		return fmt.Sprintf("%.3f", a.Seconds/b.Seconds)
	}
	for _, s := range sizes {
		for _, a := range algos {
			if a == "load" {
				continue
			}
			o, okO := byKey[key{s, a, "ours"}]
			i, okI := byKey[key{s, a, "igraph"}]
			g, okG := byKey[key{s, a, "gonum"}]
			if !okO && !okI && !okG {
				continue
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", s, a,
				cell(o, okO, secs), cell(i, okI, secs), cell(g, okG, secs),
				ratio(o, i, okO, okI), ratio(o, g, okO, okG),
				cell(o, okO, cpu), cell(i, okI, cpu),
				cell(o, okO, mem), cell(i, okI, mem), cell(g, okG, mem),
				cell(o, okO, q), cell(i, okI, q), cell(g, okG, q))
		}
		o, okO := byKey[key{s, "load", "ours"}]
		i, okI := byKey[key{s, "load", "igraph"}]
		fmt.Fprintf(w, "%s\t(load only)\t\t\t\t\t\t\t\t%s\t%s\t\t\t\t\t\n", s, cell(o, okO, mem), cell(i, okI, mem))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	// leidenalg, where it was run: Leiden against Leiden.
	var la []string
	for _, s := range sizes {
		l, okL := byKey[key{s, "leiden", "leidenalg"}]
		o, okO := byKey[key{s, "leiden", "ours"}]
		if okL && okO {
			la = append(la, fmt.Sprintf("%s leiden: ours %s s (cpu %s), leidenalg %s s (cpu %s), ours/leidenalg %s; Q ours %s, Q leidenalg %s, %d MB",
				s, secs(o), cpu(o), secs(l), cpu(l), ratio(o, l, okO, okL), q(o), q(l), int(l.MaxRSSMB)))
		}
	}
	for _, l := range la {
		fmt.Fprintln(stdout, l)
	}
	var notes []string
	for _, r := range rows {
		if n := fmt.Sprintf("%s %s %s: %s", r.Size, r.Impl, r.Algo, r.Note); r.Note != "" && !slices.Contains(notes, n) {
			notes = append(notes, n)
		}
	}
	for _, n := range notes {
		fmt.Fprintln(stdout, n)
	}
	return nil
}

// secondsText prints a time in seconds to the millisecond, or to three
// significant digits below 0.1 s, where milliseconds alone would hide the
// ratio between two runs.
func secondsText(x float64) string {
	if x < 0.1 {
		return fmt.Sprintf("%.3g", x)
	}
	return fmt.Sprintf("%.3f", x)
}
