package pnrgov

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
				if m.Flight.Carrier == "" || m.Flight.FlightNumber == "" {
					t.Errorf("message %d: no header flight", m.Index)
				}
				if len(m.PNRs) == 0 {
					t.Errorf("message %d: no PNR", m.Index)
				}
				for _, p := range m.PNRs {
					if p.RecordLocator == "" {
						t.Errorf("PNR %d: no record locator", p.Index)
					}
				}
			}
		})
	}
}

// bigSamples get a summary golden instead of the full parse.
var bigSamples = map[string]bool{"parsers__pnrWithBags.txt": true}

type summary struct {
	PNRs, Passengers, Infants, Documents, Seats, Bags, Legs int
	Phones, Emails, Payments, History, Errors               int
	Locators                                                []string
}

func summarize(msgs []*Message) summary {
	var s summary
	for _, m := range msgs {
		s.Errors += len(m.Errors)
		for _, p := range m.PNRs {
			s.PNRs++
			s.Locators = append(s.Locators, p.RecordLocator)
			s.Legs += len(p.Legs)
			s.Phones += len(p.Phones)
			s.Emails += len(p.Emails)
			s.Payments += len(p.Payments)
			s.History += len(p.History)
			s.Errors += len(p.Errors)
			for _, x := range p.Passengers {
				s.Passengers++
				if x.Infant {
					s.Infants++
				}
				s.Documents += len(x.Documents)
				s.Seats += len(x.Seats)
				s.Bags += len(x.Bags)
				s.Phones += len(x.Phones)
				s.Emails += len(x.Emails)
			}
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

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func at(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, time.UTC)
}

func TestSampleDetails(t *testing.T) {
	t.Run("contacts and payments", func(t *testing.T) {
		msgs, err := parseFile(t, "testdata/loader__pnr3.txt")
		if err != nil {
			t.Fatal(err)
		}
		p := msgs[0].PNRs[0]
		if p.RecordLocator != "52865E" || p.CarrierCode != "UA" || !p.CreationDate.Equal(at(2019, 7, 22, 9, 5)) {
			t.Errorf("PNR header: %s %s %v", p.CarrierCode, p.RecordLocator, p.CreationDate)
		}
		if got := p.Passengers[0].Emails; len(got) != 1 || got[0].Address != "peter_doolin@gmail.com" {
			t.Errorf("emails: %+v", got)
		}
		want := Payment{Type: "CC", Amount: "100.00", Vendor: "MA", CardNumber: "XXXXXXXXXXXX2580", Expiry: "0517",
			PassengerRef: "1", TicketNumber: "55890050196026", Payer: "PETER DOOLIN",
			PayerAddress: "3016 CARMICHAEL AVENUE TIANJIN USA 1HLX0", PayerPhone: "835640133044"}
		if diff := cmp.Diff(want, p.Payments[0]); diff != "" {
			t.Errorf("payment (-want +got):\n%s", diff)
		}
		if l := p.Legs[0]; !l.Codeshare || l.Carrier != "UA" || l.FlightNumber != "9146" || l.OperatingCarrier != "LH" || l.OperatingFlightNumber != "860" {
			t.Errorf("codeshare leg: %+v", l)
		}
	})
	t.Run("infant with adult", func(t *testing.T) {
		msgs, err := parseFile(t, "testdata/loader__infant.edi")
		if err != nil {
			t.Fatal(err)
		}
		px := msgs[0].PNRs[0].Passengers
		if len(px) != 2 || !px[0].WithInfant || !px[1].Infant || px[1].AccompaniedBy != "2" || !px[1].DateOfBirth.Equal(day(2012, 9, 20)) {
			t.Fatalf("passengers: %+v %+v", px[0], px[1])
		}
		if len(px[1].Documents) != 1 || px[1].Documents[0].Number != "512731999" || len(px[0].Documents) != 1 {
			t.Errorf("infant DOCS not moved to the infant: adult %d docs, infant %+v", len(px[0].Documents), px[1].Documents)
		}
	})
	t.Run("split PNR and OSI contacts", func(t *testing.T) {
		msgs, err := parseFile(t, "testdata/loader__pnr_split.edi")
		if err != nil {
			t.Fatal(err)
		}
		p := msgs[0].PNRs[1]
		if diff := cmp.Diff([]Split{{Passengers: 1, Locators: []Locator{{Carrier: "AM", Locator: "ZLMXXX", Created: at(2013, 5, 11, 11, 48)}}}}, p.Splits); diff != "" {
			t.Errorf("splits (-want +got):\n%s", diff)
		}
		if a := p.TravelAgency; a == nil || a.System != "AM" || a.Phone != "5716005830" || a.City != "BOG" {
			t.Errorf("agency: %+v", a)
		}
	})
}

const head = "UNA:+.? 'UNB+IATA:1+XX+GOV+130527:0754+77'UNH+1+PNRGOV:13:1:IA+X'MSG+:22'ORG+XX:AAA'TVL+270513:1640:270513:2200+ICN+SIN+XX+609'"

// pnrMsg builds a message with the given SRC groups and a correct UNT
// count.
func pnrMsg(pnrs ...string) string {
	body := "EQN+" + strconv.Itoa(len(pnrs)) + "'" + strings.Join(pnrs, "")
	n := strings.Count(head, "'") - 2 + strings.Count(body, "'") + 1
	return head + body + "UNT+" + strconv.Itoa(n) + "+1'UNZ+1+77'"
}

func TestOneBadPNRDoesNotLoseTheOthers(t *testing.T) {
	good1 := "SRC'RCI+XX:AAA111::010513:1200'TIF+ONE+ALICEMS:A:1'TVL+270513:1640:270513:2200+ICN+SIN+XX+609:Y'"
	bad := "SRC'RCI+XX:BBB222'TIF+TWO+BOBMR:A:1'SSR+DOCS:HK:1:XX:::::/P/GBR/123/GBR/31FEB70/M/01JAN30/TWO/BOB'TVL+320513:1640+ICN+SIN+XX+609:Y'"
	good2 := "SRC'RCI+XX:CCC333'TIF+THREE+CAROLMS:A:1'TVL+270513:1640:270513:2200+ICN+SIN+XX+609:Y'"
	msgs, err := Parse(strings.NewReader(pnrMsg(good1, bad, good2)))
	if err != nil {
		t.Fatal(err)
	}
	m := msgs[0]
	if len(m.Errors) != 0 {
		t.Errorf("message errors: %v", m.Errors)
	}
	var locs []string
	for _, p := range m.PNRs {
		locs = append(locs, p.RecordLocator)
	}
	if diff := cmp.Diff([]string{"AAA111", "BBB222", "CCC333"}, locs); diff != "" {
		t.Fatalf("PNRs (-want +got):\n%s", diff)
	}
	if len(m.PNRs[0].Errors) != 0 || len(m.PNRs[2].Errors) != 0 {
		t.Errorf("good PNRs have errors: %v %v", m.PNRs[0].Errors, m.PNRs[2].Errors)
	}
	if got := m.PNRs[2].Passengers[0].Surname; got != "THREE" {
		t.Errorf("PNR after the bad one: %q", got)
	}
	bp := m.PNRs[1]
	if len(bp.Errors) != 2 {
		t.Fatalf("bad PNR errors = %v, want 2", bp.Errors)
	}
	var fe *FieldError
	if !errors.As(bp.Errors[0], &fe) {
		t.Fatalf("%T is not a *FieldError", bp.Errors[0])
	}
	want := FieldError{Message: 1, PNR: 2, RecordLocator: "BBB222", Segment: 14, Line: 1, Tag: "SSR", Field: "DOCS date of birth", Value: "31FEB70"}
	if diff := cmp.Diff(want, *fe, cmpopts.IgnoreFields(FieldError{}, "Err", "Offset")); diff != "" {
		t.Errorf("field error (-want +got):\n%s", diff)
	}
	if !errors.Is(fe, ErrInvalid) {
		t.Errorf("%v should wrap ErrInvalid", fe)
	}
	if !strings.HasPrefix(fe.Error(), `pnrgov: message 1, PNR 2 (BBB222), segment 14 (SSR), line 1: DOCS date of birth "31FEB70": invalid value`) {
		t.Errorf("Error() = %q", fe.Error())
	}
	// The bad PNR still keeps what could be read.
	if d := bp.Passengers[0].Documents; len(d) != 1 || d[0].Number != "123" || !d[0].Expiry.Equal(day(2030, 1, 1)) {
		t.Errorf("bad PNR document: %+v", d)
	}
	if err := m.Err(); err == nil || !errors.Is(err, ErrInvalid) {
		t.Errorf("Message.Err() = %v", err)
	}
	// Strict mode makes it fatal.
	if _, err := Parse(strings.NewReader(pnrMsg(good1, bad, good2)), edifact.Strict()); !errors.As(err, &fe) {
		t.Errorf("strict: %v", err)
	}
}

func TestConstructedPNRs(t *testing.T) {
	tests := []struct {
		name  string
		pnrs  []string
		check func(t *testing.T, m *Message)
	}{
		{
			name: "unknown segments are counted per PNR and message",
			pnrs: []string{"SRC'RCI+XX:AAA111'ZZZ+1'TIF+ONE+A:A:1'ZZZ+2'QQQ'", "SRC'RCI+XX:BBB222'TIF+TWO+B:A:1'QQQ'"},
			check: func(t *testing.T, m *Message) {
				if diff := cmp.Diff(map[string]int{"ZZZ": 2, "QQQ": 2}, m.Unknown); diff != "" {
					t.Errorf("message unknown (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff(map[string]int{"ZZZ": 2, "QQQ": 1}, m.PNRs[0].Unknown); diff != "" {
					t.Errorf("PNR unknown (-want +got):\n%s", diff)
				}
				if len(m.PNRs[0].Errors)+len(m.PNRs[1].Errors)+len(m.Errors) != 0 {
					t.Errorf("unknown segments must not be errors")
				}
			},
		},
		{
			name: "codeshare via TRA and via operating TVL",
			pnrs: []string{"SRC'RCI+XX:AAA111'TIF+ONE+A:A:1'" +
				"TVL+110122:1900:110122:2230+LHR+ARN+SQ:SK+5678:Q'TRA+SK+1524:W'" +
				"TVL+270513:1550:270513:1820+MUC+YUL+AC:LH+9099:U'RPI+1+HK'APD+343'RCI+1A:3MZVP2'TVL+++++474:U'"},
			check: func(t *testing.T, m *Message) {
				want := []*Leg{
					{Carrier: "SQ", FlightNumber: "5678", OperatingCarrier: "SK", OperatingFlightNumber: "1524", Codeshare: true,
						Origin: "LHR", Destination: "ARN", Departure: at(2022, 1, 11, 19, 0), Arrival: at(2022, 1, 11, 22, 30), BookingClass: "Q"},
					{Carrier: "AC", FlightNumber: "9099", OperatingCarrier: "LH", OperatingFlightNumber: "474", Codeshare: true,
						Origin: "MUC", Destination: "YUL", Departure: at(2013, 5, 27, 15, 50), Arrival: at(2013, 5, 27, 18, 20),
						BookingClass: "U", Status: "HK", PartySize: 1, Equipment: "343"},
				}
				if diff := cmp.Diff(want, m.PNRs[0].Legs); diff != "" {
					t.Errorf("legs (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff([]Locator{{Carrier: "1A", Locator: "3MZVP2"}}, m.PNRs[0].OtherLocators); diff != "" {
					t.Errorf("locators (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "infants: TIF IN after adult, SSR INFT only, DOCS FI",
			pnrs: []string{"SRC'RCI+XX:AAA111'" +
				"TIF+DOE+JANEMS:A:1:1'SSR+INFT:HK:1:XX:::::DOE/JOHNNY 10AUG12+::1'" +
				"TIF+DOE+JOHNNY:IN:2'" +
				"TIF+ROE+MARYMS:A:3'SSR+INFT:HK:1:XX:::::ROE/BABY/01JAN13+::3'SSR+DOCS:HK:1:XX:::::/P/USA/999/USA/01JAN13/FI/01JAN18/ROE/BABY+::3'"},
			check: func(t *testing.T, m *Message) {
				type who struct {
					Ref, Name          string
					Infant, WithInfant bool
					AccompaniedBy      string
					DOB                time.Time
					Docs               int
				}
				var got []who
				for _, x := range m.PNRs[0].Passengers {
					got = append(got, who{x.Ref, x.FullName(), x.Infant, x.WithInfant, x.AccompaniedBy, x.DateOfBirth, len(x.Documents)})
				}
				want := []who{
					{"1", "DOE/JANEMS", false, true, "", time.Time{}, 0},
					{"2", "DOE/JOHNNY", true, false, "1", day(2012, 8, 10), 0},
					{"3", "ROE/MARYMS", false, true, "", time.Time{}, 0},
					{"", "ROE/BABY", true, false, "3", day(2013, 1, 1), 1},
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("passengers (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "contacts from SSR CTCE/CTCM, ADD and COM; full card number masked",
			pnrs: []string{"SRC'RCI+XX:AAA111'ADD++700:1 MAIN ST:SPRINGFIELD:IL::US:62701:H2175550100'" +
				"TIF+DOE+JANEMS:A:1'SSR+CTCE:HK:1:XX:::::JANE..DOE./X//MAIL.EXAMPLE.COM/EN+::1'SSR+CTCM:HK:1:XX:::::/12175550199+::1'" +
				"COM+JANE@WORK.EXAMPLE:EM'TKT+1234567890123:T:1'FOP+CC::500.00:VI:4111111111111111:1226'"},
			check: func(t *testing.T, m *Message) {
				p := m.PNRs[0]
				x := p.Passengers[0]
				wantEmails := []Email{
					{Address: "jane_doe-x@mail.example.com", Source: "SSR CTCE", Text: "JANE..DOE./X//MAIL.EXAMPLE.COM/EN"},
					{Address: "jane@work.example", Source: "COM", Text: "JANE@WORK.EXAMPLE"},
				}
				if diff := cmp.Diff(wantEmails, x.Emails); diff != "" {
					t.Errorf("emails (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff([]Phone{{Number: "12175550199", Type: "mobile", Source: "SSR CTCM", Text: "/12175550199"}}, x.Phones); diff != "" {
					t.Errorf("phones (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff([]Phone{{Number: "2175550100", Type: "home", Source: "ADD", Text: "H2175550100"}}, p.Phones); diff != "" {
					t.Errorf("PNR phones (-want +got):\n%s", diff)
				}
				if got := p.Payments[0].CardNumber; got != "XXXXXXXXXXXX1111" {
					t.Errorf("card number %q not masked", got)
				}
				if diff := cmp.Diff([]Address{{Source: "ADD", Type: "700", Street: "1 MAIN ST", City: "SPRINGFIELD", Region: "IL", Country: "US", PostalCode: "62701"}}, p.Addresses); diff != "" {
					t.Errorf("addresses (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "seats from SSR SEAT and SSD, bags from TBD, history from ABI/SAC and LTS",
			pnrs: []string{"SRC'RCI+XX:AAA111'TIF+ONE+A:A:1'TIF+TWO+B:A:2'" +
				"TVL+270513:1640:270513:2200+ICN+SIN+XX+609:Y'SSR+SEAT:HK:2:XX:::ICN:SIN+012A::1+12B::2'" +
				"DAT+2:270513:1500'TRI++ICN-1:::1'TIF+ONE+A:A:1'SSD+12A++++Y'TBD++2:30:700+++XX:0012345678:2:SIN'" +
				"TRI++ICN-2:::9'TIF+TWO+B:A:2'SSD+14C++++Y'" +
				"ABI+1+:SELRM+SEL++XX'DAT+ZT:200513:1010'SAC+++X'TVL+200513:1640+ICN+SIN+XX+609:Y'RPI+2+HX'SAC+++A'SSR+AVML'" +
				"LTS+0/O/NM/ONE/A'"},
			check: func(t *testing.T, m *Message) {
				p := m.PNRs[0]
				one, two := p.Passengers[0], p.Passengers[1]
				wantSeats := []Seat{
					{Number: "12A", Origin: "ICN", Destination: "SIN", Flight: "XX609", Source: "SSR SEAT"},
				}
				if diff := cmp.Diff(wantSeats, one.Seats); diff != "" {
					t.Errorf("seats (-want +got):\n%s", diff)
				}
				if len(two.Seats) != 2 || two.Seats[1].Number != "14C" || two.Seats[1].Source != "SSD" {
					t.Errorf("second passenger seats: %+v", two.Seats)
				}
				wantBags := []Bag{{Carrier: "XX", Tag: "0012345678", Count: 2, Destination: "SIN", Origin: "ICN", Flight: "XX609"}}
				if diff := cmp.Diff(wantBags, one.Bags); diff != "" {
					t.Errorf("bags (-want +got):\n%s", diff)
				}
				if ci := one.CheckIns; len(ci) != 1 || ci[0].Sequence != "ICN-1" || ci[0].BagCount != 2 || ci[0].BagWeightUnit != "KG" || !ci[0].Time.Equal(at(2013, 5, 27, 15, 0)) {
					t.Errorf("check-in: %+v", ci)
				}
				if len(p.UnmatchedCheckIns) != 0 {
					t.Errorf("unmatched: %+v", p.UnmatchedCheckIns)
				}
				wantHist := []HistoryEntry{
					{Source: "ABI", Action: "X", Time: at(2013, 5, 20, 10, 10), Office: "SELRM", Carrier: "XX",
						Leg: &Leg{Carrier: "XX", FlightNumber: "609", Origin: "ICN", Destination: "SIN", Departure: at(2013, 5, 20, 16, 40), BookingClass: "Y", Status: "HX", PartySize: 2}},
					{Source: "ABI", Action: "A", Time: at(2013, 5, 20, 10, 10), Office: "SELRM", Carrier: "XX", Service: "AVML"},
					{Source: "LTS", Text: "0/O/NM/ONE/A"},
				}
				if diff := cmp.Diff(wantHist, p.History); diff != "" {
					t.Errorf("history (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "group name and unmatched check-in",
			pnrs: []string{"SRC'RCI+XX:AAA111'TIF+ACME TOUR:G'TIF+ONE+A:A:1'TVL+270513:1640+ICN+SIN+XX+609:Y'DAT+2:270513:1500'TRI++7:::99'TIF+GHOST+G:A:99'SSD+1A++++F'"},
			check: func(t *testing.T, m *Message) {
				p := m.PNRs[0]
				if p.GroupName != "ACME TOUR" || len(p.Passengers) != 1 {
					t.Errorf("group %q, %d passengers", p.GroupName, len(p.Passengers))
				}
				if u := p.UnmatchedCheckIns; len(u) != 1 || u[0].Name != "GHOST/G" || u[0].Seat != "1A" {
					t.Errorf("unmatched: %+v", u)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs, err := Parse(strings.NewReader(pnrMsg(tt.pnrs...)))
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) != 1 {
				t.Fatalf("%d messages", len(msgs))
			}
			for _, e := range msgs[0].Errors {
				t.Errorf("message error: %v", e)
			}
			tt.check(t, msgs[0])
		})
	}
}

func TestEnvelopeAndEncodingProblems(t *testing.T) {
	one := "SRC'RCI+XX:AAA111'TIF+ONE+A:A:1'"
	full := pnrMsg(one, "SRC'RCI+XX:BBB222'TIF+TWO+B:A:1'")
	t.Run("truncated input keeps the PNRs read", func(t *testing.T) {
		cut := full[:strings.Index(full, "TIF+TWO")]
		msgs, err := Parse(strings.NewReader(cut))
		if !errors.Is(err, edifact.ErrTruncated) {
			t.Fatalf("err = %v, want ErrTruncated", err)
		}
		if len(msgs) != 1 || len(msgs[0].PNRs) != 2 || msgs[0].PNRs[0].Passengers[0].Surname != "ONE" {
			t.Fatalf("partial result lost")
		}
	})
	t.Run("UNT count mismatch is reported", func(t *testing.T) {
		bad := strings.Replace(full, "UNT+", "UNT+9", 1)
		msgs, err := Parse(strings.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		if err := msgs[0].Err(); !errors.Is(err, edifact.ErrSegmentCount) {
			t.Errorf("Err() = %v", err)
		}
		if _, err := Parse(strings.NewReader(bad), edifact.Strict()); !errors.Is(err, edifact.ErrSegmentCount) {
			t.Errorf("strict: %v", err)
		}
	})
	t.Run("EQN mismatch", func(t *testing.T) {
		bad := strings.Replace(full, "EQN+2", "EQN+3", 1)
		msgs, _ := Parse(strings.NewReader(bad))
		if err := msgs[0].Err(); !errors.Is(err, ErrCount) {
			t.Errorf("Err() = %v", err)
		}
	})
	t.Run("invalid UTF-8 is reported on its PNR and decoded as Latin-1", func(t *testing.T) {
		bad := pnrMsg(one, "SRC'RCI+XX:BBB222'TIF+M\xdcLLER+J\xc9R\xd4ME:A:1'")
		msgs, err := Parse(strings.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		p := msgs[0].PNRs[1]
		if got := p.Passengers[0].FullName(); got != "MÜLLER/JÉRÔME" {
			t.Errorf("name %q", got)
		}
		if err := p.Errors.Err(); !errors.Is(err, edifact.ErrInvalidUTF8) {
			t.Errorf("PNR errors %v", p.Errors)
		}
		if len(msgs[0].PNRs[0].Errors) != 0 {
			t.Errorf("first PNR errors %v", msgs[0].PNRs[0].Errors)
		}
	})
	t.Run("50 MB single line fails fast", func(t *testing.T) {
		long := head + "EQN+1'SRC'RCI+XX:" + strings.Repeat("9", 50<<20)
		start := time.Now()
		_, err := Parse(strings.NewReader(long))
		if !errors.Is(err, edifact.ErrSegmentTooLong) {
			t.Fatalf("err = %v", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("took %v", d)
		}
	})
	t.Run("not a PNRGOV", func(t *testing.T) {
		msgs, _ := Parse(strings.NewReader(strings.Replace(full, "PNRGOV:13", "PAXLST:13", 1)))
		if err := msgs[0].Err(); !errors.Is(err, ErrMessageType) {
			t.Errorf("Err() = %v", err)
		}
	})
	t.Run("decoder streams messages", func(t *testing.T) {
		d := NewDecoder(strings.NewReader(full + "\n" + full))
		n := 0
		for {
			m, err := d.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			n += len(m.PNRs)
		}
		if n != 4 {
			t.Errorf("got %d PNRs, want 4", n)
		}
	})
}

// FuzzPNRGOV checks that no input makes the parser panic or hang.
func FuzzPNRGOV(f *testing.F) {
	for _, name := range samples(f) {
		if data, err := os.ReadFile(name); err == nil && len(data) < 16<<10 {
			f.Add(data)
		}
	}
	f.Add([]byte(pnrMsg("SRC'RCI+XX:A::010113:1200'TIF+A+B:A:1:1'SSR+INFT:HK:1:XX:::::A/C 01JAN20+::1'SSR+DOCS:HK::XX:::::/P/X/1/X/01JAN80/FI/01JAN30/A/C+::1'" +
		"TKT+1:T'FOP+CC::1:VI:4111111111111111:1230'IFT+4:43+N+A+1234567'TVL+010113:1200::1300+A+B+XX:YY+1:Y'TVL+++++2:Y'" +
		"DAT+2:010113:1000'TRI++1:::1'TIF+A+B:A:1'SSD+01A'TBD++1:10:700+++XX:1:2:B'EQN+1'RCI+XX:B'ABI+1+:X'SAC+++X'TVL+010113+A+B+XX+1'RPI+1+HX'LTS+X'")))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range [][]Option{nil, {edifact.Strict()}} {
			msgs, _ := Parse(bytes.NewReader(data), append(opts, edifact.WithMaxSegmentLength(4096))...)
			for _, m := range msgs {
				if m == nil {
					t.Fatal("nil message")
				}
				if _, err := json.Marshal(m); err != nil {
					t.Fatal(err)
				}
				_ = m.Err()
				checkTypedErrors(t, m.Errors)
				checkStrings(t, reflect.ValueOf(m), "Message")
				for _, p := range m.PNRs {
					checkTypedErrors(t, p.Errors)
					_ = p.BookingDate()
					for _, x := range p.Passengers {
						for _, b := range x.Bags {
							_ = b.Tags()
						}
					}
				}
			}
		}
	})
}

func BenchmarkParseLargeMessage(b *testing.B) {
	data, err := os.ReadFile("testdata/parsers__pnrWithBags.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
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
