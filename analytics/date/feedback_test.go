package date

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/borderlens/borderlens/graph"
)

func TestFeedbackFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "feedback.jsonl")
	if fb, err := ReadFeedback(path); err != nil || fb != nil {
		t.Fatalf("missing file: %v, %v", fb, err)
	}
	want := []Feedback{
		{Declaration: "D1", Illicit: true, Revenue: 50, InspectedAt: day0},
		{Declaration: "D2", Illicit: false, InspectedAt: day0.AddDate(0, 0, 1)},
		{Declaration: "D1", Illicit: false, InspectedAt: day0.AddDate(0, 0, 2)},
	}
	for _, f := range want {
		if err := AppendFeedback(path, f); err != nil {
			t.Fatal(err)
		}
	}
	got, err := ReadFeedback(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	ds := []graph.Declaration{{ID: "D1"}, {ID: "D2", Outcome: &graph.InspectionOutcome{}}, {ID: "D3"}}
	if n := ApplyFeedback(ds, got); n != 1 {
		t.Errorf("%d changed, want 1 (D1; D2 already clean)", n)
	}
	if ds[0].Outcome == nil || ds[0].Outcome.Illicit || ds[2].Outcome != nil {
		t.Errorf("outcomes %+v %+v %+v: the last D1 record must win, D3 untouched", ds[0].Outcome, ds[1].Outcome, ds[2].Outcome)
	}

	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte(`{"declaration":"D1","illicit":true}`+"\n"+`{"declaration":"","illicit":true}`+"\n"), 0o600)
	_, err = ReadFeedback(bad)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Field != "declaration" {
		t.Errorf("error %v, want line 2 field declaration", err)
	}
}
