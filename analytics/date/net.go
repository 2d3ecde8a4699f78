package date

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

// NetOptions configures the dual attentive tree-aware embedding network.
type NetOptions struct {
	Dim          int     // embedding and hidden size
	Epochs       int     // maximum passes over the training rows
	Patience     int     // epochs without holdout improvement before stopping; 0: never stop early
	BatchSize    int     // rows per Adam step
	LearningRate float64 // Adam step size
	L2           float64 // weight decay on every parameter
	// RevenueWeight is the weight of the revenue regression loss beside
	// the classification loss (DATE's alpha); ignored when the training
	// rows carry no revenue.
	RevenueWeight float64
	// MinCount is how often an importer or HS code must appear in the
	// training rows to get its own embedding; rarer and unseen ones share
	// the "unseen" embedding.
	MinCount int
	// Residual adds the full GBDT's logit to the network's, so that the
	// network learns a correction of the trees rather than the whole
	// score (GBDT+embedding stacking). The paper's DATE uses the leaves
	// only (Residual false).
	Residual bool
	Workers  int // goroutines per batch; 0: 2
}

// DefaultNetOptions are the settings tuned on the KCS validation split.
func DefaultNetOptions() NetOptions {
	return NetOptions{Dim: 16, Epochs: 12, Patience: 3, BatchSize: 256, LearningRate: 0.005, L2: 1e-6,
		RevenueWeight: 10, MinCount: 2, Residual: true}
}

func (o NetOptions) validate() error {
	switch {
	case o.Dim < 1 || o.Dim > 256:
		return fmt.Errorf("dim %d must be in [1,256]", o.Dim)
	case o.Epochs < 1:
		return fmt.Errorf("epochs %d must be at least 1", o.Epochs)
	case o.BatchSize < 1:
		return fmt.Errorf("batch size %d must be at least 1", o.BatchSize)
	case o.LearningRate <= 0:
		return fmt.Errorf("learning rate %g must be positive", o.LearningRate)
	case o.RevenueWeight < 0:
		return fmt.Errorf("revenue weight %g must not be negative", o.RevenueWeight)
	}
	return nil
}

// Net is the trained network. Its parameters live in one flat slice P,
// laid out by layout(): leaf, importer and HS embeddings, then the
// attention, fusion, hidden and output layers.
type Net struct {
	Dim       int
	NumLeaves int
	Importers []string // sorted; embedding i+1, 0 for unseen
	Items     []string // sorted HS codes (6 digits); embedding i+1, 0 for unseen
	RevScale  float64  // revenue target scale (0: no revenue head)
	Residual  bool
	P         []float64

	importerIdx, itemIdx map[string]int32
}

// offsets of the parameter blocks in P.
type offsets struct {
	leaf, user, item      int // embeddings
	wq, we, ba, ha        int // attention: z = Wq q + We e + ba; score = ha . relu(z)
	wf, bf, wh, bh        int // fusion (d x 3d) and hidden (d x d)
	wc, bc, wr, br, total int // heads
}

func (n *Net) layout() offsets {
	d := n.Dim
	var o offsets
	p := 0
	next := func(size int) int { s := p; p += size; return s }
	o.leaf = next(n.NumLeaves * d)
	o.user = next((len(n.Importers) + 1) * d)
	o.item = next((len(n.Items) + 1) * d)
	o.wq = next(d * d)
	o.we = next(d * d)
	o.ba = next(d)
	o.ha = next(d)
	o.wf = next(d * 3 * d)
	o.bf = next(d)
	o.wh = next(d * d)
	o.bh = next(d)
	o.wc = next(d)
	o.bc = next(1)
	o.wr = next(d)
	o.br = next(1)
	o.total = p
	return o
}

func (n *Net) prepare() {
	n.importerIdx = make(map[string]int32, len(n.Importers))
	for i, s := range n.Importers {
		n.importerIdx[s] = int32(i + 1)
	}
	n.itemIdx = make(map[string]int32, len(n.Items))
	for i, s := range n.Items {
		n.itemIdx[s] = int32(i + 1)
	}
}

// sample is one row as the network sees it.
type sample struct {
	leaves     []int32
	user, item int32
	margin     float64 // GBDT logit (used when Residual)
	y          float64
	rev        float64 // scaled revenue target
}

