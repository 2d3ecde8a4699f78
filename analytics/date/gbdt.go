package date

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"sync"
)

// GBDTOptions configures gradient-boosted trees.
type GBDTOptions struct {
	Trees           int     // boosting rounds
	Leaves          int     // maximum leaves per tree (leaf-wise growth)
	MaxDepth        int     // maximum depth; 0: unlimited
	LearningRate    float64 // shrinkage
	Lambda          float64 // L2 regularisation of leaf values
	MinLeafRows     int     // minimum rows in a leaf
	MinLeafHessian  float64 // minimum sum of hessians in a leaf
	FeatureFraction float64 // share of features drawn per tree, (0,1]
	RowFraction     float64 // share of rows drawn per tree, (0,1]
	MaxBins         int     // value bins per feature, at most 255
	Workers         int     // goroutines building histograms; 0: 2
}

// DefaultGBDTOptions are the baseline scorer's settings.
func DefaultGBDTOptions() GBDTOptions {
	return GBDTOptions{
		Trees: 400, Leaves: 31, LearningRate: 0.05, Lambda: 1, MinLeafRows: 20,
		MinLeafHessian: 1e-3, FeatureFraction: 0.7, RowFraction: 0.8, MaxBins: 255,
	}
}

func (o GBDTOptions) validate() error {
	switch {
	case o.Trees < 1:
		return fmt.Errorf("trees %d must be at least 1", o.Trees)
	case o.Leaves < 2:
		return fmt.Errorf("leaves %d must be at least 2", o.Leaves)
	case o.LearningRate <= 0 || o.LearningRate > 1:
		return fmt.Errorf("learning rate %g must be in (0,1]", o.LearningRate)
	case o.FeatureFraction <= 0 || o.FeatureFraction > 1:
		return fmt.Errorf("feature fraction %g must be in (0,1]", o.FeatureFraction)
	case o.RowFraction <= 0 || o.RowFraction > 1:
		return fmt.Errorf("row fraction %g must be in (0,1]", o.RowFraction)
	case o.MaxBins < 2 || o.MaxBins > 255:
		return fmt.Errorf("max bins %d must be in [2,255]", o.MaxBins)
	case o.Lambda < 0:
		return fmt.Errorf("lambda %g must not be negative", o.Lambda)
	}
	return nil
}

// Tree is one regression tree. Internal node i splits on Feature[i]: a row
// goes left when its value is NaN or <= Threshold[i]. Children index
// Left/Right: a value >= 0 is a node, a value < 0 is leaf ^v (bitwise not).
type Tree struct {
	Feature   []int32
	Threshold []float64
	Left      []int32
	Right     []int32
	Value     []float64 // leaf values, already shrunk
}

// leaf returns the leaf index x falls in.
func (t *Tree) leaf(x []float64) int {
	if len(t.Feature) == 0 {
		return 0
	}
	n := int32(0)
	for {
		v := x[t.Feature[n]]
		next := t.Right[n]
		if math.IsNaN(v) || v <= t.Threshold[n] {
			next = t.Left[n]
		}
		if next < 0 {
			return int(^next)
		}
		n = next
	}
}

// GBDT is a boosted ensemble for binary classification on the logit
// scale.
type GBDT struct {
	Base  float64 // initial logit: the training base rate
	Trees []Tree
}

// Margin returns the logit of x.
func (g *GBDT) Margin(x []float64) float64 {
	m := g.Base
	for i := range g.Trees {
		t := &g.Trees[i]
		m += t.Value[t.leaf(x)]
	}
	return m
}

// Leaves returns, for each tree, the global index of the leaf x falls in
// (leaves are numbered tree after tree). The second result is the total
// number of leaves.
func (g *GBDT) Leaves(x []float64, dst []int32) []int32 {
	dst = dst[:0]
	off := 0
	for i := range g.Trees {
		t := &g.Trees[i]
		dst = append(dst, int32(off+t.leaf(x)))
		off += len(t.Value)
	}
	return dst
}

