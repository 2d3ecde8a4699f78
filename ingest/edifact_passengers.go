package ingest

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/borderlens/borderlens/ingest/edifact"
	"github.com/borderlens/borderlens/ingest/paxlst"
	"github.com/borderlens/borderlens/ingest/pnrgov"
	"github.com/borderlens/borderlens/ingest/resolve"
)

// The PAXLST and PNRGOV decoders map the messages of the EDIFACT parsers
// onto BookingRecords, and those onto the graph through BookingFragment:
//
//   - PNRGOV: one Fragment per PNR (Fragment.Line is the line of its SRC
//     segment): locator and owning carrier from RCI, creation date, split
//     parent, the ORG originator as agency, the itinerary (the message's
//     flight when the PNR lists none), PNR-level contacts, every traveller
//     with documents and contacts (infants linked to their adult), and the
//     card forms of payment as masked number and expiry (a weak identity),
//     tied to the traveller whose ticket they paid when known.
//   - PAXLST: one Fragment per person (Fragment.Line is the line of the
//     NAD segment), so that one bad entry does not lose the manifest: a
//     BookingRecord without a locator carrying the message's legs and that
//     person, with documents, contacts and the crew flag.
//
// Contacts and cards are extracted by the parsers from free text; one that
// does not resolve is dropped rather than losing the whole record. Legs
// lacking a flight number, airport or departure date are skipped. A record
// whose BookingFragment fails is rejected with Field naming the segment and
// the record path (e.g. "TIF passengers[1].date_of_birth"); the parser's
// recoverable problems for that record are added to the reason. A fatal
// parser error on malformed data becomes a last rejected Fragment at the
// line it names and ends the file (the records before it are kept); an I/O
// error, or resolve.ErrNoCardKey, is returned as the decoder's error.

// edifactDecoder yields the fragments of one EDIFACT message at a time.
type edifactDecoder struct {
	name  string
	read  func() ([]Fragment, error) // the fragments of the next message
	queue []Fragment
	done  bool
	err   error // returned once the queue is drained
}

// Next implements Decoder.
func (d *edifactDecoder) Next() (Fragment, error) {
	for {
		if len(d.queue) > 0 {
			f := d.queue[0]
			d.queue = d.queue[1:]
			return f, nil
		}
		if d.err != nil {
			return Fragment{}, d.err
		}
		if d.done {
			return Fragment{}, io.EOF
		}
		frags, err := d.read()
		d.queue = append(d.queue, frags...)
		switch {
		case err == nil:
		case err == io.EOF:
			d.done = true
		case isEDIFACTDataError(err):
			d.done = true
			line := edifactLine(err)
			d.queue = append(d.queue, Fragment{Line: line, Reject: &ParseError{File: d.name, Line: line, Err: err}})
		default:
			d.err = named(err, d.name)
		}
	}
}

// edifactCategories are the edifact errors that describe the data rather
// than the reading of it.
var edifactCategories = []error{
	edifact.ErrSegmentTooLong, edifact.ErrBinaryInput, edifact.ErrMessageTooLarge,
	edifact.ErrNoInterchange, edifact.ErrTruncated, edifact.ErrInvalidUTF8,
	edifact.ErrInvalidTag, edifact.ErrServiceString, edifact.ErrTypographicQuote,
	edifact.ErrUnterminated, edifact.ErrSegmentCount, edifact.ErrControlReference,
	edifact.ErrEnvelope, edifact.ErrTrailingData,
	paxlst.ErrMessageType, pnrgov.ErrMessageType,
}

// isEDIFACTDataError reports whether a fatal parser error is about the
// input's content (a reject) rather than an I/O failure.
func isEDIFACTDataError(err error) bool {
	var pf *paxlst.FieldError
	var gf *pnrgov.FieldError
	if errors.As(err, &pf) || errors.As(err, &gf) {
		return true
	}
	for _, c := range edifactCategories {
		if errors.Is(err, c) {
			return true
		}
	}
	return false
}

