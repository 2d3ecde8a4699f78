package pnrgov

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/borderlens/borderlens/ingest/edifact"
)

// Parse reads every PNRGOV message from r. It returns the messages read and
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

// Decoder reads PNRGOV messages one at a time from a stream, holding one
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
// edifact.MessageReader as PNRGOV. Problems are recorded in Message.Errors
// and PNR.Errors; in strict mode the first one is also returned as the
// error.
func DecodeMessage(em *edifact.Message, opts ...Option) (*Message, error) {
	cfg := edifact.ApplyOptions(opts...)
	m := &Message{Index: em.Index, MessageRef: em.Ref}
	var ref time.Time
	if ic := em.Interchange; ic != nil {
		m.InterchangeRef = ic.ControlRef
		m.SyntaxID = ic.SyntaxID
		m.Sender = ic.Sender
		m.Recipient = ic.Recipient
		m.Prepared = ic.Prepared
		ref = ic.Prepared
	}
	if ref.IsZero() && em.Group != nil {
		ref = em.Group.Prepared
	}
	if em.Version != "" || em.Release != "" {
		m.Version = em.Version + "." + em.Release
	}
	if !strings.EqualFold(em.Type, "PNRGOV") {
		m.Errors = append(m.Errors, em.Errors...)
		m.Errors = append(m.Errors, newFieldError(em.Index, 0, "", em.Header, "message type", em.Type, ErrMessageType))
		return m, strictErr(cfg, m)
	}

	segs := em.Segments
	i := 0
	sawTVL := false
	for ; i < len(segs) && segs[i].Tag != "SRC"; i++ {
		seg := segs[i]
		switch seg.Tag {
		case "MSG":
			m.MessageFunction = firstNonEmpty(seg.Value(0, 1), seg.Value(0, 0))
		case "ORG":
			a := agencyFromORG(seg)
			m.Originator = &a
		case "TVL":
			if sawTVL {
				break
			}
			sawTVL = true
			l, problems := legFromTVL(seg, ref)
			m.Flight = l
			for _, pr := range problems {
				m.Errors = append(m.Errors, newFieldError(em.Index, 0, "", seg, pr.field, pr.value, pr.err))
			}
		case "EQN":
			v := strings.TrimSpace(seg.Value(0, 0))
			if n, err := strconv.Atoi(v); err == nil {
				m.DeclaredPNRs = &n
			} else {
				m.Errors = append(m.Errors, newFieldError(em.Index, 0, "", seg, "number of PNRs (EQN)", v, wrapInvalid(err)))
			}
		case "ERC", "DAT", "IFT":
			// Known header segments that carry nothing used here.
		default:
			countUnknown(&m.Unknown, seg.Tag)
		}
	}
	if !sawTVL {
		m.Errors = append(m.Errors, newFieldError(em.Index, 0, "", em.Header, "flight (header TVL)", "", ErrMissing))
	}

	// Gr.1: one SRC group per PNR.
	var starts []int
	for ; i < len(segs); i++ {
		if segs[i].Tag == "SRC" {
			starts = append(starts, i)
		}
	}
	var ranges [][2]int
	for k, s := range starts {
		e := len(segs)
		if k+1 < len(starts) {
			e = starts[k+1]
		}
		chunk := segs[s:e]
		p := parsePNR(m, k+1, chunk, ref)
		m.PNRs = append(m.PNRs, p)
		ranges = append(ranges, [2]int{chunk[0].Pos.Index, chunk[len(chunk)-1].Pos.Index})
	}

	// Lexer and envelope problems go to the PNR whose segments they concern.
	for _, err := range em.Errors {
		if k := pnrForError(ranges, err); k >= 0 {
			m.PNRs[k].Errors = append(m.PNRs[k].Errors, err)
			continue
		}
		m.Errors = append(m.Errors, err)
	}
	for _, p := range m.PNRs {
		sortErrors(p.Errors)
	}
	sortErrors(m.Errors)

	if m.DeclaredPNRs != nil && *m.DeclaredPNRs != len(m.PNRs) {
		m.Errors = append(m.Errors, newFieldError(em.Index, 0, "", findSeg(segs, "EQN"), "number of PNRs (EQN)",
			strconv.Itoa(*m.DeclaredPNRs), countErr(len(m.PNRs), "SRC groups")))
	}
	return m, strictErr(cfg, m)
}

func strictErr(cfg edifact.Config, m *Message) error {
	if !cfg.Strict {
		return nil
	}
	if len(m.Errors) > 0 {
		return m.Errors[0]
	}
	for _, p := range m.PNRs {
		if len(p.Errors) > 0 {
			return p.Errors[0]
		}
	}
	return nil
}

func findSeg(segs []edifact.Segment, tag string) edifact.Segment {
	for _, s := range segs {
		if s.Tag == tag {
			return s
		}
	}
	return edifact.Segment{Tag: tag}
}

// errSegment returns the segment ordinal an error refers to, or 0.
func errSegment(err error) int {
	switch e := err.(type) {
	case *edifact.SyntaxError:
		return e.Segment
	case *FieldError:
		return e.Segment
	}
	return 0
}

// pnrForError returns the index of the PNR whose segment range (first and
// last segment ordinals, inclusive) holds the segment err refers to, or -1.
// A skipped segment between two PNRs belongs to the earlier one.
func pnrForError(ranges [][2]int, err error) int {
	idx := errSegment(err)
	if idx == 0 {
		return -1
	}
	for k, r := range ranges {
		end := r[1]
		if k+1 < len(ranges) {
			end = ranges[k+1][0] - 1
		}
		if idx >= r[0] && idx <= end {
			return k
		}
	}
	return -1
}

