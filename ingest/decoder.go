package ingest

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/kcs"
	"github.com/borderlens/borderlens/ingest/resolve"
	"github.com/borderlens/borderlens/ingest/seizure"
	"github.com/borderlens/borderlens/ingest/trader"
)

// Decoder reads one input and yields its records one at a time, each
// mapped onto the graph fragment it contributes.
type Decoder interface {
	// Next returns the next record. A record that cannot be used comes
	// back with Fragment.Reject set and decoding goes on. At the end of
	// the input Next returns io.EOF; any other error (a *ParseError for
	// input that cannot be read on, such as an overlong line) ends it.
	Next() (Fragment, error)
}

// Fragment is one source record: the nodes and relationships it
// contributes, or why it was rejected.
type Fragment struct {
	Line   int         // 1-based line where the record starts
	Batch  graph.Batch // the record's nodes and relationships
	Reject *ParseError // set when the record is rejected; Batch is then empty
}

// DecoderOptions configures NewDecoder.
type DecoderOptions struct {
	// Name is the input's name, copied into every ParseError.File.
	Name string
	// Resolver normalises identifiers; required.
	Resolver *resolve.Resolver
	// MaxLineBytes bounds a CSV line and a JSON record (default
	// DefaultMaxLineBytes).
	MaxLineBytes int
}

// DefaultMaxLineBytes is the default bound on a CSV line or JSON record.
const DefaultMaxLineBytes = 1 << 20

// NewDecoder returns the decoder of format f over r. FormatAuto detects
// the format from the first bytes (and o.Name's extension); use
// DetectFormat first to know which one was chosen. Adding a format is
// adding a case here.
func NewDecoder(r io.Reader, f Format, o DecoderOptions) (Decoder, error) {
	if o.Resolver == nil {
		return nil, errors.New("ingest: NewDecoder needs a resolver")
	}
	max := int64(o.MaxLineBytes)
	if max <= 0 {
		max = DefaultMaxLineBytes
	}
	in, err := openInput(r)
	if err != nil {
		return nil, named(err, o.Name)
	}
	if f == FormatAuto {
		head, _ := in.Peek(SniffBytes)
		if f, err = DetectFormat(o.Name, head); err != nil {
			return nil, named(&ParseError{Line: 1, Err: err}, o.Name)
		}
	}
	var d Decoder
	switch f {
	case FormatKCS, FormatBACUDA:
		d, err = newDeclarationsDecoder(in, f, max, o)
	case FormatTradersCSV:
		d, err = newCSVDecoder(in, max, o, func(h []string) (rowMapper, error) {
			b, err := trader.Bind(h, kcs.NormalizeHeader)
			if err != nil {
				return rowMapper{}, err
			}
			return rowMapper{
				fragment: func(row []string) (graph.Batch, error) { return trader.Fragment(b.Record(row), o.Resolver) },
				column:   b.Column,
			}, nil
		})
	case FormatSeizuresCSV:
		d, err = newCSVDecoder(in, max, o, func(h []string) (rowMapper, error) {
			b, err := seizure.Bind(h, kcs.NormalizeHeader)
			if err != nil {
				return rowMapper{}, err
			}
			return rowMapper{
				fragment: func(row []string) (graph.Batch, error) { return seizure.Fragment(b.Record(row), o.Resolver) },
				column:   b.Column,
			}, nil
		})
	case FormatPassengersCSV:
		d, err = newCSVDecoder(in, max, o, func(h []string) (rowMapper, error) {
			b, err := bindPassengers(h)
			if err != nil {
				return rowMapper{}, err
			}
			return rowMapper{
				fragment: func(row []string) (graph.Batch, error) { return BookingFragment(b.record(row), o.Resolver) },
				column:   b.columnOf,
			}, nil
		})
	case FormatTradersJSON:
		d, err = newJSONDecoder(in, max, o, "traders", func(raw []byte) (graph.Batch, error) {
			var rec trader.Record
			if err := decodeRecord(raw, &rec); err != nil {
				return graph.Batch{}, err
			}
			return trader.Fragment(rec, o.Resolver)
		})
	case FormatSeizuresJSON:
		d, err = newJSONDecoder(in, max, o, "seizures", func(raw []byte) (graph.Batch, error) {
			var rec seizure.Record
			if err := decodeRecord(raw, &rec); err != nil {
				return graph.Batch{}, err
			}
			return seizure.Fragment(rec, o.Resolver)
		})
	case FormatPassengersJSON:
		d, err = newJSONDecoder(in, max, o, "bookings", func(raw []byte) (graph.Batch, error) {
			var rec BookingRecord
			if err := decodeRecord(raw, &rec); err != nil {
				return graph.Batch{}, err
			}
			return BookingFragment(rec, o.Resolver)
		})
	case FormatPAXLST:
		// One Fragment per person (see edifact_passengers.go).
		d = newPAXLSTDecoder(in, o)
	case FormatPNRGOV:
		// One Fragment per PNR (see edifact_passengers.go).
		d = newPNRGOVDecoder(in, o)
	default:
		return nil, fmt.Errorf("ingest %s: unknown format %q", o.Name, f)
	}
	if err != nil {
		return nil, named(err, o.Name)
	}
	return d, nil
}

