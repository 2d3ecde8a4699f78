package view

import (
	"time"

	"github.com/borderlens/borderlens/graph"
)

// Trader is the view of a Trader node (see graph.Trader).
type Trader struct{ Base }

// Name returns the registered name.
func (t Trader) Name() string { return t.Label() }

// Country returns the country of registration.
func (t Trader) Country() *string { return str(t.N.Props, "country") }

// Roles returns the roles seen on declarations.
func (t Trader) Roles() []string { return stringList(t.N.Props, "roles") }

// Declaration is the view of a Declaration node (see graph.Declaration).
type Declaration struct{ Base }

// Date returns the declaration date.
func (d Declaration) Date() *time.Time { return timePtr(d.N.At) }

// HSCode returns the declared HS code.
func (d Declaration) HSCode() *string { return str(d.N.Props, "hsCode") }

// Description returns the goods description.
func (d Declaration) Description() *string { return str(d.N.Props, "description") }

// OfficeID returns the id of the office the declaration was lodged at.
func (d Declaration) OfficeID() *string { return str(d.N.Props, "officeId") }

// ImporterID returns the importer's trader id.
func (d Declaration) ImporterID() *string { return str(d.N.Props, "importerId") }

// DeclarantID returns the declarant's trader id.
func (d Declaration) DeclarantID() *string { return str(d.N.Props, "declarantId") }

// SellerID returns the seller's trader id.
func (d Declaration) SellerID() *string { return str(d.N.Props, "sellerId") }

// CourierID returns the courier's trader id.
func (d Declaration) CourierID() *string { return str(d.N.Props, "courierId") }

// OriginCountry returns the country of origin.
func (d Declaration) OriginCountry() *string { return str(d.N.Props, "originCountry") }

// DepartureCountry returns the country of departure.
func (d Declaration) DepartureCountry() *string { return str(d.N.Props, "departureCountry") }

// Quantity returns the declared quantity.
func (d Declaration) Quantity() *float64 { return float(d.N.Props, "quantity") }

// NetMassKg returns the net mass in kilograms.
func (d Declaration) NetMassKg() *float64 { return float(d.N.Props, "netMassKg") }

// Value returns the customs value.
func (d Declaration) Value() *float64 { return float(d.N.Props, "value") }

// FobValue returns the FOB value.
func (d Declaration) FobValue() *float64 { return float(d.N.Props, "fobValue") }

// Taxes returns the taxes paid.
func (d Declaration) Taxes() *float64 { return float(d.N.Props, "taxes") }

// TaxRate returns the tax rate.
func (d Declaration) TaxRate() *float64 { return float(d.N.Props, "taxRate") }

// Inspected reports whether an inspection outcome is recorded.
func (d Declaration) Inspected() bool { return d.N.Props.Bool("inspected") }

// Illicit returns the inspection verdict.
func (d Declaration) Illicit() *bool { return boolean(d.N.Props, "illicit") }

// Revenue returns the additional revenue raised by inspection.
func (d Declaration) Revenue() *float64 { return float(d.N.Props, "revenue") }

// Critical returns the inspection's criticality (0, 1 or 2).
func (d Declaration) Critical() *int64 { return integer(d.N.Props, "critical") }

// DateIllicitProb returns the DATE illicit probability.
func (d Declaration) DateIllicitProb() *float64 { return float(d.N.Props, graph.PropDateIllicitProb) }

// DateRevenue returns the DATE expected revenue.
func (d Declaration) DateRevenue() *float64 { return float(d.N.Props, graph.PropDateRevenue) }

// DateRank returns the DATE rank.
func (d Declaration) DateRank() *int64 { return integer(d.N.Props, graph.PropDateRank) }

// DateModel returns the DATE model version.
func (d Declaration) DateModel() *string { return str(d.N.Props, graph.PropDateModel) }

// HSRecommended returns the HS code the HS model recommends.
func (d Declaration) HSRecommended() *string { return str(d.N.Props, graph.PropHSRecommended) }

// HSMismatch returns the HS mismatch score.
func (d Declaration) HSMismatch() *float64 { return float(d.N.Props, graph.PropHSMismatch) }

// HSDeclaredRank returns the rank of the declared HS code in the model's list.
func (d Declaration) HSDeclaredRank() *int64 { return integer(d.N.Props, graph.PropHSDeclaredRank) }

// Passenger is the view of a Passenger node (see graph.Passenger).
type Passenger struct{ Base }

// Surname returns the surname.
func (p Passenger) Surname() *string { return str(p.N.Props, "surname") }

// GivenNames returns the given names.
func (p Passenger) GivenNames() *string { return str(p.N.Props, "givenNames") }

// DateOfBirth returns the date of birth (YYYY-MM-DD).
func (p Passenger) DateOfBirth() *string { return str(p.N.Props, "dateOfBirth") }

// Gender returns M, F, X or U.
func (p Passenger) Gender() *string { return str(p.N.Props, "gender") }

// Nationality returns the nationality.
func (p Passenger) Nationality() *string { return str(p.N.Props, "nationality") }

