package resolve

import (
	"errors"
	"strings"
)

// FieldError reports a source field whose value could not be used. The
// ingest pipeline turns it into an *ingest.ParseError carrying the file and
// line.
type FieldError struct {
	Field string // source field (CSV column or JSON path)
	Value string // offending value, truncated; masked for card numbers
	Err   error  // the reason; it never repeats the value
}

// Error returns "field <name>: <reason>".
func (e *FieldError) Error() string {
	if e.Field == "" {
		return e.Err.Error()
	}
	return "field " + e.Field + ": " + e.Err.Error()
}

// Unwrap returns the reason.
func (e *FieldError) Unwrap() error { return e.Err }

// MaxValueInError bounds FieldError.Value so that a reject report never
// copies a huge field.
const MaxValueInError = 256

// InField returns nil for a nil err; otherwise a *FieldError naming field.
// When err already is a *FieldError its field is appended to the path
// ("passengers[0]" + "phones[1]" gives "passengers[0].phones[1]") and its
// value kept.
func InField(field, value string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		path := fe.Field
		switch {
		case field == "":
		case path == "":
			path = field
		case strings.HasPrefix(path, "["):
			path = field + path
		default:
			path = field + "." + path
		}
		return &FieldError{Field: path, Value: fe.Value, Err: fe.Err}
	}
	return &FieldError{Field: field, Value: truncate(value), Err: err}
}

// truncate cuts s to MaxValueInError bytes on a rune boundary.
func truncate(s string) string {
	if len(s) <= MaxValueInError {
		return s
	}
	cut := MaxValueInError
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Sentinel reasons shared by several resolvers.
var (
	// ErrEmpty is returned for a required value that is empty after
	// normalisation.
	ErrEmpty = errors.New("empty value")
	// ErrTooLong is returned for a value longer than its field allows.
	ErrTooLong = errors.New("value too long")
	// ErrControl is returned for a value holding NUL or other control
	// characters.
	ErrControl = errors.New("contains control characters")
	// ErrNoCardKey is returned by the card resolvers when Options.CardKey is
	// empty. The pipeline treats it as fatal: every card would fail.
	ErrNoCardKey = errors.New("payment card found but no card key is configured (ingest Options.Resolve.CardKey)")
)

// hasControl reports whether s holds a control character (tab excepted).
func hasControl(s string) bool {
	for _, r := range s {
		if (r < 0x20 && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return true
		}
	}
	return false
}
