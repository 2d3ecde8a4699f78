package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/resolve"
)

// BookingRecord is the format-neutral form of passenger data: one booking
// (PNR) with its travellers, itinerary, contacts, payments and agency.
// The passengers CSV and JSON decoders fill it, and so will the PAXLST
// and PNRGOV adapters, so that every source maps onto the graph through
// BookingFragment. An API manifest without a record locator is a
// BookingRecord with an empty Locator: its travellers are linked to the
// legs directly and no Booking node is made.
//
// Times are strings: "2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05",
// "2006-01-02T15:04", "2006-01-02 15:04" or "2006-01-02"; departure and
// arrival are local times at the airport, and the flight's natural key
// takes the departure date as written.
type BookingRecord struct {
	Carrier    string            `json:"carrier,omitempty"`    // airline owning the locator; defaults to the first leg's carrier
	Locator    string            `json:"locator,omitempty"`    // PNR record locator
	Created    string            `json:"created,omitempty"`    // booking creation time
	SplitFrom  string            `json:"split_from,omitempty"` // locator of the PNR this one was split from
	Agency     *AgencyRecord     `json:"agency,omitempty"`     // booking office or travel agency
	Legs       []LegRecord       `json:"legs,omitempty"`       // itinerary, every traveller flies every leg
	Phones     []string          `json:"phones,omitempty"`     // PNR-level contacts
	Emails     []string          `json:"emails,omitempty"`     // PNR-level e-mail addresses
	Addresses  []string          `json:"addresses,omitempty"`  // PNR-level postal addresses, one line each
	Payments   []PaymentRecord   `json:"payments,omitempty"`   // forms of payment of the booking
	Passengers []PassengerRecord `json:"passengers"`           // travellers, at least one
}

// AgencyRecord is a travel agency or booking office.
type AgencyRecord struct {
	ID      string `json:"id"`                // IATA number or office id
	Name    string `json:"name,omitempty"`    // trading name
	City    string `json:"city,omitempty"`    // city or IATA city code
	Country string `json:"country,omitempty"` // ISO 3166 code
}

// LegRecord is one flight leg.
type LegRecord struct {
	Carrier     string `json:"carrier,omitempty"` // marketing carrier; defaults to the booking's
	Number      string `json:"number"`            // flight number without carrier
	Origin      string `json:"origin"`            // IATA airport
	Destination string `json:"destination"`       // IATA airport
	Departure   string `json:"departure"`         // local departure time (date at least)
	Arrival     string `json:"arrival,omitempty"` // local arrival time
}

// PaymentRecord is a form of payment. Only card payments (type "CC" or
// empty, with a number) make a PaymentCard node; Number is the full card
// number (hashed, never stored) or a masked form, which then needs Expiry.
type PaymentRecord struct {
	Type   string `json:"type,omitempty"`   // IATA form of payment: CC card, CA cash, ...
	Vendor string `json:"vendor,omitempty"` // card vendor code: VI, CA, AX, ...
	Number string `json:"number,omitempty"` // card number, full or masked
	Expiry string `json:"expiry,omitempty"` // MMYY, MM/YY, MM/YYYY or YYYY-MM
}

// PassengerRecord is one traveller (or crew member).
type PassengerRecord struct {
	Surname     string           `json:"surname,omitempty"`       // family name
	Given       string           `json:"given,omitempty"`         // given names (AIRIMP titles are dropped)
	Name        string           `json:"name,omitempty"`          // the whole name in one field, when not split
	DateOfBirth string           `json:"date_of_birth,omitempty"` // YYYY-MM-DD
	Gender      string           `json:"gender,omitempty"`        // M, F, X or U
	Nationality string           `json:"nationality,omitempty"`   // ISO 3166 (alpha-3 as on documents, or alpha-2)
	Crew        bool             `json:"crew,omitempty"`          // a crew member rather than a passenger
	Infant      bool             `json:"infant,omitempty"`        // an infant (under 2) without a seat
	InfantOf    *int             `json:"infant_of,omitempty"`     // index in the booking's passengers of the adult an infant travels with
	Documents   []DocumentRecord `json:"documents,omitempty"`     // travel documents; the first keys a traveller without a date of birth
	Phones      []string         `json:"phones,omitempty"`        // the traveller's own phones
	Emails      []string         `json:"emails,omitempty"`        // the traveller's own e-mail addresses
	Addresses   []string         `json:"addresses,omitempty"`     // the traveller's postal addresses, one line each
	Payments    []PaymentRecord  `json:"payments,omitempty"`      // payments tied to this traveller's ticket
}