// named sets the file of a *ParseError, or wraps another error with it.
func named(err error, name string) error {
	var pe *ParseError
	if errors.As(err, &pe) {
		if pe.File == "" {
			pe.File = name
		}
		return pe
	}
	return fmt.Errorf("ingest %s: %w", name, err)
}

// rowMapper maps a CSV row onto a fragment and names the column a field
// error came from.
type rowMapper struct {
	fragment func(row []string) (graph.Batch, error)
	column   func(field string) string
}

// csvDecoder is the Decoder of every CSV format.
type csvDecoder struct {
	f    *csvFrame
	m    rowMapper
	name string
}

func newCSVDecoder(in *bufio.Reader, max int64, o DecoderOptions, bind func([]string) (rowMapper, error)) (Decoder, error) {
	f, err := newCSVFrame(in, max)
	if err == io.EOF {
		return emptyDecoder{}, nil
	}
	if err != nil {
		return nil, err
	}
	m, err := bind(f.header)
	if err != nil {
		return nil, &ParseError{Line: 1, Field: "header", Err: err}
	}
	return &csvDecoder{f: f, m: m, name: o.Name}, nil
}

func newDeclarationsDecoder(in *bufio.Reader, f Format, max int64, o DecoderOptions) (Decoder, error) {
	return newCSVDecoder(in, max, o, func(h []string) (rowMapper, error) {
		s, err := kcs.DetectSchema(h)
		if err != nil {
			return rowMapper{}, err
		}
		if string(s.Layout) != string(f) {
			return rowMapper{}, fmt.Errorf("header is the %s layout, not %s", s.Layout, f)
		}
		return rowMapper{
			fragment: func(row []string) (graph.Batch, error) {
				d, err := s.Declaration(row)
				if err != nil {
					return graph.Batch{}, err
				}
				return kcs.Fragment(d), nil
			},
			column: func(field string) string { return field },
		}, nil
	})
}

// Next implements Decoder.
func (d *csvDecoder) Next() (Fragment, error) {
	row, line, rej, err := d.f.next()
	if err == io.EOF {
		return Fragment{}, io.EOF
	}
	if err != nil {
		return Fragment{}, named(err, d.name)
	}
	if rej != nil {
		rej.File = d.name
		return Fragment{Line: line, Reject: rej}, nil
	}
	b, err := d.m.fragment(row)
	if err != nil {
		return d.reject(line, err)
	}
	return Fragment{Line: line, Batch: b}, nil
}

func (d *csvDecoder) reject(line int, err error) (Fragment, error) {
	if errors.Is(err, resolve.ErrNoCardKey) {
		return Fragment{}, &ParseError{File: d.name, Line: line, Err: resolve.ErrNoCardKey}
	}
	pe := toParseError(err)
	pe.File, pe.Line = d.name, line
	pe.Field = d.m.column(pe.Field)
	return Fragment{Line: line, Reject: pe}, nil
}

// jsonDecoder is the Decoder of every JSON format.
type jsonDecoder struct {
	f        *jsonFrame
	fragment func(raw []byte) (graph.Batch, error)
	name     string
}

func newJSONDecoder(in *bufio.Reader, max int64, o DecoderOptions, collection string, fragment func([]byte) (graph.Batch, error)) (Decoder, error) {
	f, err := newJSONFrame(in, max, collection)
	if err != nil {
		return nil, err
	}
	return &jsonDecoder{f: f, fragment: fragment, name: o.Name}, nil
}

// Next implements Decoder.
func (d *jsonDecoder) Next() (Fragment, error) {
	raw, line, rej, err := d.f.next()
	if err == io.EOF {
		return Fragment{}, io.EOF
	}
	if err != nil {
		return Fragment{}, named(err, d.name)
	}
	if rej != nil {
		rej.File = d.name
		return Fragment{Line: line, Reject: rej}, nil
	}
	b, err := d.fragment(raw)
	if err != nil {
		if errors.Is(err, resolve.ErrNoCardKey) {
			return Fragment{}, &ParseError{File: d.name, Line: line, Err: resolve.ErrNoCardKey}
		}
		pe := toParseError(err)
		pe.File, pe.Line = d.name, line
		return Fragment{Line: line, Reject: pe}, nil
	}
	return Fragment{Line: line, Batch: b}, nil
}

// toParseError converts a mapping error into a ParseError (without file
// and line).
func toParseError(err error) *ParseError {
	var pe *ParseError
	if errors.As(err, &pe) {
		c := *pe
		return &c
	}
	var fe *resolve.FieldError
	if errors.As(err, &fe) {
		return &ParseError{Field: fe.Field, Value: fe.Value, Err: fe.Err}
	}
	return &ParseError{Err: err}
}

// emptyDecoder is the decoder of an empty input.
type emptyDecoder struct{}

func (emptyDecoder) Next() (Fragment, error) { return Fragment{}, io.EOF }
