package edifact

import (
	"io"
	"strconv"
	"strings"
	"time"
)

// Interchange is the header information of one interchange (UNB ... UNZ).
// All messages of the interchange share one *Interchange.
type Interchange struct {
	// Delimiters in force for the interchange.
	Delimiters Delimiters `json:"-"`
	// SyntaxID is UNB S001/0001, e.g. "UNOA", "UNOC" or "IATA".
	SyntaxID string `json:"syntax_id,omitempty"`
	// SyntaxVersion is UNB S001/0002, e.g. "4".
	SyntaxVersion string `json:"syntax_version,omitempty"`
	// Sender is UNB S002/0004, the interchange sender identification.
	Sender string `json:"sender,omitempty"`
	// SenderQualifier is UNB S002/0007.
	SenderQualifier string `json:"sender_qualifier,omitempty"`
	// Recipient is UNB S003/0010.
	Recipient string `json:"recipient,omitempty"`
	// RecipientQualifier is UNB S003/0007.
	RecipientQualifier string `json:"recipient_qualifier,omitempty"`
	// Prepared is the date and time of preparation (UNB S004), zero when
	// absent or unreadable. It carries no time zone and is returned in UTC.
	Prepared time.Time `json:"prepared,omitzero"`
	// ControlRef is the interchange control reference (UNB 0020).
	ControlRef string `json:"control_ref,omitempty"`
	// ApplicationRef is UNB 0026, e.g. "APIS" or "PNRGOV".
	ApplicationRef string `json:"application_ref,omitempty"`
	// Implicit is true when messages arrived without a UNB.
	Implicit bool `json:"implicit,omitempty"`
	// Header is the UNB segment (zero when Implicit).
	Header Segment `json:"-"`
	// Trailer is the UNZ segment, nil until read or when missing.
	Trailer *Segment `json:"-"`
	// MessageCount and GroupCount count what was read so far.
	MessageCount int `json:"-"`
	// GroupCount counts the functional groups read so far.
	GroupCount int `json:"-"`
	// Errors holds interchange-level problems. It grows while reading and
	// is complete once the reader has moved past the UNZ.
	Errors Errors `json:"-"`
}

// Group is a functional group header (UNG ... UNE).
type Group struct {
	// ID is UNG 0038, the message group identification (e.g. "PAXLST").
	ID string `json:"id,omitempty"`
	// Sender is UNG S006/0040, the application sender.
	Sender string `json:"sender,omitempty"`
	// Recipient is UNG S007/0044, the application recipient.
	Recipient string `json:"recipient,omitempty"`
	// Prepared is UNG S004.
	Prepared time.Time `json:"prepared,omitzero"`
	// ControlRef is UNG 0048.
	ControlRef string `json:"control_ref,omitempty"`
	// Agency is UNG 0051, the controlling agency (e.g. "UN", "IA").
	Agency string `json:"agency,omitempty"`
	// Version is UNG S008 as "version:release", e.g. "D:05B" or "11:1".
	Version string `json:"version,omitempty"`
	// MessageCount counts the messages read so far in the group.
	MessageCount int `json:"-"`
	// Header is the UNG segment.
	Header Segment `json:"-"`
}

// Message is one message (UNH ... UNT) with its body segments.
type Message struct {
	// Index is the 1-based ordinal of the message in the stream.
	Index int
	// Interchange is the enclosing interchange (never nil).
	Interchange *Interchange
	// Group is the enclosing functional group, or nil.
	Group *Group
	// Ref is the message reference number (UNH 0062).
	Ref string
	// Type is UNH S009/0065, e.g. "PAXLST" or "PNRGOV".
	Type string
	// Version is UNH S009/0052, e.g. "D" or "11".
	Version string
	// Release is UNH S009/0054, e.g. "05B" or "1".
	Release string
	// Agency is UNH S009/0051, e.g. "UN" or "IA".
	Agency string
	// AssociationCode is UNH S009/0057, e.g. "IATA".
	AssociationCode string
	// Header is the UNH segment.
	Header Segment
	// Segments are the segments between UNH and UNT.
	Segments []Segment
	// Trailer is the UNT segment, nil when the message was not closed.
	Trailer *Segment
	// Errors holds recoverable problems found in or around the message:
	// skipped or repaired segments, count and reference mismatches, and
	// interchange-level problems found right after it (UNE, UNZ, trailing
	// data).
	Errors Errors
}

