package paxlst

import (
	"time"

	"github.com/borderlens/borderlens/ingest/edifact"
)

// Option configures parsing. It is edifact.Option, so edifact.Strict,
// edifact.WithMaxSegmentLength and edifact.WithMaxMessageSegments apply.
type Option = edifact.Option

// PersonType tells passengers from crew.
type PersonType string

// Person types.
const (
	Passenger PersonType = "passenger"
	Crew      PersonType = "crew"
)

// Message is one PAXLST message: a passenger or crew list for one flight
// (possibly several legs).
type Message struct {
	// Index is the 1-based ordinal of the message in the input.
	Index int `json:"index"`
	// InterchangeRef is the UNB interchange control reference.
	InterchangeRef string `json:"interchange_ref,omitempty"`
	// MessageRef is the UNH message reference number.
	MessageRef string `json:"message_ref,omitempty"`
	// Version is the directory, e.g. "D:02B" or "D:05B".
	Version string `json:"version,omitempty"`
	// SyntaxID is the UNB syntax identifier, e.g. "UNOA".
	SyntaxID string `json:"syntax_id,omitempty"`
	// Sender and Recipient are the UNB interchange sender and recipient.
	Sender string `json:"sender,omitempty"`
	// Recipient is the UNB interchange recipient.
	Recipient string `json:"recipient,omitempty"`
	// Prepared is the UNB date and time of preparation.
	Prepared time.Time `json:"prepared,omitzero"`
	// DocumentType is BGM 1001: "745" passenger list, "250" crew list,
	// "266" flight close-out, "336" master crew list, ...
	DocumentType string `json:"document_type,omitempty"`
	// DocumentID is BGM C106/1004, e.g. "C" or "CP".
	DocumentID string `json:"document_id,omitempty"`
	// TransactionRef is RFF TN, the carrier's transaction reference.
	TransactionRef string `json:"transaction_ref,omitempty"`
	// ReportingParty is the Gr.1 NAD MS contact, when given.
	ReportingParty *Party `json:"reporting_party,omitempty"`
	// Flights lists the legs of the Gr.2/Gr.3 groups in message order.
	Flights []Leg `json:"flights,omitempty"`
	// Passengers lists every Gr.4 person: passengers and crew.
	Passengers []Person `json:"passengers,omitempty"`
	// DeclaredPassengers is CNT 42, nil when absent.
	DeclaredPassengers *int `json:"declared_passengers,omitempty"`
	// DeclaredCrew is CNT 41, nil when absent.
	DeclaredCrew *int `json:"declared_crew,omitempty"`
	// Unknown counts segments that are not part of PAXLST, by tag.
	Unknown map[string]int `json:"unknown_segments,omitempty"`
	// Errors lists recoverable problems (*FieldError, *edifact.SyntaxError).
	Errors edifact.Errors `json:"errors,omitempty"`
}

// IsCrewList reports whether BGM declares a crew list (250) or master crew
// list (336).
func (m *Message) IsCrewList() bool {
	return m.DocumentType == "250" || m.DocumentType == "336"
}

// Party is the reporting party of Gr.1.
type Party struct {
	// ID is the profile identification (NAD C082).
	ID string `json:"id,omitempty"`
	// Name is the contact name (NAD C080 or CTA).
	Name string `json:"name,omitempty"`
	// Phones, Faxes and Emails come from COM (TE, FX, EM).
	Phones []string `json:"phones,omitempty"`
	// Faxes are COM FX numbers.
	Faxes []string `json:"faxes,omitempty"`
	// Emails are COM EM addresses.
	Emails []string `json:"emails,omitempty"`
}

// Leg is one flight leg: from one airport to the next.
type Leg struct {
	// Carrier is the airline designator (TDT C040, or the prefix of the
	// flight identification).
	Carrier string `json:"carrier,omitempty"`
	// FlightNumber is the flight number without the carrier prefix, as
	// sent (leading zeros kept).
	FlightNumber string `json:"flight_number,omitempty"`
	// FlightID is TDT 8028 as sent, e.g. "AA123".
	FlightID string `json:"flight_id,omitempty"`
	// Origin is the departure airport (LOC 125 or 92).
	Origin string `json:"origin,omitempty"`
	// Departure is the scheduled departure time (DTM 189), local time.
	Departure time.Time `json:"departure,omitzero"`
	// Destination is the arrival airport (LOC 87, 92 or 130).
	Destination string `json:"destination,omitempty"`
	// Arrival is the scheduled arrival time (DTM 232), local time.
	Arrival time.Time `json:"arrival,omitzero"`
}

