package pnrgov

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/borderlens/borderlens/ingest/edifact"
)

func wrapInvalid(err error) error { return fmt.Errorf("%w: %w", ErrInvalid, err) }

func errDate(s string) error { return fmt.Errorf("%w: %q", edifact.ErrDateFormat, s) }

func countErr(n int, what string) error { return fmt.Errorf("%w: %d %s", ErrCount, n, what) }

// state is the segment group the walker is in, per the PNRGOV message
// structure:
//
//	Gr.1  SRC RCI SSR DAT IFT ORG ADD EBD           the PNR
//	Gr.2    TIF FTI IFT REF EBD FAR SSR ADD         a traveller
//	Gr.3      TKT MON PTK TXD DAT                   a ticket
//	Gr.4        FOP IFT ADD                         its form of payment
//	Gr.5    TVL TRA RPI APD SSR RCI IFT             a flight of the itinerary
//	Gr.6      DAT ORG                               check-in
//	Gr.7        TRI TIF SSD TBD                     a checked-in traveller
//	Gr.8    EQN RCI                                 split PNR
//	Gr.9    MSG TVL                                 non-air segments
//	Gr.10   ABI DAT                                 history
//	Gr.11     SAC TIF SSR IFT TBD                   a history item
//	Gr.12       TVL RPI                             its flight
//	        LTS                                     free-text history (13.1)
type state int

const (
	stPNR state = iota
	stPax
	stPaxDoc
	stTicket
	stPayment
	stLeg
	stCheckin
	stCheckinPax
	stSplit
	stNonAir
	stHistory
	stHistItem
)

func (s state) inPassenger() bool {
	return s == stPax || s == stPaxDoc || s == stTicket || s == stPayment
}

func (s state) inCheckin() bool { return s == stCheckin || s == stCheckinPax }

func (s state) inHistory() bool { return s == stHistory || s == stHistItem }

type checkinCtx struct {
	ref      string
	sequence string
	name     string
	pax      *Passenger
	seat     string
	cabin    string
	count    int
	weight   string
	unit     string
	bags     []Bag
	pos      edifact.Position
}

type infantNote struct {
	adult *Passenger
	text  string
	seg   edifact.Segment
}

type pnrParser struct {
	msg *Message
	p   *PNR
	ref time.Time
	st  state

	pax       *Passenger
	ticket    string
	ticketIdx int
	payStart  int
	docIdx    int
	leg       *Leg
	checkTime time.Time
	ci        *checkinCtx
	split     *Split
	histBase  HistoryEntry
	histItem  int // index in p.History of the current ABI/SAC item, -1 none
	byRef     map[string]*Passenger
	infants   []infantNote
	orgSeen   bool
}

func parsePNR(m *Message, index int, segs []edifact.Segment, ref time.Time) *PNR {
	pp := &pnrParser{
		msg:      m,
		p:        &PNR{Index: index},
		ref:      ref,
		byRef:    make(map[string]*Passenger),
		histItem: -1,
	}
	if len(segs) > 0 {
		pp.p.Pos = segs[0].Pos
	}
	for _, seg := range segs {
		pp.segment(seg)
	}
	pp.finish(segs)
	return pp.p
}

func (pp *pnrParser) problem(seg edifact.Segment, field, value string, err error) {
	pp.p.Errors = append(pp.p.Errors, newFieldError(pp.msg.Index, pp.p.Index, pp.p.RecordLocator, seg, field, value, err))
}

func (pp *pnrParser) segment(seg edifact.Segment) {
	if pp.st == stPaxDoc && seg.Tag != "DTM" && seg.Tag != "LOC" {
		pp.st = stPax
	}
	if pp.ci != nil {
		switch seg.Tag {
		case "TIF", "SSD", "TBD":
		default:
			pp.flushCheckin()
		}
	}
	switch seg.Tag {
	case "SRC":
	case "RCI":
		pp.rci(seg)
	case "SSR":
		pp.ssr(seg)
	case "DAT":
		pp.dat(seg)
	case "IFT":
		pp.ift(seg)
	case "ORG":
		pp.org(seg)
	case "ADD":
		pp.add(seg)
	case "EBD":
		pp.ebd(seg)
	case "TIF":
		pp.tif(seg)
	case "FTI":
		pp.fti(seg)
	case "REF":
		if pp.st.inPassenger() && pp.pax != nil {
			pp.pax.UniqueRef = strings.TrimSpace(firstNonEmpty(seg.Value(0, 1), seg.Value(0, 0)))
		}
	case "TKT":
		pp.tkt(seg)
	case "FOP":
		pp.fop(seg)
	case "TVL":
		pp.tvl(seg)
	case "TRA":
		if pp.st == stLeg && pp.leg != nil {
			pp.leg.OperatingCarrier = strings.TrimSpace(seg.Value(0, 0))
			pp.leg.OperatingFlightNumber = strings.TrimSpace(seg.Value(1, 0))
			pp.setCodeshare(pp.leg)
		}
	case "RPI":
		pp.rpi(seg)
	case "APD":
		if pp.st == stLeg && pp.leg != nil {
			pp.leg.Equipment = strings.TrimSpace(seg.Value(0, 0))
		}
	case "TRI":
		pp.tri(seg)
	case "SSD":
		if pp.ci != nil {
			pp.ci.seat = normalizeSeat(seg.Value(0, 0))
			pp.ci.cabin = strings.TrimSpace(seg.Value(4, 0))
		}
	case "TBD":
		pp.tbd(seg)
	case "EQN":
		n, err := strconv.Atoi(strings.TrimSpace(seg.Value(0, 0)))
		if err != nil && strings.TrimSpace(seg.Value(0, 0)) != "" {
			pp.problem(seg, "number of passengers split (EQN)", seg.Value(0, 0), wrapInvalid(err))
		}
		pp.p.Splits = append(pp.p.Splits, Split{Passengers: n})
		pp.split = &pp.p.Splits[len(pp.p.Splits)-1]
		pp.st = stSplit
	case "MSG":
		pp.st = stNonAir
	case "ABI":
		pp.abi(seg)
	case "SAC":
		pp.sac(seg)
	case "LTS":
		pp.p.History = append(pp.p.History, HistoryEntry{Source: "LTS", Text: segmentText(seg)})
	case "DOC":
		pp.docSeg(seg)
	case "DTM", "LOC":
		if pp.st == stPaxDoc {
			pp.docDetail(seg)
		}
	case "COM":
		pp.com(seg)
	case "FAR", "MON", "PTK", "TXD", "ERC":
		// Known segments (fare, amounts, pricing, taxes, errors) that carry
		// nothing used here.
	default:
		countUnknown(&pp.p.Unknown, seg.Tag)
		countUnknown(&pp.msg.Unknown, seg.Tag)
	}
}

