package hs

import (
	"context"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// denseDefaultDim is the default LSA dimension: 96 keeps the dense part of
// one description under 0.2 ms for 5,612 subheadings on one core.
const denseDefaultDim = 96

// lsa is a rank-k latent semantic analysis (Deerwester et al., JASIS 1990)
// of the word part of the TF-IDF document matrix X (n documents × F
// words): X ≈ U Σ Vᵀ by randomized SVD (Halko, Martinsson & Tropp, SIAM
// Review 2011: Gaussian sketch with a seeded generator, oversampling p and
// q power iterations, then an eigendecomposition of the small matrix B Bᵀ
// by cyclic Jacobi). A document x is embedded as xᵀV (its LSA coordinates
// UΣ). Cost O((nnz(X)·(k+p) + (n+F)·(k+p)²)·(q+1)); deterministic for a
// seed.
type lsa struct {
	dim int
	// row maps a feature id of the model vocabulary to its row of v (-1:
	// not a word feature).
	row []int32
	v   []float32 // rows × dim, row-major
}

// docRows are the word-feature rows of the documents the SVD is taken of.
type docRow struct {
	id []int32 // row indices into the word space
	v  []float32
}

// trainLSA computes the LSA projection of the word features of docs (each
// a TF-IDF vector over the model vocabulary feats).
func trainLSA(ctx context.Context, feats []string, docs []sparse, dim int, seed uint64) (*lsa, error) {
	row := wordRows(feats)
	nw := int32(0)
	for _, r := range row {
		nw = max(nw, r+1)
	}
	X := make([]docRow, 0, len(docs))
	for _, d := range docs {
		var r docRow
		var n float64
		for j, id := range d.id {
			if w := row[id]; w >= 0 {
				r.id = append(r.id, w)
				r.v = append(r.v, d.v[j])
				n += float64(d.v[j]) * float64(d.v[j])
			}
		}
		if n == 0 {
			continue
		}
		inv := float32(1 / math.Sqrt(n))
		for j := range r.v {
			r.v[j] *= inv
		}
		X = append(X, r)
	}
	F := int(nw)
	l := min(dim+16, F, len(X))
	k := min(dim, l)
	if k <= 0 {
		return &lsa{dim: 0, row: row}, nil
	}
	rng := rand.New(rand.NewPCG(seed, 0x4c5341))
	// Omega: F × l Gaussian.
	om := make([]float64, F*l)
	for i := range om {
		om[i] = rng.NormFloat64()
	}
	n := len(X)
	mulX := func(z []float64) []float64 { // X (n×F) · z (F×l) -> n×l
		y := make([]float64, n*l)
		for i, r := range X {
			yi := y[i*l : (i+1)*l]
			for j, w := range r.id {
				a := float64(r.v[j])
				zw := z[int(w)*l : (int(w)+1)*l]
				for c := range yi {
					yi[c] += a * zw[c]
				}
			}
		}
		return y
	}
	mulXt := func(y []float64) []float64 { // Xᵀ (F×n) · y (n×l) -> F×l
		z := make([]float64, F*l)
		for i, r := range X {
			yi := y[i*l : (i+1)*l]
			for j, w := range r.id {
				a := float64(r.v[j])
				zw := z[int(w)*l : (int(w)+1)*l]
				for c := range zw {
					zw[c] += a * yi[c]
				}
			}
		}
		return z
	}
	y := mulX(om)
	orthonormalize(y, n, l)
	for range 2 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		z := mulXt(y)
		orthonormalize(z, F, l)
		y = mulX(z)
		orthonormalize(y, n, l)
	}
	// Bt = Xᵀ Q (F×l); B Bᵀ = Btᵀ Bt (l×l).
	bt := mulXt(y)
	g := make([]float64, l*l)
	for f := 0; f < F; f++ {
		r := bt[f*l : (f+1)*l]
		for a := range l {
			if r[a] == 0 {
				continue
			}
			for b := a; b < l; b++ {
				g[a*l+b] += r[a] * r[b]
			}
		}
	}
	for a := range l {
		for b := 0; b < a; b++ {
			g[a*l+b] = g[b*l+a]
		}
	}
	vals, vecs := jacobiEigen(g, l)
	// V = Bᵀ U_B Σ⁻¹ for the k largest eigenvalues.
	order := make([]int, l)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return vals[order[i]] > vals[order[j]] })
	v := make([]float32, F*k)
	for c := range k {
		e := order[c]
		s := math.Sqrt(max(vals[e], 0))
		if s < 1e-9 {
			continue
		}
		for f := 0; f < F; f++ {
			r := bt[f*l : (f+1)*l]
			var acc float64
			for a := range l {
				acc += r[a] * vecs[a*l+e]
			}
			v[f*k+c] = float32(acc / s)
		}
	}
	return &lsa{dim: k, row: row, v: v}, nil
}

