package access_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/graph"
)

const directives = `
enum AccessRole { OFFICER INVESTIGATOR PARTNER ADMIN }
directive @shareable on OBJECT | FIELD_DEFINITION
directive @access(roles: [AccessRole!]!, redact: [AccessRole!]) on OBJECT | FIELD_DEFINITION
directive @pii on FIELD_DEFINITION
`

func mustSchema(t *testing.T, sdl string) *ast.Schema {
	t.Helper()
	s, err := gqlparser.LoadSchema(&ast.Source{Name: "test.graphqls", Input: directives + sdl})
	if err != nil {
		t.Fatalf("schema: %v", err)
	}
	return s
}

func TestRulesFromSchema(t *testing.T) {
	s := mustSchema(t, `
type Query @shareable { a: A @shareable  secret: String  audit: String @access(roles: [ADMIN]) }
type A @shareable { id: ID! @shareable  name: String @pii  note: String @access(roles: [INVESTIGATOR], redact: [OFFICER]) }
`)
	p, err := access.PolicyFromSchema(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		role       graph.Role
		typ, field string
		want       access.Decision
	}{
		{graph.RolePartner, "Query", "a", access.Allow},
		{graph.RolePartner, "Query", "secret", access.Deny},
		{graph.RoleOfficer, "Query", "secret", access.Allow},
		{graph.RoleOfficer, "Query", "audit", access.Deny},
		{graph.RoleAdmin, "Query", "audit", access.Allow},
		{graph.RolePartner, "A", "id", access.Allow},
		{graph.RolePartner, "A", "name", access.Deny},
		{graph.RoleOfficer, "A", "name", access.Redact},
		{graph.RoleInvestigator, "A", "name", access.Allow},
		{graph.RoleOfficer, "A", "note", access.Redact},
		{graph.RoleInvestigator, "A", "note", access.Allow},
	}
	for _, tc := range tests {
		t.Run(string(tc.role)+" "+tc.typ+"."+tc.field, func(t *testing.T) {
			if got := p.Field(tc.role, tc.typ, tc.field); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	rules, err := access.RulesFromSchema(s)
	if err != nil {
		t.Fatal(err)
	}
	again, err := access.RulesFromSchema(mustSchema(t, `
type Query @shareable { a: A @shareable  secret: String  audit: String @access(roles: [ADMIN]) }
type A @shareable { id: ID! @shareable  name: String @pii  note: String @access(roles: [INVESTIGATOR], redact: [OFFICER]) }
`))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rules, again); diff != "" {
		t.Errorf("rules are not deterministic:\n%s", diff)
	}
}

func TestRulesFromSchemaErrors(t *testing.T) {
	tests := []struct{ name, sdl string }{
		{"pii on a type", `directive @piiT on OBJECT
type Query { a: String }
extend type Query @pii`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, gerr := gqlparser.LoadSchema(&ast.Source{Name: "x", Input: directives + tc.sdl})
			if gerr != nil {
				return // refused by the parser: equally good
			}
			if _, err := access.RulesFromSchema(s); graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("got %v, want an invalid error", err)
			}
		})
	}
	if _, err := access.RulesFromSchema(nil); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("nil schema: got %v, want invalid", err)
	}
}
