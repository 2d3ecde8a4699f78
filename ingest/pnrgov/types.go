package pnrgov

import (
	"errors"
	"strconv"
	"time"

	"github.com/borderlens/borderlens/ingest/edifact"
)

// Option configures parsing. It is edifact.Option, so edifact.Strict,
// edifact.WithMaxSegmentLength and edifact.WithMaxMessageSegments apply.
type Option = edifact.Option

// Message is one PNRGOV message: the PNRs of one flight pushed by a carrier.
type Message struct {
	// Index is the 1-based ordinal of the message in the input.
	Index int `json:"index"`
	// InterchangeRef is the UNB interchange control reference.
	InterchangeRef string `json:"interchange_ref,omitempty"`
	// MessageRef is the UNH message reference number.
	MessageRef string `json:"message_ref,omitempty"`
	// Version is the PNRGOV version from UNH, e.g. "11.1" or "13.1".
	Version string `json:"version,omitempty"`
	// SyntaxID is the UNB syntax identifier, e.g. "IATA" or "UNOA".
	SyntaxID string `json:"syntax_id,omitempty"`
	// Sender is the UNB interchange sender.
	Sender string `json:"sender,omitempty"`
	// Recipient is the UNB interchange recipient.
	Recipient string `json:"recipient,omitempty"`
	// Prepared is the UNB date and time of preparation.
	Prepared time.Time `json:"prepared,omitzero"`
	// MessageFunction is MSG C302/1225, e.g. "22" (push of PNR data).
	MessageFunction string `json:"message_function,omitempty"`
	// Originator is the message-level ORG: the carrier sending the data.
	Originator *Agency `json:"originator,omitempty"`
	// Flight is the header TVL: the flight the PNRs are pushed for.
	Flight Leg `json:"flight"`
	// DeclaredPNRs is the header EQN, nil when absent.
	DeclaredPNRs *int `json:"declared_pnrs,omitempty"`
	// PNRs are the passenger name records, one per SRC group.
	PNRs []*PNR `json:"pnrs,omitempty"`
	// Unknown counts segments that are not part of PNRGOV, by tag, over the
	// whole message.
	Unknown map[string]int `json:"unknown_segments,omitempty"`
	// Errors lists message-level problems (*FieldError,
	// *edifact.SyntaxError). Problems inside a PNR are in PNR.Errors.
	Errors edifact.Errors `json:"errors,omitempty"`
}

// Err joins the problems of the message and of all its PNRs, or returns
// nil when there are none.
func (m *Message) Err() error {
	errs := []error{m.Errors.Err()}
	for _, p := range m.PNRs {
		errs = append(errs, p.Errors.Err())
	}
	return errors.Join(errs...)
}