// MessageReader reads messages with their envelopes from a stream of one or
// more interchanges.
//
// Next returns each message in turn, then io.EOF. A message whose UNT is
// missing is still returned, with an ErrTruncated problem in its Errors; if
// the input ended inside it, the following call returns a fatal
// *SyntaxError wrapping ErrTruncated. Every other error returned by Next is
// fatal and is returned again by later calls. In strict mode the first
// recoverable problem is returned as a fatal error instead of being
// recorded.
type MessageReader struct {
	r       *Reader
	cfg     Config
	pending []pendingSegment
	ic      *Interchange
	icOpen  bool
	grp     *Group
	index   int
	carry   Errors
	final   error
	seen    bool
}

type pendingSegment struct {
	seg Segment
	err error
}

// NewMessageReader returns a MessageReader reading from r.
func NewMessageReader(r io.Reader, opts ...Option) *MessageReader {
	return &MessageReader{r: NewReader(r, opts...), cfg: ApplyOptions(opts...)}
}

func (m *MessageReader) read() (Segment, error) {
	if n := len(m.pending); n > 0 {
		p := m.pending[n-1]
		m.pending = m.pending[:n-1]
		return p.seg, p.err
	}
	return m.r.Next()
}

func (m *MessageReader) push(seg Segment) {
	m.pending = append(m.pending, pendingSegment{seg: seg})
}

// problem records err in each destination list, or makes it the final error
// in strict mode. It reports whether reading may continue.
func (m *MessageReader) problem(err error, dst ...*Errors) bool {
	if m.cfg.Strict {
		if se, ok := err.(*SyntaxError); ok {
			se.fatal = true
		}
		if m.final == nil {
			m.final = err
		}
		return false
	}
	for _, d := range dst {
		*d = append(*d, err)
	}
	return true
}

// icErrors returns the interchange error list when there is an interchange.
func (m *MessageReader) icErrors() *Errors {
	if m.ic == nil {
		return new(Errors)
	}
	return &m.ic.Errors
}

// Next returns the next message. See the MessageReader documentation.
func (m *MessageReader) Next() (*Message, error) {
	for {
		if m.final != nil {
			return nil, m.final
		}
		seg, err := m.read()
		if err != nil {
			if err == io.EOF {
				m.finish()
				continue
			}
			if !IsRecoverable(err) {
				m.final = err
				continue
			}
			if !m.problem(err, &m.carry, m.icErrors()) {
				continue
			}
			if seg.Tag == "" {
				continue
			}
		}
		switch seg.Tag {
		case "UNA":
			m.closeOpen(seg, &m.carry)
		case "UNB":
			m.closeOpen(seg, &m.carry)
			m.startInterchange(seg, &m.carry)
		case "UNG":
			m.ensureInterchange(seg)
			m.startGroup(seg, &m.carry)
		case "UNE":
			m.endGroup(seg, &m.carry)
		case "UNZ":
			m.endInterchange(seg, &m.carry)
		case "UNH":
			m.ensureInterchange(seg)
			return m.readMessage(seg)
		default:
			if m.ic != nil && !m.icOpen {
				m.problem(newSyntaxError(seg.Pos, seg.Tag, ErrTrailingData,
					"data after the end of interchange %q ignored", m.ic.ControlRef), &m.carry, m.icErrors())
				if m.final == nil {
					m.final = io.EOF
				}
				continue
			}
			m.problem(newSyntaxError(seg.Pos, seg.Tag, ErrEnvelope,
				"segment %s outside any message; skipped", seg.Tag), &m.carry, m.icErrors())
		}
	}
}

