package hs

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"sync"

	"github.com/borderlens/borderlens/graph"
)

// Example is one labelled description: a past declaration's goods
// description and its accepted HS 2022 subheading, or an evaluation row.
type Example struct {
	Description string
	Code        string // six-digit HS 2022 subheading
}

// TrainOptions tunes Train. Zero values take the defaults.
type TrainOptions struct {
	Seed uint64 // shuffling, hold-out split and embedding initialisation
	// Holdout is the share of examples held out to tune the hierarchy
	// weights and fit the temperature (default 0.1). The final model is
	// rebuilt on every example.
	Holdout float64
	// NomWeight is how many examples the nomenclature text of a code is
	// worth in its centroid (default 2).
	NomWeight float64
	// MaxFeatures caps the features kept per class centroid (default 600).
	MaxFeatures int
	// Terms are commercial goods names (nil: DefaultTerms; NoTerms: none).
	Terms   []Term
	NoTerms bool
	// TermWeight is how many examples one term is worth in its class
	// centroid (default 1).
	TermWeight float64
	// MatchWeight weighs the term-match score, the best cosine between the
	// description and one term of the subheading (0: default 1; negative:
	// no term match); the heading's best term counts MatchHeading times
	// as much (default 0.5).
	MatchWeight, MatchHeading float64
	// MismatchPrior is the expected share of misdeclared codes the
	// mismatch calibration is set to (default 0.05).
	MismatchPrior float64
	// DenseWeight weighs the dense (LSA) similarity, the cosine between
	// the description's LSA embedding and the subheading's (0: no dense
	// part, the default; see docs/hs.md for the measured effect).
	DenseWeight float64
	// DenseDim is the LSA dimension (default 96).
	DenseDim int
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Holdout <= 0 || o.Holdout >= 1 {
		o.Holdout = 0.1
	}
	if o.NomWeight <= 0 {
		o.NomWeight = 2
	}
	if o.MaxFeatures <= 0 {
		o.MaxFeatures = 600
	}
	if o.Terms == nil && !o.NoTerms {
		o.Terms = DefaultTerms()
	}
	if o.NoTerms {
		o.Terms = nil
	}
	if o.TermWeight <= 0 {
		o.TermWeight = 1
	}
	if o.MatchWeight < 0 {
		o.MatchWeight = 0
	} else if o.MatchWeight == 0 {
		o.MatchWeight = 1
	}
	if o.MismatchPrior <= 0 || o.MismatchPrior >= 1 {
		o.MismatchPrior = 0.05
	}
	if o.MatchHeading <= 0 {
		o.MatchHeading = 0.5
	}
	if o.DenseWeight < 0 {
		o.DenseWeight = 0
	}
	if o.DenseDim <= 0 {
		o.DenseDim = denseDefaultDim
	}
	return o
}

// TrainReport describes a training run.
type TrainReport struct {
	Version     string  // model version
	Examples    int     // labelled descriptions used (besides the nomenclature)
	Holdout     int     // held out for tuning (then folded back in)
	Classes     int     // subheadings
	Features    int     // vocabulary size
	Temperature float64 // softmax temperature
	HeadingW    float64 // weight of the heading score
	ChapterW    float64 // weight of the chapter score
	// HoldoutTop1 and HoldoutTop5 are six-digit accuracies on the hold-out
	// set with the chosen parameters (on pseudo-queries at cold start).
	HoldoutTop1, HoldoutTop5 float64
	Terms                    int        // commercial-name terms used
	Calibration              [3]float64 // mismatch calibration (see Assessment.Mismatch)
}

// Model is a trained HS recommender. It is safe for concurrent use.
type Model struct {
	d       modelData
	nom     *Nomenclature
	vocab   map[string]int32
	lsa     *lsa // nil without a dense part
	scratch sync.Pool
}

// modelData is what the model file holds.
type modelData struct {
	Version  string
	Seed     uint64
	Examples int
	// Nomenclature: subheadings, headings and chapters with descriptions.
	Subs, SubDesc   []string
	Heads, HeadDesc []string
	Chaps, ChapDesc []string
	HeadOf, ChapOf  []int32 // per subheading
	HeadChap        []int32 // per heading
	Feats           []string
	IDF             []float32
	GroupW          [numGroups]float32
	P6, P4, P2      postings
	// PT holds the term documents (feature-major); TermSub and TermHead
	// give each term's subheading (-1 for a heading term) and heading.
	PT                postings
	TermSub, TermHead []int32
	MatchW, MatchH    float32
	// Cal holds the mismatch calibration: P(declared code wrong) =
	// sigmoid(Cal[0]·ln P(sub) + Cal[1]·ln P(heading) + Cal[2]).
	Cal [3]float64
	// Dense part (absent when DenseDim is 0): DenseV is the LSA projection
	// of the word features (in vocabulary order, DenseDim columns),
	// DenseE the normalised subheading embeddings (DenseDim columns) and
	// DenseW the weight of their cosine in the score.
	DenseDim          int
	DenseV, DenseE    []float32
	DenseW            float32
	HeadW, ChapW      float32
	Temp              float32
	TrainHoldoutTop1  float64
	TrainHoldoutTop5  float64
	TrainTemperatureN int
}

