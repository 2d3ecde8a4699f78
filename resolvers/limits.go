package resolvers

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/graph"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// requestChecks is a gqlgen handler extension that rejects, before any
// resolver runs:
//   - a request without a query (after persisted-query lookup), with
//     BAD_REQUEST, which the HTTP layer answers with 400 as the GraphQL
//     over HTTP spec asks;
//   - an operation nested deeper than maxDepth, with DEPTH_LIMIT_EXCEEDED;
//   - introspection (__schema, __type) unless it is enabled, with
//     INTROSPECTION_DISABLED.
//
// Depth counts fields, not fragments: `{ a { b } }` has depth 2, and
// fragment spreads and inline fragments add the depth of their fields.
// Introspection fields are not counted, so a permitted introspection query
// is bounded by gqlparser's own introspection depth rule instead.
type requestChecks struct {
	maxDepth      int
	introspection bool
	// policy, when set, refuses introspection to roles it denies
	// Query.__schema (partners), with code forbidden: they may not learn
	// which fields exist beyond their own.
	policy *access.Policy
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
} = requestChecks{}

// ExtensionName implements graphql.HandlerExtension.
func (requestChecks) ExtensionName() string { return "BorderLensRequestChecks" }

// Validate implements graphql.HandlerExtension.
func (requestChecks) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters implements graphql.OperationParameterMutator.
func (requestChecks) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	if strings.TrimSpace(p.Query) == "" {
		err := gqlerror.Errorf("the request has no query")
		errcode.Set(err, CodeBadRequest)
		return err
	}
	return nil
}

// MutateOperationContext implements graphql.OperationContextMutator.
func (c requestChecks) MutateOperationContext(ctx context.Context, op *graphql.OperationContext) *gqlerror.Error {
	if op.Operation == nil {
		return nil
	}
	w := depthWalker{fragments: op.Doc.Fragments, seen: map[string]int{}}
	depth := w.depth(op.Operation.SelectionSet)
	if c.maxDepth > 0 && depth > c.maxDepth {
		err := gqlerror.Errorf("operation has depth %d, which exceeds the limit of %d", depth, c.maxDepth)
		errcode.Set(err, CodeDepthLimit)
		return err
	}
	if w.introspects && c.policy != nil && c.policy.Field(roleOf(ctx), "Query", "__schema") == access.Deny {
		err := gqlerror.Errorf("introspection is not available to this role")
		errcode.Set(err, graph.EFORBIDDEN)
		return err
	}
	if !c.introspection && w.introspects {
		err := gqlerror.Errorf("introspection is disabled on this server")
		errcode.Set(err, CodeIntrospectionDisabled)
		return err
	}
	return nil
}

// depthWalker measures selection depth and notes introspection fields.
type depthWalker struct {
	fragments   ast.FragmentDefinitionList
	seen        map[string]int // fragment name -> depth (validation rules out cycles)
	introspects bool
}

func (w *depthWalker) depth(set ast.SelectionSet) int {
	d := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				w.introspects = true
				continue
			}
			if strings.HasPrefix(s.Name, "__") {
				d = max(d, 1)
				continue
			}
			d = max(d, 1+w.depth(s.SelectionSet))
		case *ast.InlineFragment:
			d = max(d, w.depth(s.SelectionSet))
		case *ast.FragmentSpread:
			if fd, ok := w.seen[s.Name]; ok {
				d = max(d, fd)
				continue
			}
			w.seen[s.Name] = 0
			if f := w.fragments.ForName(s.Name); f != nil {
				fd := w.depth(f.SelectionSet)
				w.seen[s.Name] = fd
				d = max(d, fd)
			}
		}
	}
	return d
}
