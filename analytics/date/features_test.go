package date

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestFeaturesNoLeakage changes every outcome dated on or after a row's
// day (and adds future rows): the row's features must not move. Flipping
// an earlier outcome must move them, so the test can fail.
func TestFeaturesNoLeakage(t *testing.T) {
	ds := synthDeclarations(t, 400, 100, 1)
	row := ds[200] // day 50
	base := FitFeaturizer(ds).Transform(&row)

	future := synthDeclarations(t, 400, 100, 1)
	for i := range future {
		if !future[i].Date.Before(row.Date) {
			future[i].Outcome.Illicit = !future[i].Outcome.Illicit
			future[i].Outcome.Revenue = 1000
		}
	}
	extra := synthDeclarations(t, 50, 10, 2)
	for i := range extra {
		extra[i].ID = "F" + extra[i].ID
		extra[i].Date = row.Date.AddDate(0, 0, 1+i%5)
		extra[i].ImporterID = row.ImporterID
	}
	// Revenue appearing only in the future adds revenue features; compare
	// the shared ones by name.
	f2 := FitFeaturizer(append(future, extra...))
	got := byName(f2.Names, f2.Transform(&row))
	want := byName(FitFeaturizer(ds).Names, base)
	for k := range got {
		if _, ok := want[k]; !ok {
			delete(got, k)
		}
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateNaNs()); diff != "" {
		t.Fatalf("future outcomes changed a past row's features (-want +got):\n%s", diff)
	}

	past := synthDeclarations(t, 400, 100, 1)
	for i := range past {
		if past[i].Date.Before(row.Date) && past[i].ImporterID == row.ImporterID {
			past[i].Outcome.Illicit = !past[i].Outcome.Illicit
		}
	}
	if cmp.Equal(base, FitFeaturizer(past).Transform(&row), cmpopts.EquateNaNs()) {
		t.Fatal("past outcomes of the importer did not change its profile")
	}
}

func byName(names []string, x []float64) map[string]float64 {
	m := map[string]float64{}
	for i, n := range names {
		m[n] = x[i]
	}
	return m
}

func TestFeaturesProfiles(t *testing.T) {
	ds := synthDeclarations(t, 300, 30, 3)
	f := FitFeaturizer(ds)
	row := ds[len(ds)-1]
	x := byName(f.Names, f.Transform(&row))
	// Count the importer's labelled rows of earlier days by hand.
	var cnt, pos float64
	for _, d := range ds {
		if d.ImporterID == row.ImporterID && dayOf(&d) < dayOf(&row) {
			cnt++
			if d.Outcome.Illicit {
				pos++
			}
		}
	}
	if got, want := x["cnt:importer"], math.Log1p(cnt); got != want {
		t.Errorf("cnt:importer = %v, want %v", got, want)
	}
	var gc, gp float64
	for _, d := range ds {
		if dayOf(&d) < dayOf(&row) {
			gc++
			if d.Outcome.Illicit {
				gp++
			}
		}
	}
	prior := (gp + 1) / (gc + 2)
	if got, want := x["risk:importer"], (pos+priorWeight*prior)/(cnt+priorWeight); math.Abs(got-want) > 1e-12 {
		t.Errorf("risk:importer = %v, want %v", got, want)
	}
	if _, ok := x["cat:x:taxType"]; !ok {
		t.Errorf("source column taxType not coded; features %v", f.Names)
	}
	unseen := row
	unseen.ImporterID = "NEVER-SEEN"
	u := byName(f.Names, f.Transform(&unseen))
	if u["cnt:importer"] != 0 || u["risk:importer"] != prior {
		t.Errorf("unseen importer: cnt %v risk %v, want 0 and the prior %v", u["cnt:importer"], u["risk:importer"], prior)
	}
}
