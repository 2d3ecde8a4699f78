package graph

import "context"

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
