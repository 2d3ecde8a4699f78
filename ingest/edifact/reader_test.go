package edifact

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// segTags renders segments compactly for comparisons: TAG then elements.
type flat struct {
	Tag      string
	Elements [][]string
}

func flatten(segs []Segment) []flat {
	out := make([]flat, 0, len(segs))
	for _, s := range segs {
		out = append(out, flat{Tag: s.Tag, Elements: s.Elements})
	}
	return out
}

func TestReaderSegments(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []flat
		delim Delimiters
	}{
		{
			name:  "defaults without UNA",
			input: "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'",
			want: []flat{
				{"UNB", [][]string{{"UNOA", "4"}, {"S"}, {"R"}, {"200101", "1200"}, {"1"}}},
				{"UNH", [][]string{{"1"}, {"PAXLST", "D", "05B", "UN", "IATA"}}},
			},
			delim: DefaultDelimiters,
		},
		{
			name:  "release character makes separators literal",
			input: "FTX+AAA+++A?+B?:C?'D??E'",
			want:  []flat{{"FTX", [][]string{{"AAA"}, {""}, {""}, {"A+B:C'D?E"}}}},
			delim: DefaultDelimiters,
		},
		{
			name:  "custom separators UNA*|.\\ ~",
			input: "UNA*|.\\ ~UNB|UNOA*4|S|R~NAD|FL|||DOE*JOHN\\|JR\\~\\*X\\\\Y~",
			want: []flat{
				{"UNA", [][]string{{"*|.\\ ~"}}},
				{"UNB", [][]string{{"UNOA", "4"}, {"S"}, {"R"}}},
				{"NAD", [][]string{{"FL"}, {""}, {""}, {"DOE", "JOHN|JR~*X\\Y"}}},
			},
			delim: Delimiters{Component: '*', Element: '|', Decimal: '.', Release: '\\', Repetition: ' ', Terminator: '~'},
		},
		{
			name:  "UNA with star data element separator and dollar terminator",
			input: "UNA:*.? $\nUNB*UNOA:4*SDT:ZZ$\nUNG *PAXLST$\nBGM*745$\n",
			want: []flat{
				{"UNA", [][]string{{":*.? $"}}},
				{"UNB", [][]string{{"UNOA", "4"}, {"SDT", "ZZ"}}},
				{"UNG", [][]string{{"PAXLST"}}},
				{"BGM", [][]string{{"745"}}},
			},
			delim: Delimiters{Component: ':', Element: '*', Decimal: '.', Release: '?', Repetition: ' ', Terminator: '$'},
		},
		{
			name:  "whitespace, CRLF and wrapped lines",
			input: "  UNA:+.?*'\r\n UNB+IATA:1+DL'\r\n\r\n\tSSR+DOCS:HK::DL:::::/P/GBR/1/GBR/12JUL64/M/23AUG19/SMITHJ\r\nR/JOHN'  \n",
			want: []flat{
				{"UNA", [][]string{{":+.?*'"}}},
				{"UNB", [][]string{{"IATA", "1"}, {"DL"}}},
				{"SSR", [][]string{{"DOCS", "HK", "", "DL", "", "", "", "", "/P/GBR/1/GBR/12JUL64/M/23AUG19/SMITHJR/JOHN"}}},
			},
			delim: Delimiters{Component: ':', Element: '+', Decimal: '.', Release: '?', Repetition: '*', Terminator: '\''},
		},
		{
			name:  "release before a line break applies to the next character",
			input: "IFT+4:28+CTCE A..B?\n+C//X.COM'",
			want:  []flat{{"IFT", [][]string{{"4", "28"}, {"CTCE A..B+C//X.COM"}}}},
			delim: DefaultDelimiters,
		},
		{
			name:  "empty segments and trailing empty elements",
			input: "SRC'DAT'TVL+++++474:U'",
			want: []flat{
				{"SRC", nil},
				{"DAT", nil},
				{"TVL", [][]string{{""}, {""}, {""}, {""}, {"474", "U"}}},
			},
			delim: DefaultDelimiters,
		},
		{
			name:  "UTF-8 byte-order mark is skipped",
			input: "\xEF\xBB\xBFUNB+UNOW:4+S+R'",
			want:  []flat{{"UNB", [][]string{{"UNOW", "4"}, {"S"}, {"R"}}}},
			delim: DefaultDelimiters,
		},
		{
			name:  "UTF-8 text kept as is",
			input: "UNB+UNOW:4'NAD+FL+++MÜLLER:JOSÉ'",
			want: []flat{
				{"UNB", [][]string{{"UNOW", "4"}}},
				{"NAD", [][]string{{"FL"}, {""}, {""}, {"MÜLLER", "JOSÉ"}}},
			},
			delim: DefaultDelimiters,
		},
		{
			name:  "ISO 8859-1 under UNOC is decoded silently",
			input: "UNB+UNOC:3'NAD+FL+++M\xdcLLER:JOS\xc9'",
			want: []flat{
				{"UNB", [][]string{{"UNOC", "3"}}},
				{"NAD", [][]string{{"FL"}, {""}, {""}, {"MÜLLER", "JOSÉ"}}},
			},
			delim: DefaultDelimiters,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs, problems, err := ReadAll(strings.NewReader(tt.input))
			if err != nil {
				t.Fatalf("ReadAll: %v", err)
			}
			if len(problems) > 0 {
				t.Errorf("unexpected problems: %v", problems)
			}
			if diff := cmp.Diff(tt.want, flatten(segs), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("segments (-want +got):\n%s", diff)
			}
			r := NewReader(strings.NewReader(tt.input))
			for {
				if _, err := r.Next(); err != nil {
					break
				}
			}
			if got := r.Delimiters(); got != tt.delim {
				t.Errorf("delimiters = %q, want %q", got.String(), tt.delim.String())
			}
		})
	}
}

