package resolvers

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/borderlens/borderlens/graph"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Codes the GraphQL edge adds to graph's for rejections that happen before
// execution. gqlgen's own codes (GRAPHQL_PARSE_FAILED,
// GRAPHQL_VALIDATION_FAILED, COMPLEXITY_LIMIT_EXCEEDED,
// PERSISTED_QUERY_NOT_FOUND) pass through unchanged.
const (
	CodeDepthLimit            = "DEPTH_LIMIT_EXCEEDED"
	CodeIntrospectionDisabled = "INTROSPECTION_DISABLED"
	CodeBadRequest            = "BAD_REQUEST"
)

// errPanic is what the recover func turns a resolver panic into. It has
// been logged with its stack already.
type errPanic struct{}

func (errPanic) Error() string { return "internal error" }

// errorPresenter is the one place where errors become GraphQL errors.
// Domain errors keep their message and put their code in extensions.code;
// a timeout or cancellation says so; anything else is EINTERNAL, shown as
// "internal error" and logged with the request id, so internals never
// reach the caller. Errors gqlgen raised itself (parse, validation,
// limits) already have a safe message and code, and pass through.
func errorPresenter(log zerolog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) && gqlErr.Err == nil {
			return gqlErr
		}
		out := &gqlerror.Error{Path: graphql.GetPath(ctx)}
		if gqlErr != nil {
			out.Path, out.Locations = gqlErr.Path, gqlErr.Locations
		}
		if fc := graphql.GetFieldContext(ctx); fc != nil && out.Locations == nil && fc.Field.Position != nil {
			out.Locations = []gqlerror.Location{{Line: fc.Field.Position.Line, Column: fc.Field.Position.Column}}
		}
		code := graph.ErrorCode(err)
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			code, out.Message = graph.EUNAVAILABLE, "request timed out"
		case errors.Is(err, context.Canceled):
			code, out.Message = graph.EUNAVAILABLE, "request cancelled"
		case code == graph.EINTERNAL:
			out.Message = "internal error"
			if !errors.As(err, new(errPanic)) {
				log.Error().Err(err).
					Str("req_id", graph.RequestIDFromContext(ctx)).
					Str("path", out.Path.String()).
					Msg("graphql internal error")
			}
		default:
			out.Message = graph.ErrorMessage(err)
		}
		out.Extensions = map[string]any{"code": code}
		return out
	}
}

// recoverFunc logs a panic in a resolver with its stack and request id and
// turns it into an internal error.
func recoverFunc(log zerolog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		log.Error().
			Str("req_id", graph.RequestIDFromContext(ctx)).
			Str("panic", fmt.Sprint(v)).
			Bytes("stack", debug.Stack()).
			Msg("graphql resolver panic")
		return errPanic{}
	}
}
