package resolve

import (
	"errors"
	"strings"
	"unicode"
)

// MaxEmailLength is the longest e-mail address accepted (RFC 5321 path
// limit).
const MaxEmailLength = 254

var errEmail = errors.New("not an e-mail address")

// Email normalises an e-mail address: trimmed, "mailto:" and angle
// brackets removed, lower-cased. It checks for one "@", a non-empty local
// part of at most 64 bytes and a dotted domain without empty labels.
// Decoding AIRIMP escapes ("//" for "@") is the PNR parser's job.
func Email(raw string) (string, error) {
	s, err := clean(raw, MaxEmailLength+16)
	if err != nil {
		return "", err
	}
	s = strings.ToLower(s)
	s = strings.TrimPrefix(s, "mailto:")
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ErrEmpty
	}
	if len(s) > MaxEmailLength {
		return "", ErrTooLong
	}
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || len(local) > 64 || strings.Contains(domain, "@") {
		return "", errEmail
	}
	for _, r := range local {
		if unicode.IsSpace(r) || strings.ContainsRune(`"(),:;<>[\]`, r) {
			return "", errEmail
		}
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return "", errEmail
	}
	for _, l := range labels {
		if l == "" || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return "", errEmail
		}
		for _, r := range l {
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
				return "", errEmail
			}
		}
	}
	return s, nil
}