func TestReaderPositions(t *testing.T) {
	input := "UNA:+.? '\nUNB+UNOA:4'\r\nUNH+1'\rBGM+745'  NAD+FL'"
	r := NewReader(strings.NewReader(input))
	want := []struct {
		tag string
		pos Position
	}{
		{"UNA", Position{Index: 0, Offset: 0, Line: 1}},
		{"UNB", Position{Index: 1, Offset: 10, Line: 2}},
		{"UNH", Position{Index: 2, Offset: 23, Line: 3}},
		{"BGM", Position{Index: 3, Offset: 30, Line: 4}},
		{"NAD", Position{Index: 4, Offset: 40, Line: 4}},
	}
	for _, w := range want {
		seg, err := r.Next()
		if err != nil {
			t.Fatalf("%s: %v", w.tag, err)
		}
		if seg.Tag != w.tag || seg.Pos != w.pos {
			t.Errorf("got %s at %+v, want %s at %+v", seg.Tag, seg.Pos, w.tag, w.pos)
		}
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("after last segment: %v, want io.EOF", err)
	}
}

func TestReaderRecoverableProblems(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		category error
		wantTags []string
	}{
		{"invalid tag is skipped", "UNB+UNOA:4'ab+1'NAD+FL'", ErrInvalidTag, []string{"UNB", "NAD"}},
		{"empty segment is skipped", "UNB+UNOA:4''NAD+FL'", ErrInvalidTag, []string{"UNB", "NAD"}},
		{"latin-1 under UNOA", "UNB+UNOA:4'NAD+FL+++NOV\x87K'", ErrInvalidUTF8, []string{"UNB", "NAD"}},
		{"unterminated final segment", "UNB+UNOA:4'UNZ+1+1", ErrUnterminated, []string{"UNB", "UNZ"}},
		{"unterminated final segment with trailing lines", "UNB+UNOA:4'UNZ+1+1\n\nsome note", ErrUnterminated, []string{"UNB", "UNZ"}},
		{"UNA with five characters", "UNA:+\\*'\nUNB+IATA:1'LTS+A \\*1A\\*'", ErrServiceString, []string{"UNA", "UNB", "LTS"}},
		{"UNA with typographic apostrophe", "UNA:+.\\*\u2019 UNB+IATA:1'", ErrServiceString, []string{"UNA", "UNB"}},
		{"UNA with unusable separators", "UNA::::::UNB+UNOA:4'", ErrServiceString, []string{"UNA", "UNB"}},
		{"typographic apostrophe as terminator", "UNB+IATA:1'RCI+1A:ABC\u2019\nDAT+700:010113'", ErrTypographicQuote, []string{"UNB", "RCI", "DAT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs, problems, err := ReadAll(strings.NewReader(tt.input))
			if err != nil {
				t.Fatalf("fatal error: %v", err)
			}
			var tags []string
			for _, s := range segs {
				tags = append(tags, s.Tag)
			}
			if diff := cmp.Diff(tt.wantTags, tags); diff != "" {
				t.Errorf("tags (-want +got):\n%s", diff)
			}
			found := false
			for _, p := range problems {
				if errors.Is(p, tt.category) {
					found = true
					if !IsRecoverable(p) {
						t.Errorf("%v should be recoverable", p)
					}
				}
			}
			if !found {
				t.Errorf("problems %v lack %v", problems, tt.category)
			}
			// Strict mode turns the problem into a fatal error.
			_, _, err = ReadAll(strings.NewReader(tt.input), Strict())
			if !errors.Is(err, tt.category) {
				t.Errorf("strict: err = %v, want %v", err, tt.category)
			}
		})
	}
}

func TestReaderRepairsUNA(t *testing.T) {
	r := NewReader(strings.NewReader("UNA:+\\*'\nUNB+IATA:1'LTS+0/O/SS/LK \\*1A/E\\*'"))
	var lts Segment
	for {
		seg, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil && !IsRecoverable(err) {
			t.Fatal(err)
		}
		if seg.Tag == "LTS" {
			lts = seg
		}
	}
	if got, want := lts.Value(0, 0), "0/O/SS/LK *1A/E*"; got != want {
		t.Errorf("LTS text = %q, want %q", got, want)
	}
	want := Delimiters{Component: ':', Element: '+', Decimal: '.', Release: '\\', Repetition: '*', Terminator: '\''}
	if r.Delimiters() != want {
		t.Errorf("delimiters %q, want %q", r.Delimiters().String(), want.String())
	}
}

