package resolvers

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/model"
)

// AuditReader reads the audit trail; *audit.Log satisfies it.
type AuditReader interface {
	// Query returns the entries matching f, oldest first.
	Query(ctx context.Context, f audit.Filter) ([]audit.Entry, error)
}

var _ AuditReader = (*audit.Log)(nil)

// maxAuditRead bounds the entries one auditLog query reads.
const maxAuditRead = 10000

// auditLog pages through the audit trail newest first; cursors are entry
// sequence numbers. Field access (admins only) is enforced by the guard.
func (r *Resolver) auditLog(ctx context.Context, f audit.Filter, first *int, after *string) (*model.AuditEntryConnection, error) {
	if r.AuditLog == nil {
		return nil, graph.Errorf(graph.EUNAVAILABLE, "no audit trail is configured")
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Until.Before(f.Since) {
		return nil, graph.Errorf(graph.EINVALID, "until is before since")
	}
	f.Limit = maxAuditRead
	es, err := r.AuditLog.Query(ctx, f)
	if err != nil {
		return nil, err
	}
	slices.Reverse(es)
	id := func(e audit.Entry) string { return strconv.FormatUint(e.Seq, 10) }
	lo, hi, info, err := paginate(r.cursors, es, id, first, after)
	if err != nil {
		return nil, err
	}
	c := &model.AuditEntryConnection{Edges: make([]model.AuditEntryEdge, 0, hi-lo), PageInfo: info, TotalCount: len(es)}
	for _, e := range es[lo:hi] {
		c.Edges = append(c.Edges, model.AuditEntryEdge{Cursor: r.cursors.encode(id(e)), Node: auditEntryModel(e)})
	}
	return c, nil
}

// auditFilter builds the filter of Query.auditLog's arguments.
func auditFilter(actor *string, role *model.AccessRole, kind, operation *string, since, until *time.Time) audit.Filter {
	var f audit.Filter
	if actor != nil {
		f.Actor = *actor
	}
	if role != nil {
		f.Role = graph.Role(strings.ToLower(string(*role)))
	}
	if kind != nil {
		f.Kind = *kind
	}
	if operation != nil {
		f.Operation = *operation
	}
	if since != nil {
		f.Since = *since
	}
	if until != nil {
		f.Until = *until
	}
	return f
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func auditEntryModel(e audit.Entry) *model.AuditEntry {
	m := &model.AuditEntry{
		Seq: int(e.Seq), Time: e.Time, Actor: e.Actor, Role: optString(string(e.Role)),
		RequestID: optString(e.RequestID), Kind: e.Kind, Operation: optString(e.Operation),
		Entities: e.Entities, Outcome: optString(e.Outcome), Reason: optString(e.Reason),
		Prev: e.Prev, Hash: e.Hash,
	}
	if m.Entities == nil {
		m.Entities = []string{}
	}
	if e.Variables != nil {
		m.Variables = e.Variables
	}
	if e.Status != 0 {
		s := e.Status
		m.Status = &s
	}
	return m
}
