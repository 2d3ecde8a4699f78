package resolvers

import (
	"context"
	"strings"
	"sync"

	"github.com/borderlens/borderlens/analytics/hs"
	"github.com/borderlens/borderlens/graph"
)

// HSService answers HS code recommendations from the trained model held in
// memory. It implements HSRecommender; until a model is set every call
// returns EUNAVAILABLE.
type HSService struct {
	mu sync.RWMutex
	m  *hs.Model
}

var _ HSRecommender = (*HSService)(nil)

// NewHSService returns a service with model m (nil: none yet).
func NewHSService(m *hs.Model) *HSService { return &HSService{m: m} }

// SetModel installs a (re)trained model.
func (s *HSService) SetModel(m *hs.Model) {
	s.mu.Lock()
	s.m = m
	s.mu.Unlock()
}

// maxHSCandidates caps limit.
const maxHSCandidates = 50

// HSRecommend returns at most limit (1 to 50; 0 means 5) HS 2022
// subheadings for description, most likely first.
// Errors: EINVALID (empty description or bad limit), EUNAVAILABLE (no
// model).
func (s *HSService) HSRecommend(ctx context.Context, description string, limit int) ([]HSCandidate, error) {
	if strings.TrimSpace(description) == "" {
		return nil, graph.Errorf(graph.EINVALID, "goods description is empty")
	}
	if limit < 0 || limit > maxHSCandidates {
		return nil, graph.Errorf(graph.EINVALID, "limit must be between 1 and %d", maxHSCandidates)
	}
	if limit == 0 {
		limit = 5
	}
	s.mu.RLock()
	m := s.m
	s.mu.RUnlock()
	if m == nil {
		return nil, graph.Errorf(graph.EUNAVAILABLE, "no HS model trained yet: run 'borderlens hs train'")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []HSCandidate
	for _, c := range m.Recommend(description, limit) {
		out = append(out, HSCandidate{Code: c.Code, Probability: c.Probability, Description: c.Description, Heading: c.Heading, Chapter: c.Chapter})
	}
	return out, nil
}
