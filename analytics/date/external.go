package date

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// ParseError is a bad line of an external scores file.
type ParseError struct {
	File  string
	Line  int
	Field string // column name, empty for a line-level error
	Err   error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	fmt.Fprintf(&b, ":%d", e.Line)
	if e.Field != "" {
		fmt.Fprintf(&b, ": field %q", e.Field)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

func (e *ParseError) Unwrap() error { return e.Err }

// ExternalScore is one row of an external DATE run's output.
type ExternalScore struct {
	ID          string
	IllicitProb float64
	Revenue     float64 // expected revenue; 0 when the file has no column
	Line        int     // line in the file
}

// External column names accepted (normalised: lower case, letters and
// digits only). The reference Python DATE writes "sgd.id", "prob",
// "revenue"-like columns; agencies often rename them.
var (
	extIDCols   = []string{"declarationid", "sgdid", "id", "declaration"}
	extProbCols = []string{"probability", "prob", "illicitprob", "illicitprobability", "dateillicitprob", "score"}
	extRevCols  = []string{"revenue", "expectedrevenue", "predictedrevenue", "daterevenue"}
)

func normHeader(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ReadExternalScores reads a CSV of declaration id, illicit probability
// and (optionally) revenue, with a header row naming them. Errors are
// *ParseError naming the file, line and field: a missing column, an empty
// id, a duplicate id, a probability outside [0,1], a negative or
// non-numeric revenue.
func ReadExternalScores(r io.Reader, name string) ([]ExternalScore, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, &ParseError{File: name, Line: 1, Err: errors.New("empty file: want a header with declaration id and probability columns")}
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	header = append([]string(nil), header...)
	find := func(names []string) int {
		for _, want := range names {
			for i, h := range header {
				if normHeader(h) == want {
					return i
				}
			}
		}
		return -1
	}
	idCol, probCol, revCol := find(extIDCols), find(extProbCols), find(extRevCols)
	if idCol < 0 {
		return nil, &ParseError{File: name, Line: 1, Field: "declaration id", Err: errors.New("missing column (want one of declaration_id, sgd.id, id)")}
	}
	if probCol < 0 {
		return nil, &ParseError{File: name, Line: 1, Field: "probability", Err: errors.New("missing column (want one of probability, prob, illicit_prob, score)")}
	}
	seen := map[string]int{}
	var out []ExternalScore
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(header) {
			return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("%d fields, header has %d", len(rec), len(header))}
		}
		s := ExternalScore{ID: strings.TrimSpace(rec[idCol]), Line: line}
		if s.ID == "" {
			return nil, &ParseError{File: name, Line: line, Field: header[idCol], Err: errors.New("empty declaration id")}
		}
		if first, dup := seen[s.ID]; dup {
			return nil, &ParseError{File: name, Line: line, Field: header[idCol], Err: fmt.Errorf("duplicate declaration id %q (first on line %d)", s.ID, first)}
		}
		seen[s.ID] = line
		p, err := strconv.ParseFloat(strings.TrimSpace(rec[probCol]), 64)
		if err != nil || math.IsNaN(p) || p < 0 || p > 1 {
			return nil, &ParseError{File: name, Line: line, Field: header[probCol], Err: fmt.Errorf("probability %q must be a number in [0,1]", rec[probCol])}
		}
		s.IllicitProb = p
		if revCol >= 0 {
			if v := strings.TrimSpace(rec[revCol]); v != "" {
				rv, err := strconv.ParseFloat(v, 64)
				if err != nil || math.IsNaN(rv) || math.IsInf(rv, 0) || rv < 0 {
					return nil, &ParseError{File: name, Line: line, Field: header[revCol], Err: fmt.Errorf("revenue %q must be a non-negative number", v)}
				}
				s.Revenue = rv
			}
		}
		out = append(out, s)
	}
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{File: name, Line: pe.StartLine, Err: pe.Err}
	}
	return &ParseError{File: name, Err: err}
}
