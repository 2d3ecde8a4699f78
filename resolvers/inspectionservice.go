package resolvers

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/borderlens/borderlens/analytics/date"
	"github.com/borderlens/borderlens/graph"
)

// InspectionStore is what the inspection service needs from a store: the
// declaration scan, single reads and the property write. graph.Store
// satisfies it.
type InspectionStore interface {
	// Node returns one node. Errors: ENOTFOUND, EINVALID.
	Node(ctx context.Context, key graph.Key) (graph.Node, error)
	// ScanNodes calls fn for every node of the given kinds.
	ScanNodes(ctx context.Context, kinds []graph.Kind, fn func(graph.Node) error) error
	// SetProperties applies property updates in one transaction.
	// Errors: ENOTFOUND, EINVALID.
	SetProperties(ctx context.Context, updates []graph.PropertyUpdate) error
}

var _ InspectionStore = graph.Store(nil)

// InspectionConfig configures an InspectionService.
type InspectionConfig struct {
	// FeedbackPath is the feedback file RecordInspection appends to and
	// Retrain reads; empty keeps outcomes in the store only.
	FeedbackPath string
	// Exploration is the default exploration share (InspectionQuery with
	// a negative Exploration); ExploreMode how it is picked.
	Exploration float64
	ExploreMode date.ExploreMode
	// Seed drives random exploration.
	Seed uint64
	// Now stamps recorded inspections without a time (default time.Now).
	Now func() time.Time
}

// InspectionService plans inspections from the DATE scores on the
// declarations and records inspection outcomes as feedback for the next
// training. It implements InspectionPlanner. The scores are held in
// memory: Refresh loads them from the store (at start and after scoring);
// selection is date.Select, a pure function.
type InspectionService struct {
	store InspectionStore
	cfg   InspectionConfig

	mu         sync.RWMutex
	cands      []date.Candidate
	parties    map[string]graph.Declaration // the fields reasons read, by id
	hsMismatch map[string]float64
	model      *date.Model
	feedback   sync.Mutex // serialises RecordInspection
}

var _ InspectionPlanner = (*InspectionService)(nil)

// NewInspectionService returns a service over store; call Refresh to load
// the scores.
func NewInspectionService(store InspectionStore, cfg InspectionConfig) *InspectionService {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.ExploreMode == "" {
		cfg.ExploreMode = date.ExploreUncertainty
	}
	return &InspectionService{store: store, cfg: cfg}
}

// SetModel installs the model whose profiles explain the list's reasons
// (nil: lists come without reasons).
func (s *InspectionService) SetModel(m *date.Model) {
	s.mu.Lock()
	s.model = m
	s.mu.Unlock()
}

