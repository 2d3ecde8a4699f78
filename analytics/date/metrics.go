package date

import (
	"math"
	"slices"
	"sort"
)

// Metrics are the ranking measures of the customs fraud literature
// (Kim et al. 2020; Jeong et al. 2022, arXiv:2208.02484): rank the rows by
// score, take the top n %, then precision = frauds found / rows selected,
// recall = frauds found / all frauds, revenue = revenue found / all
// revenue.
type Metrics struct {
	Rows, Frauds int
	Rates        []float64 // selection rates in percent, e.g. 1, 2, 5, 10
	Precision    []float64
	Recall       []float64
	Revenue      []float64 // nil when no row has revenue
	AUC          float64
}

// Evaluate computes Metrics of scores against labels y (and revenue, may
// be nil) at the given rates in percent. The top n % is round(rows*n/100)
// rows (at least one); ties in score are broken by row order, so callers
// wanting a tie-free ranking pass distinct scores.
// Complexity O(rows log rows).
func Evaluate(scores []float64, y []bool, revenue []float64, rates []float64) Metrics {
	m := Metrics{Rows: len(scores), Rates: rates}
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	var totalRev float64
	for i, v := range y {
		if v {
			m.Frauds++
		}
		if revenue != nil {
			totalRev += revenue[i]
		}
	}
	for _, r := range rates {
		k := max(1, int(math.Round(float64(len(scores))*r/100)))
		k = min(k, len(scores))
		found, rev := 0, 0.0
		for _, i := range order[:k] {
			if y[i] {
				found++
			}
			if revenue != nil {
				rev += revenue[i]
			}
		}
		m.Precision = append(m.Precision, float64(found)/float64(k))
		rc := 0.0
		if m.Frauds > 0 {
			rc = float64(found) / float64(m.Frauds)
		}
		m.Recall = append(m.Recall, rc)
		if revenue != nil && totalRev > 0 {
			m.Revenue = append(m.Revenue, rev/totalRev)
		}
	}
	m.AUC = AUC(scores, y)
	return m
}

// AUC is the area under the ROC curve: the probability that a random
// positive scores above a random negative, ties counting one half
// (Mann-Whitney U). NaN when a class is empty. O(n log n).
func AUC(scores []float64, y []bool) float64 {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		switch {
		case scores[a] < scores[b]:
			return -1
		case scores[a] > scores[b]:
			return 1
		}
		return 0
	})
	var pos, neg, rankSum float64
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && scores[idx[j]] == scores[idx[i]] {
			j++
		}
		avg := float64(i+j+1) / 2 // 1-based average rank
		for k := i; k < j; k++ {
			if y[idx[k]] {
				pos++
				rankSum += avg
			} else {
				neg++
			}
		}
		i = j
	}
	if pos == 0 || neg == 0 {
		return math.NaN()
	}
	return (rankSum - pos*(pos+1)/2) / (pos * neg)
}