// PNR is one passenger name record (SRC group, Gr.1).
type PNR struct {
	// Index is the 1-based ordinal of the PNR in the message.
	Index int `json:"index"`
	// Pos is the position of the SRC segment.
	Pos edifact.Position `json:"pos"`
	// RecordLocator is the first RCI reservation control number.
	RecordLocator string `json:"record_locator,omitempty"`
	// CarrierCode is the airline or reservation system owning
	// RecordLocator (RCI C330/9906).
	CarrierCode string `json:"carrier_code,omitempty"`
	// OtherLocators are the other record locators of the booking (other
	// RCI composites, leg-level RCI).
	OtherLocators []Locator `json:"other_locators,omitempty"`
	// CreationDate is when the reservation was created (RCI date/time).
	CreationDate time.Time `json:"creation_date,omitzero"`
	// LastTransaction is DAT 700, the last PNR transaction date/time.
	LastTransaction time.Time `json:"last_transaction,omitzero"`
	// TicketIssued is the Gr.1 DAT 710, the ticket issue date/time.
	TicketIssued time.Time `json:"ticket_issued,omitzero"`
	// GroupName is the name of a group booking (TIF with qualifier G).
	GroupName string `json:"group_name,omitempty"`
	// TravelAgency is the Gr.1 ORG: the originator of the booking.
	TravelAgency *Agency `json:"travel_agency,omitempty"`
	// Passengers are the travellers (Gr.2 TIF), infants included.
	Passengers []*Passenger `json:"passengers,omitempty"`
	// Legs is the itinerary (Gr.5 TVL), in booking order.
	Legs []*Leg `json:"legs,omitempty"`
	// Phones, Emails and Addresses are the PNR-level contacts (Gr.1 ADD,
	// OSI/SSR CTC free text not tied to one passenger).
	Phones []Phone `json:"phones,omitempty"`
	// Emails are PNR-level e-mail addresses.
	Emails []Email `json:"emails,omitempty"`
	// Addresses are PNR-level addresses.
	Addresses []Address `json:"addresses,omitempty"`
	// ContactRefused is set when the PNR holds CTCR (passenger refused to
	// give contact details).
	ContactRefused bool `json:"contact_refused,omitempty"`
	// Payments are the forms of payment (Gr.4 FOP) of all tickets.
	Payments []Payment `json:"payments,omitempty"`
	// ExcessBaggage lists EBD segments.
	ExcessBaggage []ExcessBaggage `json:"excess_baggage,omitempty"`
	// Splits lists split/divided PNR information (Gr.8 EQN + RCI).
	Splits []Split `json:"splits,omitempty"`
	// SpecialServices are the SSRs that apply to the whole PNR or to no
	// known passenger.
	SpecialServices []SpecialService `json:"special_services,omitempty"`
	// Remarks are the PNR-level IFT texts (OSI, fare calculation, ...).
	Remarks []Remark `json:"remarks,omitempty"`
	// UnmatchedCheckIns are check-in records (Gr.7) whose traveller could
	// not be matched to a passenger.
	UnmatchedCheckIns []CheckIn `json:"unmatched_check_ins,omitempty"`
	// History is the PNR history: LTS free text and Gr.10-12 ABI/SAC items.
	History []HistoryEntry `json:"history,omitempty"`
	// Unknown counts segments of the PNR that are not part of PNRGOV.
	Unknown map[string]int `json:"unknown_segments,omitempty"`
	// Errors lists the problems found in this PNR (*FieldError,
	// *edifact.SyntaxError). A PNR with errors still carries every value
	// that could be read.
	Errors edifact.Errors `json:"errors,omitempty"`
}

// BookingDate returns when the booking was made: the RCI creation date, or
// when absent the earliest of the DAT 700/710 dates, or the zero time.
func (p *PNR) BookingDate() time.Time {
	if !p.CreationDate.IsZero() {
		return p.CreationDate
	}
	var out time.Time
	for _, t := range []time.Time{p.TicketIssued, p.LastTransaction} {
		if !t.IsZero() && (out.IsZero() || t.Before(out)) {
			out = t
		}
	}
	return out
}

// Locator is a record locator of a carrier or reservation system.
type Locator struct {
	// Carrier is the airline or system code (RCI C330/9906).
	Carrier string `json:"carrier,omitempty"`
	// Locator is the reservation control number (RCI C330/8952).
	Locator string `json:"locator"`
	// Created is the creation date/time when given.
	Created time.Time `json:"created,omitzero"`
}

// Agency is an ORG originator: the booking office or travel agency, or a
// check-in agent.
type Agency struct {
	// System is the airline or reservation system hosting the booking
	// (ORG C336/9906, e.g. "1A").
	System string `json:"system,omitempty"`
	// SystemLocation is the location of that system (ORG C336/3225).
	SystemLocation string `json:"system_location,omitempty"`
	// IATANumber is the travel agent IATA number (ORG C300/9900).
	IATANumber string `json:"iata_number,omitempty"`
	// OfficeID is the in-house agency or pseudo-city code (ORG C300).
	OfficeID string `json:"office_id,omitempty"`
	// City is the location of the agent (ORG 3225).
	City string `json:"city,omitempty"`
	// Carrier is the airline the agent acts for (ORG C336).
	Carrier string `json:"carrier,omitempty"`
	// Type is the originator type (ORG 9972): "A" airline agent, "T" travel
	// agent, "E" ...
	Type string `json:"type,omitempty"`
	// Country, Currency and Language come from ORG C354.
	Country string `json:"country,omitempty"`
	// Currency is the agent's currency code.
	Currency string `json:"currency,omitempty"`
	// Language is the agent's language code.
	Language string `json:"language,omitempty"`
	// AgentSign is the agent's sign or login (ORG 9904).
	AgentSign string `json:"agent_sign,omitempty"`
	// Name and Phone come from an OSI CTCT (travel agency contact), when
	// present.
	Name string `json:"name,omitempty"`
	// Phone is the agency telephone number from CTCT.
	Phone string `json:"phone,omitempty"`
}

