package access

import (
	"fmt"
	"sort"
	"strings"

	"github.com/borderlens/borderlens/graph"
)

// Decision is the policy's answer for one principal and one type, field or
// route.
type Decision uint8

// Decisions.
const (
	// Deny refuses: the GraphQL layer returns a forbidden error for the
	// field (and never resolves it), the web layer answers 403.
	Deny Decision = iota
	// Allow lets the value through.
	Allow
	// Redact lets the caller know the field exists but withholds its value:
	// null with extensions.code "withheld" (graph.EWITHHELD), or a keyed
	// pseudonym for a non-null id.
	Redact
)

// String returns "deny", "allow" or "redact".
func (d Decision) String() string {
	switch d {
	case Allow:
		return "allow"
	case Redact:
		return "redact"
	}
	return "deny"
}

// MarshalText encodes the decision as its String form.
func (d Decision) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Rule grants access to one GraphQL type (Field empty) or one field of a
// type. Type names are GraphQL names; node types are named like graph
// kinds ("Trader", "Passenger"), so a rule on a type also governs the
// kind in routes that return nodes (node, search, subgraph).
//
// Without a rule, a type or field is visible to officer, investigator and
// admin and denied to partner. Admin is allowed everything except where a
// rule's Roles says otherwise explicitly by leaving admin out (never done
// by the default policy).
type Rule struct {
	Type  string
	Field string
	// Roles may see the value. Nil means the internal roles (officer,
	// investigator, admin).
	Roles []graph.Role
	// Redact are roles that get the field with its value withheld. A role
	// in both Roles and Redact is allowed.
	Redact []graph.Role
	// Shareable adds partner to Roles: the value may leave the agency in
	// partner queries and signed partner profiles.
	Shareable bool
}

// RouteRule guards the HTTP routes under Prefix (longest prefix wins; an
// Exact rule matches only the path itself).
type RouteRule struct {
	Prefix string
	Exact  bool
	// Public routes need no credentials (health probes, the static UI
	// shell: no data).
	Public bool
	// Roles may use the route. Nil means the internal roles. Ignored when
	// Public.
	Roles []graph.Role
}

type grant struct {
	allow, redact roleSet
}

func (g grant) decide(r graph.Role) Decision {
	switch {
	case g.allow.has(r):
		return Allow
	case g.redact.has(r):
		return Redact
	}
	return Deny
}

// Policy answers access questions. It is immutable after New and safe for
// concurrent use.
type Policy struct {
	types  map[string]grant
	fields map[string]map[string]grant
	routes []compiledRoute // longest prefix first
	rules  []Rule
}

type compiledRoute struct {
	prefix string
	exact  bool
	public bool
	roles  roleSet
}

var defaultGrant = grant{allow: setOf(internalRoles)}

// New builds a policy from type/field rules and route rules. A later rule
// for the same type or field replaces an earlier one. Errors: EINVALID
// (empty type, unknown role, duplicate route prefix).
func New(rules []Rule, routes []RouteRule) (*Policy, error) {
	p := &Policy{types: map[string]grant{}, fields: map[string]map[string]grant{}}
	for i, r := range rules {
		if r.Type == "" {
			return nil, graph.Errorf(graph.EINVALID, "access rule %d: empty type", i)
		}
		g := defaultGrant
		if r.Roles != nil {
			g.allow = setOf(r.Roles)
			if err := checkRoles(r.Roles); err != nil {
				return nil, fmt.Errorf("access rule %d (%s.%s): %w", i, r.Type, r.Field, err)
			}
		}
		if err := checkRoles(r.Redact); err != nil {
			return nil, fmt.Errorf("access rule %d (%s.%s): %w", i, r.Type, r.Field, err)
		}
		g.redact = setOf(r.Redact)
		if r.Shareable {
			g.allow |= bit(graph.RolePartner)
		}
		if r.Field == "" {
			p.types[r.Type] = g
		} else {
			m := p.fields[r.Type]
			if m == nil {
				m = map[string]grant{}
				p.fields[r.Type] = m
			}
			m[r.Field] = g
		}
		p.rules = append(p.rules, r)
	}
	seen := map[string]bool{}
	for i, rr := range routes {
		id := fmt.Sprint(rr.Exact, rr.Prefix)
		if seen[id] || rr.Prefix == "" {
			return nil, graph.Errorf(graph.EINVALID, "route rule %d: empty or duplicate prefix %q", i, rr.Prefix)
		}
		seen[id] = true
		if err := checkRoles(rr.Roles); err != nil {
			return nil, fmt.Errorf("route rule %d (%s): %w", i, rr.Prefix, err)
		}
		c := compiledRoute{prefix: rr.Prefix, exact: rr.Exact, public: rr.Public, roles: setOf(internalRoles)}
		if rr.Roles != nil {
			c.roles = setOf(rr.Roles)
		}
		p.routes = append(p.routes, c)
	}
	sort.SliceStable(p.routes, func(i, j int) bool {
		a, b := p.routes[i], p.routes[j]
		if a.exact != b.exact {
			return a.exact
		}
		return len(a.prefix) > len(b.prefix)
	})
	return p, nil
}

