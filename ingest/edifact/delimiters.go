package edifact

import "fmt"

// Delimiters are the service characters of an interchange, as declared by
// the UNA service string advice (ISO 9735 clause 4).
type Delimiters struct {
	// Component separates component data elements (default ':').
	Component byte
	// Element separates data elements (default '+').
	Element byte
	// Decimal is the decimal mark (default '.'). Values are returned as
	// text; the mark is recorded for callers that convert numbers.
	Decimal byte
	// Release makes the next character literal (default '?'); 0 when the
	// UNA declares none (a space in its position).
	Release byte
	// Repetition is the syntax version 4 repetition separator as declared
	// (default ' ', meaning unused). It is recorded, not interpreted.
	Repetition byte
	// Terminator ends a segment (default '\'').
	Terminator byte
}

// DefaultDelimiters are the ISO 9735 defaults that apply when an
// interchange has no UNA: ":+.? '".
var DefaultDelimiters = Delimiters{
	Component:  ':',
	Element:    '+',
	Decimal:    '.',
	Release:    '?',
	Repetition: ' ',
	Terminator: '\'',
}

// String renders the delimiters as the six characters of a UNA.
func (d Delimiters) String() string {
	rel := d.Release
	if rel == 0 {
		rel = ' '
	}
	rep := d.Repetition
	if rep == 0 {
		rep = ' '
	}
	return string([]byte{d.Component, d.Element, d.Decimal, rel, rep, d.Terminator})
}

func isSeparatorChar(b int) bool {
	// Graphic ASCII that is not a letter or digit.
	if b < 0x21 || b > 0x7e {
		return false
	}
	return !isAlnum(byte(b))
}

func isAlnum(b byte) bool {
	return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
}

// apostropheU2019 marks a UNA character that was U+2019, the typographic
// apostrophe word processors put in place of "'".
const apostropheU2019 = -2019

// delimitersFromUNA builds delimiters from the service characters read after
// "UNA". chars holds one entry per character read: the ASCII value, or -1 for
// a non-ASCII character. It returns the delimiters and, when the UNA had to
// be repaired, a description of the repair.
func delimitersFromUNA(chars []int) (Delimiters, string) {
	d := DefaultDelimiters
	var problem string
	at := func(i int, def byte, name string) byte {
		if i >= len(chars) {
			return def
		}
		if chars[i] == apostropheU2019 && def == '\'' {
			if problem == "" {
				problem = "segment terminator U+2019 (typographic apostrophe) read as \"'\""
			}
			return '\''
		}
		if chars[i] < 0 {
			if problem == "" {
				problem = fmt.Sprintf("non-ASCII %s; default %q used", name, def)
			}
			return def
		}
		return byte(chars[i])
	}
	n := len(chars)
	switch {
	case n >= 6:
		d.Component = at(0, d.Component, "component separator")
		d.Element = at(1, d.Element, "data element separator")
		d.Decimal = at(2, d.Decimal, "decimal mark")
		d.Release = at(3, d.Release, "release character")
		d.Repetition = at(4, d.Repetition, "repetition separator")
		d.Terminator = at(5, d.Terminator, "segment terminator")
	case n == 5:
		// The decimal mark is the character most often dropped: read the
		// rest in order.
		problem = "UNA has 5 service characters; decimal mark assumed missing"
		d.Component = at(0, d.Component, "component separator")
		d.Element = at(1, d.Element, "data element separator")
		d.Release = at(2, d.Release, "release character")
		d.Repetition = at(3, d.Repetition, "repetition separator")
		d.Terminator = at(4, d.Terminator, "segment terminator")
	default:
		problem = fmt.Sprintf("UNA has %d service characters; defaults used for the rest", n)
		if n > 0 {
			d.Component = at(0, d.Component, "component separator")
		}
		if n > 1 {
			d.Element = at(1, d.Element, "data element separator")
		}
		if n > 2 {
			d.Terminator = at(n-1, d.Terminator, "segment terminator")
		}
	}
	if d.Release == ' ' {
		d.Release = 0
	}
	if d.Decimal != '.' && d.Decimal != ',' {
		if problem == "" {
			problem = fmt.Sprintf("decimal mark %q is neither '.' nor ','; '.' used", d.Decimal)
		}
		d.Decimal = '.'
	}
	// The three separators must be distinct graphic non-alphanumeric ASCII.
	if !isSeparatorChar(int(d.Component)) || !isSeparatorChar(int(d.Element)) || !isSeparatorChar(int(d.Terminator)) ||
		d.Component == d.Element || d.Component == d.Terminator || d.Element == d.Terminator {
		return DefaultDelimiters, fmt.Sprintf("unusable separators %q; defaults %q used", Delimiters{
			Component: d.Component, Element: d.Element, Decimal: d.Decimal,
			Release: d.Release, Repetition: d.Repetition, Terminator: d.Terminator,
		}.String(), DefaultDelimiters.String())
	}
	if d.Release != 0 && (!isSeparatorChar(int(d.Release)) ||
		d.Release == d.Component || d.Release == d.Element || d.Release == d.Terminator) {
		if problem == "" {
			problem = fmt.Sprintf("unusable release character %q; none used", d.Release)
		}
		d.Release = 0
	}
	return d, problem
}
