package trader

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/resolve"
)

// Record is one trader as the CSV and JSON formats carry it.
type Record struct {
	ID        string   `json:"id"`                  // trader id as registered with customs (required)
	Name      string   `json:"name,omitempty"`      // registered name
	Country   string   `json:"country,omitempty"`   // country of registration, ISO 3166
	Addresses []string `json:"addresses,omitempty"` // postal addresses, one line each
	Phones    []string `json:"phones,omitempty"`    // phone numbers, any usual format
	Emails    []string `json:"emails,omitempty"`    // e-mail addresses
	Roles     []string `json:"roles,omitempty"`     // importer, declarant, seller, courier
}

// MaxNameLength bounds a trader name in bytes.
const MaxNameLength = 300

var (
	errRole = fmt.Errorf("role must be one of %s, %s, %s, %s",
		graph.TraderRoleImporter, graph.TraderRoleDeclarant, graph.TraderRoleSeller, graph.TraderRoleCourier)
	errName = errors.New("name holds control characters or is too long")
)

// Fragment returns the nodes and relationships of one trader record.
// Errors are *resolve.FieldError naming the JSON field ("phones[1]").
func Fragment(rec Record, r *resolve.Resolver) (graph.Batch, error) {
	id, err := resolve.TraderID(rec.ID)
	if err != nil {
		return graph.Batch{}, resolve.InField("id", rec.ID, err)
	}
	name := strings.Join(strings.Fields(rec.Name), " ")
	if len(name) > MaxNameLength || strings.ContainsRune(name, 0) {
		return graph.Batch{}, resolve.InField("name", "", errName)
	}
	t := graph.Trader{ID: id, Name: name}
	var b graph.Batch
	if c := strings.TrimSpace(rec.Country); c != "" {
		cn, err := resolve.CountryNode(c)
		if err != nil {
			return graph.Batch{}, resolve.InField("country", c, err)
		}
		t.Country = cn.Key.ID
		b.Nodes = append(b.Nodes, cn)
	}
	seen := map[string]bool{}
	for i, role := range rec.Roles {
		role = strings.ToLower(strings.TrimSpace(role))
		switch role {
		case "":
			continue
		case graph.TraderRoleImporter, graph.TraderRoleDeclarant, graph.TraderRoleSeller, graph.TraderRoleCourier:
		default:
			return graph.Batch{}, resolve.InField(fmt.Sprintf("roles[%d]", i), role, errRole)
		}
		if !seen[role] {
			seen[role] = true
			t.Roles = append(t.Roles, role)
		}
	}
	sort.Strings(t.Roles)
	tn := t.Node()
	b.Nodes = append([]graph.Node{tn}, b.Nodes...)
	if t.Country != "" {
		b.Edges = append(b.Edges, graph.Edge{From: tn.Key, Kind: graph.RelNationalOf, To: graph.NewKey(graph.KindCountry, t.Country)})
	}
	link := func(field string, i int, raw string, resolveNode func(string) (graph.Node, error), rel graph.RelKind) error {
		if strings.TrimSpace(raw) == "" {
			return nil
		}
		n, err := resolveNode(raw)
		if err != nil {
			return resolve.InField(fmt.Sprintf("%s[%d]", field, i), raw, err)
		}
		b.Nodes = append(b.Nodes, n)
		b.Edges = append(b.Edges, graph.Edge{From: tn.Key, Kind: rel, To: n.Key})
		return nil
	}
	for i, a := range rec.Addresses {
		if err := link("addresses", i, a, resolve.AddressNode, graph.RelLocatedAt); err != nil {
			return graph.Batch{}, err
		}
	}
	for i, p := range rec.Phones {
		if err := link("phones", i, p, r.PhoneNode, graph.RelUsesPhone); err != nil {
			return graph.Batch{}, err
		}
	}
	for i, e := range rec.Emails {
		if err := link("emails", i, e, resolve.EmailNode, graph.RelUsesEmail); err != nil {
			return graph.Batch{}, err
		}
	}
	return b, nil
}