func checkRoles(rs []graph.Role) error {
	for _, r := range rs {
		if bit(r) == 0 {
			return graph.Errorf(graph.EINVALID, "unknown role %q", string(r))
		}
	}
	return nil
}

// Type decides whether role may see values of the GraphQL type typ at all.
// Admin is always allowed.
func (p *Policy) Type(role graph.Role, typ string) Decision {
	if role == graph.RoleAdmin {
		return Allow
	}
	g, ok := p.types[typ]
	if !ok {
		g = defaultGrant
	}
	return g.decide(role)
}

// Kind decides whether role may see nodes of kind k; it is Type on the
// kind's GraphQL type name. Resolvers returning nodes of mixed kinds
// (node, nodes, search, subgraph, paths, neighbours, holders) drop or
// withhold the nodes whose kind is denied.
func (p *Policy) Kind(role graph.Role, k graph.Kind) Decision { return p.Type(role, string(k)) }

// Field decides whether role may see field of type typ. The type's
// decision bounds the field's: a field of a denied type is denied, and a
// field of a redacted type at best redacted. Meta fields (__typename) are
// always allowed. Admin is always allowed.
func (p *Policy) Field(role graph.Role, typ, field string) Decision {
	if role == graph.RoleAdmin || field == "__typename" {
		return Allow
	}
	td := p.Type(role, typ)
	if td == Deny {
		return Deny
	}
	g, ok := p.fields[typ][field]
	if !ok {
		g = defaultGrant
	}
	fd := g.decide(role)
	if td == Redact && fd == Allow {
		return Redact
	}
	return fd
}

// Route returns the rule guarding path: whether it is public, and whether
// role may use it. Paths no rule covers need an internal role.
func (p *Policy) Route(path string) (public bool, allowed func(graph.Role) bool) {
	for _, r := range p.routes {
		if path == r.prefix || !r.exact && strings.HasPrefix(path, r.prefix) {
			rs := r.roles
			return r.public, func(role graph.Role) bool { return role == graph.RoleAdmin || rs.has(role) }
		}
	}
	rs := setOf(internalRoles)
	return false, func(role graph.Role) bool { return rs.has(role) }
}

// View is what one role may see: for every type with a rule, the type's
// decision and the decisions on the fields that have rules. Types and
// fields absent from View follow the default (visible to internal roles,
// denied to partners). The web UI reads it from /auth/whoami to hide what
// the role may not see.
type View struct {
	Role    graph.Role          `json:"role"`
	Default Decision            `json:"default"`
	Types   map[string]TypeView `json:"types"`
}

// TypeView is one type's entry in a View.
type TypeView struct {
	Decision Decision            `json:"decision"`
	Fields   map[string]Decision `json:"fields,omitempty"`
}

// View returns role's view of the policy.
func (p *Policy) View(role graph.Role) View {
	v := View{Role: role, Default: p.Type(role, "\x00no-such-type"), Types: map[string]TypeView{}}
	names := map[string]bool{}
	for t := range p.types {
		names[t] = true
	}
	for t := range p.fields {
		names[t] = true
	}
	for t := range names {
		tv := TypeView{Decision: p.Type(role, t)}
		for f := range p.fields[t] {
			if tv.Fields == nil {
				tv.Fields = map[string]Decision{}
			}
			tv.Fields[f] = p.Field(role, t, f)
		}
		v.Types[t] = tv
	}
	return v
}

// Rules returns the rules the policy was built from, in order.
func (p *Policy) Rules() []Rule { return append([]Rule(nil), p.rules...) }
