package access

import (
	"fmt"
	"sort"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/borderlens/borderlens/graph"
)

// Schema directive names (declared in schema.graphqls).
const (
	DirectiveShareable = "shareable"
	DirectiveAccess    = "access"
	DirectivePII       = "pii"
)

// RulesFromSchema reads the access directives of a parsed GraphQL schema:
//
//   - @shareable on a type or field: Rule{Shareable: true};
//   - @access(roles: [...], redact: [...]): Rule{Roles, Redact};
//   - @pii on a field: investigators and admins see it, officers get it
//     withheld (the same as DefaultRules' pii).
//
// Types and fields without a directive get no rule, so they follow the
// default: visible to the internal roles, denied to partners. Built-in
// types (names starting "__") are skipped. Rules come out sorted by type,
// then field, so two schemas with the same directives give equal rules.
// Errors: EINVALID (an unknown role, @pii on a type).
func RulesFromSchema(s *ast.Schema) ([]Rule, error) {
	if s == nil {
		return nil, graph.Errorf(graph.EINVALID, "access: no schema")
	}
	names := make([]string, 0, len(s.Types))
	for n := range s.Types {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []Rule
	for _, n := range names {
		def := s.Types[n]
		if def.BuiltIn || strings.HasPrefix(n, "__") {
			continue
		}
		r, ok, err := ruleOf(n, "", def.Directives)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, r)
		}
		fields := make([]*ast.FieldDefinition, len(def.Fields))
		copy(fields, def.Fields)
		sort.Slice(fields, func(i, j int) bool { return fields[i].Name < fields[j].Name })
		for _, f := range fields {
			r, ok, err := ruleOf(n, f.Name, f.Directives)
			if err != nil {
				return nil, err
			}
			if ok {
				out = append(out, r)
			}
		}
	}
	return out, nil
}

// PolicyFromSchema returns New(RulesFromSchema(s), routes).
func PolicyFromSchema(s *ast.Schema, routes []RouteRule) (*Policy, error) {
	rules, err := RulesFromSchema(s)
	if err != nil {
		return nil, err
	}
	return New(rules, routes)
}

// ruleOf turns the access directives on one type (field "") or field into
// a rule; ok is false when there are none.
func ruleOf(typ, field string, ds ast.DirectiveList) (r Rule, ok bool, err error) {
	r = Rule{Type: typ, Field: field}
	where := typ
	if field != "" {
		where += "." + field
	}
	for _, d := range ds {
		switch d.Name {
		case DirectiveShareable:
			r.Shareable, ok = true, true
		case DirectivePII:
			if field == "" {
				return Rule{}, false, graph.Errorf(graph.EINVALID, "access: %s: @pii applies to fields only", where)
			}
			r.Roles = append(r.Roles, investigators...)
			r.Redact = append(r.Redact, officers...)
			ok = true
		case DirectiveAccess:
			for _, arg := range []string{"roles", "redact"} {
				a := d.Arguments.ForName(arg)
				if a == nil || a.Value == nil {
					continue
				}
				rs, err := rolesOf(a.Value)
				if err != nil {
					return Rule{}, false, fmt.Errorf("access: %s: @access(%s): %w", where, arg, err)
				}
				if arg == "roles" {
					r.Roles = append(r.Roles, rs...)
				} else {
					r.Redact = append(r.Redact, rs...)
				}
			}
			if r.Roles == nil {
				r.Roles = []graph.Role{}
			}
			ok = true
		}
	}
	return r, ok, nil
}

// rolesOf reads a list of AccessRole enum values.
func rolesOf(v *ast.Value) ([]graph.Role, error) {
	vals := []*ast.Value{v}
	if v.Kind == ast.ListValue {
		vals = vals[:0]
		for _, c := range v.Children {
			vals = append(vals, c.Value)
		}
	}
	out := make([]graph.Role, 0, len(vals))
	for _, x := range vals {
		r, err := ParseRole(x.Raw)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}
