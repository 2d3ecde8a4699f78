package edifact

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Reader reads EDIFACT segments one at a time from an io.Reader. It never
// holds more than one segment (bounded by Config.MaxSegmentLength) in memory.
//
// Next returns each segment in turn and io.EOF at the end. A non-nil error
// other than io.EOF is a *SyntaxError or an I/O error:
//
//   - when it is a recoverable *SyntaxError (IsRecoverable), reading may go
//     on: if the returned Segment has a Tag the segment was repaired (e.g.
//     decoded as Latin-1) and is usable, otherwise it was skipped;
//   - otherwise the error is fatal and every later call returns it again.
type Reader struct {
	br      *bufio.Reader
	cfg     Config
	delims  Delimiters
	charset string
	off     int64
	line    int
	index   int
	started bool
	done    bool
	err     error
	raw     []byte
	buf     []byte
	prevCR  bool
	// smartQuote is set when the last segment ended with U+2019.
	smartQuote bool
}

// NewReader returns a Reader reading from r with the default delimiters
// until a UNA says otherwise.
func NewReader(r io.Reader, opts ...Option) *Reader {
	return &Reader{
		br:     bufio.NewReaderSize(r, 32<<10),
		cfg:    ApplyOptions(opts...),
		delims: DefaultDelimiters,
		line:   1,
	}
}

// Delimiters returns the service characters in force: those of the current
// interchange's UNA, or the defaults (which apply again after each UNZ).
func (r *Reader) Delimiters() Delimiters { return r.delims }

// SyntaxID returns the syntax identifier (e.g. "UNOA", "UNOC", "IATA") of
// the last UNB read, or "".
func (r *Reader) SyntaxID() string { return r.charset }

func (r *Reader) pos() Position {
	return Position{Index: r.index, Offset: r.off, Line: r.line}
}

func (r *Reader) readByte() (byte, error) {
	b, err := r.br.ReadByte()
	if err != nil {
		return 0, err
	}
	r.count(b)
	return b, nil
}

// count advances the byte offset and the line number. CR LF, LF and a lone
// CR each end a line.
func (r *Reader) count(b byte) {
	r.off++
	switch {
	case b == '\n':
		if !r.prevCR {
			r.line++
		}
	case b == '\r':
		r.line++
	}
	r.prevCR = b == '\r'
}

// problem returns e, making it fatal and sticky in strict mode.
func (r *Reader) problem(e *SyntaxError) error {
	if r.cfg.Strict {
		e.fatal = true
		r.err = e
	}
	return e
}

func (r *Reader) fail(err error) (Segment, error) {
	r.err = err
	return Segment{}, err
}

func (r *Reader) ioError(err error) error {
	return &SyntaxError{Segment: r.index, Line: r.line, Offset: r.off, Msg: "read error: " + err.Error(), Err: err, fatal: true}
}

func (r *Reader) checkBOM() error {
	p, _ := r.br.Peek(4)
	switch {
	case len(p) >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF:
		for i := 0; i < 3; i++ {
			if _, err := r.readByte(); err != nil {
				return r.ioError(err)
			}
		}
	case len(p) >= 2 && ((p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE)):
		return fatalError(r.pos(), "", ErrBinaryInput, "input starts with a UTF-16/UTF-32 byte-order mark; transcode it to ASCII, UTF-8 or ISO 8859-1")
	case len(p) >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF:
		return fatalError(r.pos(), "", ErrBinaryInput, "input starts with a UTF-32 byte-order mark; transcode it to ASCII, UTF-8 or ISO 8859-1")
	}
	return nil
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == '\v'
}

// Next returns the next segment. See the Reader documentation for the
// meaning of errors.
func (r *Reader) Next() (Segment, error) {
	if r.err != nil {
		return Segment{}, r.err
	}
	if r.done {
		r.err = io.EOF
		return Segment{}, io.EOF
	}
	if !r.started {
		r.started = true
		if err := r.checkBOM(); err != nil {
			return r.fail(err)
		}
	}
	// Skip padding between segments.
	for {
		b, err := r.br.ReadByte()
		if err == io.EOF {
			return r.fail(io.EOF)
		}
		if err != nil {
			return r.fail(r.ioError(err))
		}
		if isSpace(b) && b != r.delims.Terminator {
			r.count(b)
			continue
		}
		_ = r.br.UnreadByte()
		break
	}
	if p, _ := r.br.Peek(3); string(p) == "UNA" {
		return r.readUNA()
	}
	r.index++
	pos := r.pos()
	r.smartQuote = false
	raw, brk, terminated, err := r.readRaw(pos)
	if err != nil {
		return r.fail(err)
	}
	if !terminated {
		r.done = true
		if len(raw) == 0 {
			return r.fail(io.EOF)
		}
		msg := "final segment has no terminator"
		if brk >= 0 && brk < len(raw) {
			msg += fmt.Sprintf("; %d bytes after its first line ignored", len(raw)-brk)
			raw = raw[:brk]
		}
		seg, segErr := r.build(raw, pos)
		if segErr != nil {
			return seg, segErr
		}
		return seg, r.problem(newSyntaxError(pos, seg.Tag, ErrUnterminated, "%s", msg))
	}
	seg, err := r.build(raw, pos)
	if err == nil && r.smartQuote {
		err = r.problem(newSyntaxError(pos, seg.Tag, ErrTypographicQuote,
			"segment ended by U+2019 (typographic apostrophe) instead of \"'\""))
	}
	return seg, err
}

