// Package access decides who may see what: the roles, the policy over
// GraphQL types and fields and over HTTP routes, and the credentials that
// turn a request into a graph.Principal (API keys stored hashed at rest,
// OIDC/JWT bearer tokens verified against a JWKS), plus per-principal rate
// limits.
//
// The policy is data (a list of Rule values), not code: the web server asks
// it about routes, the GraphQL layer asks it about every resolved field
// (phase 2: built from @access/@shareable schema directives), the partner
// exporter in access/exchange asks it which trader properties a partner may
// receive, and the web UI reads a role's view of it from /auth/whoami. A
// type or field with no rule is visible to the internal roles and denied to
// partners: nothing is shared with a partner unless marked shareable.
//
// Subpackages: access/audit (hash-chained audit trail) and access/exchange
// (signed FollowTheMoney trader risk profiles for partner agencies).
//
// Place in the dependency graph: access imports graph (and the standard
// library, go-oidc/go-jose for token verification, x/time/rate); web,
// resolvers and cmd import access; access imports none of them.
package access