// DocumentRecord is a travel document.
type DocumentRecord struct {
	Type   string `json:"type,omitempty"`   // ICAO 9303 type: P passport (default), I identity card, V visa
	Issuer string `json:"issuer"`           // issuing state, ISO 3166
	Number string `json:"number"`           // document number as printed
	Expiry string `json:"expiry,omitempty"` // YYYY-MM-DD
}

var (
	errNoPassengers = errors.New("a booking needs at least one passenger")
	errNoCarrier    = errors.New("a booking with a locator needs a carrier (or a leg with one)")
	errTime         = errors.New("time must be YYYY-MM-DD, optionally followed by THH:MM[:SS] and a zone")
	errGender       = errors.New("gender must be M, F, X or U")
	errNoIdentity   = errors.New("passenger needs a date of birth, a document or a booking locator")
	errInfantOf     = errors.New("infant_of must be the index of another passenger of the booking")
	errNoName       = errors.New("passenger needs a surname or a name")
	errAgency       = errors.New("agency name holds control characters or is too long")
)

// BookingFragment maps a booking onto the graph: Booking (when it has a
// locator), Agency, Flight and Airport nodes, and for each traveller a
// Passenger node with its documents and contacts, linked by BOOKED,
// TRAVELLED_ON, RESERVES, BOOKED_VIA, HOLDS_DOCUMENT, USES_PHONE,
// USES_EMAIL, LOCATED_AT, PAID_WITH, DEPARTS, ARRIVES, NATIONAL_OF and
// TRAVELS_WITH (infant to adult). Errors are *resolve.FieldError naming
// the JSON path ("passengers[1].phones[0]"); resolve.ErrNoCardKey is
// returned as is.
func BookingFragment(rec BookingRecord, r *resolve.Resolver) (graph.Batch, error) {
	var b graph.Batch
	if len(rec.Passengers) == 0 {
		return b, resolve.InField("passengers", "", errNoPassengers)
	}
	carrier := strings.TrimSpace(rec.Carrier)
	if carrier == "" && len(rec.Legs) > 0 {
		carrier = rec.Legs[0].Carrier
	}
	// Booking.
	var bookingKey graph.Key
	var bookingID string
	var created time.Time
	if loc := strings.TrimSpace(rec.Locator); loc != "" {
		l, err := resolve.RecordLocator(loc)
		if err != nil {
			return b, resolve.InField("locator", loc, err)
		}
		if carrier == "" {
			return b, resolve.InField("carrier", "", errNoCarrier)
		}
		c, err := resolve.Carrier(carrier)
		if err != nil {
			return b, resolve.InField("carrier", carrier, err)
		}
		if rec.Created != "" {
			if created, err = parseTime(rec.Created); err != nil {
				return b, resolve.InField("created", rec.Created, err)
			}
		}
		bk := graph.Booking{Carrier: c, RecordLocator: l, Created: created}
		if s := strings.TrimSpace(rec.SplitFrom); s != "" {
			sl, err := resolve.RecordLocator(s)
			if err != nil {
				return b, resolve.InField("split_from", s, err)
			}
			bk.SplitFrom = sl
		}
		n := bk.Node()
		bookingKey, bookingID = n.Key, n.Key.ID
		b.Nodes = append(b.Nodes, n)
	}
	// Agency.
	if a := rec.Agency; a != nil && bookingID != "" {
		n, err := agencyNode(*a)
		if err != nil {
			return graph.Batch{}, resolve.InField("agency", "", err)
		}
		b.Nodes = append(b.Nodes, n)
		b.Edges = append(b.Edges, graph.Edge{From: bookingKey, Kind: graph.RelBookedVia, To: n.Key, At: created})
	}
	// Legs.
	type leg struct {
		key graph.Key
		at  time.Time
	}
	var legs []leg
	for i, l := range rec.Legs {
		fn, err := flightNode(l, carrier)
		if err != nil {
			return graph.Batch{}, resolve.InField(fmt.Sprintf("legs[%d]", i), "", err)
		}
		b.Nodes = append(b.Nodes, fn,
			graph.Node{Key: graph.NewKey(graph.KindAirport, fn.Props.String("origin")), Label: fn.Props.String("origin")},
			graph.Node{Key: graph.NewKey(graph.KindAirport, fn.Props.String("destination")), Label: fn.Props.String("destination")})
		b.Edges = append(b.Edges,
			graph.Edge{From: fn.Key, Kind: graph.RelDeparts, To: graph.NewKey(graph.KindAirport, fn.Props.String("origin")), At: fn.At},
			graph.Edge{From: fn.Key, Kind: graph.RelArrives, To: graph.NewKey(graph.KindAirport, fn.Props.String("destination")), At: fn.At})
		if bookingID != "" {
			b.Edges = append(b.Edges, graph.Edge{From: bookingKey, Kind: graph.RelReserves, To: fn.Key, At: fn.At})
		}
		legs = append(legs, leg{fn.Key, fn.At})
	}
	// Booking-level contacts and payments belong to the booking, or to
	// every traveller of a manifest without one.
	owners := []graph.Key{bookingKey}
	var paxKeys []graph.Key
	for i, p := range rec.Passengers {
		n, extra, err := passengerNodes(p, bookingID, r)
		if err != nil {
			return graph.Batch{}, resolve.InField(fmt.Sprintf("passengers[%d]", i), "", err)
		}
		paxKeys = append(paxKeys, n.Key)
		b.Nodes = append(b.Nodes, n)
		b.Nodes = append(b.Nodes, extra.Nodes...)
		b.Edges = append(b.Edges, extra.Edges...)
		if bookingID != "" {
			b.Edges = append(b.Edges, graph.Edge{From: n.Key, Kind: graph.RelBooked, To: bookingKey, At: created})
		}
		for _, l := range legs {
			b.Edges = append(b.Edges, graph.Edge{From: n.Key, Kind: graph.RelTravelledOn, To: l.key, At: l.at})
		}
	}
	for i, p := range rec.Passengers {
		if p.InfantOf == nil {
			continue
		}
		j := *p.InfantOf
		if j < 0 || j >= len(paxKeys) || j == i || paxKeys[j] == paxKeys[i] {
			return graph.Batch{}, resolve.InField(fmt.Sprintf("passengers[%d].infant_of", i), fmt.Sprint(j), errInfantOf)
		}
		b.Edges = append(b.Edges, graph.Edge{From: paxKeys[i], Kind: graph.RelTravelsWith, To: paxKeys[j]})
	}
	if bookingID == "" {
		owners = paxKeys
	}
	contacts, err := contactNodes(rec.Phones, rec.Emails, rec.Addresses, rec.Payments, r)
	if err != nil {
		return graph.Batch{}, err
	}
	for _, o := range owners {
		for _, c := range contacts {
			b.Edges = append(b.Edges, graph.Edge{From: o, Kind: c.rel, To: c.node.Key})
		}
	}
	for _, c := range contacts {
		b.Nodes = append(b.Nodes, c.node)
	}
	return b, nil
}

