package hs

import (
	"bufio"
	_ "embed"
	"io"
	"strings"

	"github.com/borderlens/borderlens/graph"
)

// termsText is the built-in lexicon of commercial goods names (terms.txt):
// written by hand from general trade knowledge, chapter by chapter through
// the nomenclature, independently of the evaluation set. See docs/hs.md.
//
//go:embed terms.txt
var termsText string

// Term is a commercial name of goods of one heading (4 digits) or
// subheading (6 digits): "laptops" for 847130, "plywood" for 4412.
type Term struct {
	Code string
	Text string
}

// ReadTerms reads a terms file: one code per line followed by its names
// separated by '|' ("847130 laptops | notebook computers"); blank lines and
// lines starting with '#' are skipped. Errors are EINVALID and name the
// line. name is used in errors.
func ReadTerms(r io.Reader, name string) ([]Term, error) {
	var out []Term
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		code, rest, ok := strings.Cut(s, " ")
		if !ok || !isDigits(code) || (len(code) != 4 && len(code) != 6) {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: line %d: field code: want 4 or 6 digits then names", name, line)
		}
		n := 0
		for _, t := range strings.Split(rest, "|") {
			if t = strings.TrimSpace(t); t != "" {
				out = append(out, Term{Code: code, Text: t})
				n++
			}
		}
		if n == 0 {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: line %d: field names: empty", name, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "hs: %s: %v", name, err)
	}
	return out, nil
}

// DefaultTerms returns the built-in commercial-name lexicon.
func DefaultTerms() []Term {
	t, err := ReadTerms(strings.NewReader(termsText), "terms.txt")
	if err != nil {
		// The embedded file is checked by TestDefaultTerms.
		return nil
	}
	return t
}