func sortErrors(es edifact.Errors) {
	sort.SliceStable(es, func(i, j int) bool { return errSegment(es[i]) < errSegment(es[j]) })
}

func countUnknown(m *map[string]int, tag string) {
	if *m == nil {
		*m = make(map[string]int)
	}
	(*m)[tag]++
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// agencyFromORG reads ORG: C336 system (carrier:location), C300 agent
// (IATA number:office id), 3225 city, C336 carrier, 9972 originator type,
// C354 country:currency:language, 9904 agent sign.
func agencyFromORG(seg edifact.Segment) Agency {
	return Agency{
		System:         strings.TrimSpace(seg.Value(0, 0)),
		SystemLocation: strings.TrimSpace(seg.Value(0, 1)),
		IATANumber:     strings.TrimSpace(seg.Value(1, 0)),
		OfficeID:       strings.TrimSpace(seg.Value(1, 1)),
		City:           strings.TrimSpace(seg.Value(2, 0)),
		Carrier:        strings.TrimSpace(seg.Value(3, 0)),
		Type:           strings.TrimSpace(seg.Value(4, 0)),
		Country:        strings.TrimSpace(seg.Value(5, 0)),
		Currency:       strings.TrimSpace(seg.Value(5, 1)),
		Language:       strings.TrimSpace(seg.Value(5, 2)),
		AgentSign:      strings.TrimSpace(seg.Value(6, 0)),
	}
}

type valueProblem struct {
	field string
	value string
	err   error
}

// legFromTVL reads TVL: C310 (departure date:time:arrival date:time:day
// change), C328 origin, C328 destination, C306 marketing:operating carrier,
// C308 flight number:booking class.
func legFromTVL(seg edifact.Segment, ref time.Time) (Leg, []valueProblem) {
	var problems []valueProblem
	l := Leg{
		Origin:           strings.TrimSpace(seg.Value(1, 0)),
		Destination:      strings.TrimSpace(seg.Value(2, 0)),
		Carrier:          strings.TrimSpace(seg.Value(3, 0)),
		OperatingCarrier: strings.TrimSpace(seg.Value(3, 1)),
		FlightNumber:     strings.TrimSpace(seg.Value(4, 0)),
		BookingClass:     strings.TrimSpace(seg.Value(4, 1)),
	}
	l.Codeshare = l.OperatingCarrier != "" && l.OperatingCarrier != l.Carrier
	depDate := strings.TrimSpace(seg.Value(0, 0))
	depTime := strings.TrimSpace(seg.Value(0, 1))
	arrDate := strings.TrimSpace(seg.Value(0, 2))
	arrTime := strings.TrimSpace(seg.Value(0, 3))
	dayChange := strings.TrimSpace(seg.Value(0, 4))
	if arrTime == "" && len(arrDate) == 4 {
		// "120518:1220:1505": the arrival time in the arrival date slot.
		arrTime, arrDate = arrDate, ""
	}
	century := edifact.NearCentury(ref)
	if depDate != "" {
		t, err := dateTimeDDMMYY(depDate, depTime, century)
		if err != nil {
			problems = append(problems, valueProblem{"departure date/time", joinColon(depDate, depTime), err})
		} else {
			l.Departure = t
		}
	}
	if arrTime != "" || arrDate != "" {
		base := arrDate
		if base == "" {
			base = depDate
		}
		if base != "" {
			t, err := dateTimeDDMMYY(base, arrTime, century)
			if err != nil {
				problems = append(problems, valueProblem{"arrival date/time", joinColon(arrDate, arrTime), err})
			} else {
				if arrDate == "" {
					if n, ok := atoiDigits(strings.TrimPrefix(dayChange, "+")); ok && n < 10 {
						t = t.AddDate(0, 0, n)
					}
				}
				l.Arrival = t
			}
		}
	}
	return l, problems
}

func joinColon(a, b string) string {
	if b == "" {
		return a
	}
	return a + ":" + b
}

// dateTimeDDMMYY parses a PNRGOV date (DDMMYY) and optional time (HHMM or
// HHMMSS).
func dateTimeDDMMYY(date, clock string, century edifact.Century) (time.Time, error) {
	date, clock = strings.TrimSpace(date), strings.TrimSpace(clock)
	if len(date) != 6 {
		return time.Time{}, wrapInvalid(errDate(date))
	}
	d, ok1 := atoiDigits(date[0:2])
	mo, ok2 := atoiDigits(date[2:4])
	y, ok3 := atoiDigits(date[4:6])
	if !ok1 || !ok2 || !ok3 {
		return time.Time{}, wrapInvalid(errDate(date))
	}
	h, mi, s := 0, 0, 0
	switch len(clock) {
	case 0:
	case 4, 6:
		var okh, okm bool
		h, okh = atoiDigits(clock[0:2])
		mi, okm = atoiDigits(clock[2:4])
		oks := true
		if len(clock) == 6 {
			s, oks = atoiDigits(clock[4:6])
		}
		if !okh || !okm || !oks {
			return time.Time{}, wrapInvalid(errDate(clock))
		}
	default:
		return time.Time{}, wrapInvalid(errDate(clock))
	}
	if century == nil {
		century = edifact.NearCentury(time.Time{})
	}
	t, err := edifact.Civil(century(y), mo, d, h, mi, s)
	if err != nil {
		return time.Time{}, wrapInvalid(errDate(date + clock))
	}
	return t, nil
}
