package web

import (
	"context"
	"strings"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/graph"
)

// WebSocketInit returns the check for a GraphQL WebSocket's
// connection_init payload, for resolvers.Config.WSInit. Browsers cannot
// set headers on a WebSocket, so with AuthConfig.WebSocketInit the
// upgrade reaches the GraphQL transport without credentials and the
// credential travels in the payload instead: "Authorization" ("Bearer
// <key or token>") or "apiKey"/"token" (the bare credential), keys
// matched case-insensitively. An upgrade that was authenticated already
// (a header, or dev mode) keeps its principal. The role must be allowed on
// /graphql by the route policy. Refusals are audited and return
// EUNAUTHORIZED or EFORBIDDEN, which close the connection.
func (c AuthConfig) WebSocketAuth() func(ctx context.Context, payload map[string]any) (context.Context, error) {
	policy := c.Policy
	if policy == nil {
		policy = access.DefaultPolicy()
	}
	return func(ctx context.Context, payload map[string]any) (context.Context, error) {
		if _, ok := graph.PrincipalFromContext(ctx); ok {
			return ctx, nil
		}
		refuse := func(p graph.Principal, err error) (context.Context, error) {
			if c.Audit != nil {
				_, aerr := c.Audit.Append(context.WithoutCancel(ctx), audit.Entry{
					Actor: p.ID, Role: p.Role, RequestID: graph.RequestIDFromContext(ctx),
					Kind: audit.KindRefused, Operation: "websocket connection_init /graphql",
					Outcome: graph.ErrorCode(err), Reason: graph.ErrorMessage(err),
				})
				if aerr != nil {
					return ctx, graph.Errorf(graph.EINTERNAL, "audit unavailable")
				}
			}
			return ctx, err
		}
		cred := payloadCredential(payload)
		if cred == "" {
			return refuse(graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "credentials required in connection_init: {\"Authorization\": \"Bearer <api key or token>\"}"))
		}
		if c.Credentials == nil {
			return refuse(graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "credentials are not enabled on this server"))
		}
		p, err := c.Credentials.Authenticate(ctx, cred)
		if err != nil {
			return refuse(graph.Principal{}, err)
		}
		if _, allowed := policy.Route("/graphql"); !allowed(p.Role) {
			return refuse(p, graph.Errorf(graph.EFORBIDDEN, "role %s may not use /graphql", p.Role))
		}
		if ok, _ := c.Limiter.Allow(p.ID); !ok {
			return refuse(p, graph.Errorf(graph.EFORBIDDEN, "rate limit exceeded"))
		}
		return graph.NewContextWithPrincipal(ctx, p), nil
	}
}

// payloadCredential returns the credential in a connection_init payload.
func payloadCredential(payload map[string]any) string {
	for k, v := range payload {
		s, ok := v.(string)
		if !ok {
			continue
		}
		switch strings.ToLower(k) {
		case "authorization":
			scheme, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
			if ok && strings.EqualFold(scheme, "Bearer") {
				return strings.TrimSpace(rest)
			}
		case "apikey", "x-api-key", "token":
			return strings.TrimSpace(s)
		}
	}
	return ""
}
