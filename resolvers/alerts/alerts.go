// Package alerts carries network alerts (an entity seen within a few hops
// of a known smuggler) from whoever raises them to the GraphQL alerts
// subscription. Hub is the in-process implementation: the server's wiring
// publishes to it, and each subscription reads its own buffered channel.
//
// Place in the dependency graph: alerts imports graph only, so publishers
// (cmd wiring ingest or analytics) need not import resolvers.
package alerts

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// Alert says that Subject, an entity just seen, lies Hops relationships
// from the known smuggler Smuggler.
type Alert struct {
	ID       string
	At       time.Time
	Subject  graph.Key
	Smuggler graph.Key
	Hops     int
	Reason   string
	Score    *float64 // network risk of the subject, when known
}

// SubjectID returns the subject's node id ("Kind:ID").
func (a Alert) SubjectID() string { return a.Subject.String() }

// SmugglerID returns the smuggler's node id.
func (a Alert) SmugglerID() string { return a.Smuggler.String() }

// Source delivers alerts to subscribers.
type Source interface {
	// Subscribe returns a channel of the alerts published from now on. The
	// channel is closed when ctx ends. Errors: EUNAVAILABLE.
	Subscribe(ctx context.Context) (<-chan Alert, error)
}

// Publisher accepts alerts.
type Publisher interface {
	// Publish hands a to every current subscriber without blocking.
	Publish(a Alert)
}

// DefaultBuffer is the per-subscriber buffer of a Hub with buffer 0.
const DefaultBuffer = 64

// Hub is an in-process Source and Publisher. A subscriber that falls more
// than its buffer behind loses the alerts that do not fit (counted by
// Dropped) rather than slowing the publisher down. The zero Hub is not
// usable; create one with NewHub.
type Hub struct {
	buffer  int
	mu      sync.Mutex
	subs    map[chan Alert]struct{}
	closed  bool
	dropped atomic.Int64
}

var (
	_ Source    = (*Hub)(nil)
	_ Publisher = (*Hub)(nil)
)

// NewHub returns a hub giving each subscriber a buffer of the given size
// (DefaultBuffer when buffer <= 0).
func NewHub(buffer int) *Hub {
	if buffer <= 0 {
		buffer = DefaultBuffer
	}
	return &Hub{buffer: buffer, subs: map[chan Alert]struct{}{}}
}

// Subscribe implements Source.
func (h *Hub) Subscribe(ctx context.Context) (<-chan Alert, error) {
	ch := make(chan Alert, h.buffer)
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, graph.Errorf(graph.EUNAVAILABLE, "alerts are shutting down")
	}
	h.subs[ch] = struct{}{}
	context.AfterFunc(ctx, func() { h.remove(ch) })
	return ch, nil
}

func (h *Hub) remove(ch chan Alert) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.subs[ch]; ok {
		delete(h.subs, ch)
		close(ch)
	}
}

// Publish implements Publisher.
func (h *Hub) Publish(a Alert) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- a:
		default:
			h.dropped.Add(1)
		}
	}
}

// Subscribers returns the number of current subscribers.
func (h *Hub) Subscribers() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

// Dropped returns how many deliveries were dropped for slow subscribers.
func (h *Hub) Dropped() int64 { return h.dropped.Load() }

// Close ends every subscription and refuses new ones.
func (h *Hub) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for ch := range h.subs {
		delete(h.subs, ch)
		close(ch)
	}
}