// edifactLine returns the line an EDIFACT parser error names, or 0.
func edifactLine(err error) int {
	var se *edifact.SyntaxError
	var pf *paxlst.FieldError
	var gf *pnrgov.FieldError
	switch {
	case errors.As(err, &pf):
		return pf.Line
	case errors.As(err, &gf):
		return gf.Line
	case errors.As(err, &se):
		return se.Line
	}
	return 0
}

func newPAXLSTDecoder(in io.Reader, o DecoderOptions) Decoder {
	p := paxlst.NewDecoder(in)
	d := &edifactDecoder{name: o.Name}
	d.read = func() ([]Fragment, error) {
		m, err := p.Next()
		if m == nil {
			return nil, err
		}
		var out []Fragment
		for i := range m.Passengers {
			f, ferr := paxlstFragment(m, &m.Passengers[i], o)
			if ferr != nil {
				return out, ferr
			}
			out = append(out, f)
		}
		return out, err
	}
	return d
}

func newPNRGOVDecoder(in io.Reader, o DecoderOptions) Decoder {
	p := pnrgov.NewDecoder(in)
	d := &edifactDecoder{name: o.Name}
	d.read = func() ([]Fragment, error) {
		m, err := p.Next()
		if m == nil {
			return nil, err
		}
		var out []Fragment
		for _, pnr := range m.PNRs {
			f, ferr := pnrgovFragment(m, pnr, o)
			if ferr != nil {
				return out, ferr
			}
			out = append(out, f)
		}
		return out, err
	}
	return d
}

// mapped turns the result of BookingFragment into a Fragment; seg names
// the segment a record path comes from, problems are the parser's
// recoverable problems for the record. The error is ErrNoCardKey only.
func mapped(rec BookingRecord, line int, o DecoderOptions, seg func(path string) string, problems []error) (Fragment, error) {
	b, err := BookingFragment(rec, o.Resolver)
	if err == nil {
		return Fragment{Line: line, Batch: b}, nil
	}
	if errors.Is(err, resolve.ErrNoCardKey) {
		return Fragment{}, &ParseError{File: o.Name, Line: line, Err: resolve.ErrNoCardKey}
	}
	pe := toParseError(err)
	pe.File, pe.Line = o.Name, line
	pe.Field = strings.TrimSpace(seg(pe.Field) + " " + pe.Field)
	if len(problems) > 0 {
		const most = 3
		var msgs []string
		for i, p := range problems {
			if i == most {
				msgs = append(msgs, fmt.Sprintf("and %d more", len(problems)-most))
				break
			}
			msgs = append(msgs, p.Error())
		}
		pe.Err = fmt.Errorf("%w (parser reported: %s)", pe.Err, strings.Join(msgs, "; "))
	}
	return Fragment{Line: line, Reject: pe}, nil
}

const (
	dateLayout     = "2006-01-02"
	dateTimeLayout = "2006-01-02T15:04:05"
)

func fmtDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayout)
}

// fmtDateTime keeps the date alone when no time of day was sent.
func fmtDateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format(dateLayout)
	}
	return t.Format(dateTimeLayout)
}

// legRecord returns a leg, or false when it lacks what a Flight needs.
func legRecord(carrier, number, origin, dest string, dep, arr time.Time) (LegRecord, bool) {
	if strings.TrimSpace(number) == "" || strings.TrimSpace(origin) == "" || strings.TrimSpace(dest) == "" || dep.IsZero() {
		return LegRecord{}, false
	}
	return LegRecord{Carrier: carrier, Number: number, Origin: origin, Destination: dest,
		Departure: fmtDateTime(dep), Arrival: fmtDateTime(arr)}, true
}

// addressLine joins the parts of an address into one line.
func addressLine(parts ...string) string {
	var s []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			s = append(s, p)
		}
	}
	return strings.Join(s, ", ")
}

// Filters dropping the contacts that do not resolve.
func goodPhones(r *resolve.Resolver, in []string) []string {
	var out []string
	for _, v := range in {
		if _, err := r.PhoneNode(v); err == nil {
			out = append(out, v)
		}
	}
	return out
}

func goodEmails(in []string) []string {
	var out []string
	for _, v := range in {
		if _, err := resolve.EmailNode(v); err == nil {
			out = append(out, v)
		}
	}
	return out
}