func TestReaderFatalEncoding(t *testing.T) {
	tests := []struct {
		name  string
		input string
	}{
		{"UTF-16 LE BOM", "\xFF\xFEU\x00N\x00B\x00"},
		{"UTF-16 BE BOM", "\xFE\xFF\x00U\x00N\x00B"},
		{"UTF-32 BE BOM", "\x00\x00\xFE\xFF"},
		{"NUL byte", "UNB+UNOA:4'NAD+F\x00L'"},
		{"UTF-16 without BOM", "U\x00N\x00B\x00+\x00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.input))
			var err error
			for err == nil {
				_, err = r.Next()
			}
			if !errors.Is(err, ErrBinaryInput) {
				t.Fatalf("err = %v, want ErrBinaryInput", err)
			}
			if IsRecoverable(err) {
				t.Errorf("%v should be fatal", err)
			}
			if _, again := r.Next(); again != err {
				t.Errorf("error not sticky: %v", again)
			}
		})
	}
}

// endlessReader yields a prefix then the same byte forever, counting what
// was read.
type endlessReader struct {
	prefix string
	fill   byte
	limit  int64
	read   int64
}

func (e *endlessReader) Read(p []byte) (int, error) {
	if e.read >= e.limit {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && e.read < e.limit {
		if e.read < int64(len(e.prefix)) {
			p[n] = e.prefix[e.read]
		} else {
			p[n] = e.fill
		}
		n++
		e.read++
	}
	return n, nil
}

func TestFiftyMegabyteLineFailsFastWithBoundedMemory(t *testing.T) {
	const size = 50 << 20
	src := &endlessReader{prefix: "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'NAD+FL+++", fill: 'A', limit: size}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	mr := NewMessageReader(src)
	var err error
	for err == nil {
		_, err = mr.Next()
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrSegmentTooLong) {
		t.Fatalf("err = %v, want ErrSegmentTooLong", err)
	}
	if !strings.Contains(err.Error(), "segment 3 (NAD)") {
		t.Errorf("error %q should name the segment", err)
	}
	if src.read > 1<<20 {
		t.Errorf("read %d bytes before failing; want at most 1 MiB", src.read)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 8<<20 {
		t.Errorf("allocated %d bytes; want at most 8 MiB", grew)
	}
	if elapsed > 5*time.Second {
		t.Errorf("took %v", elapsed)
	}
}

func TestMaxSegmentLengthOption(t *testing.T) {
	input := "UNB+UNOA:4'FTX+" + strings.Repeat("X", 200) + "'"
	_, _, err := ReadAll(strings.NewReader(input), WithMaxSegmentLength(100))
	if !errors.Is(err, ErrSegmentTooLong) {
		t.Fatalf("err = %v, want ErrSegmentTooLong", err)
	}
	if _, _, err := ReadAll(strings.NewReader(input), WithMaxSegmentLength(1000)); err != nil {
		t.Fatalf("err = %v with a larger limit", err)
	}
}

func TestSyntaxErrorText(t *testing.T) {
	e := &SyntaxError{Segment: 12, Line: 14, Offset: 345, Tag: "DTM", Msg: "bad date", Err: ErrEnvelope}
	if got, want := e.Error(), "edifact: line 14, segment 12 (DTM), byte 345: bad date"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(e, ErrEnvelope) {
		t.Error("errors.Is should see the category")
	}
}

func TestSegmentAccessorsNeverPanic(t *testing.T) {
	s := Segment{Tag: "TIF", Elements: [][]string{{"SMITH"}, {"JOHN", "A"}}}
	cases := []struct {
		i, j int
		want string
	}{{0, 0, "SMITH"}, {1, 1, "A"}, {1, 5, ""}, {5, 0, ""}, {-1, 0, ""}, {0, -1, ""}}
	for _, c := range cases {
		if got := s.Value(c.i, c.j); got != c.want {
			t.Errorf("Value(%d,%d) = %q, want %q", c.i, c.j, got, c.want)
		}
	}
	if s.Element(9) != nil {
		t.Error("Element(9) should be nil")
	}
	if got, want := (Segment{Tag: "FTX", Elements: [][]string{{"A+B"}, {"C:D", "E'F"}}}).String(), "FTX+A?+B+C?:D:E?'F'"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// TestSharedSamplesTokenize runs the lexer over every sample shipped with
// the paxlst and pnrgov packages.
func TestSharedSamplesTokenize(t *testing.T) {
	files, _ := filepath.Glob("../paxlst/testdata/*__*")
	more, _ := filepath.Glob("../pnrgov/testdata/*__*")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no samples")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		segs, _, err := ReadAll(strings.NewReader(string(data)))
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		if len(segs) < 5 {
			t.Errorf("%s: only %d segments", filepath.Base(f), len(segs))
		}
		for i := 1; i < len(segs); i++ {
			if segs[i].Pos.Offset <= segs[i-1].Pos.Offset {
				t.Errorf("%s: offsets not increasing at %v", filepath.Base(f), segs[i].Pos)
				break
			}
		}
	}
}
