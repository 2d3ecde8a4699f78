package csrtest

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/borderlens/borderlens/analytics/csr"
)

// The karate and LFR files are copied from /work/shared/data/networks (see
// testdata/README.*.md for their origin and licence) so that tests run
// offline.
//
//go:embed testdata/*.csv
var files embed.FS

// Network is a reference graph with its planted or observed communities.
type Network struct {
	Name  string
	G     *csr.Graph
	Truth []int32 // ground-truth community of each node
}

// Karate returns Zachary's karate club (34 nodes, 78 edges, unit weights)
// with the two factions after the split as ground truth.
func Karate() (Network, error) {
	return load("karate", "testdata/karate_edges.csv", "testdata/karate_nodes.csv")
}

// LFR returns the LFR benchmark graph with 1000 nodes and mixing mu, one of
// "01", "03" or "05" (mu = 0.1, 0.3, 0.5), with its planted communities.
func LFR(mu string) (Network, error) {
	return load("lfr_mu"+mu, "testdata/lfr_n1000_mu"+mu+"_edges.csv", "testdata/lfr_n1000_mu"+mu+"_communities.csv")
}

func load(name, edgesFile, truthFile string) (Network, error) {
	eb, err := files.ReadFile(edgesFile)
	if err != nil {
		return Network{}, fmt.Errorf("csrtest: %w", err)
	}
	n, edges, err := ReadEdgeList(bytes.NewReader(eb))
	if err != nil {
		return Network{}, fmt.Errorf("csrtest: %s: %w", edgesFile, err)
	}
	tb, err := files.ReadFile(truthFile)
	if err != nil {
		return Network{}, fmt.Errorf("csrtest: %w", err)
	}
	rows, err := csv.NewReader(bytes.NewReader(tb)).ReadAll()
	if err != nil {
		return Network{}, fmt.Errorf("csrtest: %s: %w", truthFile, err)
	}
	labels := map[string]int32{}
	truth := make([]int32, 0, len(rows))
	for i, row := range rows[1:] {
		id, err := strconv.Atoi(row[0])
		if err != nil || id != i {
			return Network{}, fmt.Errorf("csrtest: %s line %d: want id %d, got %q", truthFile, i+2, i, row[0])
		}
		c, ok := labels[row[1]]
		if !ok {
			c = int32(len(labels))
			labels[row[1]] = c
		}
		truth = append(truth, c)
	}
	n = max(n, len(truth))
	g, err := csr.FromEdges(n, edges)
	if err != nil {
		return Network{}, err
	}
	return Network{Name: name, G: g, Truth: truth}, nil
}

// ReadEdgeList reads an undirected edge list: one edge per line as
// "u v", "u,v" or "u,v,w" (unit weight when w is absent), with an
// optional non-numeric header line and '#' comments. n is one more than
// the largest id. It streams the input, so memory is the edges only.
func ReadEdgeList(r io.Reader) (n int, edges []csr.Edge, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	sep := func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }
	for sc.Scan() {
		line++
		l := bytes.TrimSpace(sc.Bytes())
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		f := bytes.FieldsFunc(l, sep)
		if len(f) < 2 {
			return 0, nil, fmt.Errorf("line %d: want u v, got %q", line, l)
		}
		u, err1 := strconv.Atoi(string(f[0]))
		v, err2 := strconv.Atoi(string(f[1]))
		if err1 != nil || err2 != nil {
			if line == 1 {
				continue // header
			}
			return 0, nil, fmt.Errorf("line %d: bad ids in %q", line, l)
		}
		w := 1.0
		if len(f) > 2 {
			if w, err = strconv.ParseFloat(string(f[2]), 64); err != nil {
				return 0, nil, fmt.Errorf("line %d: %w", line, err)
			}
		}
		edges = append(edges, csr.Edge{U: int32(u), V: int32(v), W: w})
		n = max(n, u+1, v+1)
	}
	if err := sc.Err(); err != nil {
		return 0, nil, err
	}
	return n, slices.Clip(edges), nil
}

// WriteEdgeList writes edges as "u v" lines (weights are not written:
// the generated graphs have unit weights).
func WriteEdgeList(w io.Writer, edges []csr.Edge) error {
	buf := make([]byte, 0, 1<<16)
	for _, e := range edges {
		buf = strconv.AppendInt(buf, int64(e.U), 10)
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, int64(e.V), 10)
		buf = append(buf, '\n')
		if len(buf) > 1<<16-32 {
			if _, err := w.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	_, err := w.Write(buf)
	return err
}
