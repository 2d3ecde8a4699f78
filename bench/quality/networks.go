package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/borderlens/borderlens/analytics/community"
	"github.com/borderlens/borderlens/analytics/csr"
)

// network names one ground-truth graph of the shared data directory.
type network struct {
	Name      string
	Edges     string // edge list, relative to the networks directory
	Truth     string // "id,community" (or "id,club") file; "" when none
	TruthNote string // what the truth is, for the report
}

// networks returns the graphs bench/quality.sh scores, in report order.
func networks() []network {
	nws := []network{
		{"karate", "karate/karate_edges.csv", "karate/karate_nodes.csv", "faction after the split"},
		{"lfr_mu0.1", "lfr/lfr_n1000_mu01_edges.csv", "lfr/lfr_n1000_mu01_communities.csv", "planted"},
		{"lfr_mu0.3", "lfr/lfr_n1000_mu03_edges.csv", "lfr/lfr_n1000_mu03_communities.csv", "planted"},
		{"lfr_mu0.5", "lfr/lfr_n1000_mu05_edges.csv", "lfr/lfr_n1000_mu05_communities.csv", "planted"},
		{"sbm_10k_100k", "synthetic/sbm_n10000_m100000_mu03_edges.txt", "synthetic/sbm_n10000_m100000_mu03_communities.csv", "planted"},
	}
	for i := 1; i <= 11; i++ {
		nws = append(nws, network{Name: fmt.Sprintf("caviar_p%02d", i), Edges: fmt.Sprintf("covert/caviar_phase%02d_edges.csv", i)})
	}
	return append(nws, network{Name: "caviar_full", Edges: "covert/caviar_full_edges.csv"})
}

// loaded is a network read into a csr graph with dense ids.
type loaded struct {
	network
	G     *csr.Graph
	Truth []int32 // nil when the network has no ground truth
}

// readNetwork reads nw from dir. Node ids may be any strings (CAVIAR's
// are quoted numbers); they are numbered in order of first appearance in
// the truth file, then in the edge list. Duplicate and reversed edges
// are merged by csr (weights summed), so every implementation sees the
// same simple weighted graph once it is written back out.
func readNetwork(dir string, nw network) (loaded, error) {
	ids := map[string]int32{}
	id := func(s string) int32 {
		s = strings.TrimSpace(s)
		if v, ok := ids[s]; ok {
			return v
		}
		v := int32(len(ids))
		ids[s] = v
		return v
	}
	var truthRows [][2]string
	if nw.Truth != "" {
		rows, err := readCSV(filepath.Join(dir, nw.Truth))
		if err != nil {
			return loaded{}, err
		}
		for _, r := range rows[1:] {
			if len(r) < 2 {
				return loaded{}, fmt.Errorf("%s: want id,community, got %q", nw.Truth, r)
			}
			id(r[0])
			truthRows = append(truthRows, [2]string{r[0], r[1]})
		}
	}
	rows, err := readCSV(filepath.Join(dir, nw.Edges))
	if err != nil {
		return loaded{}, err
	}
	var edges []csr.Edge
	for i, r := range rows {
		if len(r) < 2 {
			return loaded{}, fmt.Errorf("%s line %d: want u,v[,w], got %q", nw.Edges, i+1, r)
		}
		w := 1.0
		if len(r) > 2 {
			x, err := strconv.ParseFloat(strings.TrimSpace(r[2]), 64)
			if err != nil {
				if i == 0 {
					continue // header
				}
				return loaded{}, fmt.Errorf("%s line %d: weight: %w", nw.Edges, i+1, err)
			}
			w = x
		} else if i == 0 && !numeric(r[0]) {
			continue // header
		}
		u, v := id(r[0]), id(r[1])
		if u == v {
			continue
		}
		edges = append(edges, csr.Edge{U: u, V: v, W: w})
	}
	g, err := csr.FromEdges(len(ids), edges)
	if err != nil {
		return loaded{}, fmt.Errorf("%s: %w", nw.Edges, err)
	}
	l := loaded{network: nw, G: g}
	if nw.Truth != "" {
		labels := map[string]int32{}
		l.Truth = make([]int32, len(ids))
		for i := range l.Truth {
			l.Truth[i] = -1
		}
		for _, tr := range truthRows {
			c, ok := labels[tr[1]]
			if !ok {
				c = int32(len(labels))
				labels[tr[1]] = c
			}
			l.Truth[ids[strings.TrimSpace(tr[0])]] = c
		}
		for u, c := range l.Truth {
			if c < 0 {
				return loaded{}, fmt.Errorf("%s: node %d of the edge list has no community in %s", nw.Name, u, nw.Truth)
			}
		}
	}
	return l, nil
}

