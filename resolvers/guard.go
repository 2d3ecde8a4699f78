package resolvers

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/view"
)

// This file is the one place where the access policy meets GraphQL:
//
//   - guard.fields (AroundFields) asks Policy.Field for every field about
//     to resolve: deny → null with extensions.code "forbidden" (the
//     resolver never runs); redact → null with "withheld", or, for a
//     non-null field, a keyed pseudonym (ids, labels) or an empty value,
//     plus the "withheld" error. Ids of kinds whose id the role may not
//     see are pseudonymised wherever they appear as ID values
//     (Relationship.from/to/id, Alert.subjectId...).
//   - guard.operations (AroundOperations) refuses operations without a
//     principal, and audits every operation once it has its response:
//     actor, role, request id, kind, name, variables, the entities
//     returned, the outcome, plus a refused entry naming denied fields.
//   - guard.responses (AroundResponses) audits request errors (parse,
//     validation, depth and complexity limits, refused introspection),
//     which never reach the operation hook.
//   - The Resolver's kind filters (visibleKinds, visibleNodes...) drop
//     nodes of kinds the role may not see from every route that returns
//     nodes, before paging and counting.
//
// With a nil policy nothing is enforced (tests of the API alone, and
// servers that wire authorisation elsewhere).

// maxAuditEntities bounds the entity ids one audit entry lists.
const maxAuditEntities = 1000

// guard enforces the policy and writes the audit trail.
type guard struct {
	policy    *access.Policy
	audit     audit.Appender
	pseudonym func(string) string
	log       zerolog.Logger
}

// newGuard returns the guard of cfg; pseudonyms use cfg.Pseudonym or, when
// nil, an HMAC under a random per-process key.
func newGuard(cfg Config) *guard {
	g := &guard{policy: cfg.Policy, audit: cfg.Audit, pseudonym: cfg.Pseudonym, log: cfg.Log}
	if g.pseudonym == nil {
		key := make([]byte, 32)
		_, _ = rand.Read(key)
		g.pseudonym = func(id string) string {
			m := hmac.New(sha256.New, key)
			m.Write([]byte(id))
			return "hmac:" + hex.EncodeToString(m.Sum(nil))[:16]
		}
	}
	return g
}

// pseudoKey pseudonymises the id part of a node key string, keeping its
// kind ("Passenger:hmac:..."); strings that are not keys are
// pseudonymised whole.
func (g *guard) pseudoKey(s string) string {
	k, err := graph.ParseKey(s)
	if err != nil {
		return g.pseudonym(s)
	}
	return string(k.Kind) + ":" + g.pseudonym(k.ID)
}

// opState is one operation's enforcement and audit state.
type opState struct {
	coll    *graph.Collector
	mu      sync.Mutex
	denied  []string
	audited bool
}

func (s *opState) deny(what string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !slices.Contains(s.denied, what) {
		s.denied = append(s.denied, what)
	}
}

type opStateKey struct{}

func opStateFrom(ctx context.Context) *opState {
	s, _ := ctx.Value(opStateKey{}).(*opState)
	return s
}

// roleOf returns the role of ctx's principal; "" (no rights) without one.
func roleOf(ctx context.Context) graph.Role {
	p, _ := graph.PrincipalFromContext(ctx)
	return p.Role
}

// fields is the AroundFields hook.
func (g *guard) fields(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if g.policy == nil || fc == nil {
		res, err := next(ctx)
		collect(ctx, res)
		return res, err
	}
	role := roleOf(ctx)
	switch g.policy.Field(role, fc.Object, fc.Field.Name) {
	case access.Deny:
		if st := opStateFrom(ctx); st != nil {
			st.deny(fc.Object + "." + fc.Field.Name)
		}
		return nil, graph.Errorf(graph.EFORBIDDEN, "%s.%s is not available to role %s", fc.Object, fc.Field.Name, role)
	case access.Redact:
		return g.redact(ctx, fc, next)
	}
	res, err := next(ctx)
	if err != nil || res == nil {
		return res, err
	}
	collect(ctx, res)
	if fc.Field.Definition != nil && fc.Field.Definition.Type.Name() == "ID" {
		res = g.maskIDs(ctx, fc, res)
	}
	return res, nil
}