// segmentText rejoins every value of a free-text segment such as LTS, in
// case unreleased separators split it.
func segmentText(seg edifact.Segment) string {
	var parts []string
	for _, el := range seg.Elements {
		parts = append(parts, strings.Join(el, ":"))
	}
	return strings.TrimSpace(strings.Join(parts, "+"))
}

// ---- reservation control, dates, agency -------------------------------

func (pp *pnrParser) locators(seg edifact.Segment) []Locator {
	var out []Locator
	for i := range seg.Elements {
		carrier := strings.TrimSpace(seg.Value(i, 0))
		loc := strings.TrimSpace(seg.Value(i, 1))
		typ := strings.TrimSpace(seg.Value(i, 2))
		date := strings.TrimSpace(seg.Value(i, 3))
		clock := strings.TrimSpace(seg.Value(i, 4))
		if len(typ) == 6 && date == "" || len(typ) == 6 && len(date) == 4 && clock == "" {
			// "UA:80F4E3:110318:2220": date and time without the type.
			date, clock = typ, date
		}
		if loc == "" && carrier == "" {
			continue
		}
		l := Locator{Carrier: carrier, Locator: loc}
		if date != "" {
			t, err := dateTimeDDMMYY(date, clock, edifact.NearCentury(pp.ref))
			if err != nil {
				pp.problem(seg, "reservation creation date/time", joinColon(date, clock), err)
			} else {
				l.Created = t
			}
		}
		out = append(out, l)
	}
	return out
}

func (pp *pnrParser) rci(seg edifact.Segment) {
	locs := pp.locators(seg)
	if pp.st == stSplit && pp.split != nil {
		pp.split.Locators = append(pp.split.Locators, locs...)
		return
	}
	if pp.p.RecordLocator == "" && pp.st == stPNR && len(locs) > 0 {
		pp.p.RecordLocator = locs[0].Locator
		pp.p.CarrierCode = locs[0].Carrier
		pp.p.CreationDate = locs[0].Created
		locs = locs[1:]
	}
	for _, l := range locs {
		pp.addLocator(l)
	}
}

func (pp *pnrParser) addLocator(l Locator) {
	if l.Locator == "" || (l.Locator == pp.p.RecordLocator && l.Carrier == pp.p.CarrierCode) {
		return
	}
	for _, o := range pp.p.OtherLocators {
		if o.Carrier == l.Carrier && o.Locator == l.Locator {
			return
		}
	}
	pp.p.OtherLocators = append(pp.p.OtherLocators, l)
}

func (pp *pnrParser) dat(seg edifact.Segment) {
	switch {
	case pp.st == stLeg || pp.st.inCheckin():
		// Gr.6: check-in group.
		pp.st = stCheckin
		pp.checkTime = time.Time{}
	case pp.st == stSplit || pp.st == stNonAir:
		return
	}
	for i := range seg.Elements {
		q := strings.TrimSpace(seg.Value(i, 0))
		date := strings.TrimSpace(seg.Value(i, 1))
		clock := strings.TrimSpace(seg.Value(i, 2))
		if date == "" {
			continue
		}
		t, err := dateTimeDDMMYY(date, clock, edifact.NearCentury(pp.ref))
		if err != nil {
			pp.problem(seg, "date/time (DAT "+q+")", joinColon(date, clock), err)
			continue
		}
		switch {
		case pp.st == stCheckin:
			pp.checkTime = t
		case pp.st.inHistory():
			pp.histBase.Time = t
			if pp.histItem >= 0 {
				pp.p.History[pp.histItem].Time = t
			}
		case pp.st == stTicket && q == "710":
			if pp.pax != nil && pp.ticketIdx >= 0 && pp.ticketIdx < len(pp.pax.Tickets) {
				pp.pax.Tickets[pp.ticketIdx].Issued = t
			}
		case q == "700":
			pp.p.LastTransaction = t
		case q == "710":
			if pp.p.TicketIssued.IsZero() {
				pp.p.TicketIssued = t
			}
		}
	}
}

func (pp *pnrParser) org(seg edifact.Segment) {
	if pp.st != stPNR || pp.orgSeen {
		return // check-in agent (Gr.6) or a repeated ORG
	}
	pp.orgSeen = true
	a := agencyFromORG(seg)
	if a == (Agency{}) {
		return // empty ORG of an update push
	}
	if prev := pp.p.TravelAgency; prev != nil {
		// An OSI CTCT came first: keep its name, phone and city.
		a.Name, a.Phone = prev.Name, prev.Phone
		if a.City == "" {
			a.City = prev.City
		}
	}
	pp.p.TravelAgency = &a
}

// ---- travellers -----------------------------------------------------