// passengerNodes returns a traveller's node and the nodes and edges of its
// documents, nationality, contacts and payments.
func passengerNodes(p PassengerRecord, bookingID string, r *resolve.Resolver) (graph.Node, graph.Batch, error) {
	var b graph.Batch
	var (
		name resolve.Name
		err  error
		raw  string
	)
	switch {
	case strings.TrimSpace(p.Surname) != "" || strings.TrimSpace(p.Given) != "":
		name, err = resolve.NameParts(p.Surname, p.Given)
		raw = strings.TrimSpace(p.Surname) + "/" + strings.TrimSpace(p.Given)
		if err != nil {
			return graph.Node{}, b, resolve.InField("surname", raw, err)
		}
	case strings.TrimSpace(p.Name) != "":
		name, err = resolve.ParseName(p.Name)
		raw = strings.TrimSpace(p.Name)
		if err != nil {
			return graph.Node{}, b, resolve.InField("name", raw, err)
		}
	default:
		return graph.Node{}, b, resolve.InField("surname", "", errNoName)
	}
	var dob string
	if strings.TrimSpace(p.DateOfBirth) != "" {
		if dob, _, err = resolve.Date(p.DateOfBirth); err != nil {
			return graph.Node{}, b, resolve.InField("date_of_birth", p.DateOfBirth, err)
		}
	}
	gender := strings.ToUpper(strings.TrimSpace(p.Gender))
	switch gender {
	case "", "M", "F", "X", "U":
	case "MI", "FI":
		gender = gender[:1]
	default:
		return graph.Node{}, b, resolve.InField("gender", p.Gender, errGender)
	}
	var docs []graph.Node
	var first *resolve.Document
	for i, d := range p.Documents {
		n, doc, err := resolve.DocumentNode(d.Type, d.Issuer, d.Number, d.Expiry)
		if err != nil {
			return graph.Node{}, b, resolve.InField(fmt.Sprintf("documents[%d]", i), "", err)
		}
		if first == nil {
			first = &doc
		}
		docs = append(docs, n)
	}
	key, ok := resolve.PassengerKey(name, dob, first, bookingID)
	if !ok {
		return graph.Node{}, b, resolve.InField("date_of_birth", "", errNoIdentity)
	}
	pax := graph.Passenger{
		ID: key.ID, Surname: name.Surname, GivenNames: name.Given, DateOfBirth: dob,
		Gender: gender, Crew: p.Crew, Infant: p.Infant,
	}
	if nat := strings.TrimSpace(p.Nationality); nat != "" {
		cn, err := resolve.CountryNode(nat)
		if err != nil {
			return graph.Node{}, b, resolve.InField("nationality", nat, err)
		}
		pax.Nationality = cn.Key.ID
		if a3, err := resolve.CountryAlpha3(nat); err == nil {
			pax.Nationality = a3
		}
		b.Nodes = append(b.Nodes, cn)
		b.Edges = append(b.Edges, graph.Edge{From: key, Kind: graph.RelNationalOf, To: cn.Key})
	}
	n := pax.Node()
	n.Props[graph.PropRaw] = raw
	for _, d := range docs {
		b.Nodes = append(b.Nodes, d)
		b.Edges = append(b.Edges, graph.Edge{From: key, Kind: graph.RelHoldsDocument, To: d.Key})
	}
	contacts, err := contactNodes(p.Phones, p.Emails, p.Addresses, p.Payments, r)
	if err != nil {
		return graph.Node{}, b, err
	}
	for _, c := range contacts {
		b.Nodes = append(b.Nodes, c.node)
		b.Edges = append(b.Edges, graph.Edge{From: key, Kind: c.rel, To: c.node.Key})
	}
	return n, b, nil
}