// scratch holds one worker's activations.
type scratch struct {
	u, it, q, wq       []float64
	z                  []float64 // T x d pre-activations
	s, alpha           []float64 // T
	set, fin, fz, f    []float64
	hz, h              []float64
	dh, dhz, df, dfz   []float64
	dfin, dset, dq, dz []float64
	dr                 []float64
}

func newScratch(d, t int) *scratch {
	m := func(n int) []float64 { return make([]float64, n) }
	return &scratch{u: m(d), it: m(d), q: m(d), wq: m(d), z: m(t * d), s: m(t), alpha: m(t),
		set: m(d), fin: m(3 * d), fz: m(d), f: m(d), hz: m(d), h: m(d),
		dh: m(d), dhz: m(d), df: m(d), dfz: m(d), dfin: m(3 * d), dset: m(d), dq: m(d), dz: m(d), dr: m(d)}
}

const leak = 0.01

func lrelu(x float64) float64 {
	if x > 0 {
		return x
	}
	return leak * x
}

func lreluGrad(x float64) float64 {
	if x > 0 {
		return 1
	}
	return leak
}

// matVec sets out = W x for W of shape len(out) x len(x), row-major.
func matVec(out, W, x []float64) {
	c := len(x)
	for i := range out {
		row := W[i*c : i*c+c]
		s := 0.0
		for j, v := range row {
			s += v * x[j]
		}
		out[i] = s
	}
}

// forward computes the logit and regression output of s, leaving the
// activations in sc.
func (n *Net) forward(P []float64, o offsets, s *sample, sc *scratch) (logit, reg float64) {
	d := n.Dim
	copy(sc.u, P[o.user+int(s.user)*d:][:d])
	copy(sc.it, P[o.item+int(s.item)*d:][:d])
	for i := 0; i < d; i++ {
		sc.q[i] = sc.u[i] * sc.it[i]
	}
	matVec(sc.wq, P[o.wq:o.wq+d*d], sc.q)
	ha := P[o.ha : o.ha+d]
	ba := P[o.ba : o.ba+d]
	maxS := math.Inf(-1)
	for j, leaf := range s.leaves {
		e := P[o.leaf+int(leaf)*d:][:d]
		z := sc.z[j*d : j*d+d]
		matVec(z, P[o.we:o.we+d*d], e)
		sum := 0.0
		for i := 0; i < d; i++ {
			z[i] += sc.wq[i] + ba[i]
			if z[i] > 0 {
				sum += ha[i] * z[i]
			}
		}
		sc.s[j] = sum
		maxS = math.Max(maxS, sum)
	}
	tot := 0.0
	for j := range s.leaves {
		sc.alpha[j] = math.Exp(sc.s[j] - maxS)
		tot += sc.alpha[j]
	}
	clear(sc.set)
	for j, leaf := range s.leaves {
		sc.alpha[j] /= tot
		e := P[o.leaf+int(leaf)*d:][:d]
		for i := 0; i < d; i++ {
			sc.set[i] += sc.alpha[j] * e[i]
		}
	}
	copy(sc.fin[:d], sc.u)
	copy(sc.fin[d:2*d], sc.it)
	copy(sc.fin[2*d:], sc.set)
	matVec(sc.fz, P[o.wf:o.wf+3*d*d], sc.fin)
	for i := 0; i < d; i++ {
		sc.fz[i] += P[o.bf+i]
		sc.f[i] = lrelu(sc.fz[i])
	}
	matVec(sc.hz, P[o.wh:o.wh+d*d], sc.f)
	for i := 0; i < d; i++ {
		sc.hz[i] += P[o.bh+i]
		sc.h[i] = lrelu(sc.hz[i])
	}
	logit, reg = P[o.bc], P[o.br]
	for i := 0; i < d; i++ {
		logit += P[o.wc+i] * sc.h[i]
		reg += P[o.wr+i] * sc.h[i]
	}
	if n.Residual {
		logit += s.margin
	}
	return logit, reg
}