// withheld is the error that marks a redacted value.
func withheld(fc *graphql.FieldContext, role graph.Role) error {
	return graph.Errorf(graph.EWITHHELD, "%s.%s is withheld from role %s", fc.Object, fc.Field.Name, role)
}

// redact resolves a field whose value the role may not see. A nullable
// field becomes null with a "withheld" error, without resolving. A
// non-null one is resolved for its type, then replaced: strings by a
// keyed pseudonym (so a UI can still tell two passengers apart), lists by
// an empty list, anything else by its zero value; the "withheld" error is
// added alongside.
func (g *guard) redact(ctx context.Context, fc *graphql.FieldContext, next graphql.Resolver) (any, error) {
	role := roleOf(ctx)
	if fc.Field.Definition == nil || !fc.Field.Definition.Type.NonNull {
		return nil, withheld(fc, role)
	}
	res, err := next(ctx)
	if err != nil || res == nil {
		return res, err
	}
	graphql.AddError(ctx, withheld(fc, role))
	switch v := res.(type) {
	case string:
		return g.pseudoKey(v), nil
	}
	t := reflect.TypeOf(res)
	if t.Kind() == reflect.Slice {
		return reflect.MakeSlice(t, 0, 0).Interface(), nil
	}
	return reflect.Zero(t).Interface(), nil
}

// maskIDs pseudonymises node ids of kinds whose id field the role may not
// see in a value of GraphQL type ID: a key, a relationship id
// "From-KIND->To", or a list of those.
func (g *guard) maskIDs(ctx context.Context, fc *graphql.FieldContext, res any) any {
	role := roleOf(ctx)
	hidden := func(k graph.Key) bool { return g.policy.Field(role, string(k.Kind), "id") != access.Allow }
	mask := func(s string) string {
		if k, err := graph.ParseKey(s); err == nil {
			if hidden(k) {
				return g.pseudoKey(s)
			}
			return s
		}
		if rel, ok := fc.Parent.Result.(*view.Relationship); ok && s == rel.ID() {
			from, to := rel.E.From.String(), rel.E.To.String()
			if hidden(rel.E.From) {
				from = g.pseudoKey(from)
			}
			if hidden(rel.E.To) {
				to = g.pseudoKey(to)
			}
			return from + "-" + string(rel.E.Kind) + "->" + to
		}
		return s
	}
	switch v := res.(type) {
	case string:
		return mask(v)
	case *string:
		s := mask(*v)
		return &s
	case []string:
		out := make([]string, len(v))
		for i, s := range v {
			out[i] = mask(s)
		}
		return out
	}
	return res
}

// collect records the keys of the nodes in a resolved value.
func collect(ctx context.Context, res any) {
	st := opStateFrom(ctx)
	if st == nil || res == nil {
		return
	}
	switch v := res.(type) {
	case view.Node:
		if v == nil {
			return
		}
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
			return
		}
		if k := v.GraphNode().Key; k != (graph.Key{}) { // the zero view has no key
			st.coll.Add(k)
		}
		return
	case string, bool, int, int64, float64, *string, *bool, *int, *int64, *float64, *time.Time, graph.Kind, graph.RelKind:
		return // scalars: most fields, no reflection
	}
	rv := reflect.ValueOf(res)
	if rv.Kind() != reflect.Slice {
		return
	}
	for i := range rv.Len() {
		e := rv.Index(i)
		if e.Kind() == reflect.Interface && e.IsNil() {
			continue
		}
		if n, ok := e.Interface().(view.Node); ok {
			st.coll.Add(n.GraphNode().Key)
		}
	}
}

