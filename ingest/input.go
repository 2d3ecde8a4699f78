package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// guard wraps an input so that no record can make the decoders buffer
// without bound: it fails once a line grows past maxLine bytes (CSV) or a
// record's bytes pass the budget set before each record (JSON, and
// multi-line CSV records). It also counts lines, and for JSON keeps the
// offsets of recent newlines to turn byte offsets into line numbers.
type guard struct {
	r       io.Reader
	maxLine int64 // longest line allowed; 0 for none
	lineLen int64 // bytes since the last newline
	lines   int   // newlines read
	read    int64 // bytes read
	limit   int64 // read budget end; 0 for none
	err     error

	track bool    // keep newline offsets for lineAt
	nls   []int64 // offsets of newlines not yet passed by lineAt
	base  int     // newlines before nls[0]
}

// Read implements io.Reader.
func (g *guard) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if g.limit > 0 {
		if g.read >= g.limit {
			g.err = &ParseError{Line: g.lines + 1, Err: fmt.Errorf("%w: a record is larger than %d bytes", ErrRecordTooLarge, g.maxRecord())}
			return 0, g.err
		}
		if rem := g.limit - g.read; int64(len(p)) > rem {
			p = p[:rem]
		}
	}
	n, err := g.r.Read(p)
	chunk := p[:n]
	for len(chunk) > 0 {
		i := bytes.IndexByte(chunk, '\n')
		if i < 0 {
			g.lineLen += int64(len(chunk))
			break
		}
		g.lineLen += int64(i)
		if g.maxLine > 0 && g.lineLen > g.maxLine {
			break
		}
		if g.track {
			g.nls = append(g.nls, g.read+int64(n-len(chunk)+i))
		}
		g.lines++
		g.lineLen = 0
		chunk = chunk[i+1:]
	}
	g.read += int64(n)
	if g.maxLine > 0 && g.lineLen > g.maxLine {
		g.err = &ParseError{Line: g.lines + 1, Err: fmt.Errorf("%w: line is longer than %d bytes", ErrLineTooLong, g.maxLine)}
		return 0, g.err
	}
	return n, err
}

// budget is the slack allowed beyond a record's own limit for the
// decoders' read-ahead.
const budgetSlack = 256 << 10

// setBudget allows reading up to max bytes (plus read-ahead slack) past
// offset off.
func (g *guard) setBudget(off, max int64) { g.limit = off + 2*max + budgetSlack }

func (g *guard) maxRecord() int64 {
	if g.maxLine > 0 {
		return g.maxLine
	}
	return g.limit
}

// lineAt returns the 1-based line of byte offset off. Offsets must not
// decrease from call to call.
func (g *guard) lineAt(off int64) int {
	for len(g.nls) > 0 && g.nls[0] < off {
		g.nls = g.nls[1:]
		g.base++
	}
	if len(g.nls) == 0 && cap(g.nls) > 1024 {
		g.nls = nil
	}
	return g.base + 1
}

// openInput reads past a UTF-8 byte order mark and refuses UTF-16. The
// returned reader is buffered; its first bytes can be peeked.
func openInput(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(head, utf8BOM):
		br.Discard(3)
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return nil, &ParseError{Line: 1, Err: ErrUTF16}
	}
	return br, nil
}
