package hs

import (
	"math"
	"sort"
)

// Assessment is the check of one declaration's declared code against its
// description.
type Assessment struct {
	Declared Declared
	// Recommended is the most likely subheading and its probability.
	Recommended     string
	RecommendedProb float64
	// DeclaredCode is the HS 2022 subheading the declared code was read as
	// (the most likely successor for a mapped code; "" when unknown).
	DeclaredCode string
	// DeclaredProb and DeclaredHeadingProb are the probabilities of the
	// declared subheading and of its heading.
	DeclaredProb, DeclaredHeadingProb float64
	// DeclaredRank is the declared subheading's 1-based rank (0 when
	// unknown).
	DeclaredRank int
	// Mismatch is the calibrated probability that the declared code is
	// wrong: sigmoid(a·ln P(subheading) + b·ln P(heading) + c), with a, b
	// and c fitted on held-out past declarations (see Model.calibrate) at
	// the prior share of misdeclarations TrainOptions.MismatchPrior.
	// Valid only when HasMismatch.
	Mismatch    float64
	HasMismatch bool
}

// Assess scores a declared code against a goods description. A declared
// code that cannot be read is EINVALID; an unknown one still gets a
// recommendation, without a mismatch score.
func (m *Model) Assess(description, declared string) (Assessment, error) {
	dc, err := m.nom.ParseCode(declared)
	if err != nil {
		return Assessment{}, err
	}
	sc := m.scratch.Get().(*scratch)
	defer m.scratch.Put(sc)
	m.rawScores(Tokens(description), sc)
	best := m.probs(sc, m.d.HeadW, m.d.ChapW, m.d.Temp)
	a := Assessment{Declared: dc, Recommended: m.d.Subs[best], RecommendedProb: sc.p[best]}
	di := -1
	for _, c := range dc.Candidates {
		if i := m.subIndex(c); i >= 0 && (di < 0 || sc.p[i] > sc.p[di]) {
			di = i
		}
	}
	if di < 0 {
		return a, nil
	}
	a.DeclaredCode = m.d.Subs[di]
	a.DeclaredProb = sc.p[di]
	h := m.d.HeadOf[di]
	rank := 1
	for c, p := range sc.p {
		if m.d.HeadOf[c] == h {
			a.DeclaredHeadingProb += p
		}
		if p > sc.p[di] || (p == sc.p[di] && c < di) {
			rank++
		}
	}
	a.DeclaredRank = rank
	a.Mismatch = m.mismatch(a.DeclaredProb, a.DeclaredHeadingProb)
	a.HasMismatch = true
	return a, nil
}

// TopCodes returns the k most likely subheading codes (a cheaper
// Recommend for scoring loops).
func (m *Model) TopCodes(description string, k int) []string {
	sc := m.scratch.Get().(*scratch)
	defer m.scratch.Put(sc)
	m.rawScores(Tokens(description), sc)
	m.probs(sc, m.d.HeadW, m.d.ChapW, m.d.Temp)
	idx := make([]int, len(sc.p))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return sc.p[idx[a]] > sc.p[idx[b]] })
	out := make([]string, 0, k)
	for _, i := range idx[:min(k, len(idx))] {
		out = append(out, m.d.Subs[i])
	}
	return out
}

// mismatch maps the declared code's probabilities to the calibrated
// probability that it is wrong. A model without a calibration falls back
// to 1 - (P(subheading) + P(heading))/2.
func (m *Model) mismatch(p6, p4 float64) float64 {
	c := m.d.Cal
	if c == [3]float64{} {
		return min(1, max(0, 1-(p6+p4)/2))
	}
	z := c[0]*math.Log(p6+1e-6) + c[1]*math.Log(p4+1e-6) + c[2]
	return 1 / (1 + math.Exp(-z))
}