// postings is a feature-major sparse matrix (CSR): the classes with a
// weight for feature f are Cls[Off[f]:Off[f+1]].
type postings struct {
	Off []int32
	Cls []int32
	W   []float32
}

type scratch struct {
	s6, s4, s2 []float32
	m6, m4     []float32 // best term cosine per subheading and heading
	t          []float32 // per term
	p          []float64
	d          []float32 // dense cosine per subheading
	z          []float32 // dense embedding of the description
}

// defaultGroupW weighs words, bigrams and character n-grams.
var defaultGroupW = [numGroups]float32{1, 0.5, 0.8}

// Train builds a model from the nomenclature and the labelled examples
// (none for a cold start). It fails with EINVALID when an example's code
// is not an HS 2022 subheading of nom, naming the example.
// Deterministic for a given Seed.
func Train(ctx context.Context, nom *Nomenclature, examples []Example, o TrainOptions) (*Model, TrainReport, error) {
	o = o.withDefaults()
	for i, e := range examples {
		if _, ok := nom.entries[e.Code]; !ok || len(e.Code) != 6 {
			return nil, TrainReport{}, graph.Errorf(graph.EINVALID, "hs: train: example %d: code %q is not an HS 2022 subheading", i+1, e.Code)
		}
	}
	for _, t := range o.Terms {
		if _, ok := nom.entries[t.Code]; !ok || len(t.Code) == 2 {
			return nil, TrainReport{}, graph.Errorf(graph.EINVALID, "hs: train: term %q: code %q is not an HS 2022 heading or subheading", t.Text, t.Code)
		}
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x4853))
	perm := rng.Perm(len(examples))
	nHold := int(float64(len(examples)) * o.Holdout)
	if len(examples) < 50 {
		nHold = 0
	}
	var hold []Example
	use := make([]bool, len(examples))
	for i, p := range perm {
		if i < nHold {
			hold = append(hold, examples[p])
		} else {
			use[p] = true
		}
	}
	b := newBuilder(nom, o)
	if nHold == 0 {
		hold = b.pseudoQueries(rng, 2000)
	}
	m, err := b.build(ctx, examples, use)
	if err != nil {
		return nil, TrainReport{}, err
	}
	m.tune(hold, nHold > 0, o.MismatchPrior)
	if nHold > 0 {
		// Rebuild on everything with the tuned parameters.
		hw, cw, t, cal := m.d.HeadW, m.d.ChapW, m.d.Temp, m.d.Cal
		top1, top5 := m.d.TrainHoldoutTop1, m.d.TrainHoldoutTop5
		if m, err = b.build(ctx, examples, nil); err != nil {
			return nil, TrainReport{}, err
		}
		m.d.HeadW, m.d.ChapW, m.d.Temp, m.d.Cal = hw, cw, t, cal
		m.d.TrainHoldoutTop1, m.d.TrainHoldoutTop5 = top1, top5
	}
	if err := ctx.Err(); err != nil {
		return nil, TrainReport{}, err
	}
	m.d.Seed = o.Seed
	m.d.Examples = len(examples)
	m.d.Version = m.version()
	rep := TrainReport{
		Version: m.d.Version, Examples: len(examples), Holdout: nHold, Classes: len(m.d.Subs),
		Features: len(m.d.Feats), Temperature: float64(m.d.Temp), HeadingW: float64(m.d.HeadW),
		ChapterW:    float64(m.d.ChapW),
		HoldoutTop1: m.d.TrainHoldoutTop1, HoldoutTop5: m.d.TrainHoldoutTop5,
		Terms: len(m.d.TermSub), Calibration: m.d.Cal,
	}
	return m, rep, nil
}

// builder holds what every build over the same nomenclature shares.
type builder struct {
	nom              *Nomenclature
	o                TrainOptions
	sub, head, chap  [][]string // nomenclature tokens
	subIdx           map[string]int32
	headIdx, chapIdx map[string]int32
	headOf, chapOf   []int32
	headChap         []int32
	terms            [][]string // term tokens
	termSub          []int32    // subheading index or -1
	termHead         []int32
	prep             *prepared // vectors of the last example set built
}