// NumLeaves returns the number of leaves over all trees.
func (g *GBDT) NumLeaves() int {
	n := 0
	for i := range g.Trees {
		n += len(g.Trees[i].Value)
	}
	return n
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// binned is the training matrix quantised per feature.
type binned struct {
	rows, feats int
	cols        [][]uint8   // cols[f][row]: 0 for NaN, 1.. for values
	cuts        [][]float64 // cuts[f][b-1] is the upper bound of bin b
}

// binMatrix quantises X (rows of equal length) into at most maxBins-1
// value bins per feature, cut at quantiles of the distinct values.
func binMatrix(X [][]float64, maxBins int) *binned {
	b := &binned{rows: len(X)}
	if len(X) > 0 {
		b.feats = len(X[0])
	}
	b.cols = make([][]uint8, b.feats)
	b.cuts = make([][]float64, b.feats)
	vals := make([]float64, 0, len(X))
	for f := 0; f < b.feats; f++ {
		vals = vals[:0]
		for _, x := range X {
			if v := x[f]; !math.IsNaN(v) {
				vals = append(vals, v)
			}
		}
		sort.Float64s(vals)
		distinct := slices.Compact(slices.Clone(vals))
		var cuts []float64
		if len(distinct) <= maxBins-1 {
			if len(distinct) > 1 {
				cuts = distinct[:len(distinct)-1]
			}
		} else {
			nb := maxBins - 1
			for i := 1; i < nb; i++ {
				v := vals[i*len(vals)/nb]
				if len(cuts) == 0 || v > cuts[len(cuts)-1] {
					cuts = append(cuts, v)
				}
			}
			if len(cuts) > 0 && cuts[len(cuts)-1] >= distinct[len(distinct)-1] {
				cuts = cuts[:len(cuts)-1]
			}
		}
		b.cuts[f] = cuts
		col := make([]uint8, len(X))
		for r, x := range X {
			v := x[f]
			if math.IsNaN(v) {
				continue
			}
			col[r] = uint8(1 + sort.SearchFloat64s(cuts, v))
		}
		b.cols[f] = col
	}
	return b
}

// hist holds gradient sums per feature and bin.
type hist struct {
	g, h []float64 // [f*256+bin]
	n    []int32
}

func newHist(feats int) *hist {
	return &hist{g: make([]float64, feats*256), h: make([]float64, feats*256), n: make([]int32, feats*256)}
}

// gbdtTrainer grows one ensemble.
type gbdtTrainer struct {
	o      GBDTOptions
	b      *binned
	grad   []float64
	hess   []float64
	feats  []int // features of the current tree
	pool   []*hist
	idx    []int32 // row indices, partitioned by leaf
	weight []float64
}

// leafState is a leaf being grown.
type leafState struct {
	lo, hi  int // rows idx[lo:hi]
	depth   int
	g, h    float64
	hist    *hist
	node    int32 // parent node index, -1 for the root
	left    bool  // is the left child of node
	best    split
	checked bool
}

type split struct {
	gain   float64
	feat   int
	bin    int // left: bins <= bin
	gl, hl float64
	nl     int32
}

// TrainGBDT fits boosted trees to rows X with labels y (0/1) and optional
// row weights (nil: 1). Deterministic for a given rng state.
// Complexity O(Trees * (rows * features + Leaves * features * bins)).
func TrainGBDT(ctx context.Context, X [][]float64, y []float64, weight []float64, o GBDTOptions, rng *rand.Rand) (*GBDT, error) {
	if err := o.validate(); err != nil {
		return nil, fmt.Errorf("gbdt: %w", err)
	}
	if len(X) == 0 || len(X) != len(y) {
		return nil, fmt.Errorf("gbdt: %d rows and %d labels", len(X), len(y))
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
	b := binMatrix(X, o.MaxBins)
	t := &gbdtTrainer{o: o, b: b, grad: make([]float64, len(X)), hess: make([]float64, len(X)), weight: weight}
	var sw, sy float64
	for i, v := range y {
		w := 1.0
		if weight != nil {
			w = weight[i]
		}
		sw += w
		sy += w * v
	}
	p0 := math.Min(math.Max(sy/sw, 1e-6), 1-1e-6)
	model := &GBDT{Base: math.Log(p0 / (1 - p0))}
	margin := make([]float64, len(X))
	for i := range margin {
		margin[i] = model.Base
	}
	allFeats := make([]int, b.feats)
	for i := range allFeats {
		allFeats[i] = i
	}
	nFeat := max(1, int(math.Round(o.FeatureFraction*float64(b.feats))))
	for it := 0; it < o.Trees; it++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("gbdt: %w", err)
		}
		for i := range X {
			p := sigmoid(margin[i])
			w := 1.0
			if weight != nil {
				w = weight[i]
			}
			t.grad[i] = w * (p - y[i])
			t.hess[i] = w * math.Max(p*(1-p), 1e-12)
		}
		// Feature and row bagging, drawn from rng in a fixed order.
		feats := slices.Clone(allFeats)
		rng.Shuffle(len(feats), func(i, j int) { feats[i], feats[j] = feats[j], feats[i] })
		feats = feats[:nFeat]
		sort.Ints(feats)
		t.feats = feats
		t.idx = t.idx[:0]
		for i := range X {
			if o.RowFraction >= 1 || rng.Float64() < o.RowFraction {
				t.idx = append(t.idx, int32(i))
			}
		}
		tree := t.grow()
		model.Trees = append(model.Trees, tree)
		for i, x := range X {
			margin[i] += tree.Value[tree.leaf(x)]
		}
	}
	return model, nil
}

