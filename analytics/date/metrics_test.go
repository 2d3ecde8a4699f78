package date

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestAUCMatchesPairCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 5; trial++ {
		n := 50 + rng.IntN(50)
		s := make([]float64, n)
		y := make([]bool, n)
		for i := range s {
			s[i] = float64(rng.IntN(10)) // ties on purpose
			y[i] = rng.Float64() < 0.3+0.05*s[i]
		}
		var num, den float64
		for i := range s {
			for j := range s {
				if y[i] && !y[j] {
					den++
					switch {
					case s[i] > s[j]:
						num++
					case s[i] == s[j]:
						num += 0.5
					}
				}
			}
		}
		if got, want := AUC(s, y), num/den; math.Abs(got-want) > 1e-12 {
			t.Errorf("trial %d: AUC %v, pair count %v", trial, got, want)
		}
	}
}

func TestEvaluate(t *testing.T) {
	// 200 rows, the 30 best-scored include 20 frauds of 40.
	n := 200
	s := make([]float64, n)
	y := make([]bool, n)
	rev := make([]float64, n)
	for i := range s {
		s[i] = float64(n - i)
	}
	for i := 0; i < 30; i += 3 {
		y[i], y[i+1] = true, true
		rev[i] = 10
	}
	for i := 100; i < 120; i++ {
		y[i] = true
		rev[i] = 5
	}
	m := Evaluate(s, y, rev, []float64{5, 10})
	// top 5 % = 10 rows: i=0..9 -> frauds at 0,1,3,4,6,7,9 = 7
	if m.Precision[0] != 7.0/10 || m.Recall[0] != 7.0/40 {
		t.Errorf("@5%%: precision %v recall %v, want 0.7 and %v", m.Precision[0], m.Recall[0], 7.0/40)
	}
	// top 10 % = 20 rows: 0..19 -> 14 frauds
	if m.Precision[1] != 14.0/20 {
		t.Errorf("@10%%: precision %v, want 0.7", m.Precision[1])
	}
	if want := 40.0 / 200; m.Revenue[0] != want {
		t.Errorf("revenue@5%% %v, want %v", m.Revenue[0], want)
	}
	if m2 := Evaluate(s, y, nil, []float64{5}); m2.Revenue != nil {
		t.Error("revenue computed without revenue data")
	}
}
