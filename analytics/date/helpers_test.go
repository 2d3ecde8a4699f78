package date

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/borderlens/borderlens/graph"
)

var day0 = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// synthDeclarations makes n labelled declarations over days days where
// fraud is driven by a few risky importers, one risky HS code from one
// origin, and undervaluation (a low unit value), plus noise.
func synthDeclarations(tb testing.TB, n, days int, seed uint64) []graph.Declaration {
	tb.Helper()
	rng := rand.New(rand.NewPCG(seed, 99))
	hs := []string{"610910", "620342", "851712", "940360", "300490", "870323"}
	origins := []string{"CN", "VN", "US", "DE"}
	ds := make([]graph.Declaration, n)
	for i := range ds {
		imp := fmt.Sprintf("IMP%03d", rng.IntN(60))
		h := hs[rng.IntN(len(hs))]
		o := origins[rng.IntN(len(origins))]
		mass := 10 + rng.Float64()*1000
		uv := math.Exp(2 + rng.NormFloat64()*0.3)
		under := rng.Float64() < 0.2
		if under {
			uv /= 4
		}
		score := -2.0
		if imp < "IMP008" {
			score += 2.5
		}
		if h == "851712" && o == "CN" {
			score += 2.5
		}
		if under {
			score += 2
		}
		illicit := rng.Float64() < sigmoid(score)
		ds[i] = graph.Declaration{
			ID:   fmt.Sprintf("D%05d", i),
			Date: day0.AddDate(0, 0, i*days/n), OfficeID: fmt.Sprintf("%d", 10+rng.IntN(3)),
			ImporterID: imp, DeclarantID: fmt.Sprintf("DCL%02d", rng.IntN(10)),
			HSCode: h, OriginCountry: o, DepartureCountry: o,
			NetMassKg: mass, Value: mass * uv, TaxRate: 8,
			Extra:   graph.Props{"taxType": []string{"A", "B", "C"}[rng.IntN(3)], "trueScore": score},
			Outcome: &graph.InspectionOutcome{Illicit: illicit},
		}
	}
	return ds
}

// smallOptions trains in well under a second on a few hundred rows.
func smallOptions(seed uint64) Options {
	o := DefaultOptions()
	o.Seed = seed
	o.GBDT.Trees, o.GBDT.MinLeafRows = 40, 5
	o.LeafTrees.Trees, o.LeafTrees.MinLeafRows = 10, 5
	o.Net.Epochs, o.Net.Dim = 4, 8
	o.MinRows = 20
	return o
}