// Passenger is a traveller of a PNR (Gr.2 TIF).
type Passenger struct {
	// Ref is the traveller reference number (TIF C324/9944) that SSRs and
	// TRIs use to point at the passenger.
	Ref string `json:"ref,omitempty"`
	// Surname is the family name (TIF C322/9936).
	Surname string `json:"surname,omitempty"`
	// GivenName is the given name as sent, AIRIMP title included (e.g.
	// "JOHNMR").
	GivenName string `json:"given_name,omitempty"`
	// Type is the traveller type (TIF C324/6353): "A" adult, "C" child, "IN"
	// infant, ...
	Type string `json:"type,omitempty"`
	// Infant is set for an infant: TIF type IN/INF, SSR INFT, or a DOCS
	// infant gender (MI/FI).
	Infant bool `json:"infant,omitempty"`
	// WithInfant is set for an adult travelling with an infant (TIF infant
	// indicator, or SSR INFT on the adult).
	WithInfant bool `json:"with_infant,omitempty"`
	// AccompaniedBy is, for an infant, the Ref of the adult it travels
	// with.
	AccompaniedBy string `json:"accompanied_by,omitempty"`
	// UniqueRef is REF, the passenger's unique identifier in the carrier
	// system.
	UniqueRef string `json:"unique_ref,omitempty"`
	// DateOfBirth, Gender and Nationality come from the passenger's own
	// SSR DOCS (or DOC segments).
	DateOfBirth time.Time `json:"date_of_birth,omitzero"`
	// Gender is "M", "F", "U" or "X".
	Gender string `json:"gender,omitempty"`
	// Nationality is the DOCS nationality.
	Nationality string `json:"nationality,omitempty"`
	// Documents are travel documents (SSR DOCS/DOCO, DOC).
	Documents []Document `json:"documents,omitempty"`
	// Phones, Emails and Addresses are the passenger's contacts.
	Phones []Phone `json:"phones,omitempty"`
	// Emails are the passenger's e-mail addresses.
	Emails []Email `json:"emails,omitempty"`
	// Addresses are the passenger's addresses (ADD, SSR DOCA).
	Addresses []Address `json:"addresses,omitempty"`
	// FrequentFlyers are FTI memberships.
	FrequentFlyers []FrequentFlyer `json:"frequent_flyers,omitempty"`
	// Tickets are the TKT tickets.
	Tickets []Ticket `json:"tickets,omitempty"`
	// Seats are seat assignments (SSR SEAT and similar, SSD).
	Seats []Seat `json:"seats,omitempty"`
	// Bags are checked bag tags (TBD).
	Bags []Bag `json:"bags,omitempty"`
	// CheckIns are check-in records (Gr.6-7).
	CheckIns []CheckIn `json:"check_ins,omitempty"`
	// SpecialServices are the passenger's other SSRs.
	SpecialServices []SpecialService `json:"special_services,omitempty"`
	// Remarks are IFT texts given for this passenger.
	Remarks []Remark `json:"remarks,omitempty"`
	// Pos is the position of the TIF segment (zero for an infant known only
	// from SSR INFT or DOCS).
	Pos edifact.Position `json:"pos"`
}

// FullName returns "SURNAME/GIVENNAME".
func (p *Passenger) FullName() string {
	if p.GivenName == "" {
		return p.Surname
	}
	return p.Surname + "/" + p.GivenName
}

