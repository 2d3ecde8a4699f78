package hs

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"time"

	"github.com/borderlens/borderlens/analytics/internal/parallel"
	"github.com/borderlens/borderlens/graph"
)

// Store is the part of graph.Store the HS shell uses.
type Store interface {
	// ScanNodes visits nodes of the given kinds.
	ScanNodes(ctx context.Context, kinds []graph.Kind, fn func(graph.Node) error) error
	// SetProperties writes properties in one transaction.
	// Errors: ENOTFOUND, EINVALID.
	SetProperties(ctx context.Context, updates []graph.PropertyUpdate) error
}

var _ Store = graph.Store(nil)

// CollectOptions selects the past declarations to learn from.
type CollectOptions struct {
	Until time.Time // only declarations dated before Until; zero: all
}

// CollectReport counts what CollectExamples read.
type CollectReport struct {
	Declarations int // declarations scanned
	Described    int // with a description and a code
	Examples     int // usable as examples
	Truncated    int // national codes cut to six digits
	Mapped       int // older-edition codes with a single successor
	Ambiguous    int // older-edition codes with several successors (left out)
	Unknown      int // codes with no HS 2022 subheading (left out)
	Invalid      int // codes that are not 6-10 digits (left out)
}

// CollectExamples reads past declarations with a description and a
// declared code from the store, in key order, as training examples. Codes
// are read with ParseCode: truncated and single-successor mapped codes are
// used, ambiguous, unknown and invalid ones are counted and left out.
func CollectExamples(ctx context.Context, s Store, nom *Nomenclature, o CollectOptions) ([]Example, CollectReport, error) {
	type row struct{ id, desc, code string }
	var rows []row
	var rep CollectReport
	err := s.ScanNodes(ctx, []graph.Kind{graph.KindDeclaration}, func(n graph.Node) error {
		rep.Declarations++
		if !o.Until.IsZero() && !n.At.Before(o.Until) {
			return nil
		}
		desc, code := n.Props.String("description"), n.Props.String("hsCode")
		if desc != "" && code != "" {
			rows = append(rows, row{n.Key.ID, desc, code})
		}
		return nil
	})
	if err != nil {
		return nil, rep, fmt.Errorf("hs: collect examples: %w", err)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].id < rows[j].id })
	var out []Example
	for _, r := range rows {
		rep.Described++
		d, err := nom.ParseCode(r.code)
		if err != nil {
			rep.Invalid++
			continue
		}
		switch {
		case d.Flag == FlagUnknown:
			rep.Unknown++
			continue
		case len(d.Candidates) > 1:
			rep.Ambiguous++
			continue
		case d.Flag == FlagMapped:
			rep.Mapped++
		case d.Flag == FlagTruncated:
			rep.Truncated++
		}
		out = append(out, Example{Description: r.desc, Code: d.Candidates[0]})
	}
	rep.Examples = len(out)
	return out, rep, nil
}

// ScoreOptions tunes ScoreStore.
type ScoreOptions struct {
	BatchSize int     // property updates per transaction (default 2000)
	Threshold float64 // hsMismatch at or above which a declaration counts as likely misclassified (default 0.5)
	Workers   int     // goroutines assessing declarations (default GOMAXPROCS); the writes do not depend on it
}

// ScoreReport summarises a scoring run.
type ScoreReport struct {
	Model        string
	Declarations int // declarations scanned
	Scored       int // with a description and a readable code
	Flagged      int // hsMismatch >= threshold
	Truncated    int
	Mapped       int
	Unknown      int // scored without a mismatch (no HS 2022 subheading)
	Invalid      int // code not 6-10 digits: recommendation only
	Traders      int // traders given roll-ups
}