// readUNA reads the service string advice: "UNA" and six service
// characters.
func (r *Reader) readUNA() (Segment, error) {
	pos := Position{Index: 0, Offset: r.off, Line: r.line}
	for i := 0; i < 3; i++ {
		if _, err := r.readByte(); err != nil {
			return r.fail(r.ioError(err))
		}
	}
	var chars []int
	for len(chars) < 6 {
		p, _ := r.br.Peek(1)
		if len(p) == 0 {
			break
		}
		b := p[0]
		if b == '\r' || b == '\n' {
			break
		}
		if len(chars) > 0 {
			// A UNA cut short and followed directly by UNB.
			if q, _ := r.br.Peek(3); string(q) == "UNB" {
				break
			}
		}
		if b == 0 {
			return r.fail(fatalError(pos, "UNA", ErrBinaryInput, "NUL byte in UNA"))
		}
		if _, err := r.readByte(); err != nil {
			return r.fail(r.ioError(err))
		}
		if b < 0x80 {
			chars = append(chars, int(b))
			continue
		}
		// Consume the rest of a UTF-8 sequence so that it counts as one
		// character.
		seq := []byte{b}
		if b >= 0xC0 {
			for k := 0; k < 3; k++ {
				q, _ := r.br.Peek(1)
				if len(q) == 0 || q[0]&0xC0 != 0x80 {
					break
				}
				if _, err := r.readByte(); err != nil {
					return r.fail(r.ioError(err))
				}
				seq = append(seq, q[0])
			}
		}
		if string(seq) == "\u2019" {
			chars = append(chars, apostropheU2019)
			continue
		}
		chars = append(chars, -1)
	}
	d, problem := delimitersFromUNA(chars)
	if len(chars) == 5 && chars[2] >= 0 && (chars[2] == '.' || chars[2] == ',') {
		// Five characters with a decimal mark in third place: the
		// repetition separator was dropped instead.
		alt := []int{chars[0], chars[1], chars[2], chars[3], ' ', chars[4]}
		if d2, p2 := delimitersFromUNA(alt); p2 == "" {
			d = d2
			problem = "UNA has 5 service characters; repetition separator assumed missing"
		}
	}
	r.delims = d
	r.charset = ""
	seg := Segment{Tag: "UNA", Elements: [][]string{{d.String()}}, Pos: pos}
	if problem != "" {
		return seg, r.problem(newSyntaxError(pos, "UNA", ErrServiceString, "%s", problem))
	}
	return seg, nil
}

// readRaw reads the bytes of one segment up to its unreleased terminator.
// Line breaks are dropped; brk is the length of raw at the first one (or -1).
// The release character is kept in raw so that split can honour it.
func (r *Reader) readRaw(pos Position) (raw []byte, brk int, terminated bool, err error) {
	d := r.delims
	raw = r.raw[:0]
	brk = -1
	escaped := false
	n := 0
	for {
		b, e := r.br.ReadByte()
		if e == io.EOF {
			r.raw = raw
			return raw, brk, false, nil
		}
		if e != nil {
			return nil, 0, false, r.ioError(e)
		}
		r.count(b)
		n++
		if n > r.cfg.MaxSegmentLength {
			return nil, 0, false, fatalError(pos, tagPrefix(raw), ErrSegmentTooLong,
				"segment exceeds %d bytes without a %q terminator", r.cfg.MaxSegmentLength, d.Terminator)
		}
		if b == 0 {
			return nil, 0, false, fatalError(pos, tagPrefix(raw), ErrBinaryInput, "NUL byte at byte %d", r.off-1)
		}
		if (b == '\r' || b == '\n') && b != d.Terminator && b != d.Element && b != d.Component && b != d.Release {
			if brk < 0 {
				brk = len(raw)
			}
			continue
		}
		if escaped {
			raw = append(raw, b)
			escaped = false
			continue
		}
		if d.Release != 0 && b == d.Release {
			raw = append(raw, b)
			escaped = true
			continue
		}
		if b == d.Terminator {
			r.raw = raw
			return raw, brk, true, nil
		}
		if b == 0xE2 && r.typographicTerminator() {
			// U+2019 (E2 80 99), a word processor's apostrophe, used as
			// the "'" terminator.
			if p, _ := r.br.Peek(2); len(p) == 2 && p[0] == 0x80 && p[1] == 0x99 {
				_, _ = r.readByte()
				_, _ = r.readByte()
				r.raw = raw
				r.smartQuote = true
				return raw, brk, true, nil
			}
		}
		raw = append(raw, b)
	}
}