// embed writes the L2-normalised LSA coordinates of x into out (len dim)
// and reports whether x has any word in the LSA space.
func (s *lsa) embed(x sparse, out []float32) bool {
	clear(out)
	any := false
	for j, id := range x.id {
		r := s.row[id]
		if r < 0 {
			continue
		}
		any = true
		a := x.v[j]
		vr := s.v[int(r)*s.dim : (int(r)+1)*s.dim]
		for c := range out {
			out[c] += a * vr[c]
		}
	}
	if !any {
		return false
	}
	return normalize32(out)
}

func normalize32(x []float32) bool {
	var n float64
	for _, v := range x {
		n += float64(v) * float64(v)
	}
	if n == 0 {
		return false
	}
	inv := float32(1 / math.Sqrt(n))
	for i := range x {
		x[i] *= inv
	}
	return true
}

// orthonormalize replaces the l columns of the row-major n×l matrix a by
// an orthonormal basis of their span (modified Gram-Schmidt, twice for
// stability); a column that vanishes is set to zero.
func orthonormalize(a []float64, n, l int) {
	for range 2 {
		for c := range l {
			for p := range c {
				var dot float64
				for i := range n {
					dot += a[i*l+c] * a[i*l+p]
				}
				for i := range n {
					a[i*l+c] -= dot * a[i*l+p]
				}
			}
			var nn float64
			for i := range n {
				nn += a[i*l+c] * a[i*l+c]
			}
			inv := 0.0
			if nn > 1e-24 {
				inv = 1 / math.Sqrt(nn)
			}
			for i := range n {
				a[i*l+c] *= inv
			}
		}
	}
}

// jacobiEigen returns the eigenvalues and eigenvectors (columns of the
// row-major l×l result) of the symmetric matrix g by cyclic Jacobi
// rotations (Golub & Van Loan §8.5). O(l³) per sweep.
func jacobiEigen(g []float64, l int) ([]float64, []float64) {
	a := append([]float64(nil), g...)
	v := make([]float64, l*l)
	for i := range l {
		v[i*l+i] = 1
	}
	for range 60 {
		var off float64
		for p := range l {
			for q := p + 1; q < l; q++ {
				off += a[p*l+q] * a[p*l+q]
			}
		}
		if off < 1e-22 {
			break
		}
		for p := range l {
			for q := p + 1; q < l; q++ {
				apq := a[p*l+q]
				if math.Abs(apq) < 1e-300 {
					continue
				}
				theta := (a[q*l+q] - a[p*l+p]) / (2 * apq)
				t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := range l {
					akp, akq := a[k*l+p], a[k*l+q]
					a[k*l+p] = c*akp - s*akq
					a[k*l+q] = s*akp + c*akq
				}
				for k := range l {
					apk, aqk := a[p*l+k], a[q*l+k]
					a[p*l+k] = c*apk - s*aqk
					a[q*l+k] = s*apk + c*aqk
				}
				for k := range l {
					vkp, vkq := v[k*l+p], v[k*l+q]
					v[k*l+p] = c*vkp - s*vkq
					v[k*l+q] = s*vkp + c*vkq
				}
			}
		}
	}
	vals := make([]float64, l)
	for i := range l {
		vals[i] = a[i*l+i]
	}
	return vals, v
}