func numeric(s string) bool {
	_, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return err == nil
}

// readCSV reads a comma- or space-separated file.
func readCSV(path string) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !strings.Contains(strings.SplitN(string(b), "\n", 2)[0], ",") {
		var rows [][]string
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) > 0 {
				rows = append(rows, f)
			}
		}
		return rows, nil
	}
	r := csv.NewReader(strings.NewReader(string(b)))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rows, nil
}

// writeNormalised writes l as "u v w" lines (each undirected edge once)
// to NAME.edges, and its ground truth, one community per line, to
// NAME.truth, for the igraph script.
func writeNormalised(dir string, l loaded) error {
	f, err := os.Create(filepath.Join(dir, l.Name+".edges"))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# %d\n", l.G.N())
	for u := int32(0); int(u) < l.G.N(); u++ {
		adj, ws := l.G.Neighbours(u)
		for i, v := range adj {
			if u < v {
				fmt.Fprintf(w, "%d %d %s\n", u, v, strconv.FormatFloat(ws[i], 'g', -1, 64))
			}
		}
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		return err
	}
	if l.Truth == nil {
		return nil
	}
	var sb strings.Builder
	for _, c := range l.Truth {
		fmt.Fprintf(&sb, "%d\n", c)
	}
	return os.WriteFile(filepath.Join(dir, l.Name+".truth"), []byte(sb.String()), 0o644)
}

// NetRow is the score of one (network, implementation, algorithm) over
// several seeds, as printed by "networks" and by the igraph script.
type NetRow struct {
	Kind        string    `json:"kind"` // "network"
	Network     string    `json:"network"`
	Impl        string    `json:"impl"`
	Algo        string    `json:"algo"`
	Nodes       int       `json:"nodes"`
	Edges       int       `json:"edges"`
	Seeds       int       `json:"seeds"`
	NMI         []float64 `json:"nmi,omitempty"` // per seed, against the ground truth
	Q           []float64 `json:"q"`             // per seed
	Communities []int     `json:"communities"`   // per seed
	Membership  []int32   `json:"membership"`    // of the first seed
	TruthCount  int       `json:"truth_communities,omitempty"`
}

// runNetworks scores our Louvain and Leiden on every network over
// -seeds seeds, writes the normalised graphs to -export for the igraph
// script, and prints one NetRow JSON line per (network, algorithm).
func runNetworks(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("networks", flag.ContinueOnError)
	dir := fs.String("dir", "../shared/data/networks", "networks directory")
	export := fs.String("export", "", "write normalised edge lists and truths here")
	seeds := fs.Int("seeds", 10, "runs per algorithm, with seeds 1..seeds")
	if err := fs.Parse(args); err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	for _, nw := range networks() {
		l, err := readNetwork(*dir, nw)
		if err != nil {
			return err
		}
		if *export != "" {
			if err := writeNormalised(*export, l); err != nil {
				return err
			}
		}
		for _, algo := range []string{"louvain", "leiden"} {
			row := NetRow{Kind: "network", Network: nw.Name, Impl: "ours", Algo: algo, Nodes: l.G.N(), Edges: l.G.Edges(), Seeds: *seeds}
			if l.Truth != nil {
				row.TruthCount = community.Partition(l.Truth).Count()
			}
			for s := 1; s <= *seeds; s++ {
				src := rand.NewPCG(uint64(s), 1)
				var p community.Partition
				var q float64
				if algo == "louvain" {
					p, q = community.Louvain(l.G, 1, src)
				} else {
					p, q = community.Leiden(l.G, 1, src)
				}
				row.Q = append(row.Q, q)
				row.Communities = append(row.Communities, p.Count())
				if l.Truth != nil {
					row.NMI = append(row.NMI, community.NMI(p, l.Truth))
				}
				if s == 1 {
					row.Membership = p
				}
			}
			if err := enc.Encode(row); err != nil {
				return err
			}
		}
	}
	return nil
}

// meanSD returns the mean and sample standard deviation of xs.
func meanSD(xs []float64) (float64, float64) {
	if len(xs) == 0 {
		return math.NaN(), math.NaN()
	}
	var s float64
	for _, x := range xs {
		s += x
	}
	m := s / float64(len(xs))
	if len(xs) < 2 {
		return m, 0
	}
	var v float64
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return m, math.Sqrt(v / float64(len(xs)-1))
}