// Person is a passenger or crew member (Gr.4).
type Person struct {
	// Index is the 1-based ordinal of the person in the message.
	Index int `json:"index"`
	// Type is Passenger or Crew.
	Type PersonType `json:"type"`
	// InTransit is set for NAD DDU/DDT.
	InTransit bool `json:"in_transit,omitempty"`
	// Infant is set when ATT gives an AIRIMP infant gender (MI/FI).
	Infant bool `json:"infant,omitempty"`
	// PartyFunction is the NAD 3035 code as sent (FL, FM, DDU, DDT, ...).
	PartyFunction string `json:"party_function,omitempty"`
	// Surname is the family name (NAD C080/3036, first component).
	Surname string `json:"surname,omitempty"`
	// GivenNames are the given names, space separated.
	GivenNames string `json:"given_names,omitempty"`
	// Gender is ATT 2: "M", "F", "U" or "X" (infant codes folded).
	Gender string `json:"gender,omitempty"`
	// DateOfBirth is DTM 329.
	DateOfBirth time.Time `json:"date_of_birth,omitzero"`
	// Nationality is NAT 2 (ISO 3166 alpha-3 as sent).
	Nationality string `json:"nationality,omitempty"`
	// CountryOfResidence is LOC 174.
	CountryOfResidence string `json:"country_of_residence,omitempty"`
	// PlaceOfBirth is LOC 180 (code or name).
	PlaceOfBirth string `json:"place_of_birth,omitempty"`
	// Embarkation is the port of embarkation, LOC 178.
	Embarkation string `json:"embarkation,omitempty"`
	// Debarkation is the port of debarkation, LOC 179.
	Debarkation string `json:"debarkation,omitempty"`
	// ClearancePlace is LOC 22, the place of clearance (first arrival).
	ClearancePlace string `json:"clearance_place,omitempty"`
	// Verified is GEI 4: true for 173 (verified), false for ZZZ, nil when
	// not given.
	Verified *bool `json:"verified,omitempty"`
	// CrewRole is the EMP crew function code, e.g. "CR1".
	CrewRole string `json:"crew_role,omitempty"`
	// Address is the NAD street address, when given.
	Address *Address `json:"address,omitempty"`
	// Phones and Emails come from COM.
	Phones []string `json:"phones,omitempty"`
	// Emails are COM EM addresses.
	Emails []string `json:"emails,omitempty"`
	// Documents are the Gr.5 travel documents.
	Documents []Document `json:"documents,omitempty"`
	// ReservationRef is RFF AVF, the PNR record locator.
	ReservationRef string `json:"reservation_ref,omitempty"`
	// PassengerRef is RFF ABO, the unique passenger reference.
	PassengerRef string `json:"passenger_ref,omitempty"`
	// Seat is RFF SEA, leading zeros of the row removed.
	Seat string `json:"seat,omitempty"`
	// Baggage is MEA and FTX BAG information, when given.
	Baggage *Baggage `json:"baggage,omitempty"`
	// References lists the other RFF qualifiers and values.
	References []Reference `json:"references,omitempty"`
	// Pos is the position of the NAD segment.
	Pos edifact.Position `json:"pos"`
}

// Address is a postal address.
type Address struct {
	// Street is the street and number.
	Street string `json:"street,omitempty"`
	// City is the city name.
	City string `json:"city,omitempty"`
	// Region is the country subdivision (state, province).
	Region string `json:"region,omitempty"`
	// PostalCode is the postal code.
	PostalCode string `json:"postal_code,omitempty"`
	// Country is the country code.
	Country string `json:"country,omitempty"`
}

// Document is a travel document (Gr.5 DOC).
type Document struct {
	// Type is DOC C002/1001: "P" passport, "V" visa, "I"/"A"/"C" identity
	// cards, ...
	Type string `json:"type,omitempty"`
	// Number is DOC C503/1004.
	Number string `json:"number,omitempty"`
	// IssuingCountry is LOC 91 (code).
	IssuingCountry string `json:"issuing_country,omitempty"`
	// IssuePlace is the LOC 91 place name, when sent as text.
	IssuePlace string `json:"issue_place,omitempty"`
	// Expiry is DTM 36.
	Expiry time.Time `json:"expiry,omitzero"`
	// Issued is DTM 182.
	Issued time.Time `json:"issued,omitzero"`
}

// Baggage is the checked baggage of a person.
type Baggage struct {
	// Count is MEA CT, or the sum of FTX BAG counts.
	Count int `json:"count,omitempty"`
	// Weight is MEA WT as sent.
	Weight string `json:"weight,omitempty"`
	// WeightUnit is the MEA unit, e.g. "KGM" or "LBR".
	WeightUnit string `json:"weight_unit,omitempty"`
	// Tags are the FTX BAG tag references.
	Tags []BagTag `json:"tags,omitempty"`
}

// BagTag is a bag tag reference; Count consecutive tags start with Tag.
type BagTag struct {
	// Tag is the first tag number, e.g. "BA987654".
	Tag string `json:"tag"`
	// Count is the number of consecutive tags (1 when not given).
	Count int `json:"count"`
}

// Reference is an RFF qualifier and value.
type Reference struct {
	// Qualifier is RFF C506/1153, e.g. "CR".
	Qualifier string `json:"qualifier"`
	// Value is RFF C506/1154.
	Value string `json:"value"`
}
