package hs

import (
	"encoding/csv"
	"errors"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/borderlens/borderlens/graph"
)

// LabelledRow is one row of an evaluation file.
type LabelledRow struct {
	Example
	Language string
	Note     string
	Line     int
}

// ReadLabelled reads a CSV of labelled descriptions with the columns
// description and hs6 (language and note optional, any order). name is
// used in errors, which name the line and field.
func ReadLabelled(r io.Reader, name string) ([]LabelledRow, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "hs: %s: line 1: header: %v", name, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, c := range []string{"description", "hs6"} {
		if _, ok := col[c]; !ok {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: line 1: missing column %q", name, c)
		}
	}
	var out []LabelledRow
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: line %d: %v", name, line, err)
		}
		get := func(c string) string {
			if i, ok := col[c]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		row := LabelledRow{Example: Example{Description: get("description"), Code: get("hs6")}, Language: get("language"), Note: get("note"), Line: line}
		if row.Description == "" {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: line %d: field description: empty", name, line)
		}
		if len(row.Code) != 6 || !isDigits(row.Code) {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: line %d: field hs6: %q is not six digits", name, line, row.Code)
		}
		out = append(out, row)
	}
	return out, nil
}

// Accuracy is top-k accuracy at the 2, 4 and 6 digit levels: a hit at
// level L means one of the k best subheadings shares the label's first L
// digits.
type Accuracy struct {
	Top1 [3]float64 // index 0: chapter (2 digits), 1: heading (4), 2: subheading (6)
	Top5 [3]float64
}

// Metrics summarise an evaluation.
type Metrics struct {
	N int
	Accuracy
	// MRR is the mean reciprocal rank of the right subheading (0 past 50).
	MRR float64
	// NLL is the mean negative log-probability of the right subheading.
	NLL float64
	// ECE is the expected calibration error of the top-1 probability over
	// 10 equal-width bins.
	ECE float64
	// Misses lists the rows whose label was not in the top 5.
	Misses []Miss
}

// Miss is an evaluation row the model got wrong at top-5.
type Miss struct {
	Example
	Got []string // the top-5 codes
}

// Evaluate scores the model on labelled examples. It is pure: latency is
// measured by the caller.
func Evaluate(m *Model, rows []Example) Metrics {
	var mt Metrics
	mt.N = len(rows)
	if len(rows) == 0 {
		return mt
	}
	type bin struct{ n, hit, conf float64 }
	var bins [10]bin
	for _, r := range rows {
		cs := m.Recommend(r.Description, 50)
		var hit1, hit5 [3]bool
		for i, c := range cs {
			for l, n := range []int{2, 4, 6} {
				if c.Code[:n] == r.Code[:n] {
					if i == 0 {
						hit1[l] = true
					}
					if i < 5 {
						hit5[l] = true
					}
				}
			}
			if c.Code == r.Code {
				mt.MRR += 1 / float64(i+1)
			}
		}
		for l := range 3 {
			if hit1[l] {
				mt.Top1[l]++
			}
			if hit5[l] {
				mt.Top5[l]++
			}
		}
		mt.NLL -= math.Log(max(m.Probability(r.Description, r.Code), 1e-12))
		b := min(int(cs[0].Probability*10), 9)
		bins[b].n++
		bins[b].conf += cs[0].Probability
		if hit1[2] {
			bins[b].hit++
		}
		if !hit5[2] {
			var got []string
			for _, c := range cs[:min(5, len(cs))] {
				got = append(got, c.Code)
			}
			mt.Misses = append(mt.Misses, Miss{Example: r, Got: got})
		}
	}
	n := float64(len(rows))
	for l := range 3 {
		mt.Top1[l] /= n
		mt.Top5[l] /= n
	}
	mt.MRR /= n
	mt.NLL /= n
	for _, b := range bins {
		if b.n > 0 {
			mt.ECE += b.n / n * math.Abs(b.hit/b.n-b.conf/b.n)
		}
	}
	return mt
}

// Probability returns the model's probability of one subheading for a
// description (0 for a code the model does not know).
func (m *Model) Probability(description, code string) float64 {
	sc := m.scratch.Get().(*scratch)
	defer m.scratch.Put(sc)
	m.rawScores(Tokens(description), sc)
	m.probs(sc, m.d.HeadW, m.d.ChapW, m.d.Temp)
	i := m.subIndex(code)
	if i < 0 {
		return 0
	}
	return sc.p[i]
}

func (m *Model) subIndex(code string) int {
	lo, hi := 0, len(m.d.Subs)
	for lo < hi {
		mid := (lo + hi) / 2
		if m.d.Subs[mid] < code {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(m.d.Subs) && m.d.Subs[lo] == code {
		return lo
	}
	return -1
}

// MismatchMetrics measure how well mismatch scores separate declarations
// known to be misdeclared from the others.
type MismatchMetrics struct {
	N, Misdeclared int
	// AUC is the ROC area: the probability that a misdeclared declaration
	// scores above an honest one (ties count half).
	AUC float64
	// PrecisionAtRate is the share of misdeclared declarations among the
	// Misdeclared highest scores (precision at the true rate).
	PrecisionAtRate float64
	// HonestFlagged and MisdeclaredFlagged are the shares scoring >= 0.5;
	// FlaggedPrecision is the share of misdeclared among those >= 0.5.
	HonestFlagged, MisdeclaredFlagged, FlaggedPrecision float64
}

// EvaluateMismatch computes MismatchMetrics from scores and labels (true:
// misdeclared) of equal length. O(n log n).
func EvaluateMismatch(scores []float64, misdeclared []bool) MismatchMetrics {
	n := min(len(scores), len(misdeclared))
	mm := MismatchMetrics{N: n}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
		if misdeclared[i] {
			mm.Misdeclared++
		}
	}
	neg := n - mm.Misdeclared
	if mm.Misdeclared == 0 || neg == 0 {
		return mm
	}
	sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] < scores[idx[b]] })
	// Rank-sum (Mann-Whitney U) with average ranks for ties.
	var rankSum float64
	for i := 0; i < n; {
		j := i
		for j < n && scores[idx[j]] == scores[idx[i]] {
			j++
		}
		avg := float64(i+j+1) / 2
		for k := i; k < j; k++ {
			if misdeclared[idx[k]] {
				rankSum += avg
			}
		}
		i = j
	}
	p := float64(mm.Misdeclared)
	mm.AUC = (rankSum - p*(p+1)/2) / (p * float64(neg))
	hits := 0
	for _, i := range idx[n-mm.Misdeclared:] {
		if misdeclared[i] {
			hits++
		}
	}
	mm.PrecisionAtRate = float64(hits) / p
	var hf, mf int
	for i := range n {
		if scores[i] >= 0.5 {
			if misdeclared[i] {
				mf++
			} else {
				hf++
			}
		}
	}
	mm.HonestFlagged = float64(hf) / float64(neg)
	mm.MisdeclaredFlagged = float64(mf) / p
	if hf+mf > 0 {
		mm.FlaggedPrecision = float64(mf) / float64(hf+mf)
	}
	return mm
}
