package edifact

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// FuzzEDIFACT feeds arbitrary bytes to the segment reader and the envelope
// reader. Neither may panic, loop forever or return segments that break the
// documented invariants.
func FuzzEDIFACT(f *testing.F) {
	seeds := []string{
		twoMessages,
		"UNA*|.\\ ~UNB|UNOA*4|S|R~UNH|1|PAXLST*D*05B*UN*IATA~BGM|745~UNT|3|1~UNZ|1|1~",
		"UNA:+\\*'\nUNB+IATA:1'UNH+1+PNRGOV:11:1:IA'LTS+A \\*1A\\*'UNT+3+1'UNZ+1+1'",
		"UNA:+.\\*\u2019 UNB+IATA:1'RCI+1A:ABC\u2019\nUNZ+0+1",
		"UNB+UNOC:3'NAD+FL+++M\xdcLLER'",
		"\xEF\xBB\xBFUNB+UNOA:4'UNH+1+X'UNT+2+1'UNZ+1'garbage",
		"UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	for _, pattern := range []string{"../paxlst/testdata/*__*", "../pnrgov/testdata/*__*"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if data, err := os.ReadFile(name); err == nil && len(data) < 16<<10 {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data), WithMaxSegmentLength(4096))
		lastIndex := -1
		var lastOffset int64 = -1
		for i := 0; ; i++ {
			if i > len(data)+10 {
				t.Fatalf("reader did not end after %d segments", i)
			}
			seg, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil && !IsRecoverable(err) {
				break
			}
			if seg.Tag == "" {
				continue
			}
			if seg.Tag != "UNA" && !validTag(seg.Tag) {
				t.Fatalf("invalid tag %q returned", seg.Tag)
			}
			if seg.Tag != "UNA" && seg.Pos.Index <= lastIndex {
				t.Fatalf("segment index went from %d to %d", lastIndex, seg.Pos.Index)
			}
			if seg.Pos.Offset <= lastOffset || seg.Pos.Offset > int64(len(data)) {
				t.Fatalf("offset %d after %d (input %d bytes)", seg.Pos.Offset, lastOffset, len(data))
			}
			if seg.Tag != "UNA" {
				lastIndex = seg.Pos.Index
			}
			lastOffset = seg.Pos.Offset
			_ = seg.String()
		}

		for _, opts := range [][]Option{nil, {Strict()}} {
			mr := NewMessageReader(bytes.NewReader(data), append(opts, WithMaxSegmentLength(4096))...)
			for i := 0; ; i++ {
				if i > len(data)+10 {
					t.Fatalf("message reader did not end after %d messages", i)
				}
				m, err := mr.Next()
				if m != nil {
					if m.Interchange == nil {
						t.Fatal("message without interchange")
					}
					_ = m.Errors.Err()
				}
				if err != nil {
					if _, again := mr.Next(); again != err {
						t.Fatalf("error not sticky: %v then %v", err, again)
					}
					break
				}
			}
		}
	})
}
