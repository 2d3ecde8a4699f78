package date

import (
	"context"
	"math/rand/v2"
	"testing"
)

func TestGBDTLearns(t *testing.T) {
	tests := []struct {
		name  string
		label func(x []float64) bool
		min   float64 // accuracy on fresh rows
	}{
		{"threshold", func(x []float64) bool { return x[0] > 0.3 }, 0.97},
		{"xor", func(x []float64) bool { return (x[0] > 0.5) != (x[1] > 0.5) }, 0.95},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, 2))
			gen := func(n int) ([][]float64, []float64) {
				X := make([][]float64, n)
				y := make([]float64, n)
				for i := range X {
					X[i] = []float64{rng.Float64(), rng.Float64(), rng.Float64()}
					if tc.label(X[i]) {
						y[i] = 1
					}
				}
				return X, y
			}
			X, y := gen(2000)
			o := DefaultGBDTOptions()
			o.Trees = 60
			o.LearningRate = 0.2
			g, err := TrainGBDT(context.Background(), X, y, nil, o, rand.New(rand.NewPCG(3, 4)))
			if err != nil {
				t.Fatal(err)
			}
			Xt, yt := gen(1000)
			ok := 0
			for i, x := range Xt {
				if (g.Margin(x) > 0) == (yt[i] == 1) {
					ok++
				}
			}
			if acc := float64(ok) / float64(len(Xt)); acc < tc.min {
				t.Errorf("accuracy %.3f, want >= %.2f", acc, tc.min)
			}
		})
	}
}

func TestGBDTMissingValuesAndLeaves(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	X := make([][]float64, 1000)
	y := make([]float64, 1000)
	nan := func() float64 { var z float64; return z / z }()
	for i := range X {
		v := rng.Float64()
		if i%4 == 0 {
			X[i] = []float64{nan}
			y[i] = 1 // missing means illicit
		} else {
			X[i] = []float64{v}
		}
	}
	o := DefaultGBDTOptions()
	o.Trees, o.LearningRate = 20, 0.3
	g, err := TrainGBDT(context.Background(), X, y, nil, o, rand.New(rand.NewPCG(1, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if m := g.Margin([]float64{nan}); m <= 0 {
		t.Errorf("margin of a missing value %v, want > 0", m)
	}
	if m := g.Margin([]float64{0.5}); m >= 0 {
		t.Errorf("margin of a present value %v, want < 0", m)
	}
	leaves := g.Leaves([]float64{0.5}, nil)
	if len(leaves) != len(g.Trees) {
		t.Fatalf("%d leaves for %d trees", len(leaves), len(g.Trees))
	}
	off := 0
	for i, l := range leaves {
		if int(l) < off || int(l) >= off+len(g.Trees[i].Value) {
			t.Errorf("tree %d: leaf %d outside [%d,%d)", i, l, off, off+len(g.Trees[i].Value))
		}
		off += len(g.Trees[i].Value)
	}
	if off != g.NumLeaves() {
		t.Errorf("NumLeaves %d, counted %d", g.NumLeaves(), off)
	}
}

func TestGBDTOptionsRejected(t *testing.T) {
	X := [][]float64{{1}, {2}}
	y := []float64{0, 1}
	for _, mod := range []func(*GBDTOptions){
		func(o *GBDTOptions) { o.Trees = 0 },
		func(o *GBDTOptions) { o.Leaves = 1 },
		func(o *GBDTOptions) { o.LearningRate = 0 },
		func(o *GBDTOptions) { o.FeatureFraction = 1.5 },
		func(o *GBDTOptions) { o.MaxBins = 300 },
	} {
		o := DefaultGBDTOptions()
		mod(&o)
		if _, err := TrainGBDT(context.Background(), X, y, nil, o, rand.New(rand.NewPCG(1, 1))); err == nil {
			t.Errorf("options %+v accepted", o)
		}
	}
}
