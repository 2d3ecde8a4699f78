package resolvers_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/resolvers"
)

// decisions maps "Type.field/role" to the policy's decision for every
// type and field of s (the type itself as "Type./role").
func decisions(s *ast.Schema, p *access.Policy) map[string]string {
	out := map[string]string{}
	for name, def := range s.Types {
		if def.BuiltIn {
			continue
		}
		for _, role := range access.Roles() {
			out[name+"./"+string(role)] = p.Type(role, name).String()
			for _, f := range def.Fields {
				out[name+"."+f.Name+"/"+string(role)] = p.Field(role, name, f.Name).String()
			}
		}
	}
	return out
}

// TestSchemaPolicyMatchesDefaultRules checks that the directives in
// schema.graphqls state the same policy as access.DefaultRules, field by
// field and role by role.
func TestSchemaPolicyMatchesDefaultRules(t *testing.T) {
	s := resolvers.Schema()
	fromSchema, err := access.PolicyFromSchema(s, access.DefaultRoutes())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(decisions(s, access.DefaultPolicy()), decisions(s, fromSchema)); diff != "" {
		t.Errorf("schema directives and DefaultRules disagree (-default +schema):\n%s", diff)
	}
}

// TestNewFieldDeniedToPartners walks the whole schema: every field a
// partner may see carries @shareable itself, and a field added without a
// directive (to a shareable type) is denied to partners.
func TestNewFieldDeniedToPartners(t *testing.T) {
	s := resolvers.Schema()
	p, err := access.PolicyFromSchema(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, def := range s.Types {
		if def.BuiltIn {
			continue
		}
		for _, f := range def.Fields {
			if p.Field("partner", name, f.Name) != access.Deny && f.Directives.ForName(access.DirectiveShareable) == nil {
				t.Errorf("%s.%s is visible to partners without @shareable", name, f.Name)
			}
		}
	}

	var src []*ast.Source
	for _, x := range []string{"Trader", "RiskProfile", "Query"} {
		src = append(src, &ast.Source{Name: "extra-" + x + ".graphqls", Input: "extend type " + x + " { newField: String }"})
	}
	ext, gerr := gqlparser.LoadSchema(append(schemaSources(t), src...)...)
	if gerr != nil {
		t.Fatal(gerr)
	}
	pe, err := access.PolicyFromSchema(ext, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []string{"Trader", "RiskProfile", "Query"} {
		if d := pe.Field("partner", x, "newField"); d != access.Deny {
			t.Errorf("partner on new field %s.newField: got %v, want deny", x, d)
		}
		if d := pe.Field("officer", x, "newField"); d != access.Allow {
			t.Errorf("officer on new field %s.newField: got %v, want allow", x, d)
		}
	}
}

// schemaSources returns the schema's sources as gqlgen embedded them.
func schemaSources(t *testing.T) []*ast.Source {
	t.Helper()
	var out []*ast.Source
	for _, def := range resolvers.Schema().Types {
		if def.Position != nil && def.Position.Src != nil && !def.Position.Src.BuiltIn {
			src := def.Position.Src
			dup := false
			for _, o := range out {
				dup = dup || o == src
			}
			if !dup {
				out = append(out, src)
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("schema has no sources")
	}
	return out
}
