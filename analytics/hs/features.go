package hs

import (
	"math"
	"regexp"
	"sort"
	"strings"
)

// Feature groups. Each group of a vector is L2-normalised on its own and
// then scaled by the model's group weight.
const (
	groupWord = iota
	groupBigram
	groupChar
	numGroups
)

// featureKeys returns the feature strings of a token list with their
// counts: words, adjacent-word bigrams and character 3- to 5-grams of each
// word padded with '<' and '>'.
func featureKeys(toks []string) map[string]float32 {
	m := make(map[string]float32, len(toks)*16)
	for i, t := range toks {
		m["w:"+t]++
		if i > 0 && toks[i-1] != t {
			m["b:"+toks[i-1]+"_"+t]++
		}
		p := "<" + t + ">"
		for n := 3; n <= 5; n++ {
			for j := 0; j+n <= len(p); j++ {
				m["c:"+p[j:j+n]]++
			}
		}
	}
	return m
}

func groupOf(key string) int {
	switch key[0] {
	case 'w':
		return groupWord
	case 'b':
		return groupBigram
	}
	return groupChar
}

// sparse is a sparse vector sorted by feature id.
type sparse struct {
	id []int32
	v  []float32
}

// vectorize builds the TF-IDF vector of toks over a fixed vocabulary:
// (1+ln tf)·idf per feature, each group L2-normalised and scaled by gw.
// Features outside the vocabulary are ignored.
func vectorize(toks []string, vocab map[string]int32, idf []float32, gw [numGroups]float32) sparse {
	keys := featureKeys(toks)
	type fv struct {
		id int32
		g  int
		v  float32
	}
	fs := make([]fv, 0, len(keys))
	var norm [numGroups]float64
	for k, tf := range keys {
		id, ok := vocab[k]
		if !ok {
			continue
		}
		g := groupOf(k)
		v := (1 + float32(math.Log(float64(tf)))) * idf[id]
		fs = append(fs, fv{id, g, v})
		norm[g] += float64(v) * float64(v)
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].id < fs[j].id })
	out := sparse{id: make([]int32, 0, len(fs)), v: make([]float32, 0, len(fs))}
	for _, f := range fs {
		if norm[f.g] == 0 || gw[f.g] == 0 {
			continue
		}
		out.id = append(out.id, f.id)
		out.v = append(out.v, f.v/float32(math.Sqrt(norm[f.g]))*gw[f.g])
	}
	return out
}

var (
	reParen    = regexp.MustCompile(`\([^()]*\)`)
	reNegation = regexp.MustCompile(`\b(other than|excluding|except|not|nor|n\.e\.c\.|but not|neither)\b`)
)

// cleanNomenclature removes the parts of a nomenclature description that
// name what the code is not: parenthesised exclusions and, inside each
// clause, everything after "other than", "excluding", "not" and the like.
// Without this "Seats; not upholstered" would look like upholstered seats.
func cleanNomenclature(desc string) string {
	d := strings.ToLower(desc)
	d = reParen.ReplaceAllStringFunc(d, func(p string) string {
		if reNegation.MatchString(p) {
			return " "
		}
		return p
	})
	clauses := strings.FieldsFunc(d, func(r rune) bool { return r == ';' || r == ',' || r == ':' })
	for i, c := range clauses {
		if loc := reNegation.FindStringIndex(c); loc != nil {
			clauses[i] = c[:loc[0]]
		}
	}
	return strings.Join(clauses, " , ")
}
