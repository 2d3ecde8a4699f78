package resolve

import (
	"errors"
	"strings"
	"time"

	"github.com/borderlens/borderlens/graph"
)

var (
	errDate     = errors.New("date must be YYYY-MM-DD")
	errCarrier  = errors.New("carrier must be a 2 or 3 character airline designator")
	errFlightNo = errors.New("flight number must be 1 to 4 digits with an optional letter")
	errAirport  = errors.New("airport must be a 3-letter IATA code")
	errLocator  = errors.New("record locator must be 5 to 8 letters or digits")
)

// TraderID normalises a trader id as registered with customs: trimmed,
// upper-case, inner white space collapsed.
func TraderID(raw string) (string, error) {
	s, err := clean(raw, 64)
	if err != nil {
		return "", err
	}
	s = strings.ToUpper(strings.Join(strings.Fields(s), " "))
	if s == "" {
		return "", ErrEmpty
	}
	return s, nil
}

// Code normalises an opaque code (office, agency, declaration id): trimmed,
// upper-case, at most 64 bytes, no inner white space.
func Code(raw string) (string, error) {
	s, err := clean(raw, 64)
	if err != nil {
		return "", err
	}
	s = strings.ToUpper(s)
	if s == "" {
		return "", ErrEmpty
	}
	if strings.ContainsAny(s, " \t") {
		return "", errors.New("code contains white space")
	}
	return s, nil
}

// Date parses a calendar date written YYYY-MM-DD or YYYYMMDD, returning it
// as YYYY-MM-DD and as a UTC time.
func Date(raw string) (string, time.Time, error) {
	s := strings.TrimSpace(raw)
	layout := "2006-01-02"
	if len(s) == 8 && allDigits(s) {
		layout = "20060102"
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return "", time.Time{}, errDate
	}
	return t.Format("2006-01-02"), t, nil
}

// Airport normalises an IATA airport code.
func Airport(raw string) (string, error) {
	s := strings.ToUpper(strings.TrimSpace(raw))
	if len(s) != 3 {
		return "", errAirport
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return "", errAirport
		}
	}
	return s, nil
}

// Carrier normalises an airline designator (IATA 2 characters or ICAO 3
// letters).
func Carrier(raw string) (string, error) {
	s := strings.ToUpper(strings.TrimSpace(raw))
	if len(s) < 2 || len(s) > 3 {
		return "", errCarrier
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
			return "", errCarrier
		}
	}
	return s, nil
}

// FlightNumber normalises a flight number: digits with an optional
// operational suffix letter, leading zeros kept for graph.FlightID to pad.
func FlightNumber(raw string) (string, error) {
	s := strings.ToUpper(strings.TrimSpace(raw))
	digits := strings.TrimRight(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	if len(s)-len(digits) > 1 || len(digits) < 1 || len(digits) > 4 || !allDigits(digits) {
		return "", errFlightNo
	}
	return s, nil
}

// RecordLocator normalises a PNR record locator.
func RecordLocator(raw string) (string, error) {
	s := strings.ToUpper(strings.TrimSpace(raw))
	if len(s) < 5 || len(s) > 8 {
		return "", errLocator
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
			return "", errLocator
		}
	}
	return s, nil
}

// PassengerKey returns the key of a passenger: "SURNAME/GIVEN/YYYY-MM-DD"
// from a resolved name and date of birth. Without a date of birth the
// third part is the first document ("DOC P-KOR-M1234567") or, failing
// that, the booking ("PNR KE-ABC123"), as graph.PassengerID documents; ok
// is false when none of the three is known.
func PassengerKey(n Name, dob string, doc *Document, bookingID string) (graph.Key, bool) {
	parts := strings.SplitN(n.Key(), "/", 2)
	third := dob
	switch {
	case third != "":
	case doc != nil:
		third = "DOC " + doc.Type + "-" + doc.Issuer + "-" + doc.Number
	case bookingID != "":
		third = "PNR " + bookingID
	default:
		return graph.Key{}, false
	}
	return graph.NewKey(graph.KindPassenger, graph.PassengerID(parts[0], parts[1], third)), true
}
