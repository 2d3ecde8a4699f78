package graph

import (
	"regexp"
	"sort"
	"time"
)

// Node is one vertex of the customs graph in its storage-neutral form: a
// natural key, a display label, an optional event time and properties.
// Typed domain values (Trader, Declaration, ...) convert to and from Node.
// Stores return At (of nodes and relationships) in UTC, to the nanosecond.
type Node struct {
	Key   Key
	Label string    // human-readable name; searchable
	At    time.Time // event time (declaration date, departure, seizure date); zero when timeless
	Props Props
}

// Prop returns the named property, or nil.
func (n Node) Prop(name string) any {
	if n.Props == nil {
		return nil
	}
	return n.Props[name]
}

// Validate checks the key and the properties.
func (n Node) Validate() error {
	if err := n.Key.Validate(); err != nil {
		return err
	}
	return n.Props.Validate()
}

// RelKind is the kind of a relationship. It is the relationship type in
// Neo4j.
type RelKind string

// Relationship kinds. The comment gives the direction From -> To.
const (
	RelImported      RelKind = "IMPORTED"       // Trader -> Declaration (importer of record)
	RelDeclaredBy    RelKind = "DECLARED_BY"    // Declaration -> Trader (customs broker / declarant)
	RelSoldBy        RelKind = "SOLD_BY"        // Declaration -> Trader (overseas seller)
	RelCarriedBy     RelKind = "CARRIED_BY"     // Declaration -> Trader (express courier)
	RelLodgedAt      RelKind = "LODGED_AT"      // Declaration -> Office
	RelOriginatesIn  RelKind = "ORIGINATES_IN"  // Declaration -> Country (country of origin)
	RelShippedFrom   RelKind = "SHIPPED_FROM"   // Declaration -> Country (country of departure)
	RelBooked        RelKind = "BOOKED"         // Passenger -> Booking (named on the PNR)
	RelTravelledOn   RelKind = "TRAVELLED_ON"   // Passenger -> Flight (API manifest or PNR itinerary)
	RelReserves      RelKind = "RESERVES"       // Booking -> Flight (itinerary leg)
	RelBookedVia     RelKind = "BOOKED_VIA"     // Booking -> Agency
	RelHoldsDocument RelKind = "HOLDS_DOCUMENT" // Passenger -> Document
	RelUsesPhone     RelKind = "USES_PHONE"     // Trader|Passenger|Booking -> Phone
	RelUsesEmail     RelKind = "USES_EMAIL"     // Trader|Passenger|Booking -> Email
	RelLocatedAt     RelKind = "LOCATED_AT"     // Trader|Passenger|Booking -> Address
	RelPaidWith      RelKind = "PAID_WITH"      // Booking|Passenger -> PaymentCard
	RelInvolvedIn    RelKind = "INVOLVED_IN"    // any entity -> Seizure
	RelSeizedAt      RelKind = "SEIZED_AT"      // Seizure -> Office
	RelDeparts       RelKind = "DEPARTS"        // Flight -> Airport
	RelArrives       RelKind = "ARRIVES"        // Flight -> Airport
	RelNationalOf    RelKind = "NATIONAL_OF"    // Passenger|Trader -> Country
	RelTravelsWith   RelKind = "TRAVELS_WITH"   // Passenger -> Passenger (infant with adult, split PNR)
)

var relKinds = []RelKind{
	RelImported, RelDeclaredBy, RelSoldBy, RelCarriedBy, RelLodgedAt,
	RelOriginatesIn, RelShippedFrom, RelBooked, RelTravelledOn, RelReserves,
	RelBookedVia, RelHoldsDocument, RelUsesPhone, RelUsesEmail, RelLocatedAt,
	RelPaidWith, RelInvolvedIn, RelSeizedAt, RelDeparts, RelArrives,
	RelNationalOf, RelTravelsWith,
}

// RelKinds returns every relationship kind in a fixed order.
func RelKinds() []RelKind { return append([]RelKind(nil), relKinds...) }

