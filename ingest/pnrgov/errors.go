package pnrgov

import (
	"errors"
	"fmt"
	"strings"

	"github.com/borderlens/borderlens/ingest/edifact"
)

// Error categories wrapped by FieldError.Err (test with errors.Is).
var (
	// ErrMessageType: the message is not a PNRGOV.
	ErrMessageType = errors.New("not a PNRGOV message")
	// ErrMissing: a required segment or value is absent.
	ErrMissing = errors.New("required data missing")
	// ErrInvalid: a value does not parse (dates also wrap
	// edifact.ErrDateFormat).
	ErrInvalid = errors.New("invalid value")
	// ErrCount: a control count (EQN) does not match the data.
	ErrCount = errors.New("control count mismatch")
)

// FieldError reports a value of a PNRGOV message that is missing or does
// not parse, with its place.
type FieldError struct {
	// Message is the 1-based ordinal of the message in the input.
	Message int
	// PNR is the 1-based ordinal of the PNR in the message, 0 for the
	// message header.
	PNR int
	// RecordLocator is the PNR's record locator, when known.
	RecordLocator string
	// Segment is the 1-based ordinal of the segment in the input.
	Segment int
	// Line is the line on which the segment starts.
	Line int
	// Offset is the byte offset of the segment.
	Offset int64
	// Tag is the segment tag.
	Tag string
	// Field names the value, e.g. "departure date".
	Field string
	// Value is the offending value as sent, if any.
	Value string
	// Err is the cause; it wraps one of ErrMissing, ErrInvalid, ErrCount or
	// ErrMessageType.
	Err error
}

// Error names the message, PNR, segment, line and field, e.g.
// `pnrgov: message 1, PNR 2 (ABC123), segment 40 (TVL), line 41: departure date "320513": invalid value`.
func (e *FieldError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pnrgov: message %d", e.Message)
	if e.PNR > 0 {
		fmt.Fprintf(&b, ", PNR %d", e.PNR)
		if e.RecordLocator != "" {
			fmt.Fprintf(&b, " (%s)", e.RecordLocator)
		}
	}
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

func newFieldError(msg, pnr int, loc string, seg edifact.Segment, field, value string, err error) *FieldError {
	return &FieldError{
		Message:       msg,
		PNR:           pnr,
		RecordLocator: loc,
		Segment:       seg.Pos.Index,
		Line:          seg.Pos.Line,
		Offset:        seg.Pos.Offset,
		Tag:           seg.Tag,
		Field:         field,
		Value:         value,
		Err:           err,
	}
}
