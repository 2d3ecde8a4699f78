package edifact

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// readMessages reads every message, returning them and the final error
// (nil at a clean end).
func readMessages(t *testing.T, input string, opts ...Option) ([]*Message, error) {
	t.Helper()
	mr := NewMessageReader(strings.NewReader(input), opts...)
	var out []*Message
	for i := 0; i < 1000; i++ {
		m, err := mr.Next()
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
	t.Fatal("MessageReader did not end")
	return nil, nil
}

func hasCategory(es Errors, category error) bool {
	for _, e := range es {
		if errors.Is(e, category) {
			return true
		}
	}
	return false
}

const twoMessages = "UNA:+.? '" +
	"UNB+UNOA:4+AIR1+DHS+070218:1545+000006640++DHS'" +
	"UNH+M1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++A:B'UNT+4+M1'" +
	"UNH+M2+PAXLST:D:05B:UN:IATA'BGM+250'UNT+3+M2'" +
	"UNZ+2+000006640'"

func TestMessageReaderSeveralMessages(t *testing.T) {
	msgs, err := readMessages(t, twoMessages)
	if err != nil {
		t.Fatal(err)
	}
	type summary struct {
		Index               int
		Ref, Type, Version  string
		Release, Agency     string
		Association         string
		Tags                []string
		Errors              int
		InterchangeRef      string
		Sender, Recipient   string
		SyntaxID, SyntaxVer string
	}
	var got []summary
	for _, m := range msgs {
		s := summary{Index: m.Index, Ref: m.Ref, Type: m.Type, Version: m.Version, Release: m.Release, Agency: m.Agency,
			Association: m.AssociationCode, Errors: len(m.Errors), InterchangeRef: m.Interchange.ControlRef,
			Sender: m.Interchange.Sender, Recipient: m.Interchange.Recipient,
			SyntaxID: m.Interchange.SyntaxID, SyntaxVer: m.Interchange.SyntaxVersion}
		for _, seg := range m.Segments {
			s.Tags = append(s.Tags, seg.Tag)
		}
		got = append(got, s)
	}
	want := []summary{
		{1, "M1", "PAXLST", "D", "05B", "UN", "IATA", []string{"BGM", "NAD"}, 0, "000006640", "AIR1", "DHS", "UNOA", "4"},
		{2, "M2", "PAXLST", "D", "05B", "UN", "IATA", []string{"BGM"}, 0, "000006640", "AIR1", "DHS", "UNOA", "4"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messages (-want +got):\n%s", diff)
	}
	if p := msgs[0].Interchange.Prepared; !p.Equal(time.Date(2007, 2, 18, 15, 45, 0, 0, time.UTC)) {
		t.Errorf("prepared = %v", p)
	}
	if msgs[0].Interchange != msgs[1].Interchange {
		t.Error("messages of one interchange should share it")
	}
}

func TestMessageReaderSeveralInterchanges(t *testing.T) {
	input := twoMessages + "\n" +
		"UNA*|.\\ ~UNB|UNOC*3|S2|R2|20200101*0900|77~UNG|PNRGOV|S2|R2|200101*0900|5|IA|13*1~" +
		"UNH|1|PNRGOV*13*1*IA~MSG|*22~UNT|3|1~UNE|1|5~UNZ|1|77~"
	msgs, err := readMessages(t, input)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 3 {
		t.Fatalf("got %d messages, want 3", len(msgs))
	}
	m := msgs[2]
	if m.Interchange.ControlRef != "77" || m.Group == nil || m.Group.Version != "13:1" || m.Group.ID != "PNRGOV" {
		t.Errorf("third message envelope: %+v group %+v", m.Interchange, m.Group)
	}
	if m.Interchange.Delimiters.Element != '|' {
		t.Errorf("delimiters %q", m.Interchange.Delimiters.String())
	}
	for _, mm := range msgs {
		if len(mm.Errors) > 0 {
			t.Errorf("message %d: unexpected %v", mm.Index, mm.Errors)
		}
	}
}

func TestDelimitersResetAfterUNZ(t *testing.T) {
	input := "UNA*|.\\ ~UNB|UNOA*4|S|R|200101*1200|1~UNH|1|X~UNT|2|1~UNZ|1|1~\n" +
		"UNB+UNOA:4+S+R+200101:1200+2'UNH+1+Y'UNT+2+1'UNZ+1+2'"
	msgs, err := readMessages(t, input)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 2 || msgs[1].Type != "Y" || len(msgs[1].Errors) != 0 || msgs[1].Interchange.Delimiters != DefaultDelimiters {
		t.Fatalf("second interchange not read with default delimiters: %d messages", len(msgs))
	}
}

func TestMessageReaderEnvelopeProblems(t *testing.T) {
	tests := []struct {
		name      string
		input     string
		wantMsgs  int
		category  error // recorded on the last message
		fatal     error // returned by Next at the end
		strictErr error // returned in strict mode
	}{
		{
			name:     "UNT segment count mismatch",
			input:    "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+9+1'UNZ+1+1'",
			wantMsgs: 1, category: ErrSegmentCount, strictErr: ErrSegmentCount,
		},
		{
			name:     "UNT reference mismatch",
			input:    "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+2'UNZ+1+1'",
			wantMsgs: 1, category: ErrControlReference, strictErr: ErrControlReference,
		},
		{
			name:     "UNZ count mismatch",
			input:    "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNZ+5+1'",
			wantMsgs: 1, category: ErrSegmentCount,
		},
		{
			name:     "missing UNT before next UNH",
			input:    "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNH+2+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+2'UNZ+2+1'",
			wantMsgs: 2, category: nil, strictErr: ErrTruncated,
		},
		{
			name:     "input ends inside a message",
			input:    "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL",
			wantMsgs: 1, category: ErrTruncated, fatal: ErrTruncated,
		},
		{
			name:     "input ends before UNZ",
			input:    "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'",
			wantMsgs: 1, fatal: ErrTruncated,
		},
		{
			name:     "trailing garbage after UNZ",
			input:    "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+1'\n13Nov09",
			wantMsgs: 1, category: ErrTrailingData, strictErr: ErrTrailingData,
		},
		{
			name:     "message without UNB",
			input:    "UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'",
			wantMsgs: 1, category: ErrEnvelope, fatal: ErrTruncated, strictErr: ErrEnvelope,
		},
		{
			name:     "segment outside any message",
			input:    "UNB+UNOA:4+S+R+200101:1200+1'BGM+745'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+1'",
			wantMsgs: 1, category: ErrEnvelope, strictErr: ErrEnvelope,
		},
		{
			name:     "no interchange at all",
			input:    "hello world",
			wantMsgs: 0, fatal: ErrNoInterchange,
		},
		{
			name:     "empty input",
			input:    "",
			wantMsgs: 0, fatal: ErrNoInterchange,
		},
		{
			name:     "functional group count mismatch",
			input:    "UNB+UNOA:4+S+R+200101:1200+1'UNG+PAXLST+S+R+200101:1200+9+UN+D:05B'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNE+2+9'UNZ+1+1'",
			wantMsgs: 1, category: ErrSegmentCount,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs, err := readMessages(t, tt.input)
			if len(msgs) != tt.wantMsgs {
				t.Fatalf("got %d messages, want %d (err %v)", len(msgs), tt.wantMsgs, err)
			}
			if tt.fatal == nil && err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			if tt.fatal != nil && !errors.Is(err, tt.fatal) {
				t.Fatalf("err = %v, want %v", err, tt.fatal)
			}
			if tt.category != nil && !hasCategory(msgs[len(msgs)-1].Errors, tt.category) {
				t.Errorf("errors %v lack %v", msgs[len(msgs)-1].Errors, tt.category)
			}
			if tt.strictErr != nil {
				_, err := readMessages(t, tt.input, Strict())
				if !errors.Is(err, tt.strictErr) {
					t.Errorf("strict: err = %v, want %v", err, tt.strictErr)
				}
			}
		})
	}
}

func TestMessageReaderMissingUNTKeepsBothMessages(t *testing.T) {
	input := "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL'" +
		"UNH+2+PAXLST:D:05B:UN:IATA'BGM+250'UNT+3+2'UNZ+2+1'"
	msgs, err := readMessages(t, input)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 2 || msgs[0].Trailer != nil || msgs[1].Trailer == nil {
		t.Fatalf("messages: %d, trailers %v %v", len(msgs), msgs[0].Trailer, msgs[len(msgs)-1].Trailer)
	}
	if !hasCategory(msgs[0].Errors, ErrTruncated) {
		t.Errorf("first message errors %v lack ErrTruncated", msgs[0].Errors)
	}
	if len(msgs[0].Segments) != 2 || msgs[1].Segments[0].Value(0, 0) != "250" {
		t.Errorf("segments not split at UNH")
	}
}

func TestMessageReaderMaxMessageSegments(t *testing.T) {
	input := "UNB+UNOA:4+S+R+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'" + strings.Repeat("NAD+FL'", 50) + "UNT+52+1'UNZ+1+1'"
	_, err := readMessages(t, input, WithMaxMessageSegments(10))
	if !errors.Is(err, ErrMessageTooLarge) {
		t.Fatalf("err = %v, want ErrMessageTooLarge", err)
	}
}

func TestParseDTM(t *testing.T) {
	ref := time.Date(2014, 2, 2, 0, 0, 0, 0, time.UTC)
	d := func(y int, m time.Month, day, h, min int) time.Time {
		return time.Date(y, m, day, h, min, 0, 0, time.UTC)
	}
	tests := []struct {
		value, format string
		century       Century
		want          time.Time
		wantErr       bool
	}{
		{"720907", "", PastCentury(ref), d(1972, 9, 7, 0, 0), false},
		{"120907", "", PastCentury(ref), d(2012, 9, 7, 0, 0), false},
		{"150907", "", PastCentury(ref), d(1915, 9, 7, 0, 0), false},
		{"180221", "", NearCentury(ref), d(2018, 2, 21, 0, 0), false},
		{"0702191540", "201", NearCentury(ref), d(2007, 2, 19, 15, 40), false},
		{"19720907", "102", nil, d(1972, 9, 7, 0, 0), false},
		{"201402021530", "203", nil, d(2014, 2, 2, 15, 30), false},
		{"20140202153059", "204", nil, time.Date(2014, 2, 2, 15, 30, 59, 0, time.UTC), false},
		{"140230", "101", NearCentury(ref), time.Time{}, true},
		{"7209XX", "", NearCentury(ref), time.Time{}, true},
		{"72090", "", NearCentury(ref), time.Time{}, true},
		{"720907", "999", NearCentury(ref), time.Time{}, true},
		{"0702192540", "201", NearCentury(ref), time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := ParseDTM(tt.value, tt.format, tt.century)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseDTM(%q,%q) err = %v, wantErr %v", tt.value, tt.format, err, tt.wantErr)
			continue
		}
		if err != nil && !errors.Is(err, ErrDateFormat) {
			t.Errorf("ParseDTM(%q) error %v should wrap ErrDateFormat", tt.value, err)
		}
		if !got.Equal(tt.want) {
			t.Errorf("ParseDTM(%q,%q) = %v, want %v", tt.value, tt.format, got, tt.want)
		}
	}
}