// ScoreStore assesses every declaration with a description and writes
// graph.PropHSRecommended, PropHSMismatch, PropHSDeclaredRank, PropHSModel
// and PropHSCodeFlag on it, then the roll-ups PropHSScored and
// PropHSMismatchShare on the traders that imported or declared them
// (importerId and declarantId), in batches of SetProperties. A
// declaration whose code is unknown or unreadable keeps its
// recommendation and flag, and gets no mismatch. The declarations of each
// batch are assessed on o.Workers goroutines, then written in key order.
// ctx is checked between batches.
func ScoreStore(ctx context.Context, s Store, m *Model, o ScoreOptions) (ScoreReport, error) {
	if o.BatchSize <= 0 {
		o.BatchSize = 2000
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Threshold <= 0 {
		o.Threshold = 0.5
	}
	rep := ScoreReport{Model: m.Version()}
	traders := map[string]bool{}
	if err := s.ScanNodes(ctx, []graph.Kind{graph.KindTrader}, func(n graph.Node) error {
		traders[n.Key.ID] = true
		return nil
	}); err != nil {
		return rep, fmt.Errorf("hs: score: %w", err)
	}
	type roll struct{ n, flagged int }
	rolls := map[string]*roll{}
	var batch []graph.PropertyUpdate
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.SetProperties(ctx, batch); err != nil {
			return fmt.Errorf("hs: write scores: %w", err)
		}
		batch = batch[:0]
		return nil
	}
	var nodes []graph.Node
	if err := s.ScanNodes(ctx, []graph.Kind{graph.KindDeclaration}, func(n graph.Node) error {
		rep.Declarations++
		if n.Props.String("description") != "" {
			nodes = append(nodes, n)
		}
		return nil
	}); err != nil {
		return rep, fmt.Errorf("hs: score: %w", err)
	}
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].Key.ID < nodes[j].Key.ID })
	// assessed holds one window of assessments (the recommendation alone,
	// in top, when the code cannot be read).
	type assessment struct {
		a   Assessment
		err error
		top string
	}
	assessed := make([]assessment, min(o.BatchSize, len(nodes)))
	const perChunk = 64
	for i, n := range nodes {
		if i%len(assessed) == 0 {
			window := nodes[i:min(len(nodes), i+len(assessed))]
			parallel.ForChunks((len(window)+perChunk-1)/perChunk, o.Workers, func(c int) {
				for j := c * perChunk; j < min(len(window), (c+1)*perChunk); j++ {
					desc := window[j].Props.String("description")
					a, err := m.Assess(desc, window[j].Props.String("hsCode"))
					top := ""
					if err != nil {
						top = m.TopCodes(desc, 1)[0]
					}
					assessed[j] = assessment{a: a, err: err, top: top}
				}
			})
		}
		p := graph.Props{graph.PropHSModel: m.Version()}
		x := assessed[i%len(assessed)]
		a, err := x.a, x.err
		if err != nil {
			rep.Invalid++
			p[graph.PropHSRecommended] = x.top
			p[graph.PropHSCodeFlag] = FlagUnknown
			p[graph.PropHSMismatch] = nil
			p[graph.PropHSDeclaredRank] = nil
		} else {
			rep.Scored++
			p[graph.PropHSRecommended] = a.Recommended
			p[graph.PropHSCodeFlag] = a.Declared.Flag
			switch a.Declared.Flag {
			case FlagTruncated:
				rep.Truncated++
			case FlagMapped:
				rep.Mapped++
			case FlagUnknown:
				rep.Unknown++
			}
			if a.HasMismatch {
				p[graph.PropHSMismatch] = a.Mismatch
				p[graph.PropHSDeclaredRank] = int64(a.DeclaredRank)
				flagged := a.Mismatch >= o.Threshold
				if flagged {
					rep.Flagged++
				}
				for _, id := range []string{n.Props.String("importerId"), n.Props.String("declarantId")} {
					if id == "" || !traders[id] {
						continue
					}
					r := rolls[id]
					if r == nil {
						r = &roll{}
						rolls[id] = r
					}
					r.n++
					if flagged {
						r.flagged++
					}
				}
			} else {
				p[graph.PropHSMismatch] = nil
				p[graph.PropHSDeclaredRank] = nil
			}
		}
		batch = append(batch, graph.PropertyUpdate{Key: n.Key, Props: p})
		if len(batch) >= o.BatchSize {
			if err := flush(); err != nil {
				return rep, err
			}
		}
	}
	if err := flush(); err != nil {
		return rep, err
	}
	ids := make([]string, 0, len(rolls))
	for id := range rolls {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		r := rolls[id]
		batch = append(batch, graph.PropertyUpdate{Key: graph.NewKey(graph.KindTrader, id), Props: graph.Props{
			graph.PropHSScored:        int64(r.n),
			graph.PropHSMismatchShare: float64(r.flagged) / float64(r.n),
		}})
		if len(batch) >= o.BatchSize {
			if err := flush(); err != nil {
				return rep, err
			}
		}
	}
	if err := flush(); err != nil {
		return rep, err
	}
	rep.Traders = len(ids)
	return rep, nil
}
