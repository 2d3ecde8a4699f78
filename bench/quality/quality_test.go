package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func writeFile(t *testing.T, dir, name, body string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadNetwork(t *testing.T) {
	dir := t.TempDir()
	// CAVIAR style: quoted ids, a weight column, an edge given both ways.
	writeFile(t, dir, "w.csv", "\"from\",\"to\",\"weight\"\n\"4\",\"1\",1\n\"89\",\"1\",4\n\"1\",\"4\",2\n")
	// SBM style: space separated, no header; truth by id.
	writeFile(t, dir, "s.txt", "0 1\n1 2\n2 3\n")
	writeFile(t, dir, "s_truth.csv", "id,community\n0,a\n1,a\n2,b\n3,b\n")
	tests := []struct {
		name      string
		nw        network
		wantN     int
		wantM     int
		wantTotal float64
		wantTruth []int32
	}{
		{"weighted, merged", network{Name: "w", Edges: "w.csv"}, 3, 2, 7, nil},
		{"plain with truth", network{Name: "s", Edges: "s.txt", Truth: "s_truth.csv"}, 4, 3, 3, []int32{0, 0, 1, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := readNetwork(dir, tc.nw)
			if err != nil {
				t.Fatal(err)
			}
			if l.G.N() != tc.wantN || l.G.Edges() != tc.wantM || l.G.TotalWeight() != tc.wantTotal {
				t.Errorf("got %d nodes, %d edges, weight %v; want %d, %d, %v", l.G.N(), l.G.Edges(), l.G.TotalWeight(), tc.wantN, tc.wantM, tc.wantTotal)
			}
			if diff := cmp.Diff(tc.wantTruth, l.Truth); diff != "" {
				t.Errorf("truth (-want +got):\n%s", diff)
			}
		})
	}
	writeFile(t, dir, "bad.csv", "u,v,w\n1,2,x\n")
	if _, err := readNetwork(dir, network{Name: "bad", Edges: "bad.csv"}); err == nil {
		t.Error("bad weight: got no error")
	}
}

func TestScore(t *testing.T) {
	// Hidden members 1 and 2 (ring 0) and 7 (ring 1), 4 hidden in all
	// (one is not in the graph).
	ringOf := map[int32]int{1: 0, 2: 0, 7: 1}
	order := make([]int32, 0, 300)
	order = append(order, 1, 5, 7, 6, 2)
	for i := int32(100); len(order) < 300; i++ {
		order = append(order, i)
	}
	r := score(order, ringOf, 4, RingRow{})
	got := map[int]PrecisionAtK{}
	for _, a := range r.AtK {
		got[a.K] = a
	}
	if a := got[10]; a.Precision != 0.3 || a.Recall != 0.75 || a.RingsHit != 2 {
		t.Errorf("@10: got %+v, want precision 0.3, recall 0.75, 2 rings", a)
	}
	// R-precision at k = 4: 1 and 7 are in the top 4.
	if r.RPrecision != 0.5 || r.RingsHitAtH != 2 {
		t.Errorf("R-precision %v with %d rings, want 0.5 and 2", r.RPrecision, r.RingsHitAtH)
	}
	// AP = (1/1 + 2/3 + 3/5) / 4.
	if want := (1 + 2.0/3 + 3.0/5) / 4; r.AP < want-1e-12 || r.AP > want+1e-12 {
		t.Errorf("AP: got %v, want %v", r.AP, want)
	}
}
