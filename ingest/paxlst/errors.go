package paxlst

import (
	"errors"
	"fmt"
	"strings"

	"github.com/borderlens/borderlens/ingest/edifact"
)

// Error categories wrapped by FieldError.Err (test with errors.Is).
var (
	// ErrMessageType: the message is not a PAXLST.
	ErrMessageType = errors.New("not a PAXLST message")
	// ErrMissing: a required segment or value is absent.
	ErrMissing = errors.New("required data missing")
	// ErrInvalid: a value does not parse (dates also wrap
	// edifact.ErrDateFormat).
	ErrInvalid = errors.New("invalid value")
	// ErrCount: a CNT control total does not match the list.
	ErrCount = errors.New("control total mismatch")
)

// FieldError reports a value of a PAXLST message that is missing or does
// not parse, with its place.
type FieldError struct {
	// Message is the 1-based ordinal of the message in the input.
	Message int
	// Segment is the 1-based ordinal of the segment in the input.
	Segment int
	// Line is the line on which the segment starts.
	Line int
	// Offset is the byte offset of the segment.
	Offset int64
	// Tag is the segment tag.
	Tag string
	// Field names the value, e.g. "date of birth".
	Field string
	// Value is the offending value as sent, if any.
	Value string
	// Err is the cause; it wraps one of ErrMissing, ErrInvalid, ErrCount or
	// ErrMessageType.
	Err error
}

// Error names the message, segment, line and field, e.g.
// `paxlst: message 1, segment 12 (DTM), line 14: date of birth "7209XX": invalid value`.
func (e *FieldError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "paxlst: message %d", e.Message)
	if e.Segment > 0 {
		fmt.Fprintf(&b, ", segment %d", e.Segment)
		if e.Tag != "" {
			fmt.Fprintf(&b, " (%s)", e.Tag)
		}
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, ", line %d", e.Line)
	}
	b.WriteString(": ")
	b.WriteString(e.Field)
	if e.Value != "" {
		fmt.Fprintf(&b, " %q", e.Value)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *FieldError) Unwrap() error { return e.Err }

func fieldError(msg int, seg edifact.Segment, field, value string, err error) *FieldError {
	return &FieldError{
		Message: msg,
		Segment: seg.Pos.Index,
		Line:    seg.Pos.Line,
		Offset:  seg.Pos.Offset,
		Tag:     seg.Tag,
		Field:   field,
		Value:   value,
		Err:     err,
	}
}
