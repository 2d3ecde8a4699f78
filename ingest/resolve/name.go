package resolve

import (
	"errors"
	"strings"
	"unicode"
)

// MaxNameLength bounds a raw name in bytes.
const MaxNameLength = 200

// Name is a person's name normalised for keys: folded to upper-case ASCII
// where the script allows, titles removed, hyphens as spaces, apostrophes
// dropped ("O'Brien" and AIRIMP "OBRIEN" agree).
type Name struct {
	Surname string // family name, words separated by single spaces
	Given   string // given names, "" for a mononym
}

// String returns "SURNAME/GIVEN", the AIRIMP order, or "SURNAME" when
// there is no given name.
func (n Name) String() string {
	if n.Given == "" {
		return n.Surname
	}
	return n.Surname + "/" + n.Given
}

// Key returns the form used in passenger keys: "SURNAME/GIVEN" with the
// spaces inside each part removed, so that "MIN JUN", "Min-jun" and the
// PNR's "MINJUN" agree, as do "VAN DER BERG" and the MRZ's "VANDERBERG".
func (n Name) Key() string {
	s := strings.ReplaceAll(n.Surname, " ", "")
	g := strings.ReplaceAll(n.Given, " ", "")
	return s + "/" + g
}

// Display returns "Given Surname" as a label.
func (n Name) Display() string { return strings.TrimSpace(n.Given + " " + n.Surname) }

// titles are honorifics and PNR passenger-type suffixes dropped from
// names. AIRIMP appends them to the given name ("JOHN MR", or glued:
// "JOHNMR").
var titles = map[string]bool{
	"MR": true, "MRS": true, "MS": true, "MISS": true, "MSTR": true, "MX": true,
	"DR": true, "PROF": true, "SIR": true, "MME": true, "MLLE": true, "REV": true,
	"CHD": true, "INF": true, "MADAM": true, "MASTER": true, "HERR": true, "FRAU": true,
}

// gluedTitles are the AIRIMP titles that PNRs glue to the given name
// ("JOHNMR"). MS is left out: too many given names end in it.
var gluedTitles = []string{"MSTR", "MISS", "MRS", "MR"}

var errNoSurname = errors.New("name has no surname")

// ParseName resolves a name written in one field, in any of the usual
// orders: "SMITH/JOHN MR" (AIRIMP), "smith, john" (surname first before a
// comma) and "John SMITH" (the all-capitals token is the surname when the
// others are not), otherwise the last token is the surname ("John Smith").
func ParseName(raw string) (Name, error) {
	raw, err := clean(raw, MaxNameLength)
	if err != nil {
		return Name{}, err
	}
	if raw == "" {
		return Name{}, ErrEmpty
	}
	if s, g, ok := strings.Cut(raw, "/"); ok {
		return NameParts(s, strings.ReplaceAll(g, "/", " "))
	}
	if s, g, ok := strings.Cut(raw, ","); ok {
		return NameParts(s, g)
	}
	words := strings.Fields(raw)
	// Drop titles first so "Mr John SMITH" reads like "John SMITH".
	var kept []string
	for _, w := range words {
		if !titles[Fold(w)] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		kept = words
	}
	if len(kept) == 1 {
		return NameParts(kept[0], "")
	}
	// A run of all-capitals words among mixed-case ones is the surname.
	caps := make([]bool, len(kept))
	nCaps := 0
	for i, w := range kept {
		caps[i] = isAllCaps(w)
		if caps[i] {
			nCaps++
		}
	}
	if nCaps > 0 && nCaps < len(kept) {
		var sur, giv []string
		for i, w := range kept {
			if caps[i] {
				sur = append(sur, w)
			} else {
				giv = append(giv, w)
			}
		}
		return NameParts(strings.Join(sur, " "), strings.Join(giv, " "))
	}
	return NameParts(kept[len(kept)-1], strings.Join(kept[:len(kept)-1], " "))
}

// isAllCaps reports whether w has at least two letters and no lower-case
// letter.
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// NameParts resolves a name given as separate surname and given-name
// fields, as API, PNR and the BorderLens formats carry them.
func NameParts(surname, given string) (Name, error) {
	s, err := clean(surname, MaxNameLength)
	if err != nil {
		return Name{}, err
	}
	g, err := clean(given, MaxNameLength)
	if err != nil {
		return Name{}, err
	}
	st := nameTokens(s)
	gt := nameTokens(g)
	st = stripTitles(st)
	gt = stripTitles(gt)
	if len(gt) > 0 {
		last := gt[len(gt)-1]
		for _, t := range gluedTitles {
			if len(last) >= len(t)+2 && strings.HasSuffix(last, t) {
				gt[len(gt)-1] = strings.TrimSuffix(last, t)
				break
			}
		}
	}
	if len(st) == 0 {
		// "JOHN" alone in the given field and nothing in the surname:
		// mononyms are filed as surnames (ICAO 9303).
		if len(gt) == 0 {
			return Name{}, errNoSurname
		}
		st, gt = gt, nil
	}
	return Name{Surname: strings.Join(st, " "), Given: strings.Join(gt, " ")}, nil
}

// namePunct drops apostrophes and turns hyphens, dots and underscores
// into spaces.
var namePunct = strings.NewReplacer("'", "", "’", "", "`", "", "-", " ", ".", " ", "_", " ")

// nameTokens folds s and splits it into words, with apostrophes dropped and
// hyphens and dots as separators.
func nameTokens(s string) []string {
	s = namePunct.Replace(s)
	return strings.Fields(Fold(s))
}

// stripTitles removes leading and trailing titles, keeping at least one
// word.
func stripTitles(t []string) []string {
	for len(t) > 1 && titles[t[len(t)-1]] {
		t = t[:len(t)-1]
	}
	for len(t) > 1 && titles[t[0]] {
		t = t[1:]
	}
	if len(t) == 1 && titles[t[0]] {
		return nil
	}
	return t
}