// finish sets the final error at the end of input.
func (m *MessageReader) finish() {
	switch {
	case m.icOpen:
		m.final = fatalError(m.r.pos(), "", ErrTruncated,
			"input ended before UNZ closed interchange %q", m.ic.ControlRef)
	case !m.seen:
		m.final = fatalError(m.r.pos(), "", ErrNoInterchange, "no UNB or UNH segment in input")
	default:
		m.final = io.EOF
	}
}

// closeOpen notes an interchange left open when a new one starts.
func (m *MessageReader) closeOpen(seg Segment, dst *Errors) {
	if !m.icOpen {
		return
	}
	m.problem(newSyntaxError(seg.Pos, seg.Tag, ErrTruncated,
		"interchange %q not closed by UNZ before %s", m.ic.ControlRef, seg.Tag), dst, &m.ic.Errors)
	m.icOpen = false
	m.grp = nil
}

func (m *MessageReader) startInterchange(unb Segment, dst *Errors) {
	m.seen = true
	ic := &Interchange{
		Delimiters:         m.r.Delimiters(),
		SyntaxID:           unb.Value(0, 0),
		SyntaxVersion:      unb.Value(0, 1),
		Sender:             strings.TrimSpace(unb.Value(1, 0)),
		SenderQualifier:    unb.Value(1, 1),
		Recipient:          strings.TrimSpace(unb.Value(2, 0)),
		RecipientQualifier: unb.Value(2, 1),
		ControlRef:         strings.TrimSpace(unb.Value(4, 0)),
		ApplicationRef:     strings.TrimSpace(unb.Value(6, 0)),
		Header:             unb,
	}
	if d := unb.Value(3, 0); d != "" {
		t, err := parseServiceDate(d, unb.Value(3, 1))
		if err != nil {
			m.problem(newSyntaxError(unb.Pos, "UNB", ErrEnvelope, "date/time of preparation %q: %v",
				d+":"+unb.Value(3, 1), err), dst, &ic.Errors)
		}
		ic.Prepared = t
	}
	m.ic = ic
	m.icOpen = true
	m.grp = nil
}

// ensureInterchange opens an implicit interchange for messages without UNB.
func (m *MessageReader) ensureInterchange(seg Segment) {
	if m.ic != nil && m.icOpen {
		return
	}
	m.seen = true
	m.ic = &Interchange{Delimiters: m.r.Delimiters(), Implicit: true}
	m.icOpen = true
	m.grp = nil
	m.problem(newSyntaxError(seg.Pos, seg.Tag, ErrEnvelope, "%s without a UNB interchange header", seg.Tag),
		&m.carry, &m.ic.Errors)
}

func (m *MessageReader) startGroup(ung Segment, dst *Errors) {
	if m.grp != nil {
		m.problem(newSyntaxError(ung.Pos, "UNG", ErrEnvelope, "functional group %q not closed by UNE", m.grp.ControlRef),
			dst, &m.ic.Errors)
	}
	g := &Group{
		ID:         ung.Value(0, 0),
		Sender:     strings.TrimSpace(ung.Value(1, 0)),
		Recipient:  strings.TrimSpace(ung.Value(2, 0)),
		ControlRef: strings.TrimSpace(ung.Value(4, 0)),
		Agency:     ung.Value(5, 0),
		Header:     ung,
	}
	if v := ung.Element(6); len(v) > 0 {
		g.Version = strings.Join(v, ":")
	}
	if d := ung.Value(3, 0); d != "" {
		if t, err := parseServiceDate(d, ung.Value(3, 1)); err == nil {
			g.Prepared = t
		}
	}
	m.grp = g
	m.ic.GroupCount++
}

