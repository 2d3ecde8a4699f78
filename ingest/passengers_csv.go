package ingest

import (
	"errors"
	"strings"

	"github.com/borderlens/borderlens/ingest/kcs"
)

// passengerColumns maps the normalised passengers CSV header names to the
// BookingRecord path they fill.
var passengerColumns = map[string]string{
	"carrier": "carrier", "locator": "locator", "recordlocator": "locator", "pnr": "locator",
	"created": "created", "bookingcreated": "created", "splitfrom": "split_from",
	"agencyid": "agency.id", "agencyname": "agency.name", "agencycity": "agency.city", "agencycountry": "agency.country",
	"surname": "surname", "given": "given", "givennames": "given", "name": "name",
	"dateofbirth": "date_of_birth", "dob": "date_of_birth", "gender": "gender", "nationality": "nationality",
	"crew": "crew", "infant": "infant",
	"documenttype": "documents.type", "documentissuer": "documents.issuer", "documentnumber": "documents.number",
	"documentexpiry": "documents.expiry",
	"phone":          "phones", "phones": "phones", "email": "emails", "emails": "emails",
	"address": "addresses", "addresses": "addresses",
	"cardvendor": "payments.vendor", "cardnumber": "payments.number", "cardexpiry": "payments.expiry",
	"flightcarrier": "legs.carrier", "flightnumber": "legs.number", "flight": "legs.number",
	"origin": "legs.origin", "destination": "legs.destination",
	"departure": "legs.departure", "arrival": "legs.arrival",
}

// isPassengerHeader reports whether normalised header names are a
// passengers CSV header.
func isPassengerHeader(have map[string]bool) bool {
	return (have["surname"] || have["name"]) && (have["locator"] || have["flightnumber"] || have["flight"] || have["dateofbirth"] || have["dob"])
}

// passengerBinding maps one passengers CSV header onto BookingRecord
// paths.
type passengerBinding struct {
	path   []string          // BookingRecord path of each column, "" to ignore
	column map[string]string // path to header name
}

func bindPassengers(header []string) (passengerBinding, error) {
	b := passengerBinding{path: make([]string, len(header)), column: map[string]string{}}
	for i, h := range header {
		p := passengerColumns[kcs.NormalizeHeader(h)]
		if p != "" && b.column[p] == "" {
			b.path[i] = p
			b.column[p] = h
		}
	}
	if b.column["surname"] == "" && b.column["name"] == "" {
		return passengerBinding{}, errors.New("passengers header needs a surname or name column")
	}
	return b, nil
}

// record turns one row into a booking with one passenger, at most one
// leg, one document and one card (a booking-level payment).
func (b passengerBinding) record(row []string) BookingRecord {
	var rec BookingRecord
	var p PassengerRecord
	var leg LegRecord
	var doc DocumentRecord
	var pay PaymentRecord
	var agency AgencyRecord
	for i, v := range row {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		switch b.path[i] {
		case "carrier":
			rec.Carrier = v
		case "locator":
			rec.Locator = v
		case "created":
			rec.Created = v
		case "split_from":
			rec.SplitFrom = v
		case "agency.id":
			agency.ID = v
		case "agency.name":
			agency.Name = v
		case "agency.city":
			agency.City = v
		case "agency.country":
			agency.Country = v
		case "surname":
			p.Surname = v
		case "given":
			p.Given = v
		case "name":
			p.Name = v
		case "date_of_birth":
			p.DateOfBirth = v
		case "gender":
			p.Gender = v
		case "nationality":
			p.Nationality = v
		case "crew":
			p.Crew = truthy(v)
		case "infant":
			p.Infant = truthy(v)
		case "documents.type":
			doc.Type = v
		case "documents.issuer":
			doc.Issuer = v
		case "documents.number":
			doc.Number = v
		case "documents.expiry":
			doc.Expiry = v
		case "phones":
			p.Phones = splitCell(v)
		case "emails":
			p.Emails = splitCell(v)
		case "addresses":
			p.Addresses = splitCell(v)
		case "payments.vendor":
			pay.Vendor = v
		case "payments.number":
			pay.Number = v
		case "payments.expiry":
			pay.Expiry = v
		case "legs.carrier":
			leg.Carrier = v
		case "legs.number":
			leg.Number = v
		case "legs.origin":
			leg.Origin = v
		case "legs.destination":
			leg.Destination = v
		case "legs.departure":
			leg.Departure = v
		case "legs.arrival":
			leg.Arrival = v
		}
	}
	if doc.Number != "" || doc.Issuer != "" {
		p.Documents = []DocumentRecord{doc}
	}
	if leg != (LegRecord{}) {
		rec.Legs = []LegRecord{leg}
	}
	if pay.Number != "" {
		rec.Payments = []PaymentRecord{pay}
	}
	if agency != (AgencyRecord{}) {
		rec.Agency = &agency
	}
	rec.Passengers = []PassengerRecord{p}
	return rec
}

// columnOf names the CSV column a BookingFragment error path came from:
// "passengers[0].phones[1]" gives the phone column.
func (b passengerBinding) columnOf(path string) string {
	p := path
	p = strings.TrimPrefix(p, "passengers[0].")
	p = strings.TrimPrefix(p, "passengers[0]")
	// Drop indexes: "legs[0].departure" becomes "legs.departure".
	var s strings.Builder
	skip := false
	for _, r := range p {
		switch {
		case r == '[':
			skip = true
		case r == ']':
			skip = false
		case !skip:
			s.WriteRune(r)
		}
	}
	p = s.String()
	for cand := p; cand != ""; {
		if c := b.column[cand]; c != "" {
			return c
		}
		if i := strings.LastIndexByte(cand, '.'); i >= 0 {
			cand = cand[:i]
		} else {
			break
		}
	}
	if p == "" {
		return ""
	}
	return path
}

func truthy(v string) bool {
	switch strings.ToLower(v) {
	case "1", "true", "yes", "y", "x":
		return true
	}
	return false
}

func splitCell(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