// operations is the AroundOperations hook: it refuses operations without
// a principal (when a policy is set), gives the operation its audit state
// and audits it once its first response is ready.
func (g *guard) operations(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	op := graphql.GetOperationContext(ctx)
	st := &opState{coll: &graph.Collector{Max: maxAuditEntities}}
	ctx = context.WithValue(ctx, opStateKey{}, st)
	if g.policy != nil {
		if _, ok := graph.PrincipalFromContext(ctx); !ok {
			resp := &graphql.Response{Errors: gqlerror.List{codedError("credentials required", graph.EUNAUTHORIZED)}}
			markRequestError(ctx, resp)
			if err := g.auditOp(ctx, op, st, resp); err != nil {
				g.log.Error().Err(err).Msg("audit of a refused operation failed")
			}
			return graphql.OneShot(resp)
		}
		if g.policy.Field(roleOf(ctx), "Query", "__schema") == access.Deny {
			op.DisableIntrospection = true
		}
	}
	h := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		resp := h(ctx)
		if resp == nil {
			return nil
		}
		if err := g.auditOp(ctx, op, st, resp); err != nil {
			// Fail closed: what cannot be accounted for is not answered.
			return &graphql.Response{Errors: gqlerror.List{codedError("internal error", graph.EINTERNAL)}}
		}
		return resp
	}
}

func codedError(msg, code string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": code}}
}

// auditOp appends the operation's entry (once per operation) and, when
// fields were denied, a refused entry naming them.
func (g *guard) auditOp(ctx context.Context, op *graphql.OperationContext, st *opState, resp *graphql.Response) error {
	st.mu.Lock()
	if st.audited {
		st.mu.Unlock()
		return nil
	}
	st.audited = true
	denied := append([]string(nil), st.denied...)
	st.mu.Unlock()
	if g.audit == nil {
		return nil
	}
	p, _ := graph.PrincipalFromContext(ctx)
	e := audit.Entry{
		Actor: p.ID, Role: p.Role, RequestID: graph.RequestIDFromContext(ctx),
		Kind: audit.KindQuery, Operation: operationName(op), Variables: op.Variables,
		Outcome: outcome(resp),
	}
	if op.Operation != nil {
		switch op.Operation.Operation {
		case ast.Mutation:
			e.Kind = audit.KindMutation
		case ast.Subscription:
			e.Kind = audit.KindSubscription
		}
	}
	keys, dropped := st.coll.Keys()
	for _, k := range keys {
		e.Entities = append(e.Entities, k.String())
	}
	if dropped > 0 {
		e.Reason = strconv.Itoa(dropped) + " more entities not listed"
	}
	actx := context.WithoutCancel(ctx)
	if _, err := g.audit.Append(actx, e); err != nil {
		g.log.Error().Err(err).Str("req_id", e.RequestID).Msg("audit append failed")
		return err
	}
	// Denied fields, and routes that refused a kind (forbidden errors),
	// get a refused entry of their own, so refusals can be listed.
	var reasons []string
	if len(denied) > 0 {
		sort.Strings(denied)
		reasons = append(reasons, "denied fields: "+strings.Join(denied, ", "))
	}
	for _, ge := range resp.Errors {
		if c, _ := ge.Extensions["code"].(string); c == graph.EFORBIDDEN && !strings.Contains(ge.Message, " is not available to role ") {
			reasons = append(reasons, ge.Message)
		}
	}
	if len(reasons) > 0 {
		r := audit.Entry{
			Actor: p.ID, Role: p.Role, RequestID: e.RequestID, Kind: audit.KindRefused,
			Operation: e.Operation, Outcome: graph.EFORBIDDEN, Reason: strings.Join(reasons, "; "),
		}
		if _, err := g.audit.Append(actx, r); err != nil {
			g.log.Error().Err(err).Str("req_id", e.RequestID).Msg("audit append failed")
			return err
		}
	}
	return nil
}

// responses is the AroundResponses hook. Operations that executed are
// audited by operations; a response without that state is a request error
// (nothing ran), audited here as refused.
func (g *guard) responses(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil || g.audit == nil || opStateFrom(ctx) != nil || resp.Data != nil || len(resp.Errors) == 0 {
		return resp
	}
	p, _ := graph.PrincipalFromContext(ctx)
	e := audit.Entry{
		Actor: p.ID, Role: p.Role, RequestID: graph.RequestIDFromContext(ctx),
		Kind: audit.KindRefused, Outcome: outcome(resp), Reason: resp.Errors[0].Message,
	}
	if graphql.HasOperationContext(ctx) {
		op := graphql.GetOperationContext(ctx)
		e.Operation, e.Variables = operationName(op), op.Variables
	}
	if _, err := g.audit.Append(context.WithoutCancel(ctx), e); err != nil {
		g.log.Error().Err(err).Str("req_id", e.RequestID).Msg("audit append failed")
		return &graphql.Response{Errors: gqlerror.List{codedError("internal error", graph.EINTERNAL)}}
	}
	return resp
}

