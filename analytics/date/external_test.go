package date

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadExternalScores(t *testing.T) {
	in := "sgd.id,prob,revenue\nD1,0.9,120.5\nD2,0.1,\n\"D3\",1,0\n"
	got, err := ReadExternalScores(strings.NewReader(in), "date.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []ExternalScore{{"D1", 0.9, 120.5, 2}, {"D2", 0.1, 0, 3}, {"D3", 1, 0, 4}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReadExternalScoresErrors(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		line  int
		field string
		text  string
	}{
		{"empty", "", 1, "", "empty file"},
		{"no id column", "x,prob\n1,0.5\n", 1, "declaration id", "missing column"},
		{"no probability column", "declaration_id,revenue\n1,5\n", 1, "probability", "missing column"},
		{"probability above 1", "id,probability\nD1,0.5\nD2,1.5\n", 3, "probability", "in [0,1]"},
		{"probability not a number", "id,probability\nD1,high\n", 2, "probability", "in [0,1]"},
		{"negative revenue", "id,probability,revenue\nD1,0.5,-3\n", 2, "revenue", "non-negative"},
		{"empty id", "id,probability\n ,0.5\n", 2, "id", "empty declaration id"},
		{"duplicate id", "id,probability\nD1,0.5\nD1,0.6\n", 3, "id", "duplicate"},
		{"short row", "id,probability\nD1\n", 2, "", "1 fields"},
		{"bad quote", "id,probability\n\"D1,0.5\n", 2, "", "quote"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadExternalScores(strings.NewReader(tc.in), "ext.csv")
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v, want a *ParseError", err)
			}
			if pe.File != "ext.csv" || pe.Line != tc.line || pe.Field != tc.field {
				t.Errorf("at %s:%d field %q, want ext.csv:%d field %q", pe.File, pe.Line, pe.Field, tc.line, tc.field)
			}
			if !strings.Contains(err.Error(), tc.text) {
				t.Errorf("error %q does not say %q", err, tc.text)
			}
		})
	}
}

func TestExternalScoresUnknownDeclaration(t *testing.T) {
	rows := []ExternalScore{{"D1", 0.2, 0, 2}, {"D9", 0.8, 0, 3}}
	_, err := ExternalScores("ext.csv", rows, map[string]bool{"D1": true})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 3 || !strings.Contains(err.Error(), `"D9"`) {
		t.Fatalf("error %v, want line 3 naming D9", err)
	}
	s, err := ExternalScores("ext.csv", rows, map[string]bool{"D1": true, "D9": true})
	if err != nil {
		t.Fatal(err)
	}
	if s[0].Rank != 2 || s[1].Rank != 1 {
		t.Errorf("ranks %d, %d; want 2, 1", s[0].Rank, s[1].Rank)
	}
}

func FuzzReadExternalScores(f *testing.F) {
	f.Add("id,probability,revenue\nD1,0.5,3\n")
	f.Add("sgd.id,prob\nD1,1\nD2,0\n")
	f.Add("id,probability\n\"D1,0.5\n")
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := ReadExternalScores(strings.NewReader(in), "fuzz.csv")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		for _, r := range rows {
			if r.ID == "" || r.IllicitProb < 0 || r.IllicitProb > 1 || r.Revenue < 0 {
				t.Fatalf("bad row accepted: %+v", r)
			}
		}
	})
}