func (pp *pnrParser) tif(seg edifact.Segment) {
	surname := strings.TrimSpace(seg.Value(0, 0))
	qual := strings.TrimSpace(seg.Value(0, 1))
	given := strings.TrimSpace(seg.Value(1, 0))
	typ := strings.ToUpper(strings.TrimSpace(seg.Value(1, 1)))
	ref := strings.TrimSpace(seg.Value(1, 2))
	infInd := strings.TrimSpace(seg.Value(1, 3))
	name := surname
	if given != "" {
		name += "/" + given
	}
	switch {
	case pp.st == stPNR || pp.st.inPassenger():
		if qual == "G" && given == "" {
			pp.p.GroupName = surname
			pp.st = stPNR
			pp.pax = nil
			return
		}
		if surname == "" {
			pp.problem(seg, "traveller surname", "", ErrMissing)
		}
		px := &Passenger{
			Ref:        ref,
			Surname:    surname,
			GivenName:  given,
			Type:       typ,
			Infant:     typ == "IN" || typ == "INF",
			WithInfant: infInd != "" && infInd != "0",
			Pos:        seg.Pos,
		}
		pp.p.Passengers = append(pp.p.Passengers, px)
		if ref != "" {
			if _, dup := pp.byRef[ref]; !dup {
				pp.byRef[ref] = px
			}
		}
		pp.pax = px
		pp.ticketIdx = -1
		pp.ticket = ""
		pp.st = stPax
	case pp.st.inCheckin() || pp.st == stLeg:
		if pp.ci == nil {
			pp.ci = &checkinCtx{pos: seg.Pos}
			pp.st = stCheckinPax
		}
		pp.ci.name = name
		if px := pp.findPassenger(ref, surname, given); px != nil {
			pp.ci.pax = px
		}
	case pp.st.inHistory():
		pp.historyItem(func(h *HistoryEntry) bool {
			if h.Passenger != "" {
				return false
			}
			h.Passenger = name
			return true
		})
	}
}

func (pp *pnrParser) findPassenger(ref, surname, given string) *Passenger {
	if ref != "" {
		if px, ok := pp.byRef[ref]; ok && (surname == "" || px.Surname == surname) {
			return px
		}
	}
	if surname == "" {
		return nil
	}
	for _, px := range pp.p.Passengers {
		if px.Surname == surname && (given == "" || px.GivenName == given) {
			return px
		}
	}
	return nil
}

func (pp *pnrParser) fti(seg edifact.Segment) {
	if !pp.st.inPassenger() || pp.pax == nil {
		return
	}
	el := seg.Element(0)
	ff := FrequentFlyer{Carrier: strings.TrimSpace(seg.Value(0, 0)), Number: strings.TrimSpace(seg.Value(0, 1))}
	for i := len(el) - 1; i >= 2; i-- {
		if v := strings.TrimSpace(el[i]); v != "" {
			ff.Tier = v
			break
		}
	}
	if ff.Number != "" {
		pp.pax.FrequentFlyers = append(pp.pax.FrequentFlyers, ff)
	}
}

func (pp *pnrParser) tkt(seg edifact.Segment) {
	if !pp.st.inPassenger() || pp.pax == nil {
		return
	}
	t := Ticket{Number: strings.TrimSpace(seg.Value(0, 0)), Type: strings.TrimSpace(seg.Value(0, 1))}
	pp.pax.Tickets = append(pp.pax.Tickets, t)
	pp.ticketIdx = len(pp.pax.Tickets) - 1
	pp.ticket = t.Number
	pp.st = stTicket
}

func (pp *pnrParser) fop(seg edifact.Segment) {
	if pp.st != stPayment {
		pp.payStart = len(pp.p.Payments)
	}
	for i := range seg.Elements {
		pay := Payment{
			Type:       strings.TrimSpace(seg.Value(i, 0)),
			Old:        strings.TrimSpace(seg.Value(i, 1)) != "",
			Amount:     strings.TrimSpace(seg.Value(i, 2)),
			Vendor:     strings.TrimSpace(seg.Value(i, 3)),
			CardNumber: maskCard(seg.Value(i, 4)),
			Expiry:     strings.TrimSpace(seg.Value(i, 5)),
		}
		if pay.Type == "" && pay.Amount == "" && pay.CardNumber == "" {
			continue
		}
		if pp.pax != nil && pp.st.inPassenger() {
			pay.PassengerRef = pp.pax.Ref
			pay.TicketNumber = pp.ticket
		}
		pp.p.Payments = append(pp.p.Payments, pay)
	}
	pp.st = stPayment
}

func (pp *pnrParser) ebd(seg edifact.Segment) {
	e := ExcessBaggage{
		Currency: strings.TrimSpace(seg.Value(0, 0)),
		Amount:   strings.TrimSpace(seg.Value(0, 1)),
		Pieces:   strings.TrimSpace(seg.Value(1, 0)),
	}
	if pp.st.inPassenger() && pp.pax != nil {
		e.PassengerRef = pp.pax.Ref
	}
	pp.p.ExcessBaggage = append(pp.p.ExcessBaggage, e)
}

// ---- documents -------------------------------------------------------

func (pp *pnrParser) docsDocument(seg edifact.Segment, text string) (Document, bool) {
	f := splitDOCS(text)
	d := f.doc
	if f.dob != "" {
		t, err := parseAIRIMPDate(f.dob, edifact.PastCentury(pp.ref))
		if err != nil {
			pp.problem(seg, "DOCS date of birth", f.dob, wrapInvalid(err))
		} else {
			d.DateOfBirth = t
		}
	}
	if f.expiry != "" {
		t, err := parseAIRIMPDate(f.expiry, edifact.NearCentury(pp.ref))
		if err != nil {
			pp.problem(seg, "DOCS expiry date", f.expiry, wrapInvalid(err))
		} else {
			d.Expiry = t
		}
	}
	return d, f.hasDetail
}

func (pp *pnrParser) docSeg(seg edifact.Segment) {
	if !pp.st.inPassenger() || pp.pax == nil {
		return
	}
	d := Document{
		Source: "DOC",
		Type:   strings.TrimSpace(seg.Value(0, 0)),
		Number: strings.TrimSpace(seg.Value(1, 0)),
	}
	pp.pax.Documents = append(pp.pax.Documents, d)
	pp.docIdx = len(pp.pax.Documents) - 1
	pp.st = stPaxDoc
}

