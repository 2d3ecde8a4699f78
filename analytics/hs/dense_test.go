package hs

import (
	"bytes"
	"context"
	"math"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tinyLSA trains an LSA space on a small corpus with two topics (fish,
// computers) whose documents share words only within the topic.
func tinyLSA(t *testing.T, seed uint64) (*lsa, map[string]int32, []float32) {
	t.Helper()
	corpus := []string{
		"frozen shrimp prawn",
		"frozen prawn crustacean",
		"shrimp crustacean fillet",
		"fish fillet frozen",
		"laptop computer keyboard",
		"computer keyboard monitor",
		"laptop monitor processor",
		"processor computer memory",
	}
	df := map[string]int{}
	var toks [][]string
	for _, d := range corpus {
		ts := Tokens(d)
		toks = append(toks, ts)
		for k := range featureKeys(ts) {
			df[k]++
		}
	}
	var feats []string
	for k := range df {
		feats = append(feats, k)
	}
	sort.Strings(feats)
	vocab := map[string]int32{}
	idf := make([]float32, len(feats))
	for i, f := range feats {
		vocab[f] = int32(i)
		idf[i] = float32(math.Log(float64(len(corpus)+1)/float64(df[f]+1)) + 1)
	}
	var docs []sparse
	for _, ts := range toks {
		docs = append(docs, vectorize(ts, vocab, idf, defaultGroupW))
	}
	s, err := trainLSA(context.Background(), feats, docs, 2, seed)
	if err != nil {
		t.Fatal(err)
	}
	return s, vocab, idf
}

func TestLSANearerWithinTopic(t *testing.T) {
	s, vocab, idf := tinyLSA(t, 1)
	emb := func(d string) []float32 {
		t.Helper()
		z := make([]float32, s.dim)
		if !s.embed(vectorize(Tokens(d), vocab, idf, defaultGroupW), z) {
			t.Fatalf("%q: no known word", d)
		}
		return z
	}
	cos := func(a, b []float32) float64 {
		var d float64
		for i := range a {
			d += float64(a[i] * b[i])
		}
		return d
	}
	tests := []struct {
		query, near, far string
	}{
		// "prawn" and "crustacean" never occur with "fillet" in one
		// document; LSA relates them through shrimp and frozen.
		{"prawn", "fish fillet", "laptop keyboard"},
		{"memory", "monitor keyboard", "shrimp"},
		{"frozen crustacean", "shrimp fillet", "computer processor"},
	}
	for _, tc := range tests {
		q := emb(tc.query)
		if n, f := cos(q, emb(tc.near)), cos(q, emb(tc.far)); n <= f {
			t.Errorf("%q: cosine to %q %.3f, to %q %.3f: want the first larger", tc.query, tc.near, n, tc.far, f)
		}
	}
}

func TestLSADeterministic(t *testing.T) {
	a, _, _ := tinyLSA(t, 7)
	b, _, _ := tinyLSA(t, 7)
	if diff := cmp.Diff(a.v, b.v); diff != "" {
		t.Errorf("same seed, different projections (-a +b):\n%s", diff)
	}
}

func TestJacobiEigen(t *testing.T) {
	tests := []struct {
		name string
		g    []float64
		l    int
		want []float64 // eigenvalues, any order
	}{
		{"diagonal", []float64{3, 0, 0, 1}, 2, []float64{3, 1}},
		{"2x2", []float64{2, 1, 1, 2}, 2, []float64{3, 1}},
		{"3x3", []float64{4, 1, 0, 1, 3, 1, 0, 1, 2}, 3, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vals, vecs := jacobiEigen(tc.g, tc.l)
			l := tc.l
			// G v = λ v for every column.
			for e := range l {
				for r := range l {
					var gv float64
					for c := range l {
						gv += tc.g[r*l+c] * vecs[c*l+e]
					}
					if d := gv - vals[e]*vecs[r*l+e]; math.Abs(d) > 1e-9 {
						t.Errorf("eigenpair %d: row %d residual %g", e, r, d)
					}
				}
			}
			if tc.want != nil {
				got := append([]float64(nil), vals...)
				sort.Float64s(got)
				want := append([]float64(nil), tc.want...)
				sort.Float64s(want)
				if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })); diff != "" {
					t.Errorf("eigenvalues (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestDenseModel trains the cold model with the dense part on and checks
// that it round-trips through the model file, is deterministic and stays
// accurate on the dev half.
func TestDenseModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two models")
	}
	f := mustFixture(t)
	o := TrainOptions{Seed: 1, DenseWeight: 0.3, DenseDim: 32}
	a, file := mustTrainTwiceSame(t, f.nom, nil, o)
	if a.Version() == f.cold.Version() {
		t.Errorf("dense model has the sparse model's version %s", a.Version())
	}
	c, err := Load(bytes.NewReader(file), "dense")
	if err != nil {
		t.Fatal(err)
	}
	dev := trainingSlice(mustEval(t), 0)
	desc := dev[0].Description
	if diff := cmp.Diff(a.Recommend(desc, 5), c.Recommend(desc, 5)); diff != "" {
		t.Errorf("recommendations change after a round trip (-before +after):\n%s", diff)
	}
	// The dense part must change scores (else the flag does nothing) but
	// not wreck them.
	if diff := cmp.Diff(a.Recommend(desc, 5), f.cold.Recommend(desc, 5)); diff == "" {
		t.Error("dense weight 0.3 gives the same probabilities as no dense part")
	}
	if got, cold := Evaluate(a, dev).Top5[2], Evaluate(f.cold, dev).Top5[2]; got < cold-0.05 {
		t.Errorf("dev top-5 at 6 digits: dense %.3f, sparse %.3f", got, cold)
	}
}

// BenchmarkRecommendDense measures one recommendation of the cold model
// with the dense part on (default dimension), to compare with
// BenchmarkRecommend (run both with -cpu 1).
func BenchmarkRecommendDense(b *testing.B) {
	f := mustFixture(b)
	m, _, err := Train(context.Background(), f.nom, nil, TrainOptions{Seed: 1, DenseWeight: 0.3})
	if err != nil {
		b.Fatal(err)
	}
	rows := mustEval(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m.Recommend(rows[i%len(rows)].Description, 5)
	}
}
