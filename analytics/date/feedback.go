package date

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// Feedback is one recorded inspection outcome, kept in the feedback file
// (one JSON object per line) so that retraining sees every outcome even
// when the store is rebuilt.
type Feedback struct {
	Declaration string    `json:"declaration"` // declaration id
	Illicit     bool      `json:"illicit"`
	Revenue     float64   `json:"revenue"`
	InspectedAt time.Time `json:"inspectedAt"`
}

// AppendFeedback appends one outcome to the feedback file at path,
// creating it (and its directory) when missing, and syncs it.
func AppendFeedback(path string, f Feedback) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return fmt.Errorf("date: feedback: %w", err)
	}
	b, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("date: feedback: %w", err)
	}
	file, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o640)
	if err != nil {
		return fmt.Errorf("date: feedback: %w", err)
	}
	if _, err := file.Write(append(b, '\n')); err != nil {
		file.Close()
		return fmt.Errorf("date: feedback: %w", err)
	}
	if err := file.Sync(); err != nil {
		file.Close()
		return fmt.Errorf("date: feedback: %w", err)
	}
	if err := file.Close(); err != nil {
		return fmt.Errorf("date: feedback: %w", err)
	}
	return nil
}

// ReadFeedback reads the feedback file at path; a missing file is no
// feedback. A bad line is a *ParseError.
func ReadFeedback(path string) ([]Feedback, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("date: feedback: %w", err)
	}
	defer f.Close()
	var out []Feedback
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var fb Feedback
		if err := json.Unmarshal([]byte(text), &fb); err != nil {
			return nil, &ParseError{File: path, Line: line, Err: err}
		}
		if fb.Declaration == "" {
			return nil, &ParseError{File: path, Line: line, Field: "declaration", Err: errors.New("empty declaration id")}
		}
		if fb.Revenue < 0 || math.IsNaN(fb.Revenue) {
			return nil, &ParseError{File: path, Line: line, Field: "revenue", Err: errors.New("must be a non-negative number")}
		}
		out = append(out, fb)
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{File: path, Line: line + 1, Err: err}
	}
	return out, nil
}

// ApplyFeedback sets the outcome of every declaration named in fb (the
// last record of a declaration wins) and returns how many declarations it
// changed. Feedback on declarations not in ds is ignored.
func ApplyFeedback(ds []graph.Declaration, fb []Feedback) int {
	last := map[string]Feedback{}
	for _, f := range fb {
		last[f.Declaration] = f
	}
	n := 0
	for i := range ds {
		f, ok := last[ds[i].ID]
		if !ok {
			continue
		}
		o := graph.InspectionOutcome{Illicit: f.Illicit, Revenue: f.Revenue}
		if f.Illicit {
			o.Critical = 1
			if ds[i].Outcome != nil && ds[i].Outcome.Critical > 1 {
				o.Critical = ds[i].Outcome.Critical
			}
		}
		if ds[i].Outcome == nil || ds[i].Outcome.Illicit != o.Illicit || ds[i].Outcome.Revenue != o.Revenue {
			n++
		}
		ds[i].Outcome = &o
	}
	return n
}