// Leg is one flight segment of an itinerary (TVL).
type Leg struct {
	// Carrier is the marketing carrier (TVL C306, first component).
	Carrier string `json:"carrier,omitempty"`
	// FlightNumber is the marketing flight number (TVL C308).
	FlightNumber string `json:"flight_number,omitempty"`
	// OperatingCarrier is the operating carrier of a codeshare (TVL C306,
	// second component, or TRA).
	OperatingCarrier string `json:"operating_carrier,omitempty"`
	// OperatingFlightNumber is the operating flight number of a codeshare
	// (the operating-flight TVL that follows, or TRA).
	OperatingFlightNumber string `json:"operating_flight_number,omitempty"`
	// Codeshare is set when the operating flight differs from the
	// marketing flight.
	Codeshare bool `json:"codeshare,omitempty"`
	// Origin is the departure airport (TVL C328).
	Origin string `json:"origin,omitempty"`
	// Destination is the arrival airport (TVL C328).
	Destination string `json:"destination,omitempty"`
	// Departure is the departure date and time, local time.
	Departure time.Time `json:"departure,omitzero"`
	// Arrival is the arrival date and time, local time.
	Arrival time.Time `json:"arrival,omitzero"`
	// BookingClass is the reservation booking designator (TVL C308).
	BookingClass string `json:"booking_class,omitempty"`
	// Status is the RPI booking status, e.g. "HK".
	Status string `json:"status,omitempty"`
	// PartySize is the RPI number in party.
	PartySize int `json:"party_size,omitempty"`
	// Equipment is the APD aircraft type.
	Equipment string `json:"equipment,omitempty"`
}

// Flight returns carrier and flight number, e.g. "DL324".
func (l Leg) Flight() string { return l.Carrier + l.FlightNumber }

// Document is a travel document or secure-flight data.
type Document struct {
	// Source is where it came from: "SSR DOCS", "SSR DOCO" or "DOC".
	Source string `json:"source"`
	// Type is the document type: "P" passport, "V" visa, "I"/"A"/"C"
	// identity cards, ...
	Type string `json:"type,omitempty"`
	// Number is the document number.
	Number string `json:"number,omitempty"`
	// IssuingCountry is the issuing state.
	IssuingCountry string `json:"issuing_country,omitempty"`
	// Nationality is the holder's nationality (DOCS).
	Nationality string `json:"nationality,omitempty"`
	// DateOfBirth is the holder's date of birth (DOCS).
	DateOfBirth time.Time `json:"date_of_birth,omitzero"`
	// Gender is the holder's gender as sent: M, F, U, X, MI or FI.
	Gender string `json:"gender,omitempty"`
	// Expiry is the expiry date.
	Expiry time.Time `json:"expiry,omitzero"`
	// Surname, GivenName and MiddleName are the names on the document.
	Surname string `json:"surname,omitempty"`
	// GivenName is the first given name on the document.
	GivenName string `json:"given_name,omitempty"`
	// MiddleName is the second given name on the document.
	MiddleName string `json:"middle_name,omitempty"`
	// MultiPassengerHolder is the DOCS "H" indicator.
	MultiPassengerHolder bool `json:"multi_passenger_holder,omitempty"`
	// PlaceOfBirth, IssuePlace, Issued and ApplicableCountry come from DOCO.
	PlaceOfBirth string `json:"place_of_birth,omitempty"`
	// IssuePlace is the place of issue (DOCO).
	IssuePlace string `json:"issue_place,omitempty"`
	// Issued is the issue date (DOCO, DOC DTM 182).
	Issued time.Time `json:"issued,omitzero"`
	// ApplicableCountry is the country for which a visa is valid (DOCO).
	ApplicableCountry string `json:"applicable_country,omitempty"`
	// Text is the SSR free text as sent.
	Text string `json:"text,omitempty"`
}

// Phone is a telephone number.
type Phone struct {
	// Number holds the digits, with a leading "+" when sent.
	Number string `json:"number"`
	// Type is "mobile", "home", "business", "agency", "fax" or "other".
	Type string `json:"type"`
	// Source is where it came from, e.g. "OSI CTCM", "SSR CTCM", "ADD",
	// "IFT sponsor".
	Source string `json:"source"`
	// Text is the text the number was found in.
	Text string `json:"text,omitempty"`
}

// Email is an e-mail address.
type Email struct {
	// Address is the decoded address in lower case ("//" read as "@", ".."
	// as "_" and "./" as "-" per AIRIMP).
	Address string `json:"address"`
	// Source is where it came from, e.g. "SSR CTCE", "OSI CTCE", "ADD".
	Source string `json:"source"`
	// Text is the text the address was found in.
	Text string `json:"text,omitempty"`
}

// Address is a postal address.
type Address struct {
	// Source is "ADD" or "SSR DOCA".
	Source string `json:"source"`
	// Type is the ADD address purpose code, or the DOCA type ("R"
	// residence, "D" destination).
	Type string `json:"type,omitempty"`
	// Street is the street and number.
	Street string `json:"street,omitempty"`
	// City is the city name.
	City string `json:"city,omitempty"`
	// Region is the state or province.
	Region string `json:"region,omitempty"`
	// Country is the country code.
	Country string `json:"country,omitempty"`
	// PostalCode is the postal code.
	PostalCode string `json:"postal_code,omitempty"`
}