type contact struct {
	node graph.Node
	rel  graph.RelKind
}

// contactNodes resolves phones, e-mails, addresses and card payments.
func contactNodes(phones, emails, addresses []string, payments []PaymentRecord, r *resolve.Resolver) ([]contact, error) {
	var out []contact
	for i, v := range phones {
		if strings.TrimSpace(v) == "" {
			continue
		}
		n, err := r.PhoneNode(v)
		if err != nil {
			return nil, resolve.InField(fmt.Sprintf("phones[%d]", i), v, err)
		}
		out = append(out, contact{n, graph.RelUsesPhone})
	}
	for i, v := range emails {
		if strings.TrimSpace(v) == "" {
			continue
		}
		n, err := resolve.EmailNode(v)
		if err != nil {
			return nil, resolve.InField(fmt.Sprintf("emails[%d]", i), v, err)
		}
		out = append(out, contact{n, graph.RelUsesEmail})
	}
	for i, v := range addresses {
		if strings.TrimSpace(v) == "" {
			continue
		}
		n, err := resolve.AddressNode(v)
		if err != nil {
			return nil, resolve.InField(fmt.Sprintf("addresses[%d]", i), v, err)
		}
		out = append(out, contact{n, graph.RelLocatedAt})
	}
	for i, p := range payments {
		t := strings.ToUpper(strings.TrimSpace(p.Type))
		if (t != "" && t != "CC") || strings.TrimSpace(p.Number) == "" {
			continue
		}
		n, err := r.CardNode(p.Vendor, p.Number, p.Expiry)
		if errors.Is(err, resolve.ErrNoCardKey) {
			return nil, err
		}
		if err != nil {
			return nil, resolve.InField(fmt.Sprintf("payments[%d]", i), "", err)
		}
		out = append(out, contact{n, graph.RelPaidWith})
	}
	return out, nil
}

