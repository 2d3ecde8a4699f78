package access_test

import (
	"testing"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/graph"
)

func mustDefault(t *testing.T) *access.Policy {
	t.Helper()
	p, err := access.New(access.DefaultRules(), access.DefaultRoutes())
	if err != nil {
		t.Fatalf("default policy: %v", err)
	}
	return p
}

func TestDefaultPolicyFields(t *testing.T) {
	p := mustDefault(t)
	const (
		partner = graph.RolePartner
		officer = graph.RoleOfficer
		invest  = graph.RoleInvestigator
		admin   = graph.RoleAdmin
	)
	tests := []struct {
		role       graph.Role
		typ, field string
		want       access.Decision
	}{
		// Partners: only the agreed trader profile.
		{partner, "Trader", "name", access.Allow},
		{partner, "Trader", "networkRisk", access.Allow},
		{partner, "Trader", "knownSmugglerReason", access.Deny}, // internal note
		{partner, "Trader", "knownSmugglerSource", access.Deny},
		{partner, "Trader", "properties", access.Deny},
		{partner, "Trader", "declarations", access.Deny},
		{partner, "Trader", "neighbours", access.Deny},
		{partner, "Trader", "somethingAddedLater", access.Deny}, // new fields are not shared
		{partner, "Passenger", "id", access.Deny},
		{partner, "Passenger", "surname", access.Deny},
		{partner, "Declaration", "value", access.Deny},
		{partner, "Declaration", "id", access.Deny},
		{partner, "Query", "node", access.Allow},
		{partner, "Query", "search", access.Allow},
		{partner, "Query", "subgraph", access.Deny},
		{partner, "Query", "paths", access.Deny},
		{partner, "Query", "__schema", access.Deny},
		{partner, "Query", "__type", access.Deny},
		{partner, "Query", "__typename", access.Allow},
		{partner, "RiskProfile", "paths", access.Deny},
		{partner, "RiskFactor", "detail", access.Deny},
		{partner, "Mutation", "markKnownSmuggler", access.Deny},
		{partner, "NewTypeAddedLater", "id", access.Deny},
		// Officers: exploration, PII withheld.
		{officer, "Declaration", "value", access.Allow},
		{officer, "Passenger", "flights", access.Allow},
		{officer, "Passenger", "surname", access.Redact},
		{officer, "Passenger", "id", access.Redact},
		{officer, "Document", "number", access.Redact},
		{officer, "Mutation", "markKnownSmuggler", access.Deny},
		{officer, "Query", "__schema", access.Allow},
		{officer, "Query", "auditLog", access.Deny},
		{officer, "NewTypeAddedLater", "id", access.Allow},
		// Investigators: PII and marking.
		{invest, "Passenger", "surname", access.Allow},
		{invest, "Mutation", "markKnownSmuggler", access.Allow},
		{invest, "Query", "auditLog", access.Deny},
		// Admin: everything.
		{admin, "Query", "auditLog", access.Allow},
		{admin, "Passenger", "surname", access.Allow},
		// Unknown role: nothing.
		{graph.Role("guest"), "Trader", "name", access.Deny},
	}
	for _, tc := range tests {
		t.Run(string(tc.role)+"/"+tc.typ+"."+tc.field, func(t *testing.T) {
			if got := p.Field(tc.role, tc.typ, tc.field); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestKinds(t *testing.T) {
	p := mustDefault(t)
	for _, k := range graph.Kinds() {
		want := access.Deny
		if k == graph.KindTrader {
			want = access.Allow
		}
		if got := p.Kind(graph.RolePartner, k); got != want {
			t.Errorf("partner kind %s: got %v, want %v", k, got, want)
		}
		if got := p.Kind(graph.RoleOfficer, k); got != access.Allow {
			t.Errorf("officer kind %s: got %v, want allow", k, got)
		}
	}
}

func TestRoutes(t *testing.T) {
	p := mustDefault(t)
	tests := []struct {
		path       string
		role       graph.Role
		wantPublic bool
		wantAllow  bool
	}{
		{"/healthz", "", true, false},
		{"/", "", true, false},
		{"/assets/app.js", "", true, false},
		{"/graphql", graph.RolePartner, false, true},
		{"/admin/audit", graph.RolePartner, false, false},
		{"/admin/audit", graph.RoleInvestigator, false, false},
		{"/admin/audit", graph.RoleAdmin, false, true},
		{"/export/graphml", graph.RolePartner, false, false}, // unknown routes: internal roles only
		{"/export/graphml", graph.RoleOfficer, false, true},
		{"/secret.txt", "", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.path+"/"+string(tc.role), func(t *testing.T) {
			pub, allowed := p.Route(tc.path)
			if pub != tc.wantPublic {
				t.Errorf("public: got %v, want %v", pub, tc.wantPublic)
			}
			if tc.role != "" && allowed(tc.role) != tc.wantAllow {
				t.Errorf("allowed(%s): got %v, want %v", tc.role, allowed(tc.role), tc.wantAllow)
			}
		})
	}
}

func TestNewRejectsBadRules(t *testing.T) {
	tests := []struct {
		name   string
		rules  []access.Rule
		routes []access.RouteRule
	}{
		{"empty type", []access.Rule{{Field: "x"}}, nil},
		{"unknown role", []access.Rule{{Type: "T", Roles: []graph.Role{"root"}}}, nil},
		{"duplicate route", nil, []access.RouteRule{{Prefix: "/a"}, {Prefix: "/a"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := access.New(tc.rules, tc.routes); graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("got %v, want an invalid error", err)
			}
		})
	}
}

func TestView(t *testing.T) {
	v := mustDefault(t).View(graph.RolePartner)
	if v.Default != access.Deny {
		t.Errorf("partner default: got %v, want deny", v.Default)
	}
	if got := v.Types["Trader"].Fields["name"]; got != access.Allow {
		t.Errorf("partner Trader.name: got %v, want allow", got)
	}
	if got := v.Types["Passenger"].Decision; got != access.Deny {
		t.Errorf("partner Passenger: got %v, want deny", got)
	}
}

func TestParseRole(t *testing.T) {
	for _, r := range access.Roles() {
		got, err := access.ParseRole(" " + string(r) + " ")
		if err != nil || got != r {
			t.Errorf("ParseRole(%q): got %q, %v", r, got, err)
		}
	}
	if _, err := access.ParseRole("root"); err == nil {
		t.Error("ParseRole(root): got nil error")
	}
}