// Payment is a form of payment (FOP).
type Payment struct {
	// Type is the form of payment (FOP C641/9888): "CC" credit card, "CA"
	// cash, "MS" miscellaneous, "CK" cheque, "GR" government request, ...
	Type string `json:"type"`
	// Amount is the amount as sent.
	Amount string `json:"amount,omitempty"`
	// Vendor is the card vendor code, e.g. "VI", "MA", "AX".
	Vendor string `json:"vendor,omitempty"`
	// CardNumber is the account number, masked: it is kept as sent when
	// masked, and a full card number is masked to its last four digits.
	CardNumber string `json:"card_number,omitempty"`
	// Expiry is the card expiry as sent (MMYY).
	Expiry string `json:"expiry,omitempty"`
	// Old is set for an old (replaced) form of payment.
	Old bool `json:"old,omitempty"`
	// PassengerRef is the Ref of the passenger whose ticket it paid.
	PassengerRef string `json:"passenger_ref,omitempty"`
	// TicketNumber is the ticket it paid.
	TicketNumber string `json:"ticket_number,omitempty"`
	// Payer, PayerAddress and PayerPhone come from the sponsor IFT (4:43).
	Payer string `json:"payer,omitempty"`
	// PayerAddress is the sponsor's address text.
	PayerAddress string `json:"payer_address,omitempty"`
	// PayerPhone is the sponsor's telephone number.
	PayerPhone string `json:"payer_phone,omitempty"`
}

// ExcessBaggage is an EBD segment.
type ExcessBaggage struct {
	// PassengerRef is set for a Gr.2 EBD.
	PassengerRef string `json:"passenger_ref,omitempty"`
	// Currency and Amount are the excess charge.
	Currency string `json:"currency,omitempty"`
	// Amount is the charge as sent.
	Amount string `json:"amount,omitempty"`
	// Pieces is the number of pieces or weight in excess, as sent.
	Pieces string `json:"pieces,omitempty"`
}

// Split records a split (divided) PNR: the passengers moved to another
// record and its locators (Gr.8).
type Split struct {
	// Passengers is the EQN number of passengers split.
	Passengers int `json:"passengers,omitempty"`
	// Locators are the record locators of the other PNR.
	Locators []Locator `json:"locators,omitempty"`
}

// SpecialService is an SSR (special service request) kept as such.
type SpecialService struct {
	// Code is the SSR type, e.g. "AVML", "WCHR", "INFT", "TKNE".
	Code string `json:"code"`
	// Status is the action/status code, e.g. "HK".
	Status string `json:"status,omitempty"`
	// Carrier is the carrier the request is for.
	Carrier string `json:"carrier,omitempty"`
	// Origin and Destination limit the request to a segment.
	Origin string `json:"origin,omitempty"`
	// Destination is the off point of the segment.
	Destination string `json:"destination,omitempty"`
	// Text is the free text.
	Text string `json:"text,omitempty"`
	// PassengerRefs are the traveller references it applies to.
	PassengerRefs []string `json:"passenger_refs,omitempty"`
}

// Remark is an IFT text.
type Remark struct {
	// Type is the IFT information type (C346/4441): "28" OSI, "15" fare
	// calculation, "43" sponsor, "19" history, ...
	Type string `json:"type,omitempty"`
	// Carrier is the carrier the text is addressed to, when given.
	Carrier string `json:"carrier,omitempty"`
	// Text is the text, free-text elements joined with " / ".
	Text string `json:"text"`
}

// FrequentFlyer is an FTI membership.
type FrequentFlyer struct {
	// Carrier is the airline of the programme.
	Carrier string `json:"carrier,omitempty"`
	// Number is the membership number.
	Number string `json:"number"`
	// Tier is the tier or status, when given.
	Tier string `json:"tier,omitempty"`
}

// Ticket is a TKT ticket.
type Ticket struct {
	// Number is the ticket or document number.
	Number string `json:"number,omitempty"`
	// Type is the document type, e.g. "T" ticket.
	Type string `json:"type,omitempty"`
	// Issued is the Gr.3 DAT 710 issue date, when given.
	Issued time.Time `json:"issued,omitzero"`
}

