package graph

// Trader roles on a declaration.
const (
	TraderRoleImporter  = "importer"
	TraderRoleDeclarant = "declarant"
	TraderRoleSeller    = "seller"
	TraderRoleCourier   = "courier"
)

// Trader is a company or person in the trade chain: importer of record,
// declarant (customs broker), overseas seller or express courier.
type Trader struct {
	ID      string   // trader id as registered with customs
	Name    string   // registered name
	Country string   // country of registration
	Roles   []string // roles seen on declarations (TraderRole*)
}

// Node returns the trader as a graph node.
func (t Trader) Node() Node {
	p := Props{}
	if t.Country != "" {
		p["country"] = t.Country
	}
	if len(t.Roles) > 0 {
		p["roles"] = append([]string(nil), t.Roles...)
	}
	return Node{Key: NewKey(KindTrader, t.ID), Label: t.Name, Props: p}
}

// TraderFromNode reads a Trader back from a node of kind Trader.
func TraderFromNode(n Node) Trader {
	roles, _ := n.Props["roles"].([]string)
	return Trader{ID: n.Key.ID, Name: n.Label, Country: n.Props.String("country"), Roles: roles}
}