func (pp *pnrParser) docDetail(seg edifact.Segment) {
	if pp.pax == nil || pp.docIdx < 0 || pp.docIdx >= len(pp.pax.Documents) {
		return
	}
	d := &pp.pax.Documents[pp.docIdx]
	q := strings.TrimSpace(seg.Value(0, 0))
	switch seg.Tag {
	case "LOC":
		if q == "91" {
			d.IssuingCountry = strings.TrimSpace(seg.Value(1, 0))
			d.IssuePlace = strings.TrimSpace(seg.Value(1, 3))
		}
	case "DTM":
		val, format := seg.Value(0, 1), seg.Value(0, 2)
		century := edifact.NearCentury(pp.ref)
		if q == "329" {
			century = edifact.PastCentury(pp.ref)
		}
		var dst *time.Time
		switch q {
		case "36":
			dst = &d.Expiry
		case "182":
			dst = &d.Issued
		case "329":
			dst = &d.DateOfBirth
		default:
			return
		}
		t, err := edifact.ParseDTM(val, format, century)
		if err != nil {
			pp.problem(seg, "document date (DTM "+q+")", val, wrapInvalid(err))
			return
		}
		*dst = t
	}
}

// ---- special service requests ----------------------------------------

type ssrDetail struct {
	data string
	ref  string
}

var seatSSRs = map[string]bool{
	"SEAT": true, "RQST": true, "NSST": true, "NSSA": true, "NSSW": true, "NSSB": true,
	"SMST": true, "SMSA": true, "SMSW": true, "SMSB": true,
}

func (pp *pnrParser) ssr(seg edifact.Segment) {
	code := strings.ToUpper(strings.TrimSpace(seg.Value(0, 0)))
	svc := SpecialService{
		Code:        code,
		Status:      strings.TrimSpace(seg.Value(0, 1)),
		Carrier:     strings.TrimSpace(seg.Value(0, 3)),
		Origin:      strings.TrimSpace(seg.Value(0, 6)),
		Destination: strings.TrimSpace(seg.Value(0, 7)),
	}
	if el := seg.Element(0); len(el) > 8 {
		svc.Text = strings.TrimSpace(strings.Join(el[8:], ":"))
	}
	var details []ssrDetail
	for i := 1; i < len(seg.Elements); i++ {
		d := ssrDetail{data: strings.TrimSpace(seg.Value(i, 0)), ref: strings.TrimSpace(seg.Value(i, 2))}
		if d.data == "" && d.ref == "" {
			continue
		}
		details = append(details, d)
		if d.ref != "" {
			svc.PassengerRefs = appendUnique(svc.PassengerRefs, d.ref)
		}
	}
	if pp.st.inHistory() {
		pp.historyItem(func(h *HistoryEntry) bool {
			if h.Service != "" {
				return false
			}
			h.Service = code
			if h.Text == "" {
				h.Text = svc.Text
			}
			return true
		})
		return
	}
	if pp.st == stNonAir || pp.st == stSplit {
		pp.p.SpecialServices = append(pp.p.SpecialServices, svc)
		return
	}

	// Who it is for: the referenced travellers, else the current one.
	var targets []*Passenger
	unresolved := false
	for _, r := range svc.PassengerRefs {
		if px, ok := pp.byRef[r]; ok {
			targets = appendPax(targets, px)
		} else {
			unresolved = true
		}
	}
	if len(targets) == 0 && pp.st.inPassenger() && pp.pax != nil {
		// Gr.2 SSRs apply to the traveller of the group, even when their
		// reference does not match its TIF.
		targets = []*Passenger{pp.pax}
		unresolved = false
	}
	if svc.Origin == "" && svc.Destination == "" && pp.st == stLeg && pp.leg != nil {
		svc.Origin, svc.Destination = pp.leg.Origin, pp.leg.Destination
	}

	switch {
	case code == "DOCS":
		doc, detail := pp.docsDocument(seg, svc.Text)
		if len(targets) == 0 {
			if px := pp.passengerByDocName(doc); px != nil {
				targets = []*Passenger{px}
			}
		}
		if len(targets) == 0 {
			pp.p.SpecialServices = append(pp.p.SpecialServices, svc)
			return
		}
		for _, px := range targets {
			pp.addDocument(px, doc, detail)
		}
		return
	case code == "DOCO":
		doc, issued := splitDOCO(svc.Text)
		if issued != "" {
			t, err := parseAIRIMPDate(issued, edifact.NearCentury(pp.ref))
			if err != nil {
				pp.problem(seg, "DOCO issue date", issued, wrapInvalid(err))
			} else {
				doc.Issued = t
			}
		}
		if len(targets) == 0 {
			pp.p.SpecialServices = append(pp.p.SpecialServices, svc)
			return
		}
		for _, px := range targets {
			px.Documents = appendDoc(px.Documents, doc)
		}
		return
	case code == "DOCA":
		a := splitDOCA(svc.Text)
		if len(targets) == 0 {
			pp.p.Addresses = appendAddress(pp.p.Addresses, a)
			return
		}
		for _, px := range targets {
			px.Addresses = appendAddress(px.Addresses, a)
		}
		return
	case seatSSRs[code]:
		if pp.seats(seg, svc, details, targets) {
			return
		}
	case strings.HasPrefix(code, "CTC") && len(code) == 4:
		c := contactBody(code[3], svc.Text, svc.Text)
		if len(targets) == 0 {
			pp.addContact(nil, c, "SSR "+code)
		}
		for _, px := range targets {
			pp.addContact(px, c, "SSR "+code)
		}
		return
	case code == "INFT":
		for _, px := range targets {
			pp.infants = append(pp.infants, infantNote{adult: px, text: svc.Text, seg: seg})
		}
	}

	if len(targets) == 0 || unresolved {
		pp.p.SpecialServices = appendService(pp.p.SpecialServices, svc)
	}
	for _, px := range targets {
		s := svc
		s.PassengerRefs = nil
		if px.Ref != "" {
			s.PassengerRefs = []string{px.Ref}
		}
		px.SpecialServices = appendService(px.SpecialServices, s)
	}
}

