package edifact

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Error categories. A *SyntaxError wraps exactly one of them, so callers can
// test with errors.Is.
var (
	// ErrSegmentTooLong: a segment passed the configured maximum length
	// before its terminator was seen. Fatal.
	ErrSegmentTooLong = errors.New("segment exceeds maximum length")
	// ErrBinaryInput: the input holds NUL bytes or starts with a UTF-16 or
	// UTF-32 byte-order mark; it is not 8-bit EDIFACT text. Fatal.
	ErrBinaryInput = errors.New("input is not 8-bit EDIFACT text")
	// ErrMessageTooLarge: a message holds more segments than configured.
	// Fatal.
	ErrMessageTooLarge = errors.New("message exceeds maximum segment count")
	// ErrNoInterchange: the input holds no UNB or UNH segment. Fatal.
	ErrNoInterchange = errors.New("no EDIFACT interchange found")
	// ErrTruncated: the input ended inside a message or interchange, or a
	// message was not closed by UNT before the next one began.
	ErrTruncated = errors.New("truncated EDIFACT data")

	// ErrInvalidUTF8: a segment was not valid UTF-8 and was decoded as
	// ISO 8859-1 although the interchange did not declare UNOC.
	ErrInvalidUTF8 = errors.New("text outside the declared character repertoire")
	// ErrInvalidTag: a segment tag is not three upper-case letters or
	// digits; the segment is skipped.
	ErrInvalidTag = errors.New("invalid segment tag")
	// ErrServiceString: the UNA service string advice was malformed and
	// was repaired.
	ErrServiceString = errors.New("malformed UNA service string advice")
	// ErrTypographicQuote: a segment was ended by U+2019 (a typographic
	// apostrophe) standing for the "'" terminator.
	ErrTypographicQuote = errors.New("typographic apostrophe used as segment terminator")
	// ErrUnterminated: the final segment of the input has no segment
	// terminator.
	ErrUnterminated = errors.New("segment not terminated")
	// ErrSegmentCount: a UNT, UNE or UNZ count does not match what was
	// read.
	ErrSegmentCount = errors.New("control count mismatch")
	// ErrControlReference: a trailer's reference does not match its header,
	// or is missing.
	ErrControlReference = errors.New("control reference mismatch")
	// ErrEnvelope: a service segment is missing or out of place, or a
	// segment stands outside any message.
	ErrEnvelope = errors.New("envelope structure error")
	// ErrTrailingData: text after the final UNZ that does not start another
	// interchange; it is ignored.
	ErrTrailingData = errors.New("trailing data after interchange")
)

// SyntaxError reports a problem found while reading EDIFACT syntax or
// envelopes, with the place where it was found.
type SyntaxError struct {
	// Segment is the 1-based ordinal of the segment in the input (the UNA
	// service string advice is not counted), or 0 when unknown.
	Segment int
	// Line is the 1-based line on which the segment starts, or 0.
	Line int
	// Offset is the byte offset at which the segment starts.
	Offset int64
	// Tag is the segment tag, when known.
	Tag string
	// Msg describes the problem.
	Msg string
	// Err is the category: one of the Err* variables of this package, or an
	// I/O error from the underlying reader.
	Err error

	fatal bool
}

// Error names the place and the problem, e.g.
// `edifact: line 14, segment 12 (DTM), byte 345: bad date`.
func (e *SyntaxError) Error() string {
	var b strings.Builder
	b.WriteString("edifact: ")
	var parts []string
	if e.Line > 0 {
		parts = append(parts, fmt.Sprintf("line %d", e.Line))
	}
	if e.Segment > 0 {
		s := fmt.Sprintf("segment %d", e.Segment)
		if e.Tag != "" {
			s += " (" + e.Tag + ")"
		}
		parts = append(parts, s)
	} else if e.Tag != "" {
		parts = append(parts, e.Tag)
	}
	if e.Line > 0 || e.Segment > 0 || e.Offset > 0 {
		parts = append(parts, fmt.Sprintf("byte %d", e.Offset))
	}
	b.WriteString(strings.Join(parts, ", "))
	if len(parts) > 0 {
		b.WriteString(": ")
	}
	msg := e.Msg
	if msg == "" && e.Err != nil {
		msg = e.Err.Error()
	}
	b.WriteString(msg)
	return b.String()
}

// Unwrap returns the error category.
func (e *SyntaxError) Unwrap() error { return e.Err }

// Recoverable reports whether reading can go on after this error: the
// offending data was repaired or skipped. Fatal errors end the stream.
func (e *SyntaxError) Recoverable() bool { return !e.fatal }

func newSyntaxError(pos Position, tag string, category error, format string, args ...any) *SyntaxError {
	return &SyntaxError{
		Segment: pos.Index,
		Line:    pos.Line,
		Offset:  pos.Offset,
		Tag:     tag,
		Msg:     fmt.Sprintf(format, args...),
		Err:     category,
	}
}

func fatalError(pos Position, tag string, category error, format string, args ...any) *SyntaxError {
	e := newSyntaxError(pos, tag, category, format, args...)
	e.fatal = true
	return e
}

// IsRecoverable reports whether err is a recoverable *SyntaxError, one after
// which reading may continue.
func IsRecoverable(err error) bool {
	var se *SyntaxError
	return errors.As(err, &se) && se.Recoverable()
}

// Errors is a list of problems found in one message or record. It marshals
// to JSON as an array of error strings.
type Errors []error

// Err returns the problems joined into one error, or nil when there are
// none.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return errors.Join(es...)
}

// MarshalJSON renders the list as an array of strings.
func (es Errors) MarshalJSON() ([]byte, error) {
	out := make([]string, 0, len(es))
	for _, e := range es {
		if e != nil {
			out = append(out, e.Error())
		}
	}
	return json.Marshal(out)
}
