package graph

import (
	"strings"
	"time"
)

// Booking is a passenger name record (PNR) held by a carrier.
type Booking struct {
	Carrier       string // two-letter airline code
	RecordLocator string // PNR locator
	Created       time.Time
	SplitFrom     string // locator of the PNR this one was split from
}

// BookingID returns the natural key id of a PNR: "CARRIER-LOCATOR".
func BookingID(carrier, locator string) string {
	return strings.ToUpper(carrier) + "-" + strings.ToUpper(locator)
}

// Node returns the booking as a graph node.
func (b Booking) Node() Node {
	p := Props{"carrier": b.Carrier, "recordLocator": b.RecordLocator}
	if b.SplitFrom != "" {
		p["splitFrom"] = b.SplitFrom
	}
	id := BookingID(b.Carrier, b.RecordLocator)
	return Node{Key: NewKey(KindBooking, id), Label: "PNR " + id, At: b.Created, Props: p}
}

// Flight is one flight leg on one scheduled departure date.
type Flight struct {
	Carrier     string
	Number      string
	Origin      string // IATA airport
	Destination string // IATA airport
	Departure   time.Time
	Arrival     time.Time
}

// FlightID returns the natural key id of a flight leg:
// "CARRIER0123-YYYY-MM-DD" (departure date, local), so every passenger and
// PNR naming the same leg meets on one node.
func FlightID(carrier, number string, departure time.Time) string {
	num := strings.TrimLeft(number, "0")
	for len(num) < 4 {
		num = "0" + num
	}
	return strings.ToUpper(carrier) + num + "-" + departure.Format("2006-01-02")
}

// Node returns the flight as a graph node.
func (f Flight) Node() Node {
	id := FlightID(f.Carrier, f.Number, f.Departure)
	p := Props{"carrier": f.Carrier, "number": f.Number}
	if f.Origin != "" {
		p["origin"] = f.Origin
	}
	if f.Destination != "" {
		p["destination"] = f.Destination
	}
	if !f.Arrival.IsZero() {
		p["arrival"] = f.Arrival.UTC().Format(time.RFC3339)
	}
	label := id
	if f.Origin != "" || f.Destination != "" {
		label = id + " " + f.Origin + "-" + f.Destination
	}
	return Node{Key: NewKey(KindFlight, id), Label: label, At: f.Departure, Props: p}
}