// backward adds to G the gradient of the loss of s given dlogit and dreg
// (the loss derivatives at the outputs), after forward(s).
func (n *Net) backward(P, G []float64, o offsets, s *sample, sc *scratch, dlogit, dreg float64) {
	d := n.Dim
	G[o.bc] += dlogit
	G[o.br] += dreg
	for i := 0; i < d; i++ {
		G[o.wc+i] += dlogit * sc.h[i]
		G[o.wr+i] += dreg * sc.h[i]
		sc.dh[i] = dlogit*P[o.wc+i] + dreg*P[o.wr+i]
		sc.dhz[i] = sc.dh[i] * lreluGrad(sc.hz[i])
	}
	// hidden layer
	clear(sc.df)
	for i := 0; i < d; i++ {
		g := sc.dhz[i]
		G[o.bh+i] += g
		row := o.wh + i*d
		for j := 0; j < d; j++ {
			G[row+j] += g * sc.f[j]
			sc.df[j] += g * P[row+j]
		}
	}
	// fusion layer
	clear(sc.dfin)
	for i := 0; i < d; i++ {
		g := sc.df[i] * lreluGrad(sc.fz[i])
		G[o.bf+i] += g
		row := o.wf + i*3*d
		for j := 0; j < 3*d; j++ {
			G[row+j] += g * sc.fin[j]
			sc.dfin[j] += g * P[row+j]
		}
	}
	du := sc.dfin[:d]
	dit := sc.dfin[d : 2*d]
	dset := sc.dfin[2*d:]
	// attention: set = sum_j alpha_j e_j, alpha = softmax(s),
	// s_j = ha . relu(z_j), z_j = Wq q + We e_j + ba.
	dot := 0.0
	for j, leaf := range s.leaves {
		e := P[o.leaf+int(leaf)*d:][:d]
		a := 0.0
		for i := 0; i < d; i++ {
			a += dset[i] * e[i]
		}
		sc.s[j] = a // reuse: dalpha_j
		dot += sc.alpha[j] * a
	}
	clear(sc.dq)
	clear(sc.dz) // sum over leaves of dz_j (for Wq, ba)
	for j, leaf := range s.leaves {
		eOff := o.leaf + int(leaf)*d
		e := P[eOff:][:d]
		ge := G[eOff:][:d]
		ds := sc.alpha[j] * (sc.s[j] - dot)
		z := sc.z[j*d : j*d+d]
		for i := 0; i < d; i++ {
			ge[i] += sc.alpha[j] * dset[i]
			if z[i] > 0 {
				G[o.ha+i] += ds * z[i]
				sc.dr[i] = ds * P[o.ha+i]
			} else {
				sc.dr[i] = 0
			}
		}
		for i := 0; i < d; i++ {
			g := sc.dr[i]
			if g == 0 {
				continue
			}
			sc.dz[i] += g
			row := o.we + i*d
			for k := 0; k < d; k++ {
				G[row+k] += g * e[k]
				ge[k] += g * P[row+k]
			}
		}
	}
	for i := 0; i < d; i++ {
		g := sc.dz[i]
		G[o.ba+i] += g
		row := o.wq + i*d
		for k := 0; k < d; k++ {
			G[row+k] += g * sc.q[k]
			sc.dq[k] += g * P[row+k]
		}
	}
	gu := G[o.user+int(s.user)*d:][:d]
	gi := G[o.item+int(s.item)*d:][:d]
	for i := 0; i < d; i++ {
		gu[i] += du[i] + sc.dq[i]*sc.it[i]
		gi[i] += dit[i] + sc.dq[i]*sc.u[i]
	}
}

// lossGrad returns the loss of one row and its derivatives at the logit
// and the regression output.
func (n *Net) lossGrad(logit, reg float64, s *sample, revWeight float64) (loss, dlogit, dreg float64) {
	p := sigmoid(logit)
	const eps = 1e-12
	loss = -(s.y*math.Log(p+eps) + (1-s.y)*math.Log(1-p+eps))
	dlogit = p - s.y
	if n.RevScale > 0 && revWeight > 0 {
		r := reg - s.rev
		loss += revWeight * r * r
		dreg = 2 * revWeight * r
	}
	return loss, dlogit, dreg
}

// initParams draws the initial parameters: embeddings N(0, 0.1^2),
// weights uniform in +-sqrt(6/(fan_in+fan_out)) (Glorot), biases 0.
func (n *Net) initParams(rng *rand.Rand) {
	o := n.layout()
	n.P = make([]float64, o.total)
	d := n.Dim
	for i := o.leaf; i < o.wq; i++ {
		n.P[i] = rng.NormFloat64() * 0.1
	}
	glorot := func(off, rows, cols int) {
		b := math.Sqrt(6 / float64(rows+cols))
		for i := 0; i < rows*cols; i++ {
			n.P[off+i] = (rng.Float64()*2 - 1) * b
		}
	}
	glorot(o.wq, d, d)
	glorot(o.we, d, d)
	glorot(o.ha, 1, d)
	glorot(o.wf, d, 3*d)
	glorot(o.wh, d, d)
	glorot(o.wc, 1, d)
	glorot(o.wr, 1, d)
}

