package date

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/borderlens/borderlens/graph"
)

// profileKeys are the historical risk profiles the Featurizer keeps: the
// DATE / BACUDA "RiskH" profiles (importer, declarant, HS codes, HS x
// origin, office pairs) plus sellers, couriers and countries. Each yields
// the number of past inspections, their smoothed illicit rate and, for the
// goods keys, the deviation of the row's unit value from the key's past
// mean.
var profileKeys = []struct {
	name string
	uv   bool // also a unit-value deviation feature
	key  func(d *graph.Declaration) string
}{
	{"importer", false, func(d *graph.Declaration) string { return d.ImporterID }},
	{"declarant", false, func(d *graph.Declaration) string { return d.DeclarantID }},
	{"seller", false, func(d *graph.Declaration) string { return d.SellerID }},
	{"courier", false, func(d *graph.Declaration) string { return d.CourierID }},
	{"hs6", true, func(d *graph.Declaration) string { return hsPrefix(d.HSCode, 6) }},
	{"hs4", true, func(d *graph.Declaration) string { return hsPrefix(d.HSCode, 4) }},
	{"hs2", false, func(d *graph.Declaration) string { return hsPrefix(d.HSCode, 2) }},
	{"origin", false, func(d *graph.Declaration) string { return d.OriginCountry }},
	{"departure", false, func(d *graph.Declaration) string { return d.DepartureCountry }},
	{"office", false, func(d *graph.Declaration) string { return d.OfficeID }},
	{"hs6+origin", true, func(d *graph.Declaration) string { return pair(hsPrefix(d.HSCode, 6), d.OriginCountry) }},
	{"office+importer", false, func(d *graph.Declaration) string { return pair(d.OfficeID, d.ImporterID) }},
	{"office+hs6", false, func(d *graph.Declaration) string { return pair(d.OfficeID, hsPrefix(d.HSCode, 6)) }},
	{"importer+hs6", false, func(d *graph.Declaration) string { return pair(d.ImporterID, hsPrefix(d.HSCode, 6)) }},
}

// maxCategories bounds the distinct values of a coded category column;
// wider columns (identifiers) are described by their profiles only.
const maxCategories = 255

// priorWeight is the smoothing of profile rates: (illicit + m*prior) /
// (count + m), as the BACUDA "adjusted" mean with m = 10.
const priorWeight = 10

func hsPrefix(hs string, n int) string {
	if len(hs) < n {
		return ""
	}
	return hs[:n]
}

func pair(a, b string) string {
	if a == "" || b == "" {
		return ""
	}
	return a + "|" + b
}

// dayOf is the day number of t (UTC days since 1970-01-01).
func dayOf(d *graph.Declaration) int32 {
	return int32(math.Floor(float64(d.Date.Unix()) / 86400))
}

// logUnitValue is ln(1+value) - ln(1+per), NaN when either is not
// positive.
func logUnitValue(value, per float64) float64 {
	if value <= 0 || per <= 0 {
		return math.NaN()
	}
	return math.Log1p(value) - math.Log1p(per)
}

// Profile is the history of one profile key, stored as cumulative sums per
// key and day so that a lookup at day d sees only rows of earlier days.
// Entries of key Keys[i] are Start[i]..Start[i+1]-1, in increasing Day.
type Profile struct {
	Name  string
	Keys  []string // sorted
	Start []int32
	Day   []int32
	Cnt   []float64 // labelled rows up to and including Day
	Pos   []float64 // illicit rows
	SumUV []float64 // sum of log unit values (per kg)
	NUV   []float64 // rows with a unit value
	Rev   []float64 // sum of log1p(revenue)

	index map[string]int32
}

// stats are cumulative profile sums.
type stats struct{ cnt, pos, sumUV, nUV, rev float64 }

// at returns the sums of key k over rows dated strictly before day.
func (p *Profile) at(k string, day int32) stats {
	i, ok := p.index[k]
	if !ok {
		return stats{}
	}
	lo, hi := int(p.Start[i]), int(p.Start[i+1])
	// j: first entry with Day >= day; the one before it is the answer.
	j := lo + sort.Search(hi-lo, func(x int) bool { return p.Day[lo+x] >= day })
	if j == lo {
		return stats{}
	}
	j--
	return stats{p.Cnt[j], p.Pos[j], p.SumUV[j], p.NUV[j], p.Rev[j]}
}

// prepare builds the key index; it runs once after fitting or loading,
// so lookups are safe for concurrent use.
func (p *Profile) prepare() {
	p.index = make(map[string]int32, len(p.Keys))
	for i, k := range p.Keys {
		p.index[k] = int32(i)
	}
}