// seats records the seat numbers of a seat SSR; it reports whether every
// detail found its passenger.
func (pp *pnrParser) seats(seg edifact.Segment, svc SpecialService, details []ssrDetail, targets []*Passenger) bool {
	origin, dest := svc.Origin, svc.Destination
	flight := ""
	if l := pp.legFor(origin, dest); l != nil {
		flight = l.Flight()
	}
	all := true
	for _, d := range details {
		num := normalizeSeat(d.data)
		if num == "" {
			continue
		}
		var px *Passenger
		switch {
		case d.ref != "":
			px = pp.byRef[d.ref]
		case len(targets) == 1:
			px = targets[0]
		}
		if px == nil {
			all = false
			continue
		}
		px.Seats = appendSeat(px.Seats, Seat{Number: num, Origin: origin, Destination: dest, Flight: flight, Source: "SSR " + svc.Code})
	}
	return all && len(details) > 0
}

// legFor returns the current leg when it matches the given airports.
func (pp *pnrParser) legFor(origin, dest string) *Leg {
	l := pp.leg
	if l == nil || pp.st != stLeg {
		for _, c := range pp.p.Legs {
			if c.Origin == origin && c.Destination == dest {
				return c
			}
		}
		return nil
	}
	if (origin == "" || origin == l.Origin) && (dest == "" || dest == l.Destination) {
		return l
	}
	for _, c := range pp.p.Legs {
		if c.Origin == origin && c.Destination == dest {
			return c
		}
	}
	return nil
}

func (pp *pnrParser) passengerByDocName(d Document) *Passenger {
	if d.Surname == "" {
		return nil
	}
	var found *Passenger
	for _, px := range pp.p.Passengers {
		if px.Surname == d.Surname && (d.GivenName == "" || strings.HasPrefix(px.GivenName, d.GivenName)) {
			if found != nil {
				return nil // ambiguous
			}
			found = px
		}
	}
	return found
}

func (pp *pnrParser) addDocument(px *Passenger, d Document, detail bool) {
	if !detail && d.Surname == "" {
		return
	}
	px.Documents = appendDoc(px.Documents, d)
}

// ---- free text and contacts ------------------------------------------

func (pp *pnrParser) ift(seg edifact.Segment) {
	typ := strings.TrimSpace(seg.Value(0, 1))
	carrier := strings.TrimSpace(seg.Value(0, 3))
	var texts []string
	for i := 1; i < len(seg.Elements); i++ {
		t := strings.TrimSpace(strings.Join(seg.Element(i), ":"))
		texts = append(texts, t)
	}
	text := strings.TrimSpace(strings.Join(nonEmpty(texts), " / "))
	if pp.st.inHistory() {
		pp.historyItem(func(h *HistoryEntry) bool {
			if h.Text != "" {
				return false
			}
			h.Text = text
			return true
		})
		return
	}
	if typ == "43" && len(texts) > 0 {
		// Sponsor: the person who paid (name, address, telephone).
		name, addr := field(texts, 0), field(texts, 1)
		phone := normalizePhone(field(texts, 2))
		if countDigits(phone) < 5 {
			phone = ""
		}
		start := pp.payStart
		if pp.st != stPayment {
			start = len(pp.p.Payments)
		}
		for i := start; i < len(pp.p.Payments); i++ {
			pp.p.Payments[i].Payer = name
			pp.p.Payments[i].PayerAddress = addr
			pp.p.Payments[i].PayerPhone = phone
		}
		if phone != "" {
			pp.p.Phones = appendPhone(pp.p.Phones, Phone{Number: phone, Type: "other", Source: "IFT sponsor", Text: text})
		}
		if pp.st == stPayment && start < len(pp.p.Payments) {
			return
		}
	}
	if text == "" {
		return
	}
	r := Remark{Type: typ, Carrier: carrier, Text: text}
	var px *Passenger
	if pp.st.inPassenger() && pp.pax != nil {
		px = pp.pax
		px.Remarks = append(px.Remarks, r)
	} else {
		pp.p.Remarks = append(pp.p.Remarks, r)
	}
	for _, t := range texts {
		if c, ok := findCTC(t); ok {
			pp.addContact(px, c, "OSI CTC"+kindSuffix(c.kind))
		}
	}
}

