package date

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// Options configures Train.
type Options struct {
	// Seed makes training reproducible: equal seeds and data give
	// byte-identical model files.
	Seed uint64
	// GBDT is the baseline scorer (and, with Net.Residual, the prior of
	// the network).
	GBDT GBDTOptions
	// LeafTrees are the trees whose leaves become the network's cross
	// features (the paper: 100 trees of depth 4).
	LeafTrees GBDTOptions
	Net       NetOptions
	// HoldoutShare is the latest share of the labelled rows (by date) kept
	// out of the network's training to pick its epoch count, in [0,0.5).
	HoldoutShare float64
	// MinRows is the least number of labelled rows Train accepts.
	MinRows int
}

// DefaultOptions returns the settings used by the CLI and the benchmark.
func DefaultOptions() Options {
	leaf := DefaultGBDTOptions()
	leaf.Trees, leaf.Leaves, leaf.MaxDepth, leaf.LearningRate = 100, 16, 4, 0.1
	return Options{Seed: 1, GBDT: DefaultGBDTOptions(), LeafTrees: leaf, Net: DefaultNetOptions(), HoldoutShare: 0.1, MinRows: 50}
}

// Model is a trained DATE model. It is safe for concurrent scoring.
type Model struct {
	Version string // "date-" + 12 hex digits of the body's SHA-256: equal models, equal versions
	Seed    uint64
	Rows    int       // labelled training rows
	Frauds  int       // illicit among them
	From    time.Time // earliest training declaration
	Until   time.Time // latest training declaration
	Epochs  int       // network epochs kept
	// RevenueProxy is true when the training rows carried no revenue: the
	// expected revenue is then the illicit probability times the declared
	// tax (the tax at stake), not a learned amount.
	RevenueProxy bool

	Features  *Featurizer
	GBDT      *GBDT
	LeafTrees *GBDT
	Net       *Net
}

// Score is a declaration's DATE score.
type Score struct {
	ID          string
	IllicitProb float64 // DATE illicit probability
	// Revenue is the expected additional revenue of inspecting: the
	// probability times the predicted revenue if illicit (or the declared
	// tax when the model has no revenue head, see Model.RevenueProxy).
	Revenue      float64
	BaselineProb float64 // GBDT-only probability
	Rank         int     // 1 for the highest IllicitProb of the scored set
}

// Train fits a model on the declarations with an outcome. Declarations
// without one still contribute category codes. Errors: EINVALID (too few
// labelled rows, a single class, bad options); ctx errors wrapped.
func Train(ctx context.Context, ds []graph.Declaration, o Options) (*Model, error) {
	if err := o.GBDT.validate(); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "date: gbdt options: %s", err)
	}
	if err := o.LeafTrees.validate(); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "date: leaf tree options: %s", err)
	}
	if err := o.Net.validate(); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "date: network options: %s", err)
	}
	if o.HoldoutShare < 0 || o.HoldoutShare >= 0.5 {
		return nil, graph.Errorf(graph.EINVALID, "date: holdout share %g must be in [0,0.5)", o.HoldoutShare)
	}
	// Sort a copy so that the input order does not matter.
	ds = slices.Clone(ds)
	slices.SortStableFunc(ds, func(a, b graph.Declaration) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	rows := labelledRows(ds)
	m := &Model{Seed: o.Seed, Rows: len(rows)}
	for _, r := range rows {
		if r.y {
			m.Frauds++
		}
	}
	if len(rows) < max(o.MinRows, 2) {
		return nil, graph.Errorf(graph.EINVALID, "date: %d declarations with an inspection outcome, need at least %d", len(rows), max(o.MinRows, 2))
	}
	if m.Frauds == 0 || m.Frauds == len(rows) {
		return nil, graph.Errorf(graph.EINVALID, "date: the %d labelled declarations are all of one class (%d illicit)", len(rows), m.Frauds)
	}
	m.From, m.Until = rows[0].d.Date.UTC(), rows[len(rows)-1].d.Date.UTC()
	rng := rand.New(rand.NewPCG(o.Seed, 0x444154453230)) // "DATE20"
	m.Features = FitFeaturizer(ds)
	m.RevenueProxy = !m.Features.HasRevenue
	X := make([][]float64, len(rows))
	y := make([]float64, len(rows))
	for i, r := range rows {
		X[i] = m.Features.Transform(r.d)
		if r.y {
			y[i] = 1
		}
	}
	var err error
	if m.GBDT, err = TrainGBDT(ctx, X, y, nil, o.GBDT, rng); err != nil {
		return nil, fmt.Errorf("date: baseline: %w", err)
	}
	if m.LeafTrees, err = TrainGBDT(ctx, X, y, nil, o.LeafTrees, rng); err != nil {
		return nil, fmt.Errorf("date: leaf trees: %w", err)
	}
	n := &Net{Dim: o.Net.Dim, NumLeaves: m.LeafTrees.NumLeaves(), Residual: o.Net.Residual}
	n.Importers, n.Items = vocab(rows, o.Net.MinCount)
	if m.Features.HasRevenue {
		n.RevScale = revenueScale(rows)
	}
	n.prepare()
	m.Net = n
	samples := make([]sample, len(rows))
	for i, r := range rows {
		samples[i] = m.sample(r.d, X[i])
		samples[i].y = y[i]
		if n.RevScale > 0 && r.y {
			samples[i].rev = r.rev / n.RevScale
		}
	}
	cut := len(samples) - int(math.Round(o.HoldoutShare*float64(len(samples))))
	if m.Epochs, err = n.train(ctx, samples[:cut], samples[cut:], o.Net, rng); err != nil {
		return nil, err
	}
	v, err := m.version()
	if err != nil {
		return nil, err
	}
	m.Version = v
	return m, nil
}

