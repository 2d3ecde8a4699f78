package paxlst

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/borderlens/borderlens/ingest/edifact"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func samples(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/*__*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	return files
}

func parseFile(t testing.TB, name string, opts ...Option) ([]*Message, error) {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Parse(f, opts...)
}

// TestEverySampleParses loops over all shipped samples.
func TestEverySampleParses(t *testing.T) {
	for _, name := range samples(t) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			msgs, err := parseFile(t, name)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(msgs) == 0 {
				t.Fatal("no message")
			}
			for _, m := range msgs {
				if len(m.Flights) == 0 {
					t.Errorf("message %d: no flight", m.Index)
				}
				if len(m.Passengers) == 0 {
					t.Errorf("message %d: no passenger", m.Index)
				}
				for _, p := range m.Passengers {
					if p.Surname == "" {
						t.Errorf("message %d: person %d has no surname", m.Index, p.Index)
					}
				}
			}
		})
	}
}

// bigSamples get a summary golden instead of the full parse.
var bigSamples = map[string]bool{"loader__Test3.txt": true}

type summary struct {
	Messages, Flights, Passengers, Crew, Documents, Errors int
	Surnames                                               []string
}

func summarize(msgs []*Message) summary {
	var s summary
	for _, m := range msgs {
		s.Messages++
		s.Flights += len(m.Flights)
		s.Errors += len(m.Errors)
		for _, p := range m.Passengers {
			if p.Type == Crew {
				s.Crew++
			} else {
				s.Passengers++
			}
			s.Documents += len(p.Documents)
			s.Surnames = append(s.Surnames, p.Surname)
		}
	}
	return s
}

// TestGolden pins the parse of every sample; run with -update to rewrite.
func TestGolden(t *testing.T) {
	for _, name := range samples(t) {
		base := filepath.Base(name)
		t.Run(base, func(t *testing.T) {
			msgs, err := parseFile(t, name)
			if err != nil {
				t.Fatal(err)
			}
			var v any = msgs
			if bigSamples[base] {
				v = summarize(msgs)
			}
			got, err := json.MarshalIndent(v, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(base, filepath.Ext(base))+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s", golden, diff)
			}
		})
	}
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func clock(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, time.UTC)
}