func kindSuffix(k byte) string {
	if k == 0 {
		return ""
	}
	return string(k)
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// addContact records a CTC contact on a passenger, or on the PNR when px is
// nil.
func (pp *pnrParser) addContact(px *Passenger, c contactInfo, source string) {
	phones, emails := &pp.p.Phones, &pp.p.Emails
	if px != nil {
		phones, emails = &px.Phones, &px.Emails
	}
	switch c.kind {
	case 'E':
		if c.email != "" {
			*emails = appendEmail(*emails, Email{Address: c.email, Source: source, Text: c.text})
		}
		return
	case 'R':
		pp.p.ContactRefused = true
	case 'T':
		if pp.p.TravelAgency == nil {
			pp.p.TravelAgency = &Agency{}
		}
		ag := pp.p.TravelAgency
		if ag.Phone == "" {
			ag.Phone = c.phone
		}
		if ag.Name == "" && len(c.rest) > 1 {
			ag.Name = c.rest
		}
		if ag.City == "" {
			ag.City = c.city
		}
	}
	if c.phone != "" {
		*phones = appendPhone(*phones, Phone{Number: c.phone, Type: phoneType(c.kind), Source: source, Text: c.text})
	}
}

func (pp *pnrParser) add(seg edifact.Segment) {
	a := Address{
		Source:     "ADD",
		Type:       strings.TrimSpace(seg.Value(1, 0)),
		Street:     strings.TrimSpace(seg.Value(1, 1)),
		City:       strings.TrimSpace(seg.Value(1, 2)),
		Region:     firstNonEmpty(seg.Value(1, 3), seg.Value(1, 4)),
		Country:    strings.TrimSpace(seg.Value(1, 5)),
		PostalCode: strings.TrimSpace(seg.Value(1, 6)),
	}
	var free string
	if el := seg.Element(1); len(el) > 7 {
		free = strings.TrimSpace(strings.Join(el[7:], ":"))
	}
	var px *Passenger
	if (pp.st == stPax || pp.st == stTicket) && pp.pax != nil {
		px = pp.pax
	}
	if a.Street != "" || a.City != "" || a.Region != "" || a.Country != "" || a.PostalCode != "" {
		if px != nil {
			px.Addresses = appendAddress(px.Addresses, a)
		} else {
			pp.p.Addresses = appendAddress(pp.p.Addresses, a)
		}
		if pp.st == stPayment {
			for i := pp.payStart; i < len(pp.p.Payments); i++ {
				if pp.p.Payments[i].PayerAddress == "" {
					pp.p.Payments[i].PayerAddress = formatAddress(a)
				}
			}
		}
	}
	if free == "" {
		return
	}
	switch {
	case strings.EqualFold(a.Type, "E") || strings.Contains(free, "@") || strings.Contains(free, "CTCE"):
		body := free
		if c, ok := findCTC(free); ok && c.kind == 'E' {
			pp.addContact(px, c, "ADD")
			return
		}
		if e := decodeEmail(body); e != "" {
			pp.addContact(px, contactInfo{kind: 'E', email: e, text: free}, "ADD")
		}
	case strings.Contains(free, "CTC"):
		if c, ok := findCTC(free); ok {
			pp.addContact(px, c, "ADD")
		}
	default:
		kind := byte(0)
		switch strings.ToUpper(a.Type) {
		case "M":
			kind = 'M'
		case "H":
			kind = 'H'
		}
		for _, c := range letterPhones(free) {
			if c.kind == 0 {
				c.kind = kind
			}
			pp.addContact(px, c, "ADD")
		}
	}
}

func formatAddress(a Address) string {
	return strings.Join(nonEmpty([]string{a.Street, a.City, a.Region, a.PostalCode, a.Country}), ", ")
}

func (pp *pnrParser) com(seg edifact.Segment) {
	var px *Passenger
	if pp.st.inPassenger() && pp.pax != nil {
		px = pp.pax
	}
	for i := range seg.Elements {
		num := strings.TrimSpace(seg.Value(i, 0))
		q := strings.TrimSpace(seg.Value(i, 1))
		if num == "" {
			continue
		}
		switch q {
		case "EM":
			if e := decodeEmail(num); e != "" {
				pp.addContact(px, contactInfo{kind: 'E', email: e, text: num}, "COM")
			}
		case "FX":
			pp.addContact(px, contactInfo{kind: 'F', phone: normalizePhone(num), text: num}, "COM")
		default:
			pp.addContact(px, contactInfo{kind: 'P', phone: normalizePhone(num), text: num}, "COM")
		}
	}
}

// ---- itinerary, check-in ---------------------------------------------

// isOperatingTVL reports whether a TVL carries only a flight number: the
// operating flight of the codeshare TVL before it ("TVL+++++474:U").
func isOperatingTVL(seg edifact.Segment) bool {
	return strings.TrimSpace(seg.Value(0, 0)) == "" && strings.TrimSpace(seg.Value(1, 0)) == "" &&
		strings.TrimSpace(seg.Value(2, 0)) == "" && strings.TrimSpace(seg.Value(4, 0)) != ""
}

func (pp *pnrParser) tvl(seg edifact.Segment) {
	if pp.st == stNonAir {
		return // car, hotel, rail
	}
	l, problems := legFromTVL(seg, pp.ref)
	for _, pr := range problems {
		pp.problem(seg, pr.field, pr.value, pr.err)
	}
	if pp.st.inHistory() {
		lc := l
		pp.historyItem(func(h *HistoryEntry) bool {
			if h.Leg != nil {
				return false
			}
			h.Leg = &lc
			return true
		})
		return
	}
	if isOperatingTVL(seg) {
		if pp.leg == nil {
			pp.problem(seg, "operating flight (TVL)", l.FlightNumber,
				fmt.Errorf("%w: no marketing flight TVL before it", ErrMissing))
			return
		}
		if l.Carrier != "" {
			pp.leg.OperatingCarrier = l.Carrier
		}
		pp.leg.OperatingFlightNumber = l.FlightNumber
		pp.setCodeshare(pp.leg)
		return
	}
	lp := &l
	pp.p.Legs = append(pp.p.Legs, lp)
	pp.leg = lp
	pp.st = stLeg
}

func (pp *pnrParser) setCodeshare(l *Leg) {
	opc := l.OperatingCarrier
	if opc == "" {
		opc = l.Carrier
	}
	l.Codeshare = opc != l.Carrier || (l.OperatingFlightNumber != "" && l.OperatingFlightNumber != l.FlightNumber)
}

func (pp *pnrParser) rpi(seg edifact.Segment) {
	if pp.st == stHistItem && pp.histItem >= 0 && pp.histItem < len(pp.p.History) {
		if l := pp.p.History[pp.histItem].Leg; l != nil {
			l.Status = strings.TrimSpace(seg.Value(1, 0))
			if n, err := strconv.Atoi(strings.TrimSpace(seg.Value(0, 0))); err == nil {
				l.PartySize = n
			}
		}
		return
	}
	if pp.st != stLeg || pp.leg == nil {
		return
	}
	v := strings.TrimSpace(seg.Value(0, 0))
	if v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			pp.problem(seg, "number in party (RPI)", v, wrapInvalid(err))
		} else {
			pp.leg.PartySize = n
		}
	}
	pp.leg.Status = strings.TrimSpace(seg.Value(1, 0))
}

func (pp *pnrParser) tri(seg edifact.Segment) {
	if !(pp.st == stLeg || pp.st.inCheckin()) {
		return
	}
	ref := strings.TrimSpace(seg.Value(1, 3))
	pp.ci = &checkinCtx{ref: ref, sequence: strings.TrimSpace(seg.Value(1, 0)), pos: seg.Pos}
	if px, ok := pp.byRef[ref]; ok {
		pp.ci.pax = px
	}
	pp.st = stCheckinPax
}