// wordRows maps each feature to its row in the word space (-1 for bigram
// and character features).
func wordRows(feats []string) []int32 {
	row := make([]int32, len(feats))
	nw := int32(0)
	for i, f := range feats {
		if strings.HasPrefix(f, "w:") {
			row[i] = nw
			nw++
		} else {
			row[i] = -1
		}
	}
	return row
}

// denseClasses returns the normalised LSA embedding of every subheading
// (row-major, dim columns): the normalised sum of the embeddings of its
// own documents (nomenclature text weighted NomWeight, its terms weighted
// TermWeight, the examples with use[i]) plus half the normalised sum over
// its heading's documents, so "Other" subheadings inherit their heading.
func (b *builder) denseClasses(p *prepared, ex []Example, use []bool) []float32 {
	s := p.lsa
	k := s.dim
	nSub, nHead := len(b.nom.subs), len(b.nom.headings)
	e6 := make([]float32, nSub*k)
	e4 := make([]float32, nHead*k)
	z := make([]float32, k)
	add := func(dst []float32, w float32) {
		for c := range dst {
			dst[c] += w * z[c]
		}
	}
	nw, tw := float32(b.o.NomWeight), float32(b.o.TermWeight)
	for i, v := range p.sub {
		if s.embed(v, z) {
			add(e6[i*k:(i+1)*k], nw)
			h := int(b.headOf[i])
			add(e4[h*k:(h+1)*k], nw)
		}
	}
	for i, v := range p.head {
		if s.embed(v, z) {
			add(e4[i*k:(i+1)*k], nw)
		}
	}
	for i, v := range p.terms {
		if !s.embed(v, z) {
			continue
		}
		h := int(b.termHead[i])
		add(e4[h*k:(h+1)*k], tw)
		if si := int(b.termSub[i]); si >= 0 {
			add(e6[si*k:(si+1)*k], tw)
		}
	}
	for i, e := range ex {
		if (use != nil && !use[i]) || !s.embed(p.exV[i], z) {
			continue
		}
		ci := int(b.subIdx[e.Code])
		add(e6[ci*k:(ci+1)*k], 1)
		h := int(b.headOf[ci])
		add(e4[h*k:(h+1)*k], 1)
	}
	for h := range nHead {
		normalize32(e4[h*k : (h+1)*k])
	}
	for c := range nSub {
		row := e6[c*k : (c+1)*k]
		normalize32(row)
		h := int(b.headOf[c])
		for j, v := range e4[h*k : (h+1)*k] {
			row[j] += 0.5 * v
		}
		normalize32(row)
	}
	return e6
}

// denseScores fills sc.d with the cosine between the description vector
// x and every subheading embedding (zeros without a dense part or when x
// has no known word). O(nnz(x)·dim + C·dim).
func (m *Model) denseScores(x sparse, sc *scratch) {
	clear(sc.d)
	if m.lsa == nil || m.d.DenseW == 0 || !m.lsa.embed(x, sc.z) {
		return
	}
	k := m.d.DenseDim
	e := m.d.DenseE
	z := sc.z[:k]
	for c := range sc.d {
		row := e[c*k : c*k+k : c*k+k]
		row = row[:len(z)]
		var a0, a1, a2, a3 float32
		j := 0
		for ; j+4 <= len(z); j += 4 {
			a0 += z[j] * row[j]
			a1 += z[j+1] * row[j+1]
			a2 += z[j+2] * row[j+2]
			a3 += z[j+3] * row[j+3]
		}
		for ; j < len(z); j++ {
			a0 += z[j] * row[j]
		}
		sc.d[c] = a0 + a1 + a2 + a3
	}
}

// countWords counts the word features of a vocabulary.
func countWords(feats []string) int {
	n := 0
	for _, f := range feats {
		if strings.HasPrefix(f, "w:") {
			n++
		}
	}
	return n
}
