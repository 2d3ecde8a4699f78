package date

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestNetGradient compares backward with central finite differences on
// every parameter a sample touches.
func TestNetGradient(t *testing.T) {
	for _, residual := range []bool{false, true} {
		n := &Net{Dim: 4, NumLeaves: 12, Importers: []string{"a", "b"}, Items: []string{"x"}, RevScale: 1, Residual: residual}
		n.prepare()
		n.initParams(rand.New(rand.NewPCG(1, 2)))
		lay := n.layout()
		// Make biases non-zero so every branch is exercised.
		rng := rand.New(rand.NewPCG(3, 4))
		for _, off := range []int{lay.ba, lay.bf, lay.bh} {
			for i := 0; i < n.Dim; i++ {
				n.P[off+i] = rng.NormFloat64() * 0.3
			}
		}
		s := sample{leaves: []int32{1, 5, 9}, user: 2, item: 1, margin: 0.3, y: 1, rev: 0.7}
		sc := newScratch(n.Dim, 3)
		const w = 0.5
		loss := func() float64 {
			l, r := n.forward(n.P, lay, &s, sc)
			v, _, _ := n.lossGrad(l, r, &s, w)
			return v
		}
		G := make([]float64, lay.total)
		logit, reg := n.forward(n.P, lay, &s, sc)
		_, dl, dr := n.lossGrad(logit, reg, &s, w)
		n.backward(n.P, G, lay, &s, sc, dl, dr)
		checked := 0
		for i := range n.P {
			old := n.P[i]
			const h = 1e-6
			n.P[i] = old + h
			up := loss()
			n.P[i] = old - h
			down := loss()
			n.P[i] = old
			num := (up - down) / (2 * h)
			if num == 0 && G[i] == 0 {
				continue
			}
			checked++
			if d := math.Abs(num - G[i]); d > 1e-5*math.Max(1, math.Abs(num)) {
				t.Errorf("residual=%v param %d: analytic %g, numeric %g", residual, i, G[i], num)
			}
		}
		if checked < 50 {
			t.Errorf("only %d parameters had a gradient", checked)
		}
	}
}
