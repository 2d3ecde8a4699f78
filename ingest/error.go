package ingest

import (
	"errors"
	"strconv"
)

// ParseError reports a rejected record, or an input that cannot be read
// on (a fatal error, returned by Load). Its message names the file, line
// and field but never the value, so it is safe to log; Value travels to
// the reject file only.
type ParseError struct {
	File  string // input path as given to Load
	Line  int    // 1-based line where the record starts (0 when unknown)
	Field string // CSV column as written in the header, or JSON path; "" for the whole record
	Value string // offending value, truncated; masked for card numbers; may be ""
	Err   error  // the reason
}

// Error returns "ingest <file> line <n> field <name>: <reason>", leaving
// out the parts that are unknown.
func (e *ParseError) Error() string {
	s := "ingest " + e.File
	if e.Line > 0 {
		s += " line " + strconv.Itoa(e.Line)
	}
	if e.Field != "" {
		s += " field " + e.Field
	}
	reason := "invalid record"
	if e.Err != nil {
		reason = e.Err.Error()
	}
	return s + ": " + reason
}

// Unwrap returns the reason.
func (e *ParseError) Unwrap() error { return e.Err }

// Reasons for fatal input errors, checked with errors.Is.
var (
	// ErrLineTooLong: a CSV line is longer than Options.MaxLineBytes.
	ErrLineTooLong = errors.New("line too long")
	// ErrRecordTooLarge: a record (a multi-line CSV record, a JSON
	// object) is larger than Options.MaxLineBytes allows.
	ErrRecordTooLarge = errors.New("record too large")
	// ErrUTF16 : the input starts with a UTF-16 byte order mark.
	ErrUTF16 = errors.New("input is UTF-16 (byte order mark found): convert it to UTF-8")
	// ErrBinary: the header or first bytes hold NUL bytes: UTF-16 without
	// a byte order mark, or not text at all.
	ErrBinary = errors.New("input holds NUL bytes: UTF-16 without byte order mark, or binary data")
	// ErrUnknownFormat: auto detection could not tell the format.
	ErrUnknownFormat = errors.New("cannot detect the input format")
	// ErrFormatNotSupported: the format is known but has no decoder yet.
	ErrFormatNotSupported = errors.New("format not yet supported")
	// ErrTooManyRejects: a file exceeded Options.MaxRejects.
	ErrTooManyRejects = errors.New("too many rejected records")
	// ErrInvalidUTF8 rejects a record holding bytes that are not UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8 (is the file Latin-1 or EUC-KR? convert it to UTF-8)")
	// ErrNUL rejects a record holding a NUL character.
	ErrNUL = errors.New("contains a NUL character")
)
