package paxlst

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/borderlens/borderlens/ingest/edifact"
)

// Parse reads every PAXLST message from r. It returns the messages read and
// the first fatal error, if any; the messages are usable even when err is
// not nil (see the package documentation).
func Parse(r io.Reader, opts ...Option) ([]*Message, error) {
	d := NewDecoder(r, opts...)
	var out []*Message
	for {
		m, err := d.Next()
		if m != nil {
			out = append(out, m)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
	}
}

// Decoder reads PAXLST messages one at a time from a stream, holding one
// message in memory.
type Decoder struct {
	mr   *edifact.MessageReader
	opts []Option
	err  error
}

// NewDecoder returns a Decoder reading from r.
func NewDecoder(r io.Reader, opts ...Option) *Decoder {
	return &Decoder{mr: edifact.NewMessageReader(r, opts...), opts: opts}
}

// Next returns the next message, or io.EOF after the last one. A non-nil
// message may come with a non-nil error (strict mode); any error other than
// io.EOF is fatal and returned again by later calls.
func (d *Decoder) Next() (*Message, error) {
	if d.err != nil {
		return nil, d.err
	}
	em, err := d.mr.Next()
	if err != nil {
		d.err = err
		return nil, err
	}
	m, err := DecodeMessage(em, d.opts...)
	if err != nil {
		d.err = err
	}
	return m, err
}

// DecodeMessage interprets one EDIFACT message read by an
// edifact.MessageReader as PAXLST. Problems are recorded in Message.Errors;
// in strict mode the first one is also returned as the error.
func DecodeMessage(em *edifact.Message, opts ...Option) (*Message, error) {
	cfg := edifact.ApplyOptions(opts...)
	p := &parser{msg: &Message{Index: em.Index, MessageRef: em.Ref}, em: em}
	m := p.msg
	m.Errors = append(m.Errors, em.Errors...)
	if ic := em.Interchange; ic != nil {
		m.InterchangeRef = ic.ControlRef
		m.SyntaxID = ic.SyntaxID
		m.Sender = ic.Sender
		m.Recipient = ic.Recipient
		m.Prepared = ic.Prepared
		p.ref = ic.Prepared
	}
	if p.ref.IsZero() && em.Group != nil {
		p.ref = em.Group.Prepared
	}
	if em.Version != "" || em.Release != "" {
		m.Version = em.Version + ":" + em.Release
	}
	if !strings.EqualFold(em.Type, "PAXLST") {
		p.problem(fieldError(em.Index, em.Header, "message type", em.Type, ErrMessageType))
	} else {
		p.run()
	}
	if cfg.Strict && len(m.Errors) > 0 {
		return m, m.Errors[0]
	}
	return m, nil
}

type state int

const (
	stHeader state = iota
	stParty
	stTransport
	stPerson
	stDocument
)

type stop struct {
	qualifier string
	airport   string
	arrival   time.Time
	departure time.Time
}

type parser struct {
	msg   *Message
	em    *edifact.Message
	ref   time.Time
	st    state
	party *Party

	// current transport group
	inTDT  bool
	leg    Leg // carrier, flight number and ID of the current TDT
	stops  []stop
	person *Person
	doc    *Document
	meaCT  bool // the current person's bag count came from MEA CT
	cntSeg edifact.Segment
}

func (p *parser) problem(err error) {
	p.msg.Errors = append(p.msg.Errors, err)
}

func (p *parser) invalid(seg edifact.Segment, field, value string, err error) {
	if err == nil {
		p.problem(fieldError(p.msg.Index, seg, field, value, ErrInvalid))
		return
	}
	p.problem(fieldError(p.msg.Index, seg, field, value, fmt.Errorf("%w: %w", ErrInvalid, err)))
}

func (p *parser) run() {
	sawBGM, sawTDT := false, false
	for _, seg := range p.em.Segments {
		switch seg.Tag {
		case "BGM":
			sawBGM = true
			p.msg.DocumentType = seg.Value(0, 0)
			p.msg.DocumentID = seg.Value(1, 0)
		case "RFF":
			p.rff(seg)
		case "DTM":
			p.dtm(seg)
		case "LOC":
			p.loc(seg)
		case "NAD":
			p.nad(seg)
		case "CTA":
			if p.st == stParty && p.party != nil {
				name := strings.TrimSpace(seg.Value(1, 1))
				if name == "" {
					name = strings.TrimSpace(seg.Value(1, 0))
				}
				if name != "" && p.party.Name == "" {
					p.party.Name = name
				}
			}
		case "COM":
			p.com(seg)
		case "TDT":
			sawTDT = true
			p.tdt(seg)
		case "ATT":
			p.att(seg)
		case "MEA":
			p.mea(seg)
		case "GEI":
			p.gei(seg)
		case "FTX":
			p.ftx(seg)
		case "EMP":
			if per := p.currentPerson(); per != nil {
				per.CrewRole = seg.Value(1, 0)
			}
		case "NAT":
			if per := p.currentPerson(); per != nil {
				per.Nationality = strings.TrimSpace(seg.Value(1, 0))
			}
		case "DOC":
			p.docSeg(seg)
		case "CNT":
			p.cnt(seg)
		case "CPI", "QTY", "UNS":
			// Known, not used (payment indicators, quantities, US section
			// control).
		default:
			if p.msg.Unknown == nil {
				p.msg.Unknown = make(map[string]int)
			}
			p.msg.Unknown[seg.Tag]++
		}
	}
	p.closeTransport()
	p.flushPerson()
	if !sawBGM {
		p.problem(fieldError(p.msg.Index, p.em.Header, "beginning of message (BGM)", "", ErrMissing))
	}
	if !sawTDT {
		p.problem(fieldError(p.msg.Index, p.em.Header, "details of transport (TDT)", "", ErrMissing))
	}
	p.checkCounts()
}

func (p *parser) currentPerson() *Person {
	if p.st == stPerson || p.st == stDocument {
		return p.person
	}
	return nil
}

func (p *parser) rff(seg edifact.Segment) {
	q, v := strings.TrimSpace(seg.Value(0, 0)), strings.TrimSpace(seg.Value(0, 1))
	switch p.st {
	case stHeader, stParty, stTransport:
		if q == "TN" {
			p.msg.TransactionRef = v
		}
		return
	}
	per := p.person
	if per == nil {
		return
	}
	switch q {
	case "AVF":
		per.ReservationRef = v
	case "ABO":
		per.PassengerRef = v
	case "SEA":
		per.Seat = normalizeSeat(v)
	default:
		per.References = append(per.References, Reference{Qualifier: q, Value: v})
	}
}

func (p *parser) dtm(seg edifact.Segment) {
	q := strings.TrimSpace(seg.Value(0, 0))
	val, format := seg.Value(0, 1), seg.Value(0, 2)
	switch p.st {
	case stTransport:
		if len(p.stops) == 0 {
			return // Gr.2 DTM: not a stop time.
		}
		t, err := edifact.ParseDTM(val, format, edifact.NearCentury(p.ref))
		last := &p.stops[len(p.stops)-1]
		switch q {
		case "189":
			if err != nil {
				p.invalid(seg, "departure date/time", val, err)
				return
			}
			last.departure = t
		case "232":
			if err != nil {
				p.invalid(seg, "arrival date/time", val, err)
				return
			}
			last.arrival = t
		}
	case stPerson, stDocument:
		if q == "329" {
			if p.person == nil {
				return
			}
			t, err := edifact.ParseDTM(val, format, edifact.PastCentury(p.ref))
			if err != nil {
				p.invalid(seg, "date of birth", val, err)
				return
			}
			p.person.DateOfBirth = t
			return
		}
		if p.st != stDocument || p.doc == nil {
			return
		}
		switch q {
		case "36":
			t, err := edifact.ParseDTM(val, format, edifact.NearCentury(p.ref))
			if err != nil {
				p.invalid(seg, "document expiry date", val, err)
				return
			}
			p.doc.Expiry = t
		case "182":
			t, err := edifact.ParseDTM(val, format, edifact.NearCentury(p.ref))
			if err != nil {
				p.invalid(seg, "document issue date", val, err)
				return
			}
			p.doc.Issued = t
		}
	}
}

func locValue(seg edifact.Segment) (code, name string) {
	code = strings.TrimSpace(seg.Value(1, 0))
	name = strings.TrimSpace(seg.Value(1, 3))
	return code, name
}

func (p *parser) loc(seg edifact.Segment) {
	q := strings.TrimSpace(seg.Value(0, 0))
	code, name := locValue(seg)
	where := code
	if where == "" {
		where = name
	}
	switch p.st {
	case stTransport:
		switch q {
		case "125", "92", "87", "130":
			p.stops = append(p.stops, stop{qualifier: q, airport: where})
		}
		return
	case stPerson, stDocument:
		if p.st == stDocument && q == "91" && p.doc != nil {
			p.doc.IssuingCountry = code
			p.doc.IssuePlace = name
			return
		}
		per := p.person
		if per == nil {
			return
		}
		switch q {
		case "22":
			per.ClearancePlace = where
		case "174":
			per.CountryOfResidence = where
		case "178":
			per.Embarkation = where
		case "179":
			per.Debarkation = where
		case "180":
			per.PlaceOfBirth = where
		}
	}
}

func (p *parser) nad(seg edifact.Segment) {
	fn := strings.TrimSpace(seg.Value(0, 0))
	if fn == "MS" || (p.st < stTransport && !isPersonFunction(fn)) {
		p.closeTransport()
		p.flushPerson()
		p.st = stParty
		party := &Party{ID: strings.TrimSpace(seg.Value(1, 0))}
		party.Name = joinNonEmpty(seg.Element(3)...)
		if party.Name == "" {
			party.Name = joinNonEmpty(seg.Element(2)...)
		}
		if p.msg.ReportingParty == nil {
			p.msg.ReportingParty = party
		}
		p.party = party
		return
	}
	p.closeTransport()
	p.flushPerson()
	p.st = stPerson
	per := &Person{
		Index:         len(p.msg.Passengers) + 1,
		Type:          Passenger,
		PartyFunction: fn,
		Pos:           seg.Pos,
	}
	switch fn {
	case "FM":
		per.Type = Crew
	case "DDT":
		per.Type = Crew
		per.InTransit = true
	case "DDU":
		per.InTransit = true
	}
	name := seg.Element(3)
	if len(name) > 0 {
		per.Surname = strings.TrimSpace(name[0])
		per.GivenNames = joinNonEmpty(name[1:]...)
	}
	if per.Surname == "" {
		p.problem(fieldError(p.msg.Index, seg, "surname", "", ErrMissing))
	}
	addr := &Address{
		Street:     joinNonEmpty(seg.Element(4)...),
		City:       strings.TrimSpace(seg.Value(5, 0)),
		Region:     strings.TrimSpace(seg.Value(6, 0)),
		PostalCode: strings.TrimSpace(seg.Value(7, 0)),
		Country:    strings.TrimSpace(seg.Value(8, 0)),
	}
	if *addr != (Address{}) {
		per.Address = addr
	}
	p.person = per
	p.doc = nil
	p.meaCT = false
}

func isPersonFunction(fn string) bool {
	switch fn {
	case "FL", "FM", "DDT", "DDU", "COT":
		return true
	}
	return false
}

func (p *parser) flushPerson() {
	if p.person == nil {
		return
	}
	p.flushDoc()
	p.msg.Passengers = append(p.msg.Passengers, *p.person)
	p.person = nil
}

func (p *parser) flushDoc() {
	if p.doc == nil || p.person == nil {
		p.doc = nil
		return
	}
	p.person.Documents = append(p.person.Documents, *p.doc)
	p.doc = nil
}

func (p *parser) com(seg edifact.Segment) {
	var phones, faxes, emails *[]string
	switch {
	case p.st == stParty && p.party != nil:
		phones, faxes, emails = &p.party.Phones, &p.party.Faxes, &p.party.Emails
	case p.currentPerson() != nil:
		per := p.currentPerson()
		phones, faxes, emails = &per.Phones, &per.Phones, &per.Emails
	default:
		return
	}
	for _, el := range seg.Elements {
		if len(el) == 0 {
			continue
		}
		num := strings.TrimSpace(el[0])
		if num == "" {
			continue
		}
		q := ""
		if len(el) > 1 {
			q = strings.TrimSpace(el[1])
		}
		switch q {
		case "FX":
			*faxes = append(*faxes, num)
		case "EM":
			*emails = append(*emails, num)
		default:
			*phones = append(*phones, num)
		}
	}
}

func (p *parser) tdt(seg edifact.Segment) {
	p.closeTransport()
	p.flushPerson()
	p.st = stTransport
	p.inTDT = true
	id := strings.TrimSpace(seg.Value(1, 0))
	carrier := strings.TrimSpace(seg.Value(4, 0))
	p.leg = Leg{FlightID: id}
	p.leg.Carrier, p.leg.FlightNumber = splitFlight(id, carrier)
	p.stops = nil
}

// splitFlight separates the carrier designator from a flight
// identification such as "AA123" or "UA0989".
func splitFlight(id, carrier string) (string, string) {
	id = strings.ReplaceAll(id, " ", "")
	if carrier != "" {
		if strings.HasPrefix(id, carrier) {
			return carrier, id[len(carrier):]
		}
		return carrier, id
	}
	if len(id) < 3 || !isDesignatorChar(id[0]) || !isDesignatorChar(id[1]) {
		return "", id
	}
	n := 2
	if len(id) > 3 && isLetter(id[0]) && isLetter(id[1]) && isLetter(id[2]) {
		n = 3 // ICAO three-letter designator
	}
	return id[:n], id[n:]
}

func isDesignatorChar(b byte) bool { return isLetter(b) || b >= '0' && b <= '9' }

func isLetter(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

// closeTransport turns the stops of the current TDT group into legs.
func (p *parser) closeTransport() {
	if !p.inTDT {
		return
	}
	p.inTDT = false
	var chain []stop
	emit := func() {
		for i := 0; i+1 < len(chain); i++ {
			l := p.leg
			l.Origin, l.Departure = chain[i].airport, chain[i].departure
			l.Destination, l.Arrival = chain[i+1].airport, chain[i+1].arrival
			p.msg.Flights = append(p.msg.Flights, l)
		}
		chain = nil
	}
	for _, s := range p.stops {
		if s.qualifier == "125" && len(chain) > 0 {
			emit()
		}
		chain = append(chain, s)
		if s.qualifier == "87" || s.qualifier == "130" {
			emit()
		}
	}
	emit()
	if len(p.msg.Flights) == 0 && len(p.stops) < 2 {
		// A TDT without a pair of airports still names the flight.
		p.msg.Flights = append(p.msg.Flights, p.leg)
	}
	p.stops = nil
}

func (p *parser) att(seg edifact.Segment) {
	per := p.currentPerson()
	if per == nil || strings.TrimSpace(seg.Value(0, 0)) != "2" {
		return
	}
	g := strings.ToUpper(strings.TrimSpace(seg.Value(2, 0)))
	switch g {
	case "MI", "FI", "UI":
		per.Infant = true
		g = g[:1]
	}
	switch g {
	case "M", "F", "U", "X", "":
	default:
		p.invalid(seg, "gender", g, nil)
	}
	per.Gender = g
}

func (p *parser) mea(seg edifact.Segment) {
	per := p.currentPerson()
	if per == nil {
		return
	}
	q := strings.TrimSpace(seg.Value(0, 0))
	unit, val := strings.TrimSpace(seg.Value(2, 0)), strings.TrimSpace(seg.Value(2, 1))
	if per.Baggage == nil {
		per.Baggage = &Baggage{}
	}
	switch q {
	case "CT":
		n, err := strconv.Atoi(val)
		if err != nil {
			p.invalid(seg, "bag count", val, err)
			return
		}
		per.Baggage.Count = n
		p.meaCT = true
	case "WT":
		per.Baggage.Weight = val
		per.Baggage.WeightUnit = unit
	}
}

func (p *parser) gei(seg edifact.Segment) {
	per := p.currentPerson()
	if per == nil || p.st == stDocument || strings.TrimSpace(seg.Value(0, 0)) != "4" {
		return
	}
	switch strings.TrimSpace(seg.Value(1, 0)) {
	case "173":
		v := true
		per.Verified = &v
	case "ZZZ":
		v := false
		per.Verified = &v
	}
}

func (p *parser) ftx(seg edifact.Segment) {
	per := p.currentPerson()
	if per == nil || strings.TrimSpace(seg.Value(0, 0)) != "BAG" {
		return
	}
	tag := strings.TrimSpace(seg.Value(3, 0))
	if tag == "" {
		return
	}
	count := 1
	if c := strings.TrimSpace(seg.Value(3, 1)); c != "" {
		n, err := strconv.Atoi(c)
		if err != nil || n < 1 {
			p.invalid(seg, "consecutive bag tags", c, err)
		} else {
			count = n
		}
	}
	if per.Baggage == nil {
		per.Baggage = &Baggage{}
	}
	per.Baggage.Tags = append(per.Baggage.Tags, BagTag{Tag: tag, Count: count})
	if !p.meaCT {
		total := 0
		for _, t := range per.Baggage.Tags {
			total += t.Count
		}
		per.Baggage.Count = total
	}
}

func (p *parser) docSeg(seg edifact.Segment) {
	if p.person == nil || (p.st != stPerson && p.st != stDocument) {
		return
	}
	p.flushDoc()
	p.st = stDocument
	p.doc = &Document{
		Type:   strings.TrimSpace(seg.Value(0, 0)),
		Number: strings.TrimSpace(seg.Value(1, 0)),
	}
	if p.doc.Number == "" {
		p.problem(fieldError(p.msg.Index, seg, "document number", "", ErrMissing))
	}
}

func (p *parser) cnt(seg edifact.Segment) {
	p.closeTransport()
	p.flushPerson()
	q := strings.TrimSpace(seg.Value(0, 0))
	v := strings.TrimSpace(seg.Value(0, 1))
	if v == "" {
		v = strings.TrimSpace(seg.Value(1, 0)) // "CNT+41+8" seen in the wild
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		p.invalid(seg, "control total", v, err)
		return
	}
	switch q {
	case "42":
		p.msg.DeclaredPassengers = &n
	case "41":
		p.msg.DeclaredCrew = &n
	}
	p.cntSeg = seg
}

func (p *parser) checkCounts() {
	if p.msg.DeclaredPassengers == nil && p.msg.DeclaredCrew == nil {
		return
	}
	pax, crew := 0, 0
	for _, per := range p.msg.Passengers {
		if per.Type == Crew {
			crew++
		} else {
			pax++
		}
	}
	if d := p.msg.DeclaredPassengers; d != nil && *d != pax {
		p.problem(fieldError(p.msg.Index, p.cntSeg, "passenger count (CNT 42)", strconv.Itoa(*d),
			fmt.Errorf("%w: %d passengers listed", ErrCount, pax)))
	}
	if d := p.msg.DeclaredCrew; d != nil && *d != crew {
		p.problem(fieldError(p.msg.Index, p.cntSeg, "crew count (CNT 41)", strconv.Itoa(*d),
			fmt.Errorf("%w: %d crew listed", ErrCount, crew)))
	}
}

func joinNonEmpty(parts ...string) string {
	var out []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, " ")
}

// normalizeSeat removes leading zeros from a seat row: "012A" -> "12A".
func normalizeSeat(s string) string {
	s = strings.TrimSpace(s)
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}
