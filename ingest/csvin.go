package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// csvFrame reads CSV records under a guard and checks their width and
// encoding against the header.
type csvFrame struct {
	r      *csv.Reader
	g      *guard
	max    int64
	header []string
}

// newCSVFrame reads the header row. An empty input gives io.EOF.
func newCSVFrame(in io.Reader, maxLine int64) (*csvFrame, error) {
	g := &guard{r: in, maxLine: maxLine}
	r := csv.NewReader(g)
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	f := &csvFrame{r: r, g: g, max: maxLine}
	g.setBudget(0, maxLine)
	h, err := r.Read()
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) || err == io.EOF {
			return nil, err
		}
		return nil, &ParseError{Line: 1, Field: "header", Err: fmt.Errorf("malformed CSV header: %w", unwrapCSV(err))}
	}
	f.header = make([]string, len(h))
	for i, c := range h {
		if strings.IndexByte(c, 0) >= 0 {
			return nil, &ParseError{Line: 1, Field: "header", Err: ErrBinary}
		}
		if !utf8.ValidString(c) {
			return nil, &ParseError{Line: 1, Field: "header", Err: ErrInvalidUTF8}
		}
		f.header[i] = strings.TrimSpace(c)
	}
	return f, nil
}

// next returns the next row and its line. A row that cannot be used is
// returned as a *ParseError with a nil error (the caller rejects it and
// goes on); a non-nil error ends the input (io.EOF, or a fatal
// *ParseError).
func (f *csvFrame) next() (row []string, line int, reject *ParseError, err error) {
	f.g.setBudget(f.r.InputOffset(), f.max)
	row, err = f.r.Read()
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) || err == io.EOF {
			return nil, 0, nil, err
		}
		var ce *csv.ParseError
		if errors.As(err, &ce) {
			return nil, ce.StartLine, &ParseError{Line: ce.StartLine, Err: fmt.Errorf("malformed CSV: %w", ce.Err)}, nil
		}
		return nil, 0, nil, err
	}
	line, _ = f.r.FieldPos(0)
	if len(row) != len(f.header) {
		return nil, line, &ParseError{Line: line, Err: fmt.Errorf("row has %d fields, header has %d", len(row), len(f.header))}, nil
	}
	for i, v := range row {
		if strings.IndexByte(v, 0) >= 0 {
			return nil, line, &ParseError{Line: line, Field: f.header[i], Err: ErrNUL}, nil
		}
		if !utf8.ValidString(v) {
			return nil, line, &ParseError{Line: line, Field: f.header[i], Value: string(bytes.ToValidUTF8([]byte(v), []byte("?"))), Err: ErrInvalidUTF8}, nil
		}
	}
	return row, line, nil, nil
}

func unwrapCSV(err error) error {
	var ce *csv.ParseError
	if errors.As(err, &ce) {
		return ce.Err
	}
	return err
}
