package pnrgov

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/borderlens/borderlens/ingest/edifact"
)

func TestDecodeEmail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"MOLLY..LOBB//GMAIL.COM", "molly_lobb@gmail.com"},
		{"PETER.NUTTALL//YAHOO.COM", "peter.nuttall@yahoo.com"},
		{"JOHN./SMITH//EXAMPLE.ORG", "john-smith@example.org"},
		{"A.B//C.COM/EN", "a.b@c.com"},
		{"A.B//C.COM-1SMITH/JOHNMR", "a.b@c.com"},
		{"/X//Y.COM", "x@y.com"},
		{"first.last@gmail.com", "first.last@gmail.com"},
		{"MOLLY..LONT+50BB//GMAIL.COM TRAILING WORDS", "molly_lont+50bb@gmail.com"},
		{"NO AT SIGN", ""},
		{"//", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := decodeEmail(tt.in); got != tt.want {
			t.Errorf("decodeEmail(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindCTC(t *testing.T) {
	tests := []struct {
		in         string
		kind       byte
		phone      string
		email      string
		city, rest string
	}{
		{"YY CTCM 123456789", 'M', "123456789", "", "", ""},
		{"YY CTC M 123456789", 'M', "123456789", "", "", ""},
		{"EK CTC M 5432109876", 'M', "5432109876", "", "", ""},
		{"CTCE MOLLY..LOBB//GMAIL.COM", 'E', "", "molly_lobb@gmail.com", "", ""},
		{"AM CTCP MEX1800 002 5200 DOMESTIC TOLL FREE", 'P', "18000025200", "", "MEX", "DOMESTIC TOLL FREE"},
		{"AM CTCH MEX01 81 8336 6900 H", 'H', "018183366900", "", "MEX", "H"},
		{"AM CTCT BOG 571 600 5830 ACME TRAVEL", 'T', "5716005830", "", "BOG", "ACME TRAVEL"},
		{"AM CTCBOG 571-600 5820-A-COTOURIST", 0, "5716005820", "", "BOG", "A-COTOURIST"},
		{"CTCB +44 20 7946 0000", 'B', "+442079460000", "", "", ""},
		{"CTCR 00115555555555", 'R', "00115555555555", "", "", ""},
	}
	for _, tt := range tests {
		c, ok := findCTC(tt.in)
		if !ok {
			t.Errorf("findCTC(%q) found nothing", tt.in)
			continue
		}
		if c.kind != tt.kind || c.phone != tt.phone || c.email != tt.email || c.city != tt.city || c.rest != tt.rest {
			t.Errorf("findCTC(%q) = kind %q phone %q email %q city %q rest %q", tt.in, c.kind, c.phone, c.email, c.city, c.rest)
		}
	}
	for _, in := range []string{"THIS PASSENGER IS A VIP", "DOCTC", ""} {
		if _, ok := findCTC(in); ok {
			t.Errorf("findCTC(%q) should find nothing", in)
		}
	}
}

func TestLetterPhones(t *testing.T) {
	got := letterPhones("H5555555555 W 1 555 555 5555 ")
	want := []contactInfo{
		{kind: 'H', phone: "5555555555", text: "H5555555555 W 1 555 555 5555"},
		{kind: 'B', phone: "15555555555", text: "H5555555555 W 1 555 555 5555"},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(contactInfo{})); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := letterPhones("00441753637285"); len(got) != 1 || got[0].phone != "00441753637285" || got[0].kind != 0 {
		t.Errorf("plain number: %+v", got)
	}
	if got := letterPhones("CALL ME 12"); len(got) != 0 {
		t.Errorf("short number: %+v", got)
	}
}

func TestSplitDOCS(t *testing.T) {
	tests := []struct {
		in   string
		want Document
		dob  string
		exp  string
	}{
		{
			in:   "/P/GBR/123456789/GBR/12JUL70/M/12JUL29/SURNAME/GIVEN",
			want: Document{Source: "SSR DOCS", Type: "P", IssuingCountry: "GBR", Number: "123456789", Nationality: "GBR", Gender: "M", Surname: "SURNAME", GivenName: "GIVEN"},
			dob:  "12JUL70", exp: "12JUL29",
		},
		{
			in:   "P/GBR/123456789/GBR/12JUL70/F/12JUL29/SURNAME/GIVEN/MIDDLE/H",
			want: Document{Source: "SSR DOCS", Type: "P", IssuingCountry: "GBR", Number: "123456789", Nationality: "GBR", Gender: "F", Surname: "SURNAME", GivenName: "GIVEN", MiddleName: "MIDDLE", MultiPassengerHolder: true},
			dob:  "12JUL70", exp: "12JUL29",
		},
		{
			in:   "/////27APR92/M//CAPSON/HUNTER",
			want: Document{Source: "SSR DOCS", Gender: "M", Surname: "CAPSON", GivenName: "HUNTER"},
			dob:  "27APR92",
		},
		{
			in:   "//ERI/270398251/PAK/04SEP97/F/18NOV17/WOO/FEN/MULAN",
			want: Document{Source: "SSR DOCS", IssuingCountry: "ERI", Number: "270398251", Nationality: "PAK", Gender: "F", Surname: "WOO", GivenName: "FEN", MiddleName: "MULAN"},
			dob:  "04SEP97", exp: "18NOV17",
		},
		{in: "", want: Document{Source: "SSR DOCS"}},
	}
	for _, tt := range tests {
		got := splitDOCS(tt.in)
		tt.want.Text = tt.in
		if diff := cmp.Diff(tt.want, got.doc); diff != "" {
			t.Errorf("splitDOCS(%q) (-want +got):\n%s", tt.in, diff)
		}
		if got.dob != tt.dob || got.expiry != tt.exp {
			t.Errorf("splitDOCS(%q) dates %q %q", tt.in, got.dob, got.expiry)
		}
	}
}

func TestAIRIMPDate(t *testing.T) {
	ref := time.Date(2013, 5, 27, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in      string
		century edifact.Century
		want    time.Time
		err     bool
	}{
		{"12JUL70", edifact.PastCentury(ref), time.Date(1970, 7, 12, 0, 0, 0, 0, time.UTC), false},
		{"20SEP12", edifact.PastCentury(ref), time.Date(2012, 9, 20, 0, 0, 0, 0, time.UTC), false},
		{"12JUL29", edifact.NearCentury(ref), time.Date(2029, 7, 12, 0, 0, 0, 0, time.UTC), false},
		{"1JAN80", edifact.PastCentury(ref), time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{"01JAN1980", nil, time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{"31FEB80", edifact.PastCentury(ref), time.Time{}, true},
		{"12XXX70", edifact.PastCentury(ref), time.Time{}, true},
		{"", nil, time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := parseAIRIMPDate(tt.in, tt.century)
		if (err != nil) != tt.err || !got.Equal(tt.want) {
			t.Errorf("parseAIRIMPDate(%q) = %v, %v", tt.in, got, err)
		}
	}
}

func TestSmallHelpers(t *testing.T) {
	for in, want := range map[string]string{
		"4235792300387826":    "XXXXXXXXXXXX7826",
		"4235-7923-0038-7826": "XXXX-XXXX-XXXX-7826",
		"XXXXXXXXXXXX2826":    "XXXXXXXXXXXX2826",
		"370266XXXXX6916":     "370266XXXXX6916",
		"AB123456":            "AB123456",
	} {
		if got := maskCard(in); got != want {
			t.Errorf("maskCard(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"074E": "74E", "15A": "15A", "XXX": "", "": "", "0": "0"} {
		if got := normalizeSeat(in); got != want {
			t.Errorf("normalizeSeat(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string][3]string{
		"BELT/SOPHY 20SEP12":                 {"BELT", "SOPHY", "20SEP12"},
		"TESTSURNAMETWO/TESTNAMETWO/10AUG11": {"TESTSURNAMETWO", "TESTNAMETWO", "10AUG11"},
		"DYE/ARCHER":                         {"DYE", "ARCHER", ""},
		"SOLO":                               {"SOLO", "", ""},
	} {
		s, g, d := infantText(in)
		if [3]string{s, g, d} != want {
			t.Errorf("infantText(%q) = %q %q %q", in, s, g, d)
		}
	}
	if got := (Bag{Tag: "0123456789", Count: 3}).Tags(); !cmp.Equal(got, []string{"0123456789", "0123456790", "0123456791"}) {
		t.Errorf("Bag.Tags = %v", got)
	}
	if got := (Bag{Tag: "AB12", Count: 3}).Tags(); !cmp.Equal(got, []string{"AB12"}) {
		t.Errorf("Bag.Tags = %v", got)
	}
}