// vocab returns the importers and HS6 codes seen at least minCount times.
func vocab(rows []labelled, minCount int) (importers, items []string) {
	ic, hc := map[string]int{}, map[string]int{}
	for _, r := range rows {
		ic[r.d.ImporterID]++
		hc[hsPrefix(r.d.HSCode, 6)]++
	}
	keep := func(c map[string]int) []string {
		var out []string
		for k, n := range c {
			if k != "" && n >= minCount {
				out = append(out, k)
			}
		}
		sort.Strings(out)
		return out
	}
	return keep(ic), keep(hc)
}

// revenueScale is the standard deviation of log1p(revenue) over illicit
// rows (1 when degenerate), so the regression target is of unit scale.
func revenueScale(rows []labelled) float64 {
	var n, s, s2 float64
	for _, r := range rows {
		if r.y {
			n++
			s += r.rev
			s2 += r.rev * r.rev
		}
	}
	if n < 2 {
		return 1
	}
	v := s2/n - (s/n)*(s/n)
	if v <= 1e-12 {
		return 1
	}
	return math.Sqrt(v)
}

// sample maps a featurised declaration to the network's input.
func (m *Model) sample(d *graph.Declaration, x []float64) sample {
	s := sample{leaves: m.LeafTrees.Leaves(x, nil), margin: m.GBDT.Margin(x)}
	s.user = m.Net.importerIdx[d.ImporterID]
	s.item = m.Net.itemIdx[hsPrefix(d.HSCode, 6)]
	return s
}

// Score scores declarations (with or without outcomes) and ranks them by
// illicit probability, ties broken by id. Rows are split over two
// goroutines; the result does not depend on scheduling.
func (m *Model) Score(ctx context.Context, ds []graph.Declaration) ([]Score, error) {
	out := make([]Score, len(ds))
	const workers = 2
	per := (len(ds) + workers - 1) / workers
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := 0; w < workers; w++ {
		lo, hi := min(w*per, len(ds)), min((w+1)*per, len(ds))
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := newScratch(m.Net.Dim, len(m.LeafTrees.Trees))
			for i := lo; i < hi; i++ {
				if i%1024 == 0 {
					if err := ctx.Err(); err != nil {
						errs[w] = fmt.Errorf("date: score: %w", err)
						return
					}
				}
				out[i] = m.scoreOne(&ds[i], sc)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	Rank(out)
	return out, nil
}

func (m *Model) scoreOne(d *graph.Declaration, sc *scratch) Score {
	x := m.Features.Transform(d)
	s := m.sample(d, x)
	logit, reg := m.Net.predict(&s, sc)
	p := sigmoid(logit)
	out := Score{ID: d.ID, IllicitProb: p, BaselineProb: sigmoid(s.margin)}
	if m.RevenueProxy {
		out.Revenue = p * declaredTax(d)
	} else {
		out.Revenue = p * math.Max(0, math.Expm1(reg*m.Net.RevScale))
	}
	return out
}

// declaredTax is the tax declared on d: Taxes, or Value x TaxRate %.
func declaredTax(d *graph.Declaration) float64 {
	if d.Taxes > 0 {
		return d.Taxes
	}
	return math.Max(0, d.Value*d.TaxRate/100)
}

// Rank sets Rank on scores: 1 for the highest IllicitProb, ties broken by
// id.
func Rank(scores []Score) {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		sa, sb := scores[a], scores[b]
		switch {
		case sa.IllicitProb > sb.IllicitProb:
			return -1
		case sa.IllicitProb < sb.IllicitProb:
			return 1
		}
		return strings.Compare(sa.ID, sb.ID)
	})
	for r, i := range idx {
		scores[i].Rank = r + 1
	}
}

// Explain returns short reasons for a declaration's score, from its
// historical risk profiles: the riskiest profiles with at least three
// past inspections, and an unseen importer.
func (m *Model) Explain(d *graph.Declaration) []string {
	type reason struct {
		rate float64
		text string
	}
	var rs []reason
	labels := map[string]string{
		"importer": "importer", "declarant": "declarant", "seller": "seller",
		"hs6": "HS " + hsPrefix(d.HSCode, 6), "hs6+origin": "HS " + hsPrefix(d.HSCode, 6) + " from " + d.OriginCountry,
		"office+importer": "importer at office " + d.OfficeID, "importer+hs6": "importer with HS " + hsPrefix(d.HSCode, 6),
	}
	for _, name := range []string{"hs6+origin", "importer+hs6", "importer", "declarant", "seller", "hs6", "office+importer"} {
		cnt, rate, ok := m.Features.profileOf(d, name)
		if !ok || cnt < 3 {
			continue
		}
		rs = append(rs, reason{rate, fmt.Sprintf("%s: %.0f%% of %d past inspections illicit", labels[name], 100*rate, int(cnt))})
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].rate > rs[j].rate })
	var out []string
	for _, r := range rs[:min(3, len(rs))] {
		out = append(out, r.text)
	}
	if cnt, _, ok := m.Features.profileOf(d, "importer"); ok && cnt == 0 {
		out = append(out, "importer has no past inspections")
	}
	return out
}

// version derives the model version from the encoded body.
func (m *Model) version() (string, error) {
	saved := m.Version
	m.Version = ""
	body, err := encodeBody(m)
	m.Version = saved
	if err != nil {
		return "", err
	}
	h := sha256.Sum256(body)
	return "date-" + hex.EncodeToString(h[:6]), nil
}