func goodAddresses(in []string) []string {
	var out []string
	for _, v := range in {
		if strings.TrimSpace(v) == "" {
			continue
		}
		if _, err := resolve.AddressNode(v); err == nil {
			out = append(out, v)
		}
	}
	return out
}

// pathSegment returns the EDIFACT segment a BookingRecord path comes from.
func pathSegment(path string, person, leg, doc, payment string) string {
	switch {
	case strings.Contains(path, "documents"):
		return doc
	case strings.Contains(path, "payments"):
		return payment
	case strings.HasPrefix(path, "passengers"):
		return person
	case strings.HasPrefix(path, "legs"):
		return leg
	}
	return ""
}

// paxlstFragment maps one person of a PAXLST message.
func paxlstFragment(m *paxlst.Message, p *paxlst.Person, o DecoderOptions) (Fragment, error) {
	var rec BookingRecord
	for _, l := range m.Flights {
		if lr, ok := legRecord(l.Carrier, l.FlightNumber, l.Origin, l.Destination, l.Departure, l.Arrival); ok {
			rec.Legs = append(rec.Legs, lr)
		}
	}
	pr := PassengerRecord{
		Surname: p.Surname, Given: p.GivenNames, DateOfBirth: fmtDate(p.DateOfBirth),
		Gender: p.Gender, Nationality: p.Nationality, Crew: p.Type == paxlst.Crew, Infant: p.Infant,
		Phones: goodPhones(o.Resolver, p.Phones), Emails: goodEmails(p.Emails),
	}
	if a := p.Address; a != nil {
		pr.Addresses = goodAddresses([]string{addressLine(a.Street, a.City, a.Region, a.PostalCode, a.Country)})
	}
	for _, d := range p.Documents {
		if strings.TrimSpace(d.Number) == "" {
			continue
		}
		pr.Documents = append(pr.Documents, DocumentRecord{Type: d.Type, Issuer: d.IssuingCountry, Number: d.Number, Expiry: fmtDate(d.Expiry)})
	}
	rec.Passengers = []PassengerRecord{pr}
	seg := func(path string) string { return pathSegment(path, "NAD", "TDT/LOC", "DOC", "") }
	return mapped(rec, p.Pos.Line, o, seg, personProblems(m, p))
}

// personProblems returns the message's recoverable problems found in the
// person's segments (between its NAD and the next person's).
func personProblems(m *paxlst.Message, p *paxlst.Person) []error {
	end := int(^uint(0) >> 1)
	for _, q := range m.Passengers {
		if q.Pos.Index > p.Pos.Index && q.Pos.Index < end {
			end = q.Pos.Index
		}
	}
	var out []error
	for _, e := range m.Errors {
		var fe *paxlst.FieldError
		if errors.As(e, &fe) && fe.Segment >= p.Pos.Index && fe.Segment < end {
			out = append(out, e)
		}
	}
	return out
}