// Crew reports whether the passenger is a crew member.
func (p Passenger) Crew() bool { return p.N.Props.Bool("crew") }

// Infant reports whether the passenger is an infant.
func (p Passenger) Infant() bool { return p.N.Props.Bool("infant") }

// Booking is the view of a Booking node (see graph.Booking).
type Booking struct{ Base }

// Carrier returns the airline code.
func (b Booking) Carrier() *string { return str(b.N.Props, "carrier") }

// RecordLocator returns the PNR locator.
func (b Booking) RecordLocator() *string { return str(b.N.Props, "recordLocator") }

// Created returns when the PNR was created.
func (b Booking) Created() *time.Time { return timePtr(b.N.At) }

// SplitFrom returns the locator of the PNR this one was split from.
func (b Booking) SplitFrom() *string { return str(b.N.Props, "splitFrom") }

// Flight is the view of a Flight node (see graph.Flight).
type Flight struct{ Base }

// Carrier returns the airline code.
func (f Flight) Carrier() *string { return str(f.N.Props, "carrier") }

// Number returns the flight number.
func (f Flight) Number() *string { return str(f.N.Props, "number") }

// Origin returns the departure airport code.
func (f Flight) Origin() *string { return str(f.N.Props, "origin") }

// Destination returns the arrival airport code.
func (f Flight) Destination() *string { return str(f.N.Props, "destination") }

// Departure returns the scheduled departure.
func (f Flight) Departure() *time.Time { return timePtr(f.N.At) }

// Arrival returns the scheduled arrival, when stored.
func (f Flight) Arrival() *time.Time {
	s := f.N.Props.String("arrival")
	if s == "" {
		return nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return nil
	}
	return &t
}

// Document is the view of a Document node; its id is TYPE/ISSUER/NUMBER.
type Document struct{ Base }

// DocumentType returns the document type (P for passport, ...).
func (d Document) DocumentType() *string { return documentPart(d.N.Key.ID, 0) }

// Issuer returns the issuing state or organisation.
func (d Document) Issuer() *string { return documentPart(d.N.Key.ID, 1) }

// Number returns the document number.
func (d Document) Number() *string { return documentPart(d.N.Key.ID, 2) }

// Phone is the view of a Phone node; its id is the E.164 number.
type Phone struct{ Base }

// Number returns the E.164 number.
func (p Phone) Number() string { return p.N.Key.ID }

// Raw returns the number as first seen.
func (p Phone) Raw() *string { return str(p.N.Props, graph.PropRaw) }

// Email is the view of an Email node; its id is the normalised address.
type Email struct{ Base }

// Address returns the normalised e-mail address.
func (e Email) Address() string { return e.N.Key.ID }

// Raw returns the address as first seen.
func (e Email) Raw() *string { return str(e.N.Props, graph.PropRaw) }

// Address is the view of an Address node; its id is the normalised address.
type Address struct{ Base }

// Address returns the normalised postal address.
func (a Address) Address() string { return a.N.Key.ID }

// Raw returns the address as first seen.
func (a Address) Raw() *string { return str(a.N.Props, graph.PropRaw) }

// PaymentCard is the view of a PaymentCard node; its id is a keyed hash.
type PaymentCard struct{ Base }

// Hash returns the keyed hash identifying the card.
func (c PaymentCard) Hash() string { return c.N.Key.ID }

// Raw returns the masked card number as first seen.
func (c PaymentCard) Raw() *string { return str(c.N.Props, graph.PropRaw) }

// Agency is the view of an Agency node.
type Agency struct{ Base }

// Code returns the agency code.
func (a Agency) Code() string { return a.N.Key.ID }

// Name returns the agency name.
func (a Agency) Name() string { return a.Label() }

// Seizure is the view of a Seizure node (see graph.Seizure).
type Seizure struct{ Base }

// Date returns the seizure date.
func (s Seizure) Date() *time.Time { return timePtr(s.N.At) }

// OfficeID returns the seizing office.
func (s Seizure) OfficeID() *string { return str(s.N.Props, "officeId") }

// Goods returns what was seized.
func (s Seizure) Goods() *string { return str(s.N.Props, "goods") }

// Quantity returns the amount seized, with its unit.
func (s Seizure) Quantity() *string { return str(s.N.Props, "quantity") }

// Source returns "seizure" or "investigation" plus a case reference.
func (s Seizure) Source() *string { return str(s.N.Props, "source") }

// Description returns the free-text description.
func (s Seizure) Description() *string { return str(s.N.Props, "description") }

// Office is the view of an Office node.
type Office struct{ Base }

// Code returns the office code.
func (o Office) Code() string { return o.N.Key.ID }

// Name returns the office name.
func (o Office) Name() string { return o.Label() }

// Country is the view of a Country node.
type Country struct{ Base }

// Code returns the country code.
func (c Country) Code() string { return c.N.Key.ID }

// Name returns the country name.
func (c Country) Name() string { return c.Label() }

// Airport is the view of an Airport node.
type Airport struct{ Base }

// Code returns the IATA code.
func (a Airport) Code() string { return a.N.Key.ID }

// Name returns the airport name.
func (a Airport) Name() string { return a.Label() }