// Seat is a seat assignment on one leg.
type Seat struct {
	// Number is the seat, leading zeros of the row removed (e.g. "15A").
	Number string `json:"number"`
	// Origin and Destination identify the leg.
	Origin string `json:"origin,omitempty"`
	// Destination is the leg's arrival airport.
	Destination string `json:"destination,omitempty"`
	// Flight is the marketing carrier and flight number, when known.
	Flight string `json:"flight,omitempty"`
	// Source is "SSR SEAT" (or the seat SSR code) or "SSD" (check-in).
	Source string `json:"source"`
}

// Bag is a checked bag tag (TBD) with Count consecutive tag numbers.
type Bag struct {
	// Carrier is the issuing carrier code (alpha or numeric).
	Carrier string `json:"carrier,omitempty"`
	// Tag is the first tag number.
	Tag string `json:"tag"`
	// Count is the number of consecutive tags starting with Tag.
	Count int `json:"count"`
	// Destination is the airport the bags are checked to.
	Destination string `json:"destination,omitempty"`
	// Origin and Flight identify the leg it was checked on.
	Origin string `json:"origin,omitempty"`
	// Flight is the marketing carrier and flight number.
	Flight string `json:"flight,omitempty"`
}

// Tags returns the tag numbers Tag, Tag+1, ... (Count of them). A tag that
// is not numeric is returned alone.
func (b Bag) Tags() []string {
	n := b.Count
	if n < 1 {
		n = 1
	}
	base, err := strconv.ParseUint(b.Tag, 10, 64)
	if err != nil || n > 99 {
		return []string{b.Tag}
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		s := strconv.FormatUint(base+uint64(i), 10)
		for len(s) < len(b.Tag) {
			s = "0" + s
		}
		out = append(out, s)
	}
	return out
}

// CheckIn is a check-in record of a passenger on one leg (Gr.6-7).
type CheckIn struct {
	// PassengerRef is the traveller reference, when known.
	PassengerRef string `json:"passenger_ref,omitempty"`
	// Name is the TIF name given with the check-in.
	Name string `json:"name,omitempty"`
	// Origin, Destination and Flight identify the leg.
	Origin string `json:"origin,omitempty"`
	// Destination is the leg's arrival airport.
	Destination string `json:"destination,omitempty"`
	// Flight is the marketing carrier and flight number.
	Flight string `json:"flight,omitempty"`
	// Time is the check-in date/time (DAT 2), when given.
	Time time.Time `json:"time,omitzero"`
	// Sequence is the TRI check-in or boarding sequence number.
	Sequence string `json:"sequence,omitempty"`
	// Seat is the SSD seat.
	Seat string `json:"seat,omitempty"`
	// Cabin is the SSD cabin class.
	Cabin string `json:"cabin,omitempty"`
	// BagCount, BagWeight and BagWeightUnit summarise the TBD.
	BagCount int `json:"bag_count,omitempty"`
	// BagWeight is the total bag weight as sent.
	BagWeight string `json:"bag_weight,omitempty"`
	// BagWeightUnit is "KG" or "LB".
	BagWeightUnit string `json:"bag_weight_unit,omitempty"`
}

// HistoryEntry is one item of PNR history.
type HistoryEntry struct {
	// Source is "LTS" (free-text history) or "ABI" (structured history).
	Source string `json:"source"`
	// Action is the SAC status indicator: "A" added, "X" cancelled, "C"
	// changed, ...
	Action string `json:"action,omitempty"`
	// Time is the DAT date/time of the change.
	Time time.Time `json:"time,omitzero"`
	// Office is the ABI originator office, e.g. "LHRRR".
	Office string `json:"office,omitempty"`
	// Carrier is the ABI company.
	Carrier string `json:"carrier,omitempty"`
	// Passenger is the TIF name concerned, "SURNAME/GIVEN".
	Passenger string `json:"passenger,omitempty"`
	// Service is the SSR code concerned.
	Service string `json:"service,omitempty"`
	// Leg is the TVL concerned.
	Leg *Leg `json:"leg,omitempty"`
	// Text is the LTS text or the IFT history text.
	Text string `json:"text,omitempty"`
}