// buildProfile accumulates labelled rows (sorted by day) under key.
func buildProfile(name string, rows []labelled, key func(*graph.Declaration) string) Profile {
	type ent struct {
		k   string
		day int32
		s   stats
	}
	var es []ent
	for _, r := range rows {
		k := key(r.d)
		if k == "" {
			continue
		}
		s := stats{cnt: 1, rev: r.rev}
		if r.y {
			s.pos = 1
		}
		if uv := logUnitValue(r.d.Value, r.d.NetMassKg); !math.IsNaN(uv) {
			s.sumUV, s.nUV = uv, 1
		}
		es = append(es, ent{k, r.day, s})
	}
	slices.SortStableFunc(es, func(a, b ent) int {
		if c := strings.Compare(a.k, b.k); c != 0 {
			return c
		}
		return int(a.day) - int(b.day)
	})
	p := Profile{Name: name}
	var cur stats
	for i, e := range es {
		newKey := i == 0 || es[i-1].k != e.k
		if newKey {
			p.Keys = append(p.Keys, e.k)
			p.Start = append(p.Start, int32(len(p.Day)))
			cur = stats{}
		}
		cur.cnt += e.s.cnt
		cur.pos += e.s.pos
		cur.sumUV += e.s.sumUV
		cur.nUV += e.s.nUV
		cur.rev += e.s.rev
		if !newKey && p.Day[len(p.Day)-1] == e.day {
			j := len(p.Day) - 1
			p.Cnt[j], p.Pos[j], p.SumUV[j], p.NUV[j], p.Rev[j] = cur.cnt, cur.pos, cur.sumUV, cur.nUV, cur.rev
			continue
		}
		p.Day = append(p.Day, e.day)
		p.Cnt = append(p.Cnt, cur.cnt)
		p.Pos = append(p.Pos, cur.pos)
		p.SumUV = append(p.SumUV, cur.sumUV)
		p.NUV = append(p.NUV, cur.nUV)
		p.Rev = append(p.Rev, cur.rev)
	}
	p.Start = append(p.Start, int32(len(p.Day)))
	p.prepare()
	return p
}

// Category codes one string column (a declaration field or a source
// column kept as an extra property) by its sorted training values.
type Category struct {
	Name   string
	Values []string // sorted; code i+1, 0 for empty
}

func (c Category) code(v string) float64 {
	if v == "" {
		return 0
	}
	i, ok := slices.BinarySearch(c.Values, v)
	if !ok {
		return math.NaN()
	}
	return float64(i + 1)
}

// categoryValue reads a category column of a declaration.
func categoryValue(d *graph.Declaration, name string) string {
	switch name {
	case "office":
		return d.OfficeID
	case "origin":
		return d.OriginCountry
	case "departure":
		return d.DepartureCountry
	case "courier":
		return d.CourierID
	}
	if strings.HasPrefix(name, "x:") {
		if v, ok := d.Extra[name[2:]].(string); ok {
			return v
		}
	}
	return ""
}

