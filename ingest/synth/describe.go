package synth

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/borderlens/borderlens/ingest/resolve"
)

// DefaultMisdeclaredShare is the share of demo declarations whose goods
// description belongs to another heading than the declared code.
const DefaultMisdeclaredShare = 0.02

// Misdeclaration is a demo declaration planted with an HS code that does
// not match its goods: the description names goods of DescribedCode's
// heading, usually dutiable at a higher rate than DeclaredCode.
type Misdeclaration struct {
	Declaration   string `json:"declaration"`    // graph key, "Declaration:<id>"
	DeclaredCode  string `json:"declared_code"`  // as in the file
	DescribedCode string `json:"described_code"` // the code the description was written for
	Description   string `json:"description"`
}

// describer writes goods descriptions consistent with a row's HS code,
// from goodsCatalogue plus the qualifiers of the code's nomenclature text.
type describer struct {
	rng   *rand.Rand
	share float64
	text  map[string]string   // code (2, 4, 6 digits) -> nomenclature text
	subs  map[string][]string // heading -> its subheadings
	mis   []Misdeclaration
}

// newDescriber reads the nomenclature (harmonized-system.csv layout) when
// path names one; without it descriptions come from the catalogue alone.
func newDescriber(seed uint64, share float64, path string) (*describer, error) {
	d := &describer{rng: rand.New(rand.NewPCG(seed, 0xde5c)), share: share, text: map[string]string{}, subs: map[string][]string{}}
	if path == "" {
		return d, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return d, nil
	}
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("synth: %s: header: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	ci, ok1 := col["hscode"]
	di, ok2 := col["description"]
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("synth: %s: want hscode and description columns", path)
	}
	for line := 2; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("synth: %s: line %d: %w", path, line, err)
		}
		code := rec[ci]
		d.text[code] = rec[di]
		if len(code) == 6 {
			d.subs[code[:4]] = append(d.subs[code[:4]], code)
		}
	}
	for _, s := range d.subs {
		sort.Strings(s)
	}
	return d, nil
}

// describe returns the description for a row declared under code, and
// whether it was planted as a misdeclaration.
func (d *describer) describe(declID, code string) string {
	if len(code) < 6 {
		return ""
	}
	code = code[:6]
	if d.rng.Float64() < d.share {
		h := highDutyHeadings[d.rng.IntN(len(highDutyHeadings))]
		if h != code[:4] {
			sub := h + "00"
			if s := d.subs[h]; len(s) > 0 {
				sub = s[d.rng.IntN(len(s))]
			}
			desc := d.goods(sub)
			key := "Declaration:" + declID
			if id, err := resolve.Code(declID); err == nil {
				key = "Declaration:" + id
			}
			d.mis = append(d.mis, Misdeclaration{Declaration: key, DeclaredCode: code, DescribedCode: sub, Description: desc})
			return desc
		}
	}
	return d.goods(code)
}

// goods writes one invoice-style description of goods of code.
func (d *describer) goods(code string) string {
	var words []string
	names := goodsCatalogue[code]
	if names == "" {
		names = goodsCatalogue[code[:4]]
	}
	quals := qualifiers(d.text[code])
	if names == "" {
		// No trade name known: two or three words of the subheading and
		// heading texts, in the order an importer would write them.
		quals = append(quals, qualifiers(d.text[code[:4]])...)
		if len(quals) == 0 {
			return "general merchandise"
		}
		n := 2 + d.rng.IntN(2)
		for _, i := range d.rng.Perm(len(quals))[:min(n, len(quals))] {
			words = append(words, quals[i])
		}
	} else {
		opts := strings.Split(names, "|")
		name := opts[d.rng.IntN(len(opts))]
		for i := d.rng.IntN(3); i > 0 && len(quals) > 0; i-- {
			words = append(words, quals[d.rng.IntN(len(quals))])
		}
		words = append(words, name)
	}
	s := strings.Join(dedupeKeep(words), " ")
	switch x := d.rng.Float64(); {
	case x < 0.15:
		s = brandWords[d.rng.IntN(len(brandWords))] + " " + s
	case x < 0.3:
		s = s + " MODEL " + fmt.Sprintf("%c%c-%d", 'A'+d.rng.IntN(26), 'A'+d.rng.IntN(26), 100+d.rng.IntN(9000))
	}
	if d.rng.Float64() < 0.3 {
		s += ", " + packing[d.rng.IntN(len(packing))]
	}
	if d.rng.Float64() < 0.4 {
		s = strings.ToUpper(s)
	}
	return s
}

var (
	reNegClause = regexp.MustCompile(`\b(other than|excluding|except|not|n\.e\.c\.)\b.*`)
	reWord      = regexp.MustCompile(`[a-z][a-z'-]{3,}`)
	qualStop    = setOfWords("other than with without whether their thereof heading item chapter kind used such including excluding similar articles goods like form forms parts part which more less exceeding weighing content containing whose made nesoi elsewhere specified included")
)

// qualifiers returns the content words of a nomenclature text, leaving
// out what follows "other than", "excluding" and the like.
func qualifiers(text string) []string {
	var out []string
	for _, clause := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ';' || r == ',' || r == '(' || r == ')' }) {
		clause = reNegClause.ReplaceAllString(clause, "")
		for _, w := range reWord.FindAllString(clause, -1) {
			if !qualStop[strings.Trim(w, "'-")] {
				out = append(out, strings.Trim(w, "-"))
			}
		}
	}
	return dedupeKeep(out)
}

func setOfWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