// typographicTerminator reports whether U+2019 may stand for the segment
// terminator: the terminator is the apostrophe and the declared repertoire
// (anything but UNOW/UNOY UTF-8 levels) cannot hold U+2019 as data.
func (r *Reader) typographicTerminator() bool {
	return r.delims.Terminator == '\'' && r.charset != "UNOW" && r.charset != "UNOY"
}

func tagPrefix(raw []byte) string {
	if len(raw) < 3 {
		return ""
	}
	t := string(raw[:3])
	if validTag(t) {
		return t
	}
	return ""
}

func validTag(t string) bool {
	if len(t) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		c := t[i]
		if !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
			return false
		}
	}
	return true
}

// build splits raw into a Segment and checks its tag and encoding.
func (r *Reader) build(raw []byte, pos Position) (Segment, error) {
	utf8ok := utf8.Valid(raw)
	elems := r.split(raw, utf8ok)
	tag := strings.TrimSpace(elems[0][0])
	if !validTag(tag) {
		shown := tag
		if len(shown) > 20 {
			shown = shown[:20] + "..."
		}
		return Segment{Pos: pos}, r.problem(newSyntaxError(pos, "", ErrInvalidTag, "invalid segment tag %q; segment skipped", shown))
	}
	seg := Segment{Tag: tag, Pos: pos}
	if len(elems) > 1 {
		seg.Elements = elems[1:]
	}
	switch tag {
	case "UNB":
		r.charset = strings.ToUpper(strings.TrimSpace(seg.Value(0, 0)))
	case "UNZ":
		// The interchange ends: the next one uses the defaults unless it
		// has its own UNA (ISO 9735).
		defer func() { r.delims = DefaultDelimiters }()
	}
	if !utf8ok && r.charset != "UNOC" {
		id := r.charset
		if id == "" {
			id = "none"
		}
		return seg, r.problem(newSyntaxError(pos, tag, ErrInvalidUTF8,
			"invalid UTF-8 under syntax identifier %s; decoded as ISO 8859-1", id))
	}
	return seg, nil
}

// split cuts raw into elements and components, removing release characters.
// It always returns at least one element with at least one component.
func (r *Reader) split(raw []byte, utf8ok bool) [][]string {
	d := r.delims
	elems := make([][]string, 0, 8)
	comps := make([]string, 0, 4)
	cur := r.buf[:0]
	flush := func() {
		comps = append(comps, decode(cur, utf8ok))
		cur = cur[:0]
	}
	for i := 0; i < len(raw); i++ {
		b := raw[i]
		switch {
		case d.Release != 0 && b == d.Release:
			if i+1 < len(raw) {
				i++
				cur = append(cur, raw[i])
			} else {
				cur = append(cur, b)
			}
		case b == d.Component:
			flush()
		case b == d.Element:
			flush()
			elems = append(elems, comps)
			comps = make([]string, 0, 4)
		default:
			cur = append(cur, b)
		}
	}
	flush()
	elems = append(elems, comps)
	r.buf = cur[:0]
	return elems
}

// decode converts bytes to a string: as is when the segment is valid UTF-8,
// else as ISO 8859-1.
func decode(b []byte, utf8ok bool) string {
	if utf8ok {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// ReadAll reads every segment from r. Recoverable problems are returned in
// the Errors list; a fatal error ends reading and is returned with the
// segments read so far.
func ReadAll(r io.Reader, opts ...Option) ([]Segment, Errors, error) {
	rd := NewReader(r, opts...)
	var segs []Segment
	var problems Errors
	for {
		seg, err := rd.Next()
		if err == io.EOF {
			return segs, problems, nil
		}
		if err != nil {
			if !IsRecoverable(err) {
				return segs, problems, err
			}
			problems = append(problems, err)
		}
		if seg.Tag != "" {
			segs = append(segs, seg)
		}
	}
}