// skipExtra reports extra properties that are not source columns: the
// computed scores and the bookkeeping of other packages.
func skipExtra(name string) bool {
	for _, p := range []string{"date", "hs", "knownSmuggler", "analysis", "community", "network", "risk"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	switch name {
	case "source", "description", graph.PropRaw, graph.PropInspectedAt, "pagerank", "betweenness", "degree":
		return true
	}
	return false
}

// Featurizer turns declarations into feature vectors. It is fitted on the
// labelled history and stored in the model file.
type Featurizer struct {
	Names      []string // feature names, in vector order
	Categories []Category
	Profiles   []Profile
	Global     Profile // all labelled rows under one key ""
	HasRevenue bool
}

// labelled is one history row with its label.
type labelled struct {
	d   *graph.Declaration
	day int32
	y   bool
	rev float64 // log1p(revenue)
}

// labelledRows returns the declarations with an outcome, sorted by day
// then id.
func labelledRows(ds []graph.Declaration) []labelled {
	var rows []labelled
	for i := range ds {
		d := &ds[i]
		if d.Outcome == nil {
			continue
		}
		rows = append(rows, labelled{d: d, day: dayOf(d), y: d.Outcome.Illicit, rev: math.Log1p(math.Max(0, d.Outcome.Revenue))})
	}
	slices.SortStableFunc(rows, func(a, b labelled) int {
		if a.day != b.day {
			return int(a.day) - int(b.day)
		}
		return strings.Compare(a.d.ID, b.d.ID)
	})
	return rows
}

// FitFeaturizer builds the category codes and risk profiles from the
// labelled declarations of history (rows without an outcome are ignored
// by the profiles but their categories are coded).
func FitFeaturizer(history []graph.Declaration) *Featurizer {
	rows := labelledRows(history)
	f := &Featurizer{}
	for _, r := range rows {
		if r.rev > 0 {
			f.HasRevenue = true
			break
		}
	}
	// Category columns: the fixed ones and the string source columns with
	// few distinct values.
	distinct := map[string]map[string]bool{}
	add := func(name, v string) {
		if v == "" {
			return
		}
		m := distinct[name]
		if m == nil {
			m = map[string]bool{}
			distinct[name] = m
		}
		if len(m) <= maxCategories {
			m[v] = true
		}
	}
	for i := range history {
		d := &history[i]
		for _, n := range []string{"office", "origin", "departure", "courier"} {
			add(n, categoryValue(d, n))
		}
		for k, v := range d.Extra {
			if s, ok := v.(string); ok && !skipExtra(k) {
				add("x:"+k, s)
			}
		}
	}
	names := make([]string, 0, len(distinct))
	for n, m := range distinct {
		if len(m) <= maxCategories {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		vs := make([]string, 0, len(distinct[n]))
		for v := range distinct[n] {
			vs = append(vs, v)
		}
		sort.Strings(vs)
		f.Categories = append(f.Categories, Category{Name: n, Values: vs})
	}
	f.Global = buildProfile("all", rows, func(*graph.Declaration) string { return "all" })
	for _, pk := range profileKeys {
		f.Profiles = append(f.Profiles, buildProfile(pk.name, rows, pk.key))
	}
	f.Names = f.featureNames()
	return f
}

func (f *Featurizer) featureNames() []string {
	names := []string{
		"value", "netMassKg", "quantity", "taxRate", "taxes", "fobValue", "grossWeightKg",
		"logValue", "logUnitValueKg", "logUnitValueQty", "taxRatio", "fobRatio",
		"weekday", "month", "dayOfMonth", "dayOfYear", "hs6", "hs4", "hs2",
	}
	for _, c := range f.Categories {
		names = append(names, "cat:"+c.Name)
	}
	for i, p := range f.Profiles {
		names = append(names, "cnt:"+p.Name, "risk:"+p.Name)
		if profileKeys[i].uv {
			names = append(names, "uvdev:"+p.Name)
		}
		if f.HasRevenue {
			names = append(names, "rev:"+p.Name)
		}
	}
	return names
}

// prepare builds the lookup indexes of a loaded featurizer.
func (f *Featurizer) prepare() {
	f.Global.prepare()
	for i := range f.Profiles {
		f.Profiles[i].prepare()
	}
}

// NumFeatures returns the length of a feature vector.
func (f *Featurizer) NumFeatures() int { return len(f.Names) }

// Transform returns the feature vector of d; missing values are NaN.
// Profiles see only history dated strictly before d's day.
func (f *Featurizer) Transform(d *graph.Declaration) []float64 {
	x := make([]float64, 0, len(f.Names))
	nan := math.NaN()
	pos := func(v float64) float64 {
		if v > 0 {
			return v
		}
		return nan
	}
	gross := nan
	if g, ok := d.Extra["grossWeightKg"].(float64); ok {
		gross = g
	}
	taxes := d.Taxes
	if taxes == 0 && d.TaxRate > 0 {
		taxes = d.Value * d.TaxRate / 100
	}
	taxRatio, fobRatio := nan, nan
	if d.Value > 0 {
		taxRatio = taxes / d.Value
		if d.FOBValue > 0 {
			fobRatio = d.FOBValue / d.Value
		}
	}
	t := d.Date.UTC()
	hsNum := func(n int) float64 {
		s := hsPrefix(d.HSCode, n)
		v := 0.0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return nan
			}
			v = v*10 + float64(s[i]-'0')
		}
		if s == "" {
			return nan
		}
		return v
	}
	x = append(x,
		d.Value, d.NetMassKg, pos(d.Quantity), d.TaxRate, taxes, pos(d.FOBValue), gross,
		math.Log1p(math.Max(0, d.Value)), logUnitValue(d.Value, d.NetMassKg), logUnitValue(d.Value, d.Quantity),
		taxRatio, fobRatio,
		float64(t.Weekday()), float64(t.Month()), float64(t.Day()), float64(t.YearDay()),
		hsNum(6), hsNum(4), hsNum(2),
	)
	for _, c := range f.Categories {
		x = append(x, c.code(categoryValue(d, c.Name)))
	}
	day := dayOf(d)
	g := f.Global.at("all", day)
	prior := (g.pos + 1) / (g.cnt + 2)
	uv := logUnitValue(d.Value, d.NetMassKg)
	for i := range f.Profiles {
		p := &f.Profiles[i]
		k := profileKeys[i].key(d)
		var s stats
		if k != "" {
			s = p.at(k, day)
		}
		x = append(x, math.Log1p(s.cnt), (s.pos+priorWeight*prior)/(s.cnt+priorWeight))
		if profileKeys[i].uv {
			dev := nan
			if s.nUV > 0 && !math.IsNaN(uv) {
				dev = uv - s.sumUV/s.nUV
			}
			x = append(x, dev)
		}
		if f.HasRevenue {
			r := nan
			if s.cnt > 0 {
				r = s.rev / s.cnt
			}
			x = append(x, r)
		}
	}
	return x
}

// profileOf returns the past count and smoothed illicit rate of d under
// the named profile, for explanations.
func (f *Featurizer) profileOf(d *graph.Declaration, name string) (cnt, rate float64, ok bool) {
	for i := range f.Profiles {
		if f.Profiles[i].Name != name {
			continue
		}
		k := profileKeys[i].key(d)
		if k == "" {
			return 0, 0, false
		}
		day := dayOf(d)
		g := f.Global.at("all", day)
		prior := (g.pos + 1) / (g.cnt + 2)
		s := f.Profiles[i].at(k, day)
		return s.cnt, (s.pos + priorWeight*prior) / (s.cnt + priorWeight), true
	}
	return 0, 0, false
}