// adam is the Adam optimiser state (Kingma and Ba 2015).
type adam struct {
	m, v   []float64
	t      int
	lr, l2 float64
}

func (a *adam) step(P, G []float64, scale float64) {
	const b1, b2, eps = 0.9, 0.999, 1e-8
	a.t++
	c1 := 1 - math.Pow(b1, float64(a.t))
	c2 := 1 - math.Pow(b2, float64(a.t))
	for i, g := range G {
		g = g*scale + a.l2*P[i]
		a.m[i] = b1*a.m[i] + (1-b1)*g
		a.v[i] = b2*a.v[i] + (1-b2)*g*g
		P[i] -= a.lr * (a.m[i] / c1) / (math.Sqrt(a.v[i]/c2) + eps)
	}
}

// trainNet fits the network on train, stopping early on the loss of
// holdout (may be empty). Each batch is split into Workers fixed parts
// whose gradients are summed in order, so the result does not depend on
// scheduling.
func (n *Net) train(ctx context.Context, trainRows, holdout []sample, o NetOptions, rng *rand.Rand) (epochs int, err error) {
	n.initParams(rng)
	lay := n.layout()
	workers := o.Workers
	if workers <= 0 {
		workers = 2
	}
	maxT := 0
	for _, s := range trainRows {
		maxT = max(maxT, len(s.leaves))
	}
	for _, s := range holdout {
		maxT = max(maxT, len(s.leaves))
	}
	grads := make([][]float64, workers)
	scr := make([]*scratch, workers)
	for w := range grads {
		grads[w] = make([]float64, lay.total)
		scr[w] = newScratch(n.Dim, maxT)
	}
	opt := &adam{m: make([]float64, lay.total), v: make([]float64, lay.total), lr: o.LearningRate, l2: o.L2}
	order := make([]int, len(trainRows))
	for i := range order {
		order[i] = i
	}
	best := math.Inf(1)
	var bestP []float64
	bad := 0
	for ep := 0; ep < o.Epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return ep, fmt.Errorf("date net: %w", err)
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for lo := 0; lo < len(order); lo += o.BatchSize {
			batch := order[lo:min(lo+o.BatchSize, len(order))]
			per := (len(batch) + workers - 1) / workers
			var wg sync.WaitGroup
			for w := 0; w < workers; w++ {
				part := batch[min(w*per, len(batch)):min((w+1)*per, len(batch))]
				G := grads[w]
				sc := scr[w]
				wg.Add(1)
				go func() {
					defer wg.Done()
					clear(G)
					for _, i := range part {
						s := &trainRows[i]
						logit, reg := n.forward(n.P, lay, s, sc)
						_, dl, dr := n.lossGrad(logit, reg, s, o.RevenueWeight)
						n.backward(n.P, G, lay, s, sc, dl, dr)
					}
				}()
			}
			wg.Wait()
			G := grads[0]
			for w := 1; w < workers; w++ {
				for i, g := range grads[w] {
					G[i] += g
				}
			}
			opt.step(n.P, G, 1/float64(len(batch)))
		}
		epochs = ep + 1
		if len(holdout) == 0 || o.Patience <= 0 {
			continue
		}
		loss := n.meanLoss(holdout, lay, scr[0], o.RevenueWeight)
		if loss < best-1e-6 {
			best, bad = loss, 0
			bestP = append(bestP[:0], n.P...)
		} else if bad++; bad >= o.Patience {
			break
		}
	}
	if bestP != nil {
		n.P = bestP
	}
	return epochs, nil
}

func (n *Net) meanLoss(rows []sample, lay offsets, sc *scratch, revWeight float64) float64 {
	t := 0.0
	for i := range rows {
		logit, reg := n.forward(n.P, lay, &rows[i], sc)
		l, _, _ := n.lossGrad(logit, reg, &rows[i], revWeight)
		t += l
	}
	return t / float64(len(rows))
}

// predict returns the logit and scaled regression output of s.
func (n *Net) predict(s *sample, sc *scratch) (logit, reg float64) {
	return n.forward(n.P, n.layout(), s, sc)
}
