package date

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/borderlens/borderlens/graph"
)

// Source is what the store shell needs: the node scan and the bulk
// property write. graph.Store satisfies it.
type Source interface {
	// ScanNodes calls fn for every node of the given kinds. Errors as
	// graph.Store.ScanNodes.
	ScanNodes(ctx context.Context, kinds []graph.Kind, fn func(graph.Node) error) error
	// SetProperties applies property updates in one transaction.
	// Errors: ENOTFOUND, EINVALID.
	SetProperties(ctx context.Context, updates []graph.PropertyUpdate) error
}

var _ Source = graph.Store(nil)

// writeBatch is the number of nodes per SetProperties call.
const writeBatch = 5000

// DeclarationFromNode reads a declaration node with the source columns it
// keeps as properties (string properties and grossWeightKg) in Extra, as
// the featurizer expects them.
func DeclarationFromNode(n graph.Node) graph.Declaration {
	d := graph.DeclarationFromNode(n)
	d.Extra = graph.Props{}
	for k, v := range n.Props {
		switch v := v.(type) {
		case string:
			d.Extra[k] = v
		case float64:
			if k == "grossWeightKg" {
				d.Extra[k] = v
			}
		}
	}
	return d
}

// LoadDeclarations returns every declaration of the store, sorted by date
// then id.
func LoadDeclarations(ctx context.Context, src Source) ([]graph.Declaration, error) {
	var ds []graph.Declaration
	err := src.ScanNodes(ctx, []graph.Kind{graph.KindDeclaration}, func(n graph.Node) error {
		ds = append(ds, DeclarationFromNode(n))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("date: scan declarations: %w", err)
	}
	slices.SortStableFunc(ds, func(a, b graph.Declaration) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		if a.ID < b.ID {
			return -1
		}
		if a.ID > b.ID {
			return 1
		}
		return 0
	})
	return ds, nil
}

// CandidateFromNode reads the DATE score of a declaration node; ok is
// false when it has none.
func CandidateFromNode(n graph.Node) (c Candidate, ok bool) {
	p, ok := n.Props.Float(graph.PropDateIllicitProb)
	if !ok {
		return Candidate{}, false
	}
	rev, _ := n.Props.Float(graph.PropDateRevenue)
	return Candidate{ID: n.Key.ID, Date: n.At, OfficeID: n.Props.String("officeId"), IllicitProb: p, Revenue: rev}, true
}

// WriteScores writes each score onto its declaration (PropDateIllicitProb,
// PropDateRevenue, PropDateRank, PropDateModel) in batches, then
// recomputes the trader roll-ups with RollUp. Scores of declarations the
// store lacks fail with ENOTFOUND.
func WriteScores(ctx context.Context, src Source, scores []Score, version string) (RollUpSummary, error) {
	for lo := 0; lo < len(scores); lo += writeBatch {
		batch := scores[lo:min(lo+writeBatch, len(scores))]
		ups := make([]graph.PropertyUpdate, len(batch))
		for i, s := range batch {
			ups[i] = graph.PropertyUpdate{Key: graph.NewKey(graph.KindDeclaration, s.ID), Props: graph.Props{
				graph.PropDateIllicitProb: s.IllicitProb,
				graph.PropDateRevenue:     s.Revenue,
				graph.PropDateRank:        int64(s.Rank),
				graph.PropDateModel:       version,
			}}
		}
		if err := src.SetProperties(ctx, ups); err != nil {
			return RollUpSummary{}, fmt.Errorf("date: write scores: %w", err)
		}
	}
	return RollUp(ctx, src)
}

// RollUpSummary counts what RollUp wrote.
type RollUpSummary struct {
	Declarations int // scored declarations seen
	Traders      int // traders given roll-ups
}

// traderAgg accumulates a trader's roll-up.
type traderAgg struct {
	n         int64
	sum, maxP float64
	rev       float64
}

// RollUp recomputes, for every trader that imports or declares a scored
// declaration, PropDateScored, PropDateMeanProb, PropDateMaxProb and
// PropDateExpectedRevenue (sum of PropDateRevenue) from the declarations
// in the store. A trader named by a declaration but absent from the store
// is skipped. Idempotent.
func RollUp(ctx context.Context, src Source) (RollUpSummary, error) {
	traders := map[string]bool{}
	if err := src.ScanNodes(ctx, []graph.Kind{graph.KindTrader}, func(n graph.Node) error {
		traders[n.Key.ID] = true
		return nil
	}); err != nil {
		return RollUpSummary{}, fmt.Errorf("date: scan traders: %w", err)
	}
	agg := map[string]*traderAgg{}
	var sum RollUpSummary
	err := src.ScanNodes(ctx, []graph.Kind{graph.KindDeclaration}, func(n graph.Node) error {
		c, ok := CandidateFromNode(n)
		if !ok {
			return nil
		}
		sum.Declarations++
		// One trader in both roles counts the declaration once.
		parties := []string{n.Props.String("importerId")}
		if dec := n.Props.String("declarantId"); dec != parties[0] {
			parties = append(parties, dec)
		}
		for _, id := range parties {
			if id == "" || !traders[id] {
				continue
			}
			a := agg[id]
			if a == nil {
				a = &traderAgg{}
				agg[id] = a
			}
			a.n++
			a.sum += c.IllicitProb
			a.maxP = math.Max(a.maxP, c.IllicitProb)
			a.rev += c.Revenue
		}
		return nil
	})
	if err != nil {
		return RollUpSummary{}, fmt.Errorf("date: scan scores: %w", err)
	}
	ids := make([]string, 0, len(agg))
	for id := range agg {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for lo := 0; lo < len(ids); lo += writeBatch {
		part := ids[lo:min(lo+writeBatch, len(ids))]
		ups := make([]graph.PropertyUpdate, len(part))
		for i, id := range part {
			a := agg[id]
			ups[i] = graph.PropertyUpdate{Key: graph.NewKey(graph.KindTrader, id), Props: graph.Props{
				graph.PropDateScored:          a.n,
				graph.PropDateMeanProb:        a.sum / float64(a.n),
				graph.PropDateMaxProb:         a.maxP,
				graph.PropDateExpectedRevenue: a.rev,
			}}
		}
		if err := src.SetProperties(ctx, ups); err != nil {
			return RollUpSummary{}, fmt.Errorf("date: write roll-ups: %w", err)
		}
	}
	sum.Traders = len(ids)
	return sum, nil
}

// ExternalScores turns imported rows into ranked scores, checking that
// every declaration exists in known (the store's declaration ids); an
// unknown id is a *ParseError naming its line.
func ExternalScores(file string, rows []ExternalScore, known map[string]bool) ([]Score, error) {
	out := make([]Score, len(rows))
	for i, r := range rows {
		if !known[r.ID] {
			return nil, &ParseError{File: file, Line: r.Line, Field: "declaration id", Err: fmt.Errorf("no declaration %q in the store", r.ID)}
		}
		out[i] = Score{ID: r.ID, IllicitProb: r.IllicitProb, Revenue: r.Revenue, BaselineProb: math.NaN()}
	}
	Rank(out)
	return out, nil
}