// prepared holds the vocabulary and the TF-IDF vectors of every document
// of one example set, so the hold-out build and the final build share
// them.
type prepared struct {
	ex                     []Example
	feats                  []string
	idf                    []float32
	vocab                  map[string]int32
	sub, head, chap, terms []sparse
	exV                    []sparse
	lsa                    *lsa // nil unless the dense part is on
}

func newBuilder(nom *Nomenclature, o TrainOptions) *builder {
	b := &builder{nom: nom, o: o, subIdx: map[string]int32{}, headIdx: map[string]int32{}, chapIdx: map[string]int32{}}
	for i, c := range nom.chapters {
		b.chapIdx[c] = int32(i)
		b.chap = append(b.chap, Tokens(cleanNomenclature(nom.entries[c].Description)))
	}
	for i, h := range nom.headings {
		b.headIdx[h] = int32(i)
		b.head = append(b.head, Tokens(cleanNomenclature(nom.entries[h].Description)))
		b.headChap = append(b.headChap, b.chapIdx[h[:2]])
	}
	for i, s := range nom.subs {
		b.subIdx[s] = int32(i)
		b.sub = append(b.sub, Tokens(cleanNomenclature(nom.entries[s].Description)))
		b.headOf = append(b.headOf, b.headIdx[s[:4]])
		b.chapOf = append(b.chapOf, b.chapIdx[s[:2]])
	}
	for _, t := range o.Terms {
		toks := Tokens(t.Text)
		if len(toks) == 0 {
			continue
		}
		si := int32(-1)
		if len(t.Code) == 6 {
			si = b.subIdx[t.Code]
		}
		b.terms = append(b.terms, toks)
		b.termSub = append(b.termSub, si)
		b.termHead = append(b.termHead, b.headIdx[t.Code[:4]])
	}
	return b
}

// pseudoQueries makes cold-start tuning queries: random halves of
// subheading descriptions.
func (b *builder) pseudoQueries(rng *rand.Rand, n int) []Example {
	var out []Example
	for _, i := range rng.Perm(len(b.sub))[:min(n, len(b.sub))] {
		toks := b.sub[i]
		var q []string
		for _, t := range toks {
			if rng.Float64() < 0.5 {
				q = append(q, t)
			}
		}
		if len(q) == 0 && len(toks) > 0 {
			q = toks[:1]
		}
		out = append(out, Example{Description: join(q), Code: b.nom.subs[i]})
	}
	return out
}

func join(ts []string) string {
	s := ""
	for i, t := range ts {
		if i > 0 {
			s += " "
		}
		s += t
	}
	return s
}