// Valid reports whether r is a known relationship kind.
func (r RelKind) Valid() bool {
	for _, x := range relKinds {
		if x == r {
			return true
		}
	}
	return false
}

// Edge is one relationship. Its identity is (From, Kind, To): upserting the
// same triple again merges into one relationship.
type Edge struct {
	From  Key
	Kind  RelKind
	To    Key
	At    time.Time // event time; zero when timeless
	Props Props
}

// EdgeID identifies an edge by its natural identity.
type EdgeID struct {
	From Key
	Kind RelKind
	To   Key
}

// ID returns the edge's natural identity.
func (e Edge) ID() EdgeID { return EdgeID{From: e.From, Kind: e.Kind, To: e.To} }

// String returns "From-KIND->To".
func (id EdgeID) String() string {
	return id.From.String() + "-" + string(id.Kind) + "->" + id.To.String()
}

// Compare orders edge identities by From, Kind, then To.
func (id EdgeID) Compare(o EdgeID) int {
	if c := id.From.Compare(o.From); c != 0 {
		return c
	}
	if id.Kind != o.Kind {
		if id.Kind < o.Kind {
			return -1
		}
		return 1
	}
	return id.To.Compare(o.To)
}

// Other returns the endpoint of e that is not k (From when k is neither).
func (e Edge) Other(k Key) Key {
	if e.From == k {
		return e.To
	}
	return e.From
}

// Validate checks the endpoints, the kind and the properties.
func (e Edge) Validate() error {
	if err := e.From.Validate(); err != nil {
		return err
	}
	if err := e.To.Validate(); err != nil {
		return err
	}
	if !e.Kind.Valid() {
		return Errorf(EINVALID, "unknown relationship kind %q", string(e.Kind))
	}
	if e.From == e.To {
		return Errorf(EINVALID, "relationship %s links %s to itself", e.Kind, e.From)
	}
	return e.Props.Validate()
}

// Props holds node or relationship properties. Values are restricted to
// string, bool, int64, float64 and []string so that every store keeps
// them with their type; Validate normalises int to int64.
type Props map[string]any

var propName = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_]{0,63}$`)

// reservedProps are names the stores use for the node's own fields.
var reservedProps = map[string]bool{"key": true, "kind": true, "id": true, "label": true, "at": true, "from": true, "to": true}

// Validate checks property names and value types, converting int and
// int32 values to int64 in place. A nil value is allowed only in property
// updates, where it removes the property.
func (p Props) Validate() error {
	for name, v := range p {
		if !propName.MatchString(name) || reservedProps[name] {
			return Errorf(EINVALID, "property name %q is not allowed", name)
		}
		switch x := v.(type) {
		case nil, string, bool, int64, float64, []string:
		case int:
			p[name] = int64(x)
		case int32:
			p[name] = int64(x)
		case float32:
			p[name] = float64(x)
		default:
			return Errorf(EINVALID, "property %q has unsupported type %T", name, v)
		}
	}
	return nil
}

// Names returns the property names in sorted order.
func (p Props) Names() []string {
	names := make([]string, 0, len(p))
	for n := range p {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Clone returns a shallow copy of p (slices are copied too).
func (p Props) Clone() Props {
	if p == nil {
		return nil
	}
	c := make(Props, len(p))
	for k, v := range p {
		if s, ok := v.([]string); ok {
			v = append([]string(nil), s...)
		}
		c[k] = v
	}
	return c
}

// String returns the string property name, or "".
func (p Props) String(name string) string {
	s, _ := p[name].(string)
	return s
}

// Float returns the numeric property name as float64, and whether it was set.
func (p Props) Float(name string) (float64, bool) {
	switch x := p[name].(type) {
	case float64:
		return x, true
	case int64:
		return float64(x), true
	}
	return 0, false
}

// Int returns the integer property name, and whether it was set.
func (p Props) Int(name string) (int64, bool) {
	switch x := p[name].(type) {
	case int64:
		return x, true
	case float64:
		return int64(x), true
	}
	return 0, false
}

// Bool returns the bool property name (false when unset).
func (p Props) Bool(name string) bool {
	b, _ := p[name].(bool)
	return b
}
