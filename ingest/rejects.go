package ingest

import (
	"bufio"
	"encoding/json"
	"os"
)

// RejectLine is one line of a reject file (JSON Lines).
type RejectLine struct {
	File   string `json:"file"`            // input path as given to Load
	Format Format `json:"format"`          // the input's (detected) format
	Line   int    `json:"line"`            // line where the record starts
	Field  string `json:"field,omitempty"` // CSV column or JSON path, when one field is to blame
	Value  string `json:"value,omitempty"` // the offending value, truncated; masked for card numbers
	Reason string `json:"reason"`          // why the record was rejected
}

// rejectFile appends reject lines to a file.
type rejectFile struct {
	f *os.File
	w *bufio.Writer
}

func openRejectFile(path string, appendTo bool) (*rejectFile, error) {
	flags := os.O_CREATE | os.O_WRONLY
	if appendTo {
		flags |= os.O_APPEND
	} else {
		flags |= os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o600)
	if err != nil {
		return nil, err
	}
	return &rejectFile{f: f, w: bufio.NewWriter(f)}, nil
}

func (r *rejectFile) write(format Format, pe *ParseError) error {
	reason := "invalid record"
	if pe.Err != nil {
		reason = pe.Err.Error()
	}
	b, err := json.Marshal(RejectLine{File: pe.File, Format: format, Line: pe.Line, Field: pe.Field, Value: pe.Value, Reason: reason})
	if err != nil {
		return err
	}
	r.w.Write(b)
	return r.w.WriteByte('\n')
}

// flush writes buffered lines to the file and syncs it, so that a
// checkpoint saved after it never claims rejects the file lacks.
func (r *rejectFile) flush() error {
	if err := r.w.Flush(); err != nil {
		return err
	}
	return r.f.Sync()
}

func (r *rejectFile) close() error {
	err := r.w.Flush()
	if cerr := r.f.Close(); err == nil {
		err = cerr
	}
	return err
}
