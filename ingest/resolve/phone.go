package resolve

import (
	"errors"
	"regexp"
	"strings"
)

// MaxPhoneLength bounds a raw phone value in bytes.
const MaxPhoneLength = 64

var (
	errPhoneChars    = errors.New("phone number holds characters other than digits and separators")
	errPhoneLength   = errors.New("phone number must have 7 to 15 digits with the country code (E.164)")
	errPhoneNational = errors.New("national phone number and no default calling code configured")
	extension        = regexp.MustCompile(`(?i)\s*(?:ext\.?|extn\.?|x|#)\s*\d{1,6}$`)
)

// Phone normalises a phone number to E.164 ("+821012345678"). It accepts
// "+" and "00" international prefixes, a national trunk "0" (replaced by
// the default calling code), spaces, dots, dashes, slashes and
// parentheses, a "(0)" after the country code, a "tel:" prefix and a
// trailing extension (dropped). A number without any prefix is taken as
// national unless it already starts with the default calling code.
func (r *Resolver) Phone(raw string) (string, error) {
	s, err := clean(raw, MaxPhoneLength)
	if err != nil {
		return "", err
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "tel:"), "TEL:")
	s = extension.ReplaceAllString(s, "")
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ErrEmpty
	}
	plus := strings.HasPrefix(s, "+")
	if plus {
		s = s[1:]
	}
	if plus || strings.HasPrefix(s, "00") {
		s = strings.Replace(s, "(0)", "", 1)
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			b.WriteRune(c)
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\t':
		default:
			return "", errPhoneChars
		}
	}
	d := b.String()
	switch {
	case plus:
	case strings.HasPrefix(d, "00"):
		d = d[2:]
	case strings.HasPrefix(d, "0"):
		if r.callingCode == "" {
			return "", errPhoneNational
		}
		d = r.callingCode + d[1:]
	default:
		if r.callingCode == "" {
			return "", errPhoneNational
		}
		if !(strings.HasPrefix(d, r.callingCode) && len(d)-len(r.callingCode) >= 8) {
			d = r.callingCode + d
		}
	}
	if len(d) < 7 || len(d) > 15 || d[0] == '0' {
		return "", errPhoneLength
	}
	return "+" + d, nil
}
