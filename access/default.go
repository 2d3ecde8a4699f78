package access

import "github.com/borderlens/borderlens/graph"

// Role groups used by the default rules.
var (
	investigators = []graph.Role{graph.RoleInvestigator, graph.RoleAdmin}
	admins        = []graph.Role{graph.RoleAdmin}
	officers      = []graph.Role{graph.RoleOfficer}
)

// shared returns Shareable rules for the named fields of typ.
func shared(typ string, fields ...string) []Rule {
	out := []Rule{{Type: typ, Shareable: true}}
	for _, f := range fields {
		out = append(out, Rule{Type: typ, Field: f, Shareable: true})
	}
	return out
}

// pii returns rules that show the named fields of typ to investigators and
// admins and withhold them from officers (partners are denied the type).
func pii(typ string, fields ...string) []Rule {
	out := make([]Rule, 0, len(fields))
	for _, f := range fields {
		out = append(out, Rule{Type: typ, Field: f, Roles: investigators, Redact: officers})
	}
	return out
}

// DefaultRules is the agency's policy over the GraphQL schema, written as
// data so that phase 2 can state it as schema directives
// (@shareable, @access(roles: [...]), @pii) and check both agree.
//
//   - partner: only trader risk profiles of the kind agreed for exchange —
//     a trader's identity (id, name, country, roles, registered address),
//     its known-smuggler mark and date, its network risk, and the risk
//     profile's score and named factors. No passenger data, no
//     declarations (and so no commercial values), no internal notes
//     (knownSmugglerReason, knownSmugglerSource, properties), no graph
//     exploration (subgraph, paths, neighbours), no introspection.
//   - officer: exploration and inspection lists; passenger and travel
//     document PII (names, date of birth, document numbers, contacts,
//     cards) is withheld.
//   - investigator: everything an officer sees plus PII and the
//     known-smuggler mutations.
//   - admin: everything, including the audit trail.
func DefaultRules() []Rule {
	var rs []Rule
	// Partner-visible query roots; node, nodes and search must drop nodes
	// of kinds the role may not see (Policy.Kind).
	rs = append(rs, shared("Query", "node", "nodes", "search", "riskProfile")...)
	rs = append(rs, Rule{Type: "Query", Field: "__schema", Roles: internalRoles},
		Rule{Type: "Query", Field: "__type", Roles: internalRoles},
		Rule{Type: "Query", Field: "auditLog", Roles: admins},
		Rule{Type: "AuditEntry", Roles: admins},
		Rule{Type: "AuditEntryEdge", Roles: admins},
		Rule{Type: "AuditEntryConnection", Roles: admins})
	rs = append(rs, shared("Trader", "id", "kind", "label", "name", "country", "roles",
		"knownSmuggler", "knownSmugglerSince", "networkRisk", "address")...)
	rs = append(rs, shared("RiskProfile", "node", "score", "factors", "computedAt")...)
	rs = append(rs, shared("RiskFactor", "name", "weight")...)
	rs = append(rs, shared("NodeConnection", "edges", "pageInfo", "totalCount")...)
	rs = append(rs, shared("NodeEdge", "cursor", "node")...)
	rs = append(rs, shared("PageInfo", "hasNextPage", "hasPreviousPage", "startCursor", "endCursor")...)

	// Passenger PII. The id and label carry the name ("Passenger:DOE/JOHN/..."),
	// so officers get a pseudonym / withheld label.
	rs = append(rs, pii("Passenger", "id", "label", "properties", "surname", "givenNames",
		"dateOfBirth", "documents", "phones", "emails", "addresses", "paymentCards")...)
	rs = append(rs, pii("Document", "id", "label", "properties", "number")...)
	rs = append(rs, pii("Booking", "properties")...)

	rs = append(rs,
		Rule{Type: "Mutation", Field: "markKnownSmuggler", Roles: investigators},
		Rule{Type: "Mutation", Field: "unmarkKnownSmuggler", Roles: investigators},
	)
	return rs
}

// DefaultRoutes guards the HTTP surface: probes and the static UI shell are
// public (they carry no data); /graphql is open to every role (the
// field-level policy applies inside); /auth/ answers who the caller is;
// /admin/ is for admins; anything else needs an internal role.
func DefaultRoutes() []RouteRule {
	all := Roles()
	return []RouteRule{
		{Prefix: "/", Exact: true, Public: true},
		{Prefix: "/healthz", Public: true},
		{Prefix: "/readyz", Public: true},
		{Prefix: "/graphql", Roles: all},
		{Prefix: "/graphiql", Public: true},
		{Prefix: "/auth/", Roles: all},
		{Prefix: "/admin/", Roles: admins},
		{Prefix: "/assets/", Public: true},
		{Prefix: "/favicon.svg", Public: true},
		{Prefix: "/index.html", Public: true},
	}
}

// DefaultPolicy returns New(DefaultRules(), DefaultRoutes()).
func DefaultPolicy() *Policy {
	p, err := New(DefaultRules(), DefaultRoutes())
	if err != nil {
		// The default rules are constants checked by TestDefaultPolicy.
		return &Policy{types: map[string]grant{}, fields: map[string]map[string]grant{}}
	}
	return p
}