func TestApisMessageDetails(t *testing.T) {
	msgs, err := parseFile(t, "testdata/parsers__apisMessage.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := msgs[0]
	wantLegs := []Leg{
		{Carrier: "AA", FlightNumber: "123", FlightID: "AA123", Origin: "ATL", Departure: clock(2007, 2, 19, 15, 40), Destination: "ORD", Arrival: clock(2007, 2, 19, 17, 40)},
		{Carrier: "AA", FlightNumber: "124", FlightID: "AA124", Origin: "ORD", Departure: clock(2007, 2, 19, 18, 40), Destination: "JFK", Arrival: clock(2007, 2, 19, 19, 55)},
	}
	if diff := cmp.Diff(wantLegs, m.Flights); diff != "" {
		t.Errorf("legs (-want +got):\n%s", diff)
	}
	p := m.Passengers[0]
	if p.Surname != "CLARK" || p.GivenNames != "MICHAEL" || p.Gender != "M" || !p.DateOfBirth.Equal(date(1972, 9, 7)) ||
		p.Embarkation != "ATL" || p.Debarkation != "JFK" || p.ReservationRef != "TYR123" || p.PassengerRef != "ABC123" {
		t.Errorf("first passenger: %+v", p)
	}
	if m.Version != "D:05B" || m.DocumentType != "745" || m.TransactionRef != "AJYTR1070219" || m.IsCrewList() {
		t.Errorf("header: %+v", m)
	}
}

const header = "UNA:+.? 'UNB+UNOA:4+APIS*ABE+USADHS+080708:0545+1++APIS'UNG+PAXLST+XYZ+USADHS+080708:0545+1+UN+D:05B'UNH+1+PAXLST:D:05B:UN:IATA'"
const trailer = "UNE+1+1'UNZ+1+1'"

// msg wraps body segments in an envelope with a correct UNT count.
func msg(body string) string {
	n := strings.Count(body, "'") + 2
	return header + body + "UNT+" + strconv.Itoa(n) + "+1'" + trailer
}

func TestConstructedMessages(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		check func(t *testing.T, m *Message)
	}{
		{
			name: "LOC 92 chain of three airports gives two legs",
			body: "BGM+745'TDT+20+QQ877+++QQ'LOC+92+MIA'DTM+189:0807101500:201'LOC+92+IAD'DTM+232:0807101755:201'DTM+189:0807101900:201'LOC+92+JFK'DTM+232:0807102000:201'" +
				"NAD+FL+++DOE:JANE'CNT+42:1'",
			check: func(t *testing.T, m *Message) {
				want := []Leg{
					{Carrier: "QQ", FlightNumber: "877", FlightID: "QQ877", Origin: "MIA", Departure: clock(2008, 7, 10, 15, 0), Destination: "IAD", Arrival: clock(2008, 7, 10, 17, 55)},
					{Carrier: "QQ", FlightNumber: "877", FlightID: "QQ877", Origin: "IAD", Departure: clock(2008, 7, 10, 19, 0), Destination: "JFK", Arrival: clock(2008, 7, 10, 20, 0)},
				}
				if diff := cmp.Diff(want, m.Flights); diff != "" {
					t.Errorf("legs (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "crew, in-transit and infant people",
			body: "BGM+250'TDT+20+UA0989'LOC+125+FRA'LOC+87+IAD'" +
				"NAD+FM+++STEUR:ANDREA'EMP+1+CR1:110:111'" +
				"NAD+DDT+++ROE:RICHARD'" +
				"NAD+DDU+++POE:PAT'" +
				"NAD+FL+++SMALL:BABY'ATT+2++FI'DTM+329:230101'CNT+41:2'CNT+42:2'",
			check: func(t *testing.T, m *Message) {
				type who struct {
					Surname   string
					Type      PersonType
					InTransit bool
					Infant    bool
					Gender    string
					Role      string
				}
				var got []who
				for _, p := range m.Passengers {
					got = append(got, who{p.Surname, p.Type, p.InTransit, p.Infant, p.Gender, p.CrewRole})
				}
				want := []who{
					{"STEUR", Crew, false, false, "", "CR1"},
					{"ROE", Crew, true, false, "", ""},
					{"POE", Passenger, true, false, "", ""},
					{"SMALL", Passenger, false, true, "F", ""},
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("people (-want +got):\n%s", diff)
				}
				if !m.IsCrewList() || m.Flights[0].Carrier != "UA" || m.Flights[0].FlightNumber != "0989" {
					t.Errorf("header/flight: %+v %+v", m.DocumentType, m.Flights)
				}
				if len(m.Errors) != 0 {
					t.Errorf("errors: %v", m.Errors)
				}
			},
		},
		{
			name: "person details: contacts, verification, bags, seat, documents",
			body: "BGM+745'TDT+20+AA123+++AA'LOC+125+ATL'LOC+87+LHR'" +
				"NAD+FL+++DOE:JOHN:PAUL+1 MAIN ST+ATLANTA+GA+30301+USA'ATT+2++M'DTM+329:19700101:102'" +
				"MEA+CT++:2'MEA+WT++KGM:32'GEI+4+173'FTX+BAG+++AA123456:2'" +
				"LOC+174+USA'LOC+178+ATL'LOC+179+LHR'LOC+180+:::ATLANTA USA'LOC+22+LHR'" +
				"COM+1 404 555 1212:TE+JOHN.DOE@EXAMPLE.COM:EM'NAT+2+USA'RFF+AVF:ABC123'RFF+SEA:012A'RFF+CR:X1'" +
				"DOC+P:110:111+123456789'DTM+36:300101'DTM+182:200101'LOC+91+USA'" +
				"DOC+V+V987'LOC+91+:::LONDON'CNT+42:1'",
			check: func(t *testing.T, m *Message) {
				verified := true
				want := Person{
					Index: 1, Type: Passenger, PartyFunction: "FL", Surname: "DOE", GivenNames: "JOHN PAUL", Gender: "M",
					DateOfBirth: date(1970, 1, 1), Nationality: "USA", CountryOfResidence: "USA", PlaceOfBirth: "ATLANTA USA",
					Embarkation: "ATL", Debarkation: "LHR", ClearancePlace: "LHR", Verified: &verified,
					Address: &Address{Street: "1 MAIN ST", City: "ATLANTA", Region: "GA", PostalCode: "30301", Country: "USA"},
					Phones:  []string{"1 404 555 1212"}, Emails: []string{"JOHN.DOE@EXAMPLE.COM"},
					Documents: []Document{
						{Type: "P", Number: "123456789", IssuingCountry: "USA", Expiry: date(2030, 1, 1), Issued: date(2020, 1, 1)},
						{Type: "V", Number: "V987", IssuePlace: "LONDON"},
					},
					ReservationRef: "ABC123", Seat: "12A",
					Baggage:    &Baggage{Count: 2, Weight: "32", WeightUnit: "KGM", Tags: []BagTag{{Tag: "AA123456", Count: 2}}},
					References: []Reference{{Qualifier: "CR", Value: "X1"}},
				}
				if diff := cmp.Diff(want, m.Passengers[0], cmpopts.IgnoreFields(Person{}, "Pos")); diff != "" {
					t.Errorf("person (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "D:02B message with custom separators",
			body: "",
			check: func(t *testing.T, m *Message) {
				if m.Version != "D:02B" || len(m.Passengers) != 1 || m.Passengers[0].Surname != "BETTON" {
					t.Errorf("got %+v", m)
				}
				if m.Passengers[0].Documents[0].Number != "178*556:534" {
					t.Errorf("released separators not literal: %q", m.Passengers[0].Documents[0].Number)
				}
			},
		},
		{
			name: "unknown segments are counted, not errors",
			body: "BGM+745'XYZ+1'TDT+20+AA1'LOC+125+ATL'LOC+87+LHR'QQQ+2'NAD+FL+++A:B'XYZ+3'CNT+42:1'",
			check: func(t *testing.T, m *Message) {
				if diff := cmp.Diff(map[string]int{"XYZ": 2, "QQQ": 1}, m.Unknown); diff != "" {
					t.Errorf("unknown (-want +got):\n%s", diff)
				}
				if len(m.Errors) != 0 {
					t.Errorf("errors: %v", m.Errors)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			input := msg(tt.body)
			if tt.body == "" {
				input = "UNA:*.? $UNB*UNOA:4*S*R*140211:1800*7$UNH*1*PAXLST:D:02B:UN:IATA$BGM*745$TDT*20*TN506$LOC*125*BRE$LOC*87*YEU$" +
					"NAD*FL***BETTON:DAVID:$DOC*P:110:111*178?*556?:534$CNT*42:1$UNT*9*1$UNZ*1*7$"
			}
			msgs, err := Parse(strings.NewReader(input))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(msgs) != 1 {
				t.Fatalf("%d messages", len(msgs))
			}
			tt.check(t, msgs[0])
		})
	}
}

func TestFieldErrorsNamePlace(t *testing.T) {
	input := msg("BGM+745'TDT+20+AA1'LOC+125+ATL'LOC+87+LHR'NAD+FL+++GOOD:ONE'DTM+329:700101'" +
		"NAD+FL+++BAD:DATE'DTM+329:7013XX'NAD+FL+++GOOD:TWO'CNT+42:3'")
	msgs, err := Parse(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	m := msgs[0]
	if len(m.Passengers) != 3 || m.Passengers[2].Surname != "GOOD" {
		t.Fatalf("good records lost: %+v", m.Passengers)
	}
	if len(m.Errors) != 1 {
		t.Fatalf("errors = %v, want one", m.Errors)
	}
	var fe *FieldError
	if !errors.As(m.Errors[0], &fe) {
		t.Fatalf("%T is not a *FieldError", m.Errors[0])
	}
	want := FieldError{Message: 1, Segment: 11, Line: 1, Tag: "DTM", Field: "date of birth", Value: "7013XX"}
	if diff := cmp.Diff(want, *fe, cmpopts.IgnoreFields(FieldError{}, "Err", "Offset")); diff != "" {
		t.Errorf("field error (-want +got):\n%s", diff)
	}
	if !errors.Is(fe, ErrInvalid) || !errors.Is(fe, edifact.ErrDateFormat) {
		t.Errorf("%v should wrap ErrInvalid and edifact.ErrDateFormat", fe)
	}
	if !strings.HasPrefix(fe.Error(), `paxlst: message 1, segment 11 (DTM), line 1: date of birth "7013XX": invalid value`) {
		t.Errorf("Error() = %q", fe.Error())
	}
	// Strict mode: the first problem is fatal.
	_, err = Parse(strings.NewReader(input), edifact.Strict())
	if !errors.As(err, &fe) {
		t.Errorf("strict: err = %v", err)
	}
}

func TestMessageLevelProblems(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  error
	}{
		{"count mismatch", msg("BGM+745'TDT+20+AA1'LOC+125+ATL'LOC+87+LHR'NAD+FL+++A:B'CNT+42:5'"), ErrCount},
		{"missing BGM and TDT", msg("NAD+FL+++A:B'CNT+42:1'"), ErrMissing},
		{"not a PAXLST", strings.Replace(msg("BGM+745'"), "PAXLST:D:05B", "CUSRES:D:05B", 1), ErrMessageType},
		{"UNT count mismatch", strings.Replace(msg("BGM+745'TDT+20+AA1'"), "UNT+4+1", "UNT+40+1", 1), edifact.ErrSegmentCount},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs, err := Parse(strings.NewReader(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, e := range msgs[0].Errors {
				found = found || errors.Is(e, tt.want)
			}
			if !found {
				t.Errorf("errors %v lack %v", msgs[0].Errors, tt.want)
			}
		})
	}
}

func TestSeveralMessagesAndTruncation(t *testing.T) {
	one := "UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+AA1'LOC+125+ATL'LOC+87+LHR'NAD+FL+++A:B'CNT+42:1'UNT+8+1'"
	two := "UNH+2+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+AA2'LOC+125+LHR'LOC+87+ATL'NAD+FL+++C:D'NAD+FL+++E:F'CNT+42:2'UNT+9+2'"
	full := "UNB+UNOA:4+S+R+200101:1200+9'" + one + two + "UNZ+2+9'"
	msgs, err := Parse(strings.NewReader(full))
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 2 || len(msgs[1].Passengers) != 2 || msgs[1].Index != 2 || msgs[1].MessageRef != "2" {
		t.Fatalf("messages: %d", len(msgs))
	}
	for _, m := range msgs {
		if len(m.Errors) > 0 {
			t.Errorf("message %d: %v", m.Index, m.Errors)
		}
	}
	// Cut inside the second message: the first is intact, the second
	// partial, and the error says the input was truncated.
	cut := full[:strings.Index(full, "NAD+FL+++E")]
	msgs, err = Parse(strings.NewReader(cut))
	if !errors.Is(err, edifact.ErrTruncated) {
		t.Fatalf("err = %v, want ErrTruncated", err)
	}
	if len(msgs) != 2 || len(msgs[0].Passengers) != 1 || len(msgs[1].Passengers) != 1 {
		t.Fatalf("partial results: %d messages", len(msgs))
	}
	// Streaming decoder gives the same.
	d := NewDecoder(strings.NewReader(full))
	n := 0
	for {
		m, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		n += len(m.Passengers)
	}
	if n != 3 {
		t.Errorf("decoder saw %d passengers, want 3", n)
	}
}

func TestInvalidUTF8AndLongLine(t *testing.T) {
	latin1 := msg("BGM+745'TDT+20+AA1'LOC+125+ATL'LOC+87+LHR'NAD+FL+++NOV\x87K:J\xc9R\xd4ME'CNT+42:1'")
	msgs, err := Parse(strings.NewReader(latin1))
	if err != nil {
		t.Fatal(err)
	}
	p := msgs[0].Passengers[0]
	if p.Surname != "NOV\u0087K" || p.GivenNames != "JÉRÔME" {
		t.Errorf("names %q %q", p.Surname, p.GivenNames)
	}
	found := false
	for _, e := range msgs[0].Errors {
		found = found || errors.Is(e, edifact.ErrInvalidUTF8)
	}
	if !found {
		t.Errorf("errors %v lack ErrInvalidUTF8", msgs[0].Errors)
	}
	if _, err := Parse(strings.NewReader(latin1), edifact.Strict()); !errors.Is(err, edifact.ErrInvalidUTF8) {
		t.Errorf("strict: %v", err)
	}

	long := header + "BGM+745'NAD+FL+++" + strings.Repeat("A", 50<<20)
	start := time.Now()
	_, err = Parse(strings.NewReader(long))
	if !errors.Is(err, edifact.ErrSegmentTooLong) {
		t.Fatalf("err = %v, want ErrSegmentTooLong", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// FuzzPAXLST checks that no input makes the parser panic or hang.
func FuzzPAXLST(f *testing.F) {
	for _, name := range samples(f) {
		if data, err := os.ReadFile(name); err == nil && len(data) < 16<<10 {
			f.Add(data)
		}
	}
	f.Add([]byte(msg("BGM+745'TDT+20+AA1'LOC+92+A'LOC+92+B'LOC+92+C'NAD+FL+++A:B'DOC+P+1'DTM+36:300101'CNT+42:1'")))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range [][]Option{nil, {edifact.Strict()}} {
			msgs, err := Parse(bytes.NewReader(data), append(opts, edifact.WithMaxSegmentLength(4096))...)
			for _, m := range msgs {
				if m == nil {
					t.Fatal("nil message")
				}
				if _, err := json.Marshal(m); err != nil {
					t.Fatal(err)
				}
				for _, e := range m.Errors {
					_ = e.Error()
				}
				checkTypedErrors(t, m.Errors)
				checkStrings(t, reflect.ValueOf(m), "Message")
			}
			_ = err
		}
	})
}

// checkStrings fails when any string reachable from v is not valid UTF-8:
// the parsers must never cut a multi-byte character.
func checkStrings(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			t.Fatalf("%s: invalid UTF-8 %q", path, v.String())
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			checkStrings(t, v.Elem(), path)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				checkStrings(t, v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			checkStrings(t, v.Index(i), path)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			checkStrings(t, k, path)
			checkStrings(t, v.MapIndex(k), path)
		}
	}
}

// checkTypedErrors fails when a recorded problem is not one of the typed
// errors the package documents.
func checkTypedErrors(t *testing.T, errs []error) {
	t.Helper()
	for _, e := range errs {
		var fe *FieldError
		var se *edifact.SyntaxError
		if !errors.As(e, &fe) && !errors.As(e, &se) {
			t.Fatalf("untyped error %T: %v", e, e)
		}
		if fe != nil && fe.Message < 1 {
			t.Fatalf("field error without message index: %v", fe)
		}
	}
}
