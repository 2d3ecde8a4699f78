package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// jsonFrame streams the records of a JSON input: a top-level array, an
// object whose first key holds the array ({"bookings": [...]}), or JSON
// Lines (one object after another). Only one record is held at a time.
type jsonFrame struct {
	dec     *json.Decoder
	g       *guard
	max     int64
	inArray bool // records are elements of an array
	wrapped bool // the array is a wrapper object's value
	done    bool
}

// newJSONFrame inspects the first bytes and positions the decoder on the
// first record. collection is the wrapper key the format uses.
func newJSONFrame(in *bufio.Reader, maxRecord int64, collection string) (*jsonFrame, error) {
	head, _ := in.Peek(SniffBytes)
	body := bytes.TrimLeft(head, " \t\r\n")
	g := &guard{r: in, track: true}
	f := &jsonFrame{dec: json.NewDecoder(g), g: g, max: maxRecord}
	f.dec.UseNumber()
	if len(body) == 0 {
		f.done = true
		return f, nil
	}
	g.setBudget(0, maxRecord)
	switch body[0] {
	case '[':
		if _, err := f.dec.Token(); err != nil {
			return nil, f.fatal(err)
		}
		f.inArray = true
	case '{':
		if key, ok := wrapperKey(body); ok {
			if key != collection {
				return nil, &ParseError{Line: g.lineAt(0), Field: key, Err: fmt.Errorf("wrapper key is %q, want %q", key, collection)}
			}
			for i := 0; i < 3; i++ { // { "key" [
				if _, err := f.dec.Token(); err != nil {
					return nil, f.fatal(err)
				}
			}
			f.inArray, f.wrapped = true, true
		}
	default:
		return nil, &ParseError{Line: 1, Err: errors.New("JSON input must start with [ or {")}
	}
	return f, nil
}

// next returns the next record's bytes and line. A record whose bytes are
// not valid UTF-8 or hold an escaped NUL is returned as a reject; any JSON
// syntax error ends the input, since the stream cannot be resynchronised.
func (f *jsonFrame) next() (raw json.RawMessage, line int, reject *ParseError, err error) {
	if f.done {
		return nil, 0, nil, io.EOF
	}
	f.g.setBudget(f.dec.InputOffset(), f.max)
	if !f.dec.More() {
		f.done = true
		if f.inArray {
			if _, err := f.dec.Token(); err != nil { // ]
				return nil, 0, nil, f.fatal(err)
			}
			if f.wrapped {
				// Skip any keys after the array, then the closing brace.
				for f.dec.More() {
					if _, err := f.dec.Token(); err != nil {
						return nil, 0, nil, f.fatal(err)
					}
					var skip json.RawMessage
					f.g.setBudget(f.dec.InputOffset(), f.max)
					if err := f.dec.Decode(&skip); err != nil {
						return nil, 0, nil, f.fatal(err)
					}
				}
				if _, err := f.dec.Token(); err != nil {
					return nil, 0, nil, f.fatal(err)
				}
			}
		}
		// Nothing but white space may follow.
		if _, err := f.dec.Token(); err != io.EOF {
			if err == nil {
				err = errors.New("data after the end of the JSON records")
			}
			return nil, 0, nil, f.fatal(err)
		}
		return nil, 0, nil, io.EOF
	}
	if err := f.dec.Decode(&raw); err != nil {
		if err == io.EOF {
			return nil, 0, nil, f.fatal(io.ErrUnexpectedEOF)
		}
		return nil, 0, nil, f.fatal(err)
	}
	start := f.dec.InputOffset() - int64(len(raw))
	line = f.g.lineAt(start)
	if int64(len(raw)) > f.max {
		return nil, line, nil, &ParseError{Line: line, Err: fmt.Errorf("%w: record is longer than %d bytes", ErrRecordTooLarge, f.max)}
	}
	if raw[0] != '{' {
		return nil, line, &ParseError{Line: line, Err: errors.New("record is not a JSON object")}, nil
	}
	if !utf8.Valid(raw) {
		return nil, line, &ParseError{Line: line, Err: ErrInvalidUTF8}, nil
	}
	if bytes.Contains(raw, []byte(`\u0000`)) {
		return nil, line, &ParseError{Line: line, Err: ErrNUL}, nil
	}
	return raw, line, nil, nil
}

// fatal turns a decoding error into a *ParseError with a line.
func (f *jsonFrame) fatal(err error) error {
	var pe *ParseError
	if errors.As(err, &pe) {
		return pe
	}
	off := f.dec.InputOffset()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset
	}
	return &ParseError{Line: f.g.lineAt(off), Err: fmt.Errorf("malformed JSON: %w", err)}
}

// decodeRecord unmarshals one record strictly (unknown fields rejected)
// into v, naming the field of a type error.
func decodeRecord(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return &ParseError{Field: te.Field, Err: fmt.Errorf("want a JSON %s, got %s", te.Type, te.Value)}
		}
		if msg := err.Error(); strings.HasPrefix(msg, "json: unknown field ") {
			return &ParseError{Field: strings.Trim(strings.TrimPrefix(msg, "json: unknown field "), `"`), Err: errors.New("unknown field")}
		}
		return &ParseError{Err: fmt.Errorf("malformed record: %w", err)}
	}
	return nil
}
