package date

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// Strategy is what a selection ranks by.
type Strategy string

// Strategies.
const (
	ByIllicit Strategy = "illicit" // illicit probability
	ByRevenue Strategy = "revenue" // expected additional revenue
)

// ExploreMode is how the exploration share is picked.
type ExploreMode string

// Exploration modes.
const (
	// ExploreUncertainty picks the unselected declarations whose illicit
	// probability is closest to 1/2 (uncertainty sampling, Lewis and Gale
	// 1994), the ones whose outcome teaches the model most.
	ExploreUncertainty ExploreMode = "uncertainty"
	// ExploreRandom picks unselected declarations uniformly at random, so
	// that the outcomes include an unbiased sample.
	ExploreRandom ExploreMode = "random"
)

// Candidate is a scored declaration that may be selected.
type Candidate struct {
	ID          string
	Date        time.Time
	OfficeID    string
	IllicitProb float64
	Revenue     float64 // expected additional revenue
}

// SelectOptions configures Select.
type SelectOptions struct {
	// Rate is the share of the candidates in the window to select, in
	// (0,1]; zero selects Limit candidates.
	Rate float64
	// Limit caps the selection; zero means no cap (Rate must then be set).
	Limit    int
	Strategy Strategy // empty: ByIllicit
	// Exploration is the share of the selection picked by Explore rather
	// than by score, in [0,1).
	Exploration float64
	Explore     ExploreMode // empty: ExploreUncertainty
	Since       time.Time   // zero: no lower bound (inclusive)
	Until       time.Time   // zero: no upper bound (exclusive)
	OfficeID    string      // empty: every office
	Seed        uint64      // drives ExploreRandom
}

// Selected is one candidate of a selection.
type Selected struct {
	Candidate
	Explore bool // picked for exploration, not by score
}

// Select returns the inspection list: of the candidates in the window
// (Since <= Date < Until, office), n = ceil(Rate * count) (capped by
// Limit) or Limit, of which round(n * Exploration) are picked for
// exploration and the rest are the top by Strategy (ties: higher
// probability, then id). Scored picks come first, best first, then the
// exploration picks. It is a pure function: equal inputs and seed give
// equal lists. Errors: EINVALID for bad options. O(c log c).
func Select(cands []Candidate, o SelectOptions) ([]Selected, error) {
	switch {
	case o.Rate < 0 || o.Rate > 1 || math.IsNaN(o.Rate):
		return nil, graph.Errorf(graph.EINVALID, "rate %g must be in (0,1]", o.Rate)
	case o.Limit < 0:
		return nil, graph.Errorf(graph.EINVALID, "limit %d must not be negative", o.Limit)
	case o.Rate == 0 && o.Limit == 0:
		return nil, graph.Errorf(graph.EINVALID, "give a rate or a limit")
	case o.Exploration < 0 || o.Exploration >= 1 || math.IsNaN(o.Exploration):
		return nil, graph.Errorf(graph.EINVALID, "exploration share %g must be in [0,1)", o.Exploration)
	case !o.Since.IsZero() && !o.Until.IsZero() && !o.Until.After(o.Since):
		return nil, graph.Errorf(graph.EINVALID, "until %s must be after since %s", o.Until.Format(time.DateOnly), o.Since.Format(time.DateOnly))
	}
	if o.Strategy == "" {
		o.Strategy = ByIllicit
	}
	if o.Strategy != ByIllicit && o.Strategy != ByRevenue {
		return nil, graph.Errorf(graph.EINVALID, "strategy %q must be %q or %q", o.Strategy, ByIllicit, ByRevenue)
	}
	if o.Explore == "" {
		o.Explore = ExploreUncertainty
	}
	if o.Explore != ExploreUncertainty && o.Explore != ExploreRandom {
		return nil, graph.Errorf(graph.EINVALID, "exploration mode %q must be %q or %q", o.Explore, ExploreUncertainty, ExploreRandom)
	}
	var in []Candidate
	for _, c := range cands {
		if (!o.Since.IsZero() && c.Date.Before(o.Since)) || (!o.Until.IsZero() && !c.Date.Before(o.Until)) {
			continue
		}
		if o.OfficeID != "" && c.OfficeID != o.OfficeID {
			continue
		}
		in = append(in, c)
	}
	n := o.Limit
	if o.Rate > 0 {
		n = int(math.Ceil(o.Rate * float64(len(in))))
		if o.Limit > 0 {
			n = min(n, o.Limit)
		}
	}
	n = min(n, len(in))
	nExplore := int(math.Round(o.Exploration * float64(n)))
	key := func(c Candidate) float64 {
		if o.Strategy == ByRevenue {
			return c.Revenue
		}
		return c.IllicitProb
	}
	slices.SortStableFunc(in, func(a, b Candidate) int {
		if ka, kb := key(a), key(b); ka != kb {
			if ka > kb {
				return -1
			}
			return 1
		}
		if a.IllicitProb != b.IllicitProb {
			if a.IllicitProb > b.IllicitProb {
				return -1
			}
			return 1
		}
		return strings.Compare(a.ID, b.ID)
	})
	out := make([]Selected, 0, n)
	for _, c := range in[:n-nExplore] {
		out = append(out, Selected{Candidate: c})
	}
	rest := slices.Clone(in[n-nExplore:])
	switch o.Explore {
	case ExploreUncertainty:
		slices.SortStableFunc(rest, func(a, b Candidate) int {
			ua, ub := math.Abs(a.IllicitProb-0.5), math.Abs(b.IllicitProb-0.5)
			if ua != ub {
				if ua < ub {
					return -1
				}
				return 1
			}
			return strings.Compare(a.ID, b.ID)
		})
	case ExploreRandom:
		rng := rand.New(rand.NewPCG(o.Seed, 0x6578706c6f7265)) // "explore"
		// Partial Fisher-Yates: the first nExplore are a uniform sample.
		for i := 0; i < nExplore && i < len(rest); i++ {
			j := i + rng.IntN(len(rest)-i)
			rest[i], rest[j] = rest[j], rest[i]
		}
	}
	for _, c := range rest[:nExplore] {
		out = append(out, Selected{Candidate: c, Explore: true})
	}
	return out, nil
}