// prepare computes the vocabulary, the IDF (over the nomenclature, the
// terms and every example, hold-out included: document frequencies only,
// no labels) and the TF-IDF vectors of all documents. The result is
// cached for the same example slice.
func (b *builder) prepare(ctx context.Context, ex []Example) (*prepared, error) {
	if p := b.prep; p != nil && len(p.ex) == len(ex) && (len(ex) == 0 || &p.ex[0] == &ex[0]) {
		return p, nil
	}
	var err error
	exToks := make([][]string, len(ex))
	for i, e := range ex {
		exToks[i] = Tokens(e.Description)
	}
	// Vocabulary and document frequencies, in a deterministic order.
	df := map[string]int{}
	docs := 0
	count := func(toks []string) {
		docs++
		for k := range featureKeys(toks) {
			df[k]++
		}
	}
	for _, t := range b.sub {
		count(t)
	}
	for _, t := range b.head {
		count(t)
	}
	for _, t := range b.terms {
		count(t)
	}
	for _, t := range exToks {
		count(t)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := &prepared{ex: ex}
	p.feats = make([]string, 0, len(df))
	for k := range df {
		p.feats = append(p.feats, k)
	}
	sort.Strings(p.feats)
	p.vocab = make(map[string]int32, len(p.feats))
	p.idf = make([]float32, len(p.feats))
	for i, k := range p.feats {
		p.vocab[k] = int32(i)
		p.idf[i] = float32(math.Log(float64(docs+1)/float64(df[k]+1)) + 1)
	}
	vecs := func(ts [][]string) []sparse {
		out := make([]sparse, len(ts))
		for i, t := range ts {
			out[i] = vectorize(t, p.vocab, p.idf, defaultGroupW)
		}
		return out
	}
	p.sub, p.head, p.chap, p.terms = vecs(b.sub), vecs(b.head), vecs(b.chap), vecs(b.terms)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p.exV = vecs(exToks)
	if b.o.DenseWeight > 0 {
		var all []sparse
		for _, d := range [][]sparse{p.sub, p.head, p.chap, p.terms, p.exV} {
			all = append(all, d...)
		}
		if p.lsa, err = trainLSA(ctx, p.feats, all, b.o.DenseDim, b.o.Seed); err != nil {
			return nil, err
		}
	}
	b.prep = p
	return p, nil
}

// build computes the hierarchical Rocchio centroids over the nomenclature,
// the terms and the examples with use[i] (all when use is nil).
func (b *builder) build(ctx context.Context, ex []Example, use []bool) (*Model, error) {
	nom := b.nom
	p, err := b.prepare(ctx, ex)
	if err != nil {
		return nil, err
	}
	feats, idf, gw := p.feats, p.idf, defaultGroupW
	nSub, nHead, nChap := len(nom.subs), len(nom.headings), len(nom.chapters)
	c6 := make([]map[int32]float32, nSub)
	c4 := make([]map[int32]float32, nHead)
	c2 := make([]map[int32]float32, nChap)
	for i := range c6 {
		c6[i] = map[int32]float32{}
	}
	for i := range c4 {
		c4[i] = map[int32]float32{}
	}
	for i := range c2 {
		c2[i] = map[int32]float32{}
	}
	add := func(m map[int32]float32, v sparse, w float32) {
		for j, id := range v.id {
			m[id] += v.v[j] * w
		}
	}
	nw := float32(b.o.NomWeight)
	for i, v := range p.sub {
		add(c6[i], v, nw)
		add(c4[b.headOf[i]], v, nw)
		add(c2[b.chapOf[i]], v, nw)
	}
	for i, v := range p.head {
		add(c4[i], v, nw)
		add(c2[b.headChap[i]], v, nw)
	}
	for i, v := range p.chap {
		add(c2[i], v, nw)
	}
	tw := float32(b.o.TermWeight)
	tdocs := make([]map[int32]float32, len(b.terms))
	for i, v := range p.terms {
		h := b.termHead[i]
		if si := b.termSub[i]; si >= 0 {
			add(c6[si], v, tw)
		}
		add(c4[h], v, tw)
		add(c2[b.headChap[h]], v, tw)
		tdocs[i] = make(map[int32]float32, len(v.id))
		for j, id := range v.id {
			tdocs[i][id] = v.v[j]
		}
	}
	for i, e := range ex {
		if use != nil && !use[i] {
			continue
		}
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		ci := b.subIdx[e.Code]
		v := p.exV[i]
		add(c6[ci], v, 1)
		add(c4[b.headOf[ci]], v, 1)
		add(c2[b.chapOf[ci]], v, 1)
	}
	d := modelData{
		Subs: nom.subs, Heads: nom.headings, Chaps: nom.chapters,
		HeadOf: b.headOf, ChapOf: b.chapOf, HeadChap: b.headChap,
		Feats: feats, IDF: idf, GroupW: gw, HeadW: 0.5, ChapW: 0.25, Temp: 0.1,
		TermSub: b.termSub, TermHead: b.termHead,
		MatchW: float32(b.o.MatchWeight), MatchH: float32(b.o.MatchHeading),
	}
	for _, s := range nom.subs {
		d.SubDesc = append(d.SubDesc, nom.entries[s].Description)
	}
	for _, h := range nom.headings {
		d.HeadDesc = append(d.HeadDesc, nom.entries[h].Description)
	}
	for _, c := range nom.chapters {
		d.ChapDesc = append(d.ChapDesc, nom.entries[c].Description)
	}
	d.P6 = invert(c6, len(feats), b.o.MaxFeatures)
	d.P4 = invert(c4, len(feats), b.o.MaxFeatures)
	d.P2 = invert(c2, len(feats), b.o.MaxFeatures)
	d.PT = invertRaw(tdocs, len(feats))
	if d.TermSub == nil {
		d.TermSub, d.TermHead = []int32{}, []int32{}
	}
	if p.lsa != nil && p.lsa.dim > 0 {
		d.DenseDim, d.DenseV, d.DenseW = p.lsa.dim, p.lsa.v, float32(b.o.DenseWeight)
		d.DenseE = b.denseClasses(p, ex, use)
	}
	return newModel(d, nom), nil
}

// invert L2-normalises each class centroid, keeps its top max features by
// weight (ties by feature id) and stores the result feature-major.
func invert(cs []map[int32]float32, nFeat, max int) postings {
	type fw struct {
		f int32
		w float32
	}
	cnt := make([]int32, nFeat+1)
	kept := make([][]fw, len(cs))
	for c, m := range cs {
		l := make([]fw, 0, len(m))
		var n float64
		for f, w := range m {
			l = append(l, fw{f, w})
			n += float64(w) * float64(w)
		}
		sort.Slice(l, func(i, j int) bool {
			if l[i].w != l[j].w {
				return l[i].w > l[j].w
			}
			return l[i].f < l[j].f
		})
		if len(l) > max {
			l = l[:max]
		}
		if n > 0 {
			inv := float32(1 / math.Sqrt(n))
			for i := range l {
				l[i].w *= inv
			}
		}
		kept[c] = l
		for _, x := range l {
			cnt[x.f+1]++
		}
	}
	for i := 1; i <= nFeat; i++ {
		cnt[i] += cnt[i-1]
	}
	p := postings{Off: cnt, Cls: make([]int32, cnt[nFeat]), W: make([]float32, cnt[nFeat])}
	pos := append([]int32(nil), cnt[:nFeat]...)
	for c, l := range kept {
		for _, x := range l {
			p.Cls[pos[x.f]] = int32(c)
			p.W[pos[x.f]] = x.w
			pos[x.f]++
		}
	}
	return p
}

// invertRaw stores already normalised documents feature-major.
func invertRaw(docs []map[int32]float32, nFeat int) postings {
	cnt := make([]int32, nFeat+1)
	for _, m := range docs {
		for f := range m {
			cnt[f+1]++
		}
	}
	for i := 1; i <= nFeat; i++ {
		cnt[i] += cnt[i-1]
	}
	p := postings{Off: cnt, Cls: make([]int32, cnt[nFeat]), W: make([]float32, cnt[nFeat])}
	pos := append([]int32(nil), cnt[:nFeat]...)
	for d, m := range docs {
		for f, w := range m {
			p.Cls[pos[f]] = int32(d)
			p.W[pos[f]] = w
			pos[f]++
		}
	}
	return p
}

func newModel(d modelData, nom *Nomenclature) *Model {
	m := &Model{d: d, nom: nom, vocab: make(map[string]int32, len(d.Feats))}
	for i, f := range d.Feats {
		m.vocab[f] = int32(i)
	}
	if d.DenseDim > 0 {
		m.lsa = &lsa{dim: d.DenseDim, row: wordRows(d.Feats), v: d.DenseV}
	}
	m.scratch.New = func() any {
		return &scratch{s6: make([]float32, len(d.Subs)), s4: make([]float32, len(d.Heads)), s2: make([]float32, len(d.Chaps)),
			m6: make([]float32, len(d.Subs)), m4: make([]float32, len(d.Heads)), t: make([]float32, len(d.TermSub)), p: make([]float64, len(d.Subs)),
			d: make([]float32, len(d.Subs)), z: make([]float32, d.DenseDim)}
	}
	return m
}

// version names the model by its content: the nomenclature edition, the
// training size and a hash of the weights.
func (m *Model) version() string {
	h := fnv64()
	for _, f := range m.d.Feats {
		h.add(f)
	}
	for _, w := range m.d.P6.W {
		h.addU32(math.Float32bits(w))
	}
	for _, w := range m.d.P4.W {
		h.addU32(math.Float32bits(w))
	}
	for _, w := range m.d.PT.W {
		h.addU32(math.Float32bits(w))
	}
	h.addU32(math.Float32bits(m.d.Temp))
	for _, c := range m.d.Cal {
		h.addU32(math.Float32bits(float32(c)))
	}
	if m.d.DenseW > 0 {
		h.addU32(math.Float32bits(m.d.DenseW))
		for _, w := range m.d.DenseE {
			h.addU32(math.Float32bits(w))
		}
		return fmt.Sprintf("hs2022-tfidf-terms%d-lsa%d-n%d-%016x", len(m.d.TermSub), m.d.DenseDim, m.d.Examples, h.sum)
	}
	return fmt.Sprintf("hs2022-tfidf-terms%d-n%d-%016x", len(m.d.TermSub), m.d.Examples, h.sum)
}

// Version returns the model version written to graph.PropHSModel.
func (m *Model) Version() string { return m.d.Version }

// Nomenclature returns the nomenclature the model was trained on.
func (m *Model) Nomenclature() *Nomenclature { return m.nom }

// rawScores fills s6, s4 and s2 with the linear scores of the description
// tokens.
func (m *Model) rawScores(toks []string, sc *scratch) {
	clear(sc.s6)
	clear(sc.s4)
	clear(sc.s2)
	x := vectorize(toks, m.vocab, m.d.IDF, m.d.GroupW)
	acc := func(p *postings, s []float32) {
		for j, f := range x.id {
			v := x.v[j]
			lo, hi := p.Off[f], p.Off[f+1]
			cls, w := p.Cls[lo:hi], p.W[lo:hi]
			for k, c := range cls {
				s[c] += v * w[k]
			}
		}
	}
	acc(&m.d.P6, sc.s6)
	acc(&m.d.P4, sc.s4)
	acc(&m.d.P2, sc.s2)
	m.denseScores(x, sc)
	clear(sc.m6)
	clear(sc.m4)
	if len(sc.t) == 0 {
		return
	}
	clear(sc.t)
	acc(&m.d.PT, sc.t)
	for t, v := range sc.t {
		if v <= 0 {
			continue
		}
		if s := m.d.TermSub[t]; s >= 0 && v > sc.m6[s] {
			sc.m6[s] = v
		}
		if h := m.d.TermHead[t]; v > sc.m4[h] {
			sc.m4[h] = v
		}
	}
}

// probs turns raw scores into subheading probabilities with the model's
// hierarchy weights and temperature; it returns the index of the best.
func (m *Model) probs(sc *scratch, hw, cw, temp float32) int {
	best, bestS := 0, float32(math.Inf(-1))
	s := sc.s6
	mw, mh := m.d.MatchW, m.d.MatchH
	for c := range s {
		h := m.d.HeadOf[c]
		v := s[c] + hw*sc.s4[h] + cw*sc.s2[m.d.ChapOf[c]] + mw*(sc.m6[c]+mh*sc.m4[h]) + m.d.DenseW*sc.d[c]
		sc.p[c] = float64(v)
		if v > bestS {
			best, bestS = c, v
		}
	}
	var z float64
	inv := 1 / float64(temp)
	mx := float64(bestS)
	for c := range sc.p {
		e := math.Exp((sc.p[c] - mx) * inv)
		sc.p[c] = e
		z += e
	}
	for c := range sc.p {
		sc.p[c] /= z
	}
	return best
}

// maxTuneQueries bounds the hold-out queries used for tuning (memory and
// time: each keeps its raw score vectors).
const maxTuneQueries = 1200

// tune picks the hierarchy weights (by hold-out top-1 then top-5
// accuracy) and the temperature (by hold-out negative log-likelihood,
// golden-section search on log T).
func (m *Model) tune(hold []Example, tuneHierarchy bool, prior float64) {
	if len(hold) > maxTuneQueries {
		hold = hold[:maxTuneQueries]
	}
	if len(hold) == 0 {
		return
	}
	type q struct {
		s6, s4, s2, mm []float32 // mm: weighted term match per subheading
		y              int32
	}
	qs := make([]q, 0, len(hold))
	sc := m.scratch.Get().(*scratch)
	defer m.scratch.Put(sc)
	for _, e := range hold {
		y := m.subIndex(e.Code)
		if y < 0 {
			continue
		}
		m.rawScores(Tokens(e.Description), sc)
		mm := make([]float32, len(sc.s6))
		for c := range mm {
			mm[c] = m.d.MatchW*(sc.m6[c]+m.d.MatchH*sc.m4[m.d.HeadOf[c]]) + m.d.DenseW*sc.d[c]
		}
		qs = append(qs, q{append([]float32(nil), sc.s6...), append([]float32(nil), sc.s4...), append([]float32(nil), sc.s2...), mm, int32(y)})
	}
	if len(qs) == 0 {
		return
	}
	score := func(x *q, c int, hw, cw float32) float32 {
		return x.s6[c] + hw*x.s4[m.d.HeadOf[c]] + cw*x.s2[m.d.ChapOf[c]] + x.mm[c]
	}
	type res struct{ top1, top5 int }
	eval := func(hw, cw float32) res {
		var r res
		for i := range qs {
			x := &qs[i]
			y := score(x, int(x.y), hw, cw)
			better := 0
			for c := range x.s6 {
				if score(x, c, hw, cw) > y {
					better++
					if better >= 5 {
						break
					}
				}
			}
			if better == 0 {
				r.top1++
			}
			if better < 5 {
				r.top5++
			}
		}
		return r
	}
	bestR, bestH, bestC := res{-1, -1}, m.d.HeadW, m.d.ChapW
	hws, cws := []float32{0, 0.25, 0.5, 0.75, 1, 1.5}, []float32{0, 0.15, 0.3, 0.5}
	if !tuneHierarchy {
		// Pseudo-queries are cut from the subheadings' own text, which
		// favours the flat model; keep the default weights at cold start.
		hws, cws = []float32{bestH}, []float32{bestC}
	}
	for _, hw := range hws {
		for _, cw := range cws {
			r := eval(hw, cw)
			if r.top1 > bestR.top1 || (r.top1 == bestR.top1 && r.top5 > bestR.top5) {
				bestR, bestH, bestC = r, hw, cw
			}
		}
	}
	m.d.HeadW, m.d.ChapW = bestH, bestC
	m.d.TrainHoldoutTop1 = float64(bestR.top1) / float64(len(qs))
	m.d.TrainHoldoutTop5 = float64(bestR.top5) / float64(len(qs))
	// Negative log-likelihood as a function of log T; scores are fixed.
	sv := make([][]float32, len(qs))
	for i := range qs {
		x := &qs[i]
		v := make([]float32, len(x.s6))
		for c := range v {
			v[c] = score(x, c, bestH, bestC)
		}
		sv[i] = v
	}
	tq := sv[:min(len(sv), 500)] // enough for one parameter
	nll := func(logT float64) float64 {
		inv := math.Exp(-logT)
		var sum float64
		for i, v := range tq {
			mx := float32(math.Inf(-1))
			for _, s := range v {
				mx = max(mx, s)
			}
			var z float64
			for _, s := range v {
				z += math.Exp(float64(s-mx) * inv)
			}
			sum += math.Log(z) - float64(v[qs[i].y]-mx)*inv
		}
		return sum
	}
	lo, hi := math.Log(0.003), math.Log(1.0)
	const g = 0.6180339887498949
	a, b := hi-g*(hi-lo), lo+g*(hi-lo)
	fa, fb := nll(a), nll(b)
	for range 14 {
		if fa < fb {
			hi, b, fb = b, a, fa
			a = hi - g*(hi-lo)
			fa = nll(a)
		} else {
			lo, a, fa = a, b, fb
			b = lo + g*(hi-lo)
			fb = nll(b)
		}
	}
	m.d.Temp = float32(math.Exp((lo + hi) / 2))
	m.calibrate(sv, qs2y(len(qs), func(i int) int32 { return qs[i].y }), prior)
}

func qs2y(n int, f func(int) int32) []int32 {
	y := make([]int32, n)
	for i := range y {
		y[i] = f(i)
	}
	return y
}

// calibrate fits the mismatch calibration (Platt scaling, Platt 1999) on
// hold-out descriptions: each is scored once with its true code (honest,
// label 0) and once with the code of another hold-out description from a
// different heading (misdeclared, label 1). Features are the log
// probabilities of the declared subheading and heading; the fit is
// logistic regression by Newton's method with a small ridge. The
// intercept is then moved from the balanced fitting set to the prior
// share of misdeclared codes (logit shift). Deterministic.
func (m *Model) calibrate(sv [][]float32, ys []int32, prior float64) {
	n := len(sv)
	if n < 2 {
		return
	}
	inv := 1 / float64(m.d.Temp)
	type obs struct {
		x [3]float64
		y float64
	}
	var data []obs
	p := make([]float64, len(m.d.Subs))
	hp := make([]float64, len(m.d.Heads))
	feat := func(c int32) [3]float64 {
		return [3]float64{math.Log(p[c] + 1e-6), math.Log(hp[m.d.HeadOf[c]] + 1e-6), 1}
	}
	for i, v := range sv {
		mx := float32(math.Inf(-1))
		for _, s := range v {
			mx = max(mx, s)
		}
		var z float64
		for c, s := range v {
			p[c] = math.Exp(float64(s-mx) * inv)
			z += p[c]
		}
		clear(hp)
		for c := range p {
			p[c] /= z
			hp[m.d.HeadOf[c]] += p[c]
		}
		data = append(data, obs{feat(ys[i]), 0})
		for k := 1; k < n; k++ {
			w := ys[(i+k)%n]
			if m.d.HeadOf[w] != m.d.HeadOf[ys[i]] {
				data = append(data, obs{feat(w), 1})
				break
			}
		}
	}
	const ridge = 1.0 // data are often separable: keep the slopes finite
	loss := func(w [3]float64) float64 {
		l := ridge / 2 * (w[0]*w[0] + w[1]*w[1])
		for _, o := range data {
			z := w[0]*o.x[0] + w[1]*o.x[1] + w[2]*o.x[2]
			// log(1+e^z) - y·z, computed stably.
			l += max(z, 0) + math.Log1p(math.Exp(-math.Abs(z))) - o.y*z
		}
		return l
	}
	w := [3]float64{-0.5, -0.5, -5}
	cur := loss(w)
	for range 50 {
		var g [3]float64
		var h [3][3]float64
		for _, o := range data {
			q := 1 / (1 + math.Exp(-(w[0]*o.x[0] + w[1]*o.x[1] + w[2]*o.x[2])))
			for a := range 3 {
				g[a] += (q - o.y) * o.x[a]
				for b := range 3 {
					h[a][b] += q * (1 - q) * o.x[a] * o.x[b]
				}
			}
		}
		for a := range 2 {
			g[a] += ridge * w[a]
			h[a][a] += ridge
		}
		h[2][2] += 1e-6
		d, ok := solve3(h, g)
		if !ok {
			break
		}
		// Damped Newton step: halve until the loss goes down.
		step, moved := 1.0, false
		for range 30 {
			nw := [3]float64{w[0] - step*d[0], w[1] - step*d[1], w[2] - step*d[2]}
			if l := loss(nw); l < cur {
				w, cur, moved = nw, l, true
				break
			}
			step /= 2
		}
		if !moved {
			break
		}
	}
	var ones float64
	for _, o := range data {
		ones += o.y
	}
	// Balanced fitting set -> the expected share of misdeclarations.
	w[2] += math.Log(prior/(1-prior)) - math.Log(ones/(float64(len(data))-ones))
	m.d.Cal = w
}

// solve3 solves h·x = g by Cramer's rule.
func solve3(h [3][3]float64, g [3]float64) ([3]float64, bool) {
	det := func(a [3][3]float64) float64 {
		return a[0][0]*(a[1][1]*a[2][2]-a[1][2]*a[2][1]) - a[0][1]*(a[1][0]*a[2][2]-a[1][2]*a[2][0]) + a[0][2]*(a[1][0]*a[2][1]-a[1][1]*a[2][0])
	}
	d := det(h)
	if math.Abs(d) < 1e-12 {
		return [3]float64{}, false
	}
	var x [3]float64
	for c := range 3 {
		a := h
		for r := range 3 {
			a[r][c] = g[r]
		}
		x[c] = det(a) / d
	}
	return x, true
}

// Candidate is one recommended subheading.
type Candidate struct {
	Code               string  // six-digit HS 2022 subheading
	Description        string  // its nomenclature text
	Heading            string  // four digits
	HeadingDescription string  // the heading's nomenclature text
	Chapter            string  // two digits
	Probability        float64 // of the subheading
	HeadingProbability float64 // summed over the heading's subheadings
	ChapterProbability float64 // summed over the chapter's subheadings
}

// Recommend returns the k most likely subheadings for a goods
// description, most likely first (ties by code). A description with no
// known word gives the prior-free uniform answer: every probability
// equal.
func (m *Model) Recommend(description string, k int) []Candidate {
	sc := m.scratch.Get().(*scratch)
	defer m.scratch.Put(sc)
	m.rawScores(Tokens(description), sc)
	m.probs(sc, m.d.HeadW, m.d.ChapW, m.d.Temp)
	return m.topK(sc, k)
}

func (m *Model) topK(sc *scratch, k int) []Candidate {
	if k <= 0 {
		return nil
	}
	k = min(k, len(sc.p))
	top := make([]int, 0, k+1)
	for c, p := range sc.p {
		if len(top) == k && p <= sc.p[top[k-1]] {
			continue
		}
		i := sort.Search(len(top), func(i int) bool { return sc.p[top[i]] < p })
		top = append(top, 0)
		copy(top[i+1:], top[i:])
		top[i] = c
		if len(top) > k {
			top = top[:k]
		}
	}
	hp := make([]float64, len(m.d.Heads))
	cp := make([]float64, len(m.d.Chaps))
	for c, p := range sc.p {
		hp[m.d.HeadOf[c]] += p
		cp[m.d.ChapOf[c]] += p
	}
	out := make([]Candidate, len(top))
	for i, c := range top {
		h, ch := m.d.HeadOf[c], m.d.ChapOf[c]
		out[i] = Candidate{
			Code: m.d.Subs[c], Description: m.d.SubDesc[c],
			Heading: m.d.Heads[h], HeadingDescription: m.d.HeadDesc[h], Chapter: m.d.Chaps[ch],
			Probability: sc.p[c], HeadingProbability: hp[h], ChapterProbability: cp[ch],
		}
	}
	return out
}

// fnv is FNV-1a 64.
type fnv struct{ sum uint64 }

func fnv64() *fnv { return &fnv{sum: 14695981039346656037} }

func (h *fnv) add(s string) {
	for i := 0; i < len(s); i++ {
		h.sum ^= uint64(s[i])
		h.sum *= 1099511628211
	}
}

func (h *fnv) addU32(v uint32) {
	for i := 0; i < 4; i++ {
		h.sum ^= uint64(byte(v >> (8 * i)))
		h.sum *= 1099511628211
	}
}