// Refresh reloads the DATE scores and HS mismatch scores of every
// declaration from the store, with the parties and goods the reasons
// name, so that a list needs no store reads.
func (s *InspectionService) Refresh(ctx context.Context) error {
	var cands []date.Candidate
	mm := map[string]float64{}
	parties := map[string]graph.Declaration{}
	err := s.store.ScanNodes(ctx, []graph.Kind{graph.KindDeclaration}, func(n graph.Node) error {
		if c, ok := date.CandidateFromNode(n); ok {
			cands = append(cands, c)
			d := graph.DeclarationFromNode(n)
			parties[c.ID] = graph.Declaration{ID: d.ID, Date: d.Date, OfficeID: d.OfficeID, ImporterID: d.ImporterID,
				DeclarantID: d.DeclarantID, SellerID: d.SellerID, HSCode: d.HSCode, OriginCountry: d.OriginCountry}
			if v, ok := n.Props.Float(graph.PropHSMismatch); ok {
				mm[n.Key.ID] = v
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("inspections: load scores: %w", err)
	}
	s.mu.Lock()
	s.cands, s.hsMismatch, s.parties = cands, mm, parties
	s.mu.Unlock()
	return nil
}

// Scored returns how many declarations have a DATE score in memory.
func (s *InspectionService) Scored() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.cands)
}

// InspectionList returns the declarations to inspect, scored picks first
// (best first), then the exploration picks.
// Errors: EINVALID (bad query), EUNAVAILABLE (no DATE scores yet).
func (s *InspectionService) InspectionList(ctx context.Context, q InspectionQuery) ([]Inspection, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	cands, mm, parties, model := s.cands, s.hsMismatch, s.parties, s.model
	s.mu.RUnlock()
	if len(cands) == 0 {
		return nil, graph.Errorf(graph.EUNAVAILABLE, "no DATE scores yet: run 'borderlens date train' then 'borderlens date score'")
	}
	o := date.SelectOptions{
		Rate: q.Rate, Limit: q.Limit, Exploration: q.Exploration, Explore: s.cfg.ExploreMode,
		Since: q.Since, Until: q.Until, OfficeID: q.OfficeID, Seed: s.cfg.Seed,
	}
	if q.Exploration < 0 {
		o.Exploration = s.cfg.Exploration
	}
	switch q.Strategy {
	case "", StrategyIllicit:
		o.Strategy = date.ByIllicit
	case StrategyRevenue:
		o.Strategy = date.ByRevenue
	default:
		return nil, graph.Errorf(graph.EINVALID, "strategy %q must be %q or %q", q.Strategy, StrategyIllicit, StrategyRevenue)
	}
	sel, err := date.Select(cands, o)
	if err != nil {
		return nil, err
	}
	out := make([]Inspection, len(sel))
	for i, c := range sel {
		it := Inspection{Declaration: graph.NewKey(graph.KindDeclaration, c.ID), IllicitProb: c.IllicitProb, ExpectedRevenue: c.Revenue, Explore: c.Explore}
		if v, ok := mm[c.ID]; ok {
			v := v
			it.HSMismatch = &v
		}
		if c.Explore {
			it.Reasons = append(it.Reasons, fmt.Sprintf("exploration (%s)", s.cfg.ExploreMode))
		}
		if d, ok := parties[c.ID]; ok && model != nil {
			it.Reasons = append(it.Reasons, model.Explain(&d)...)
		}
		out[i] = it
	}
	return out, nil
}

// RecordInspection stores an outcome on its declaration (PropInspected,
// PropIllicit, PropRevenue, PropCritical, PropInspectedAt) and appends it
// to the feedback file. Recording the outcome the declaration already has
// changes nothing. Errors: EINVALID, ENOTFOUND.
func (s *InspectionService) RecordInspection(ctx context.Context, o InspectionOutcome) error {
	if o.Declaration.Kind != graph.KindDeclaration {
		return graph.Errorf(graph.EINVALID, "%s is not a declaration", o.Declaration)
	}
	if o.Revenue < 0 || math.IsNaN(o.Revenue) || math.IsInf(o.Revenue, 0) {
		return graph.Errorf(graph.EINVALID, "revenue %v must be a non-negative number", o.Revenue)
	}
	if o.Revenue > 0 && !o.Illicit {
		return graph.Errorf(graph.EINVALID, "revenue raised on a declaration found licit")
	}
	s.feedback.Lock()
	defer s.feedback.Unlock()
	n, err := s.store.Node(ctx, o.Declaration)
	if err != nil {
		return err
	}
	if n.Props.Bool(graph.PropInspected) && n.Props.Bool(graph.PropIllicit) == o.Illicit {
		if r, _ := n.Props.Float(graph.PropRevenue); r == o.Revenue {
			return nil
		}
	}
	at := o.InspectedAt
	if at.IsZero() {
		at = s.cfg.Now()
	}
	critical := int64(0)
	if o.Illicit {
		critical = 1
		if c, _ := n.Props.Int(graph.PropCritical); c > 1 {
			critical = c
		}
	}
	// The feedback line goes first: if the store write then fails, a retry
	// appends the same outcome again, which retraining reads as one.
	if s.cfg.FeedbackPath != "" {
		if err := date.AppendFeedback(s.cfg.FeedbackPath, date.Feedback{Declaration: o.Declaration.ID, Illicit: o.Illicit, Revenue: o.Revenue, InspectedAt: at.UTC()}); err != nil {
			return fmt.Errorf("inspections: %w", err)
		}
	}
	return s.store.SetProperties(ctx, []graph.PropertyUpdate{{Key: o.Declaration, Props: graph.Props{
		graph.PropInspected: true, graph.PropIllicit: o.Illicit, graph.PropRevenue: o.Revenue,
		graph.PropCritical: critical, graph.PropInspectedAt: at.UTC().Format(time.RFC3339),
	}}})
}

// Retrain trains a DATE model on the store's declarations with their
// outcomes (overlaid with the feedback file), scores every declaration,
// writes the scores and roll-ups back, installs the model and refreshes
// the list. It returns the model and the number of outcomes the feedback
// file changed.
func (s *InspectionService) Retrain(ctx context.Context, opts date.Options) (*date.Model, int, error) {
	ds, err := date.LoadDeclarations(ctx, s.store)
	if err != nil {
		return nil, 0, err
	}
	changed := 0
	if s.cfg.FeedbackPath != "" {
		fb, err := date.ReadFeedback(s.cfg.FeedbackPath)
		if err != nil {
			return nil, 0, err
		}
		changed = date.ApplyFeedback(ds, fb)
	}
	m, err := date.Train(ctx, ds, opts)
	if err != nil {
		return nil, changed, err
	}
	scores, err := m.Score(ctx, ds)
	if err != nil {
		return nil, changed, err
	}
	if _, err := date.WriteScores(ctx, s.store, scores, m.Version); err != nil {
		return nil, changed, err
	}
	s.SetModel(m)
	return m, changed, s.Refresh(ctx)
}