func (m *MessageReader) endGroup(une Segment, dst *Errors) {
	if m.grp == nil {
		m.problem(newSyntaxError(une.Pos, "UNE", ErrEnvelope, "UNE without UNG"), dst, m.icErrors())
		return
	}
	checkCount(m, une, "UNE", m.grp.MessageCount, "messages", dst)
	checkRef(m, une, "UNE", m.grp.ControlRef, "UNG", dst)
	m.grp = nil
}

func (m *MessageReader) endInterchange(unz Segment, dst *Errors) {
	if m.ic == nil || !m.icOpen {
		m.problem(newSyntaxError(unz.Pos, "UNZ", ErrEnvelope, "UNZ without UNB"), dst, m.icErrors())
		return
	}
	if m.grp != nil {
		m.problem(newSyntaxError(unz.Pos, "UNZ", ErrEnvelope, "functional group %q not closed by UNE", m.grp.ControlRef),
			dst, &m.ic.Errors)
		m.grp = nil
	}
	n, what := m.ic.MessageCount, "messages"
	if m.ic.GroupCount > 0 {
		n, what = m.ic.GroupCount, "groups"
	}
	checkCount(m, unz, "UNZ", n, what, dst)
	if !m.ic.Implicit {
		checkRef(m, unz, "UNZ", m.ic.ControlRef, "UNB", dst)
	}
	t := unz
	m.ic.Trailer = &t
	m.icOpen = false
}

func checkCount(m *MessageReader, seg Segment, tag string, actual int, what string, dst *Errors) {
	declared := strings.TrimSpace(seg.Value(0, 0))
	n, err := strconv.Atoi(declared)
	if err != nil || n != actual {
		m.problem(newSyntaxError(seg.Pos, tag, ErrSegmentCount, "%s declares %q %s, %d read", tag, declared, what, actual),
			dst, m.icErrors())
	}
}

func checkRef(m *MessageReader, seg Segment, tag, want, header string, dst *Errors) {
	got := strings.TrimSpace(seg.Value(1, 0))
	switch {
	case got == "":
		m.problem(newSyntaxError(seg.Pos, tag, ErrControlReference, "%s has no control reference (%s has %q)", tag, header, want),
			dst, m.icErrors())
	case got != want:
		m.problem(newSyntaxError(seg.Pos, tag, ErrControlReference, "%s reference %q does not match %s reference %q", tag, got, header, want),
			dst, m.icErrors())
	}
}

// readMessage reads the body of the message opened by unh, its UNT and the
// envelope trailers that follow.
func (m *MessageReader) readMessage(unh Segment) (*Message, error) {
	m.index++
	msg := &Message{
		Index:           m.index,
		Interchange:     m.ic,
		Group:           m.grp,
		Ref:             strings.TrimSpace(unh.Value(0, 0)),
		Type:            strings.TrimSpace(unh.Value(1, 0)),
		Version:         strings.TrimSpace(unh.Value(1, 1)),
		Release:         strings.TrimSpace(unh.Value(1, 2)),
		Agency:          strings.TrimSpace(unh.Value(1, 3)),
		AssociationCode: strings.TrimSpace(unh.Value(1, 4)),
		Header:          unh,
		Errors:          m.carry,
	}
	m.carry = nil
	m.ic.MessageCount++
	if m.grp != nil {
		m.grp.MessageCount++
	}
	for {
		seg, err := m.read()
		if err == io.EOF {
			m.final = fatalError(m.r.pos(), "", ErrTruncated, "input ended inside message %q (no UNT)", msg.Ref)
			msg.Errors = append(msg.Errors, m.final)
			return msg, nil
		}
		if err != nil {
			if !IsRecoverable(err) {
				m.final = err
				msg.Errors = append(msg.Errors, err)
				return msg, nil
			}
			if !m.problem(err, &msg.Errors) {
				return nil, m.final
			}
			if seg.Tag == "" {
				continue
			}
		}
		switch seg.Tag {
		case "UNT":
			t := seg
			msg.Trailer = &t
			count := seg.Pos.Index - unh.Pos.Index + 1
			checkCount(m, seg, "UNT", count, "segments", &msg.Errors)
			checkRef(m, seg, "UNT", msg.Ref, "UNH", &msg.Errors)
			if m.final != nil {
				return nil, m.final
			}
			// Problems in the trailers that follow a complete message are
			// recorded on it (or, in strict mode, returned by the next call).
			m.readTrailers(msg)
			return msg, nil
		case "UNH", "UNB", "UNA", "UNZ", "UNG", "UNE":
			if !m.problem(newSyntaxError(seg.Pos, seg.Tag, ErrTruncated,
				"message %q not closed by UNT before %s", msg.Ref, seg.Tag), &msg.Errors) {
				return nil, m.final
			}
			m.push(seg)
			m.readTrailers(msg)
			return msg, nil
		default:
			if len(msg.Segments) >= m.cfg.MaxMessageSegments {
				m.final = fatalError(seg.Pos, seg.Tag, ErrMessageTooLarge,
					"message %q has more than %d segments", msg.Ref, m.cfg.MaxMessageSegments)
				msg.Errors = append(msg.Errors, m.final)
				return msg, nil
			}
			msg.Segments = append(msg.Segments, seg)
		}
	}
}