func (pp *pnrParser) tbd(seg edifact.Segment) {
	if pp.ci == nil {
		return
	}
	ci := pp.ci
	if v := strings.TrimSpace(seg.Value(1, 0)); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			pp.problem(seg, "number of bags (TBD)", v, wrapInvalid(err))
		} else {
			ci.count = n
		}
	}
	ci.weight = strings.TrimSpace(seg.Value(1, 1))
	switch strings.TrimSpace(seg.Value(1, 2)) {
	case "700":
		ci.unit = "KG"
	case "701":
		ci.unit = "LB"
	}
	for i := 2; i < len(seg.Elements); i++ {
		first := strings.TrimSpace(seg.Value(i, 0))
		if first == "HP" || first == "MP" {
			continue // head or member of a baggage pool
		}
		tag := strings.ReplaceAll(seg.Value(i, 1), " ", "")
		if tag == "" {
			continue
		}
		b := Bag{Carrier: first, Tag: tag, Count: 1, Destination: strings.TrimSpace(seg.Value(i, 3))}
		if c := strings.TrimSpace(seg.Value(i, 2)); c != "" {
			n, err := strconv.Atoi(c)
			if err != nil || n < 1 || n > 99 {
				pp.problem(seg, "consecutive bag tags (TBD)", c, wrapInvalid(fmt.Errorf("not a count from 1 to 99")))
			} else {
				b.Count = n
			}
		}
		ci.bags = append(ci.bags, b)
	}
}

func (pp *pnrParser) flushCheckin() {
	ci := pp.ci
	pp.ci = nil
	if ci == nil {
		return
	}
	rec := CheckIn{
		PassengerRef:  ci.ref,
		Name:          ci.name,
		Time:          pp.checkTime,
		Sequence:      ci.sequence,
		Seat:          ci.seat,
		Cabin:         ci.cabin,
		BagCount:      ci.count,
		BagWeight:     ci.weight,
		BagWeightUnit: ci.unit,
	}
	if l := pp.leg; l != nil {
		rec.Origin, rec.Destination, rec.Flight = l.Origin, l.Destination, l.Flight()
	}
	px := ci.pax
	if px == nil {
		pp.p.UnmatchedCheckIns = append(pp.p.UnmatchedCheckIns, rec)
		return
	}
	rec.PassengerRef = px.Ref
	if rec.Name == "" {
		rec.Name = px.FullName()
	}
	px.CheckIns = append(px.CheckIns, rec)
	if ci.seat != "" {
		px.Seats = appendSeat(px.Seats, Seat{Number: ci.seat, Origin: rec.Origin, Destination: rec.Destination, Flight: rec.Flight, Source: "SSD"})
	}
	for _, b := range ci.bags {
		b.Origin, b.Flight = rec.Origin, rec.Flight
		px.Bags = append(px.Bags, b)
	}
}

// ---- history -----------------------------------------------------------

func (pp *pnrParser) abi(seg edifact.Segment) {
	pp.st = stHistory
	pp.histBase = HistoryEntry{
		Source:  "ABI",
		Office:  firstNonEmpty(seg.Value(1, 1), seg.Value(1, 0)),
		Carrier: strings.TrimSpace(seg.Value(4, 0)),
	}
	pp.p.History = append(pp.p.History, pp.histBase)
	pp.histItem = len(pp.p.History) - 1
}

func (pp *pnrParser) sac(seg edifact.Segment) {
	if !pp.st.inHistory() {
		pp.histBase = HistoryEntry{Source: "ABI"}
		pp.histItem = -1
	}
	pp.st = stHistItem
	action := strings.TrimSpace(seg.Value(2, 0))
	if pp.histItem >= 0 {
		h := &pp.p.History[pp.histItem]
		if h.Action == "" && h.Passenger == "" && h.Service == "" && h.Leg == nil && h.Text == "" {
			h.Action = action
			return
		}
	}
	e := pp.histBase
	e.Action = action
	pp.p.History = append(pp.p.History, e)
	pp.histItem = len(pp.p.History) - 1
}

// historyItem applies fill to the current history item, or to a new item
// with the same ABI and SAC when fill reports the field already taken.
func (pp *pnrParser) historyItem(fill func(*HistoryEntry) bool) {
	if pp.histItem >= 0 && pp.histItem < len(pp.p.History) {
		if fill(&pp.p.History[pp.histItem]) {
			return
		}
	}
	e := pp.histBase
	if pp.histItem >= 0 && pp.histItem < len(pp.p.History) {
		e.Action = pp.p.History[pp.histItem].Action
	}
	fill(&e)
	pp.p.History = append(pp.p.History, e)
	pp.histItem = len(pp.p.History) - 1
}

// ---- end of PNR ------------------------------------------------------

func (pp *pnrParser) finish(segs []edifact.Segment) {
	pp.flushCheckin()
	pp.linkInfants()
	pp.applyDocuments()
	if pp.p.RecordLocator == "" {
		var at edifact.Segment
		if len(segs) > 0 {
			at = segs[0]
		}
		pp.problem(at, "record locator (RCI)", "", ErrMissing)
	}
	if len(pp.p.Passengers) == 0 && pp.p.GroupName == "" {
		var at edifact.Segment
		if len(segs) > 0 {
			at = segs[0]
		}
		pp.problem(at, "traveller (TIF)", "", ErrMissing)
	}
}

