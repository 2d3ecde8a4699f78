package date

import (
	"fmt"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
)

func candidates(n int) []Candidate {
	cs := make([]Candidate, n)
	for i := range cs {
		cs[i] = Candidate{
			ID:   fmt.Sprintf("D%03d", i),
			Date: day0.AddDate(0, 0, i%10), OfficeID: fmt.Sprintf("%d", i%2),
			IllicitProb: float64(i) / float64(n), // D099 riskiest
			Revenue:     float64((i*37)%n) * 10,  // a different order
		}
	}
	return cs
}

func TestSelect(t *testing.T) {
	cs := candidates(100)
	tests := []struct {
		name      string
		o         SelectOptions
		n         int
		explore   int
		check     func(t *testing.T, got []Selected)
		wantError bool
	}{
		{name: "top 10 % by probability", o: SelectOptions{Rate: 0.1}, n: 10, check: func(t *testing.T, got []Selected) {
			for i, s := range got {
				if want := fmt.Sprintf("D%03d", 99-i); s.ID != want {
					t.Errorf("pick %d = %s, want %s", i, s.ID, want)
				}
			}
		}},
		{name: "rate capped by limit", o: SelectOptions{Rate: 0.5, Limit: 7}, n: 7},
		{name: "limit only", o: SelectOptions{Limit: 3}, n: 3},
		{name: "by revenue", o: SelectOptions{Rate: 0.05, Strategy: ByRevenue}, n: 5, check: func(t *testing.T, got []Selected) {
			for i := 1; i < len(got); i++ {
				if got[i].Revenue > got[i-1].Revenue {
					t.Errorf("revenue not descending at %d", i)
				}
			}
			for _, c := range cs {
				if c.Revenue > got[len(got)-1].Revenue && !contains(got, c.ID) {
					t.Errorf("%s (revenue %v) left out", c.ID, c.Revenue)
				}
			}
		}},
		{name: "uncertainty exploration", o: SelectOptions{Rate: 0.1, Exploration: 0.3}, n: 10, explore: 3, check: func(t *testing.T, got []Selected) {
			for _, s := range got[7:] {
				if s.IllicitProb < 0.47 || s.IllicitProb > 0.53 {
					t.Errorf("explore pick %s has p=%v, want near 0.5", s.ID, s.IllicitProb)
				}
			}
		}},
		{name: "random exploration", o: SelectOptions{Rate: 0.2, Exploration: 0.5, Explore: ExploreRandom, Seed: 3}, n: 20, explore: 10, check: func(t *testing.T, got []Selected) {
			again, _ := Select(cs, SelectOptions{Rate: 0.2, Exploration: 0.5, Explore: ExploreRandom, Seed: 3})
			other, _ := Select(cs, SelectOptions{Rate: 0.2, Exploration: 0.5, Explore: ExploreRandom, Seed: 4})
			same, diff := true, false
			for i := range got {
				same = same && again[i].ID == got[i].ID
				diff = diff || other[i].ID != got[i].ID
			}
			if !same || !diff {
				t.Errorf("random exploration: same seed same list %v, other seed differs %v", same, diff)
			}
		}},
		{name: "office filter", o: SelectOptions{Rate: 0.1, OfficeID: "1"}, n: 5, check: func(t *testing.T, got []Selected) {
			for _, s := range got {
				if s.OfficeID != "1" {
					t.Errorf("%s from office %s", s.ID, s.OfficeID)
				}
			}
		}},
		{name: "date window", o: SelectOptions{Limit: 100, Since: day0.AddDate(0, 0, 2), Until: day0.AddDate(0, 0, 4)}, n: 20, check: func(t *testing.T, got []Selected) {
			for _, s := range got {
				if s.Date.Before(day0.AddDate(0, 0, 2)) || !s.Date.Before(day0.AddDate(0, 0, 4)) {
					t.Errorf("%s dated %s outside the window", s.ID, s.Date)
				}
			}
		}},
		{name: "no rate nor limit", o: SelectOptions{}, wantError: true},
		{name: "rate above 1", o: SelectOptions{Rate: 1.5}, wantError: true},
		{name: "exploration 1", o: SelectOptions{Rate: 0.1, Exploration: 1}, wantError: true},
		{name: "bad strategy", o: SelectOptions{Rate: 0.1, Strategy: "cheapest"}, wantError: true},
		{name: "bad window", o: SelectOptions{Rate: 0.1, Since: day0.AddDate(0, 0, 3), Until: day0}, wantError: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Select(cs, tc.o)
			if tc.wantError {
				if graph.ErrorCode(err) != graph.EINVALID {
					t.Fatalf("error %v, want EINVALID", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tc.n {
				t.Fatalf("%d picks, want %d", len(got), tc.n)
			}
			explore := 0
			seen := map[string]bool{}
			for i, s := range got {
				if s.Explore {
					explore++
				} else if explore > 0 {
					t.Errorf("scored pick %d after an exploration pick", i)
				}
				if seen[s.ID] {
					t.Errorf("%s picked twice", s.ID)
				}
				seen[s.ID] = true
			}
			if explore != tc.explore {
				t.Errorf("%d exploration picks, want %d", explore, tc.explore)
			}
			if tc.check != nil {
				tc.check(t, got)
			}
		})
	}
}

func contains(ss []Selected, id string) bool {
	for _, s := range ss {
		if s.ID == id {
			return true
		}
	}
	return false
}

func TestSelectEmptyWindow(t *testing.T) {
	got, err := Select(candidates(10), SelectOptions{Rate: 0.5, Since: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil || len(got) != 0 {
		t.Errorf("got %v, %v; want an empty list", got, err)
	}
}
