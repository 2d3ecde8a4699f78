package graph

import (
	"context"
	"sync"
)

// Role is what a principal may do; see package access for the policy.
type Role string

// Roles.
const (
	RoleOfficer      Role = "officer"
	RoleInvestigator Role = "investigator"
	RolePartner      Role = "partner"
	RoleAdmin        Role = "admin"
)

// Principal is the authenticated caller of a request.
type Principal struct {
	ID   string // stable subject id (API key id or token subject)
	Role Role
}

type principalKey struct{}
type requestIDKey struct{}

// NewContextWithPrincipal returns ctx carrying p.
func NewContextWithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// PrincipalFromContext returns the principal carried by ctx, if any.
func PrincipalFromContext(ctx context.Context) (Principal, bool) {
	p, ok := ctx.Value(principalKey{}).(Principal)
	return p, ok
}

// NewContextWithRequestID returns ctx carrying the request id.
func NewContextWithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestIDFromContext returns the request id carried by ctx, or "".
func RequestIDFromContext(ctx context.Context) string {
	s, _ := ctx.Value(requestIDKey{}).(string)
	return s
}

// Collector gathers the keys of the entities one request returned, for
// the audit trail. It keeps the first Max distinct keys (all when Max is
// 0) and counts the rest. A nil *Collector ignores Add. Safe for
// concurrent use: resolvers run in parallel.
type Collector struct {
	Max int

	mu      sync.Mutex
	seen    map[Key]struct{}
	keys    []Key
	dropped int
}

// Add records k once.
func (c *Collector) Add(k Key) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.seen[k]; ok {
		return
	}
	if c.seen == nil {
		c.seen = map[Key]struct{}{}
	}
	c.seen[k] = struct{}{}
	if c.Max > 0 && len(c.keys) >= c.Max {
		c.dropped++
		return
	}
	c.keys = append(c.keys, k)
}

// Keys returns the recorded keys in the order first seen, and how many
// distinct keys were left out over Max.
func (c *Collector) Keys() (keys []Key, dropped int) {
	if c == nil {
		return nil, 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Key(nil), c.keys...), c.dropped
}

type collectorKey struct{}

// NewContextWithCollector returns ctx carrying c.
func NewContextWithCollector(ctx context.Context, c *Collector) context.Context {
	return context.WithValue(ctx, collectorKey{}, c)
}

// CollectorFromContext returns the collector carried by ctx, or nil.
func CollectorFromContext(ctx context.Context) *Collector {
	c, _ := ctx.Value(collectorKey{}).(*Collector)
	return c
}