// linkInfants pairs infants with the adults they travel with: an infant TIF
// named by an adult's SSR INFT, else the infant TIF that follows an adult
// whose TIF carries the infant indicator. An infant known only from SSR
// INFT becomes a passenger of its own.
func (pp *pnrParser) linkInfants() {
	for _, n := range pp.infants {
		surname, given, dob := infantText(n.text)
		n.adult.WithInfant = true
		if surname == "" {
			continue
		}
		inf := pp.findInfant(surname, given)
		if inf == nil {
			inf = &Passenger{Surname: surname, GivenName: given, Type: "IN", Infant: true}
			pp.p.Passengers = append(pp.p.Passengers, inf)
		}
		if inf.AccompaniedBy == "" {
			inf.AccompaniedBy = n.adult.Ref
		}
		if dob != "" && inf.DateOfBirth.IsZero() {
			if t, err := parseAIRIMPDate(dob, edifact.PastCentury(pp.ref)); err == nil {
				inf.DateOfBirth = t
			} else {
				pp.problem(n.seg, "INFT date of birth", dob, wrapInvalid(err))
			}
		}
	}
	var prev *Passenger
	for _, px := range pp.p.Passengers {
		if px.Infant && px.AccompaniedBy == "" && prev != nil && prev.WithInfant && !pp.hasInfant(prev) {
			px.AccompaniedBy = prev.Ref
		}
		if !px.Infant {
			prev = px
		}
	}
}

func (pp *pnrParser) findInfant(surname, given string) *Passenger {
	for _, px := range pp.p.Passengers {
		if !px.Infant || px.Surname != surname {
			continue
		}
		if given == "" || px.GivenName == given || strings.HasPrefix(given, px.GivenName) || strings.HasPrefix(px.GivenName, given) {
			return px
		}
	}
	return nil
}

func (pp *pnrParser) hasInfant(adult *Passenger) bool {
	for _, px := range pp.p.Passengers {
		if px.Infant && px.AccompaniedBy != "" && px.AccompaniedBy == adult.Ref {
			return true
		}
	}
	return false
}

func isInfantGender(g string) bool { return g == "MI" || g == "FI" || g == "UI" }

// applyDocuments moves an infant's DOCS sent under the accompanying adult to
// the infant, and fills date of birth, gender and nationality from each
// passenger's own document.
func (pp *pnrParser) applyDocuments() {
	for _, px := range append([]*Passenger(nil), pp.p.Passengers...) {
		if px.Infant {
			continue
		}
		var keep []Document
		for _, d := range px.Documents {
			if d.Source == "SSR DOCS" && isInfantGender(d.Gender) {
				inf := pp.findInfant(d.Surname, d.GivenName)
				if inf == nil {
					inf = pp.infantOf(px)
				}
				if inf == nil {
					inf = &Passenger{Surname: d.Surname, GivenName: d.GivenName, Type: "IN", Infant: true, AccompaniedBy: px.Ref}
					pp.p.Passengers = append(pp.p.Passengers, inf)
				}
				px.WithInfant = true
				inf.Documents = appendDoc(inf.Documents, d)
				continue
			}
			keep = append(keep, d)
		}
		px.Documents = keep
	}
	for _, px := range pp.p.Passengers {
		for _, d := range px.Documents {
			if d.Source == "SSR DOCO" {
				continue
			}
			if isInfantGender(d.Gender) {
				px.Infant = true
			}
			if px.DateOfBirth.IsZero() && !d.DateOfBirth.IsZero() {
				px.DateOfBirth = d.DateOfBirth
			}
			if px.Gender == "" && d.Gender != "" {
				r, _ := utf8.DecodeRuneInString(d.Gender)
				px.Gender = string(r)
			}
			if px.Nationality == "" && d.Nationality != "" {
				px.Nationality = d.Nationality
			}
		}
	}
}

func (pp *pnrParser) infantOf(adult *Passenger) *Passenger {
	for _, px := range pp.p.Passengers {
		if px.Infant && px.AccompaniedBy != "" && px.AccompaniedBy == adult.Ref {
			return px
		}
	}
	return nil
}

// ---- de-duplicating appends -------------------------------------------

func appendUnique(ss []string, s string) []string {
	for _, o := range ss {
		if o == s {
			return ss
		}
	}
	return append(ss, s)
}

func appendPax(ps []*Passenger, p *Passenger) []*Passenger {
	for _, o := range ps {
		if o == p {
			return ps
		}
	}
	return append(ps, p)
}

// sameDocument reports whether two documents are one sent twice (in Gr.2
// and again per leg, or with a 2- and a 3-letter country code).
func sameDocument(a, b Document) bool {
	if a.Source != b.Source || a.Type != b.Type || a.Number != b.Number || !a.DateOfBirth.Equal(b.DateOfBirth) {
		return false
	}
	if a.Number != "" {
		return true
	}
	return strings.ReplaceAll(a.Surname, " ", "") == strings.ReplaceAll(b.Surname, " ", "") &&
		strings.ReplaceAll(a.GivenName, " ", "") == strings.ReplaceAll(b.GivenName, " ", "")
}

func appendDoc(ds []Document, d Document) []Document {
	for i, o := range ds {
		if sameDocument(o, d) {
			// Keep the more complete copy.
			if len(d.Text) > len(o.Text) {
				ds[i] = d
			}
			return ds
		}
	}
	return append(ds, d)
}

func appendSeat(ss []Seat, s Seat) []Seat {
	for _, o := range ss {
		if o.Number == s.Number && o.Origin == s.Origin && o.Destination == s.Destination {
			return ss
		}
	}
	return append(ss, s)
}

func appendPhone(ps []Phone, p Phone) []Phone {
	for _, o := range ps {
		if o.Number == p.Number {
			return ps
		}
	}
	return append(ps, p)
}

func appendEmail(es []Email, e Email) []Email {
	for _, o := range es {
		if o.Address == e.Address {
			return es
		}
	}
	return append(es, e)
}

func appendAddress(as []Address, a Address) []Address {
	for _, o := range as {
		if o == a {
			return as
		}
	}
	return append(as, a)
}

func appendService(ss []SpecialService, s SpecialService) []SpecialService {
	for _, o := range ss {
		if o.Code == s.Code && o.Status == s.Status && o.Origin == s.Origin && o.Destination == s.Destination &&
			o.Text == s.Text && strings.Join(o.PassengerRefs, ",") == strings.Join(s.PassengerRefs, ",") {
			return ss
		}
	}
	return append(ss, s)
}