func (t *gbdtTrainer) getHist() *hist {
	if n := len(t.pool); n > 0 {
		h := t.pool[n-1]
		t.pool = t.pool[:n-1]
		return h
	}
	return newHist(t.b.feats)
}

func (t *gbdtTrainer) putHist(h *hist) { t.pool = append(t.pool, h) }

// build fills h with the sums of rows idx[lo:hi] for the tree's features,
// one worker per slice of features (each feature's sums are computed by
// one goroutine in row order, so the result does not depend on timing).
func (t *gbdtTrainer) build(h *hist, lo, hi int) {
	rows := t.idx[lo:hi]
	work := func(feats []int) {
		for _, f := range feats {
			base := f * 256
			g, hs, n := h.g[base:base+256], h.h[base:base+256], h.n[base:base+256]
			clear(g)
			clear(hs)
			clear(n)
			col := t.b.cols[f]
			for _, r := range rows {
				bin := col[r]
				g[bin] += t.grad[r]
				hs[bin] += t.hess[r]
				n[bin]++
			}
		}
	}
	w := t.o.Workers
	if w <= 1 || len(rows)*len(t.feats) < 50000 {
		work(t.feats)
		return
	}
	var wg sync.WaitGroup
	per := (len(t.feats) + w - 1) / w
	for i := 0; i < len(t.feats); i += per {
		part := t.feats[i:min(i+per, len(t.feats))]
		wg.Add(1)
		go func() { defer wg.Done(); work(part) }()
	}
	wg.Wait()
}

// subtract sets dst = parent - child for the tree's features.
func (t *gbdtTrainer) subtract(dst, parent, child *hist) {
	for _, f := range t.feats {
		for i := f * 256; i < f*256+256; i++ {
			dst.g[i] = parent.g[i] - child.g[i]
			dst.h[i] = parent.h[i] - child.h[i]
			dst.n[i] = parent.n[i] - child.n[i]
		}
	}
}

func (t *gbdtTrainer) score(g, h float64) float64 { return g * g / (h + t.o.Lambda) }