// agencyNode resolves a travel agency.
func agencyNode(a AgencyRecord) (graph.Node, error) {
	id, err := resolve.Code(a.ID)
	if err != nil {
		return graph.Node{}, resolve.InField("id", a.ID, err)
	}
	name := strings.Join(strings.Fields(a.Name), " ")
	if len(name) > 300 || strings.ContainsRune(name, 0) {
		return graph.Node{}, resolve.InField("name", "", errAgency)
	}
	if name == "" {
		name = id
	}
	p := graph.Props{}
	if c := strings.TrimSpace(a.City); c != "" {
		if len(c) > 100 || strings.ContainsRune(c, 0) {
			return graph.Node{}, resolve.InField("city", "", errAgency)
		}
		p["city"] = strings.ToUpper(c)
	}
	if c := strings.TrimSpace(a.Country); c != "" {
		cc, err := resolve.CountryOrCode(c)
		if err != nil {
			return graph.Node{}, resolve.InField("country", c, err)
		}
		p["country"] = cc
	}
	return graph.Node{Key: graph.NewKey(graph.KindAgency, id), Label: name, Props: p}, nil
}

// flightNode resolves a leg into its Flight node.
func flightNode(l LegRecord, bookingCarrier string) (graph.Node, error) {
	c := l.Carrier
	if strings.TrimSpace(c) == "" {
		c = bookingCarrier
	}
	carrier, err := resolve.Carrier(c)
	if err != nil {
		return graph.Node{}, resolve.InField("carrier", c, err)
	}
	num, err := resolve.FlightNumber(l.Number)
	if err != nil {
		return graph.Node{}, resolve.InField("number", l.Number, err)
	}
	org, err := resolve.Airport(l.Origin)
	if err != nil {
		return graph.Node{}, resolve.InField("origin", l.Origin, err)
	}
	dst, err := resolve.Airport(l.Destination)
	if err != nil {
		return graph.Node{}, resolve.InField("destination", l.Destination, err)
	}
	if org == dst {
		return graph.Node{}, resolve.InField("destination", l.Destination, errors.New("destination equals origin"))
	}
	dep, err := parseTime(l.Departure)
	if err != nil {
		return graph.Node{}, resolve.InField("departure", l.Departure, err)
	}
	var arr time.Time
	if strings.TrimSpace(l.Arrival) != "" {
		if arr, err = parseTime(l.Arrival); err != nil {
			return graph.Node{}, resolve.InField("arrival", l.Arrival, err)
		}
	}
	return graph.Flight{Carrier: carrier, Number: num, Origin: org, Destination: dst, Departure: dep, Arrival: arr}.Node(), nil
}

var timeLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
}

// parseTime reads the time layouts of BookingRecord. Times without a zone
// are read as UTC wall-clock times, which keeps their local date.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errTime
}