// readTrailers consumes the UNE and UNZ that close a message's group and
// interchange, and detects data after the final UNZ, recording problems on
// msg. It stops before the next UNA, UNB, UNG or UNH.
func (m *MessageReader) readTrailers(msg *Message) {
	for {
		if m.final != nil {
			return
		}
		seg, err := m.read()
		if err == io.EOF {
			if m.icOpen {
				m.final = fatalError(m.r.pos(), "", ErrTruncated,
					"input ended before UNZ closed interchange %q", m.ic.ControlRef)
			} else {
				m.final = io.EOF
			}
			return
		}
		closed := m.ic != nil && !m.icOpen
		if err != nil {
			if closed {
				why, pos := err.Error(), seg.Pos
				if se, ok := err.(*SyntaxError); ok {
					why = se.Msg
					pos = Position{Index: se.Segment, Offset: se.Offset, Line: se.Line}
				}
				m.problem(newSyntaxError(pos, seg.Tag, ErrTrailingData,
					"data after the end of interchange %q ignored: %s", m.ic.ControlRef, why), &msg.Errors, m.icErrors())
				if m.final == nil {
					m.final = io.EOF
				}
				return
			}
			if !IsRecoverable(err) {
				m.final = err
				return
			}
			if !m.problem(err, &msg.Errors) {
				return
			}
			if seg.Tag == "" {
				continue
			}
		}
		switch seg.Tag {
		case "UNE":
			m.endGroup(seg, &msg.Errors)
		case "UNZ":
			m.endInterchange(seg, &msg.Errors)
		case "UNA", "UNB", "UNG", "UNH":
			m.push(seg)
			return
		default:
			if closed {
				m.problem(newSyntaxError(seg.Pos, seg.Tag, ErrTrailingData,
					"data after the end of interchange %q ignored", m.ic.ControlRef), &msg.Errors, m.icErrors())
				if m.final == nil {
					m.final = io.EOF
				}
				return
			}
			m.push(seg)
			return
		}
	}
}

// parseServiceDate parses a UNB/UNG date (YYMMDD or CCYYMMDD) and time
// (HHMM or HHMMSS).
func parseServiceDate(date, clock string) (time.Time, error) {
	date = strings.TrimSpace(date)
	clock = strings.TrimSpace(clock)
	var layout string
	switch len(date) {
	case 6:
		layout = "060102"
	case 8:
		layout = "20060102"
	default:
		return time.Time{}, errBadDate
	}
	switch len(clock) {
	case 0:
	case 4:
		layout += "1504"
	case 6:
		layout += "150405"
	default:
		return time.Time{}, errBadDate
	}
	t, err := time.Parse(layout, date+clock)
	if err != nil {
		return time.Time{}, errBadDate
	}
	return t, nil
}