// findSplit scans the histogram of a leaf for its best split.
func (t *gbdtTrainer) findSplit(l *leafState) {
	l.checked = true
	l.best = split{gain: 0, feat: -1}
	if t.o.MaxDepth > 0 && l.depth >= t.o.MaxDepth {
		return
	}
	n := int32(l.hi - l.lo)
	if int(n) < 2*t.o.MinLeafRows {
		return
	}
	parent := t.score(l.g, l.h)
	for _, f := range t.feats {
		nb := len(t.b.cuts[f]) + 1 // bins 0..nb
		base := f * 256
		var gl, hl float64
		var nl int32
		for bin := 0; bin < nb; bin++ {
			gl += l.hist.g[base+bin]
			hl += l.hist.h[base+bin]
			nl += l.hist.n[base+bin]
			if int(nl) < t.o.MinLeafRows || hl < t.o.MinLeafHessian {
				continue
			}
			nr := n - nl
			hr := l.h - hl
			if int(nr) < t.o.MinLeafRows || hr < t.o.MinLeafHessian {
				break
			}
			gain := t.score(gl, hl) + t.score(l.g-gl, hr) - parent
			if gain > l.best.gain+1e-12 {
				l.best = split{gain: gain, feat: f, bin: bin, gl: gl, hl: hl, nl: nl}
			}
		}
	}
}

// grow builds one tree leaf-wise: it always splits the leaf whose best
// split gains most (ties: the earliest leaf), as LightGBM does.
func (t *gbdtTrainer) grow() Tree {
	root := &leafState{lo: 0, hi: len(t.idx), node: -1, hist: t.getHist()}
	t.build(root.hist, root.lo, root.hi)
	for _, r := range t.idx {
		root.g += t.grad[r]
		root.h += t.hess[r]
	}
	leaves := []*leafState{root}
	var tree Tree
	for len(leaves) < t.o.Leaves {
		bi := -1
		for i, l := range leaves {
			if !l.checked {
				t.findSplit(l)
			}
			if l.best.feat >= 0 && (bi < 0 || l.best.gain > leaves[bi].best.gain) {
				bi = i
			}
		}
		if bi < 0 {
			break
		}
		l := leaves[bi]
		s := l.best
		// Partition idx[lo:hi] stably into left and right.
		col := t.b.cols[s.feat]
		rows := t.idx[l.lo:l.hi]
		right := make([]int32, 0, len(rows)-int(s.nl))
		k := 0
		for _, r := range rows {
			if int(col[r]) <= s.bin {
				rows[k] = r
				k++
			} else {
				right = append(right, r)
			}
		}
		copy(rows[k:], right)
		mid := l.lo + k
		// New internal node.
		node := int32(len(tree.Feature))
		thr := math.Inf(-1)
		if s.bin > 0 {
			thr = t.b.cuts[s.feat][s.bin-1]
		}
		tree.Feature = append(tree.Feature, int32(s.feat))
		tree.Threshold = append(tree.Threshold, thr)
		tree.Left = append(tree.Left, 0)
		tree.Right = append(tree.Right, 0)
		if l.node >= 0 {
			if l.left {
				tree.Left[l.node] = node
			} else {
				tree.Right[l.node] = node
			}
		}
		L := &leafState{lo: l.lo, hi: mid, depth: l.depth + 1, g: s.gl, h: s.hl, node: node, left: true}
		R := &leafState{lo: mid, hi: l.hi, depth: l.depth + 1, g: l.g - s.gl, h: l.h - s.hl, node: node}
		small, large := L, R
		if small.hi-small.lo > large.hi-large.lo {
			small, large = R, L
		}
		small.hist = t.getHist()
		t.build(small.hist, small.lo, small.hi)
		large.hist = l.hist // reuse the parent's memory: large = parent - small
		t.subtract(large.hist, l.hist, small.hist)
		leaves[bi] = L
		leaves = slices.Insert(leaves, bi+1, R)
	}
	tree.Value = make([]float64, len(leaves))
	for i, l := range leaves {
		tree.Value[i] = -l.g / (l.h + t.o.Lambda) * t.o.LearningRate
		if l.node >= 0 {
			if l.left {
				tree.Left[l.node] = ^int32(i)
			} else {
				tree.Right[l.node] = ^int32(i)
			}
		}
		t.putHist(l.hist)
	}
	return tree
}
