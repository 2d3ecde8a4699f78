package access

import (
	"strings"

	"github.com/borderlens/borderlens/graph"
)

// roles lists every role in a fixed order, least privileged first.
var roles = []graph.Role{graph.RolePartner, graph.RoleOfficer, graph.RoleInvestigator, graph.RoleAdmin}

// internalRoles are the agency's own staff: every type and field with no
// rule is visible to them.
var internalRoles = []graph.Role{graph.RoleOfficer, graph.RoleInvestigator, graph.RoleAdmin}

// Roles returns every role, least privileged first.
func Roles() []graph.Role { return append([]graph.Role(nil), roles...) }

// ParseRole returns the role named s (case-insensitive). Errors: EINVALID.
func ParseRole(s string) (graph.Role, error) {
	r := graph.Role(strings.ToLower(strings.TrimSpace(s)))
	for _, x := range roles {
		if x == r {
			return r, nil
		}
	}
	return "", graph.Errorf(graph.EINVALID, "unknown role %q (want partner, officer, investigator or admin)", s)
}

// roleSet is a small bit set of roles.
type roleSet uint8

func bit(r graph.Role) roleSet {
	for i, x := range roles {
		if x == r {
			return 1 << i
		}
	}
	return 0
}

func setOf(rs []graph.Role) roleSet {
	var s roleSet
	for _, r := range rs {
		s |= bit(r)
	}
	return s
}

func (s roleSet) has(r graph.Role) bool { b := bit(r); return b != 0 && s&b != 0 }