// pnrgovFragment maps one PNR of a PNRGOV message.
func pnrgovFragment(m *pnrgov.Message, p *pnrgov.PNR, o DecoderOptions) (Fragment, error) {
	r := o.Resolver
	rec := BookingRecord{
		Carrier: p.CarrierCode, Locator: p.RecordLocator, Created: fmtDateTime(p.BookingDate()),
	}
	if rec.Carrier == "" {
		rec.Carrier = m.Flight.Carrier
	}
	for _, s := range p.Splits {
		if len(s.Locators) > 0 && rec.SplitFrom == "" {
			if _, err := resolve.RecordLocator(s.Locators[0].Locator); err == nil {
				rec.SplitFrom = s.Locators[0].Locator
			}
		}
	}
	if a := p.TravelAgency; a != nil {
		id := a.IATANumber
		if id == "" {
			id = a.OfficeID
		}
		if id == "" {
			id = a.AgentSign
		}
		if id != "" {
			rec.Agency = &AgencyRecord{ID: id, Name: a.Name, City: a.City, Country: a.Country}
			if _, err := agencyNode(*rec.Agency); err != nil {
				rec.Agency = nil
			}
		}
	}
	for _, l := range p.Legs {
		if lr, ok := legRecord(l.Carrier, l.FlightNumber, l.Origin, l.Destination, l.Departure, l.Arrival); ok {
			rec.Legs = append(rec.Legs, lr)
		}
	}
	if len(rec.Legs) == 0 {
		l := m.Flight
		if lr, ok := legRecord(l.Carrier, l.FlightNumber, l.Origin, l.Destination, l.Departure, l.Arrival); ok {
			rec.Legs = append(rec.Legs, lr)
		}
	}
	rec.Phones = goodPhones(r, phoneNumbers(p.Phones))
	rec.Emails = goodEmails(emailAddresses(p.Emails))
	rec.Addresses = goodAddresses(addressLines(p.Addresses))
	refs := map[string]int{}
	for i, x := range p.Passengers {
		if x.Ref != "" {
			if _, dup := refs[x.Ref]; !dup {
				refs[x.Ref] = i
			}
		}
	}
	for _, x := range p.Passengers {
		pr := PassengerRecord{
			Surname: x.Surname, Given: x.GivenName, DateOfBirth: fmtDate(x.DateOfBirth),
			Gender: x.Gender, Nationality: x.Nationality, Infant: x.Infant,
			Phones:    goodPhones(r, phoneNumbers(x.Phones)),
			Emails:    goodEmails(emailAddresses(x.Emails)),
			Addresses: goodAddresses(addressLines(x.Addresses)),
		}
		if x.Infant && x.AccompaniedBy != "" {
			if j, ok := refs[x.AccompaniedBy]; ok && p.Passengers[j] != x {
				j := j
				pr.InfantOf = &j
			}
		}
		for _, d := range x.Documents {
			if strings.TrimSpace(d.Number) == "" || strings.TrimSpace(d.IssuingCountry) == "" {
				continue
			}
			pr.Documents = append(pr.Documents, DocumentRecord{Type: d.Type, Issuer: d.IssuingCountry, Number: d.Number, Expiry: fmtDate(d.Expiry)})
		}
		rec.Passengers = append(rec.Passengers, pr)
	}
	for _, pay := range p.Payments {
		if pay.Old || strings.TrimSpace(pay.CardNumber) == "" {
			continue
		}
		t := strings.ToUpper(strings.TrimSpace(pay.Type))
		if t != "" && t != "CC" {
			continue
		}
		pr := PaymentRecord{Type: "CC", Vendor: pay.Vendor, Number: pay.CardNumber, Expiry: pay.Expiry}
		if _, err := r.CardNode(pr.Vendor, pr.Number, pr.Expiry); err != nil && !errors.Is(err, resolve.ErrNoCardKey) {
			continue // a card that does not resolve is dropped
		}
		if j, ok := refs[pay.PassengerRef]; ok && pay.PassengerRef != "" {
			rec.Passengers[j].Payments = append(rec.Passengers[j].Payments, pr)
		} else {
			rec.Payments = append(rec.Payments, pr)
		}
	}
	seg := func(path string) string {
		switch {
		case path == "locator" || path == "carrier" || path == "created":
			return "RCI"
		case path == "split_from":
			return "EQN/RCI"
		case strings.HasPrefix(path, "agency"):
			return "ORG"
		case strings.HasPrefix(path, "phones"), strings.HasPrefix(path, "emails"), strings.HasPrefix(path, "addresses"):
			return "ADD/IFT"
		}
		return pathSegment(path, "TIF", "TVL", "SSR DOCS", "FOP")
	}
	return mapped(rec, p.Pos.Line, o, seg, []error(p.Errors))
}

func phoneNumbers(in []pnrgov.Phone) []string {
	out := make([]string, 0, len(in))
	for _, v := range in {
		out = append(out, v.Number)
	}
	return out
}

func emailAddresses(in []pnrgov.Email) []string {
	out := make([]string, 0, len(in))
	for _, v := range in {
		out = append(out, v.Address)
	}
	return out
}

func addressLines(in []pnrgov.Address) []string {
	out := make([]string, 0, len(in))
	for _, a := range in {
		out = append(out, addressLine(a.Street, a.City, a.Region, a.PostalCode, a.Country))
	}
	return out
}
