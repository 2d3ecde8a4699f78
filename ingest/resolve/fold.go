package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/borderlens/borderlens/graph"
)

// Fold normalises free text for keys: accents are removed (Unicode
// decomposition, combining marks dropped, then recomposed so that Hangul
// and other scripts stay whole), graph.FoldText lower-cases it and turns
// punctuation into spaces, and the result is upper-cased. It is the basis
// of the name and address keys.
func Fold(s string) string {
	if !isASCII(s) {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if out, _, err := transform.String(t, s); err == nil {
			s = out
		}
	}
	return strings.ToUpper(graph.FoldText(s))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// clean trims s and rejects control characters and overlong values.
func clean(s string, max int) (string, error) {
	s = strings.TrimSpace(s)
	if hasControl(s) {
		return "", ErrControl
	}
	if len(s) > max {
		return "", ErrTooLong
	}
	return s, nil
}