// operationName is the operation's name, or "{field,field}" listing the
// root fields of an anonymous operation.
func operationName(op *graphql.OperationContext) string {
	if op == nil {
		return ""
	}
	if op.OperationName != "" {
		return op.OperationName
	}
	if op.Operation == nil {
		return ""
	}
	if op.Operation.Name != "" {
		return op.Operation.Name
	}
	var names []string
	for _, s := range op.Operation.SelectionSet {
		if f, ok := s.(*ast.Field); ok {
			names = append(names, f.Name)
		}
	}
	return "{" + strings.Join(names, ",") + "}"
}

// outcome is "ok", or the code of the response's first error.
func outcome(resp *graphql.Response) string {
	if len(resp.Errors) == 0 {
		return "ok"
	}
	if c, ok := resp.Errors[0].Extensions["code"].(string); ok {
		return c
	}
	return graph.EINTERNAL
}

// The kind filters below are what every route that returns nodes applies
// before paging and counting.

// kindVisible reports whether the caller may see nodes of kind k.
func (r *Resolver) kindVisible(ctx context.Context, k graph.Kind) bool {
	return r.Policy == nil || r.Policy.Kind(roleOf(ctx), k) != access.Deny
}

// checkKey refuses, with EFORBIDDEN, a key of a kind the caller may not
// see, before anything is looked up (so existence does not leak).
func (r *Resolver) checkKey(ctx context.Context, k graph.Key) error {
	if r.kindVisible(ctx, k.Kind) {
		return nil
	}
	return graph.Errorf(graph.EFORBIDDEN, "%s nodes are not available to role %s", k.Kind, roleOf(ctx))
}

// visibleKinds narrows a kind filter to the kinds the caller may see: nil
// (all kinds) stays nil when every kind is visible and becomes the list of
// visible kinds otherwise; naming a hidden kind is EFORBIDDEN.
func (r *Resolver) visibleKinds(ctx context.Context, kinds []graph.Kind) ([]graph.Kind, error) {
	if r.Policy == nil {
		return kinds, nil
	}
	if len(kinds) > 0 {
		for _, k := range kinds {
			if !r.kindVisible(ctx, k) {
				return nil, graph.Errorf(graph.EFORBIDDEN, "%s nodes are not available to role %s", k, roleOf(ctx))
			}
		}
		return kinds, nil
	}
	all := graph.Kinds()
	vis := slices.DeleteFunc(slices.Clone(all), func(k graph.Kind) bool { return !r.kindVisible(ctx, k) })
	switch {
	case len(vis) == len(all):
		return nil, nil
	case len(vis) == 0:
		return nil, graph.Errorf(graph.EFORBIDDEN, "no nodes are available to role %s", roleOf(ctx))
	}
	return vis, nil
}

// visibleNodes drops the nodes the caller may not see.
func (r *Resolver) visibleNodes(ctx context.Context, nodes []graph.Node) []graph.Node {
	if r.Policy == nil {
		return nodes
	}
	return slices.DeleteFunc(slices.Clone(nodes), func(n graph.Node) bool { return !r.kindVisible(ctx, n.Key.Kind) })
}

// visibleEdges drops the relationships with an end the caller may not see.
func (r *Resolver) visibleEdges(ctx context.Context, edges []graph.Edge) []graph.Edge {
	if r.Policy == nil {
		return edges
	}
	return slices.DeleteFunc(slices.Clone(edges), func(e graph.Edge) bool {
		return !r.kindVisible(ctx, e.From.Kind) || !r.kindVisible(ctx, e.To.Kind)
	})
}

// visiblePath reports whether every node and relationship end of p is
// visible to the caller.
func (r *Resolver) visiblePath(ctx context.Context, p graph.Path) bool {
	return len(r.visibleNodes(ctx, p.Nodes)) == len(p.Nodes) && len(r.visibleEdges(ctx, p.Edges)) == len(p.Edges)
}
