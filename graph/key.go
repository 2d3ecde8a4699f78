package graph

import (
	"strings"
	"unicode/utf8"
)

// Kind is the kind of a node in the customs graph. It is the node label in
// Neo4j.
type Kind string

// Node kinds.
const (
	KindTrader      Kind = "Trader"      // a company or person trading goods: importer, declarant, seller, courier
	KindDeclaration Kind = "Declaration" // an import or export goods declaration
	KindPassenger   Kind = "Passenger"   // a traveller (or crew member) resolved across API and PNR
	KindBooking     Kind = "Booking"     // a passenger name record (PNR)
	KindFlight      Kind = "Flight"      // one flight leg on one date
	KindDocument    Kind = "Document"    // a travel or identity document (passport, ID card, visa)
	KindPhone       Kind = "Phone"       // a phone number in E.164
	KindEmail       Kind = "Email"       // an e-mail address
	KindAddress     Kind = "Address"     // a normalised postal address
	KindPaymentCard Kind = "PaymentCard" // a payment card, keyed by a keyed hash, never the number
	KindAgency      Kind = "Agency"      // a travel agency or booking office
	KindSeizure     Kind = "Seizure"     // a seizure or positive investigation result
	KindOffice      Kind = "Office"      // a customs office
	KindCountry     Kind = "Country"     // a country (ISO 3166 alpha-2 or alpha-3 as given)
	KindAirport     Kind = "Airport"     // an airport (IATA code)
)

// kinds lists every node kind, in a fixed order.
var kinds = []Kind{
	KindTrader, KindDeclaration, KindPassenger, KindBooking, KindFlight,
	KindDocument, KindPhone, KindEmail, KindAddress, KindPaymentCard,
	KindAgency, KindSeizure, KindOffice, KindCountry, KindAirport,
}

// Kinds returns every node kind in a fixed order.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

// Valid reports whether k is a known node kind.
func (k Kind) Valid() bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// IsIdentifier reports whether nodes of kind k are shared identifiers
// (phone, e-mail, address, card, document) rather than actors or events.
func (k Kind) IsIdentifier() bool {
	switch k {
	case KindPhone, KindEmail, KindAddress, KindPaymentCard, KindDocument:
		return true
	}
	return false
}

// MaxIDLength bounds the length of a natural key's ID in bytes.
const MaxIDLength = 512

// Key is the natural key of a node: its kind and a normalised identifier
// that is stable across loads, so that loading the same record twice merges
// into one node.
type Key struct {
	Kind Kind
	ID   string
}

// NewKey returns a Key of the given kind and id.
func NewKey(kind Kind, id string) Key { return Key{Kind: kind, ID: id} }

// String returns "Kind:ID", the form used in URLs and the GraphQL API.
func (k Key) String() string { return string(k.Kind) + ":" + k.ID }

// IsZero reports whether k is the zero Key.
func (k Key) IsZero() bool { return k.Kind == "" && k.ID == "" }

// Validate returns an EINVALID *Error when k has an unknown kind or an
// empty, overlong or non-UTF-8 ID.
func (k Key) Validate() error {
	if !k.Kind.Valid() {
		return Errorf(EINVALID, "unknown node kind %q", string(k.Kind))
	}
	if k.ID == "" {
		return Errorf(EINVALID, "%s key has an empty id", k.Kind)
	}
	if len(k.ID) > MaxIDLength {
		return Errorf(EINVALID, "%s key id longer than %d bytes", k.Kind, MaxIDLength)
	}
	if !utf8.ValidString(k.ID) {
		return Errorf(EINVALID, "%s key id is not valid UTF-8", k.Kind)
	}
	return nil
}

// Compare orders keys by kind, then id.
func (k Key) Compare(o Key) int {
	if c := strings.Compare(string(k.Kind), string(o.Kind)); c != 0 {
		return c
	}
	return strings.Compare(k.ID, o.ID)
}

// ParseKey parses the "Kind:ID" form produced by Key.String.
func ParseKey(s string) (Key, error) {
	kind, id, ok := strings.Cut(s, ":")
	if !ok {
		return Key{}, Errorf(EINVALID, "key %q is not of the form Kind:ID", s)
	}
	k := Key{Kind: Kind(kind), ID: id}
	if err := k.Validate(); err != nil {
		return Key{}, err
	}
	return k, nil
}
