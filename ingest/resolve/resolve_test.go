package resolve

import (
	"errors"
	"strings"
	"testing"
)

func mustResolver(t *testing.T) *Resolver {
	t.Helper()
	r, err := New(Options{CallingCode: "82", CardKey: []byte("test-card-key-0123456789")})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestParseName(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"airimp with title", "SMITH/JOHN MR", "SMITH/JOHN"},
		{"given then caps surname", "John SMITH", "SMITH/JOHN"},
		{"comma surname first", "smith, john", "SMITH/JOHN"},
		{"plain western order", "John Smith", "SMITH/JOHN"},
		{"title first", "Mr John Smith", "SMITH/JOHN"},
		{"glued airimp title", "SMITH/JOHNMR", "SMITH/JOHN"},
		{"glued mrs", "SMITH/JANEMRS", "SMITH/JANE"},
		{"accents", "Müller/Jürgen Dr", "MULLER/JURGEN"},
		{"vietnamese marks", "Nguyễn Văn AN", "AN/NGUYEN VAN"},
		{"apostrophe", "O'Brien, Seán", "OBRIEN/SEAN"},
		{"hyphenated given", "KIM Min-jun", "KIM/MIN JUN"},
		{"mononym", "SUKARNO", "SUKARNO"},
		{"hangul kept whole", "김/민준", "김/민준"},
		{"extra slashes", "DOE/JOHN/PAUL", "DOE/JOHN PAUL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseName(tc.in)
			if err != nil {
				t.Fatalf("ParseName(%q): %v", tc.in, err)
			}
			if got.String() != tc.want {
				t.Errorf("ParseName(%q) = %q, want %q", tc.in, got.String(), tc.want)
			}
		})
	}
}

func TestNameKeyAgrees(t *testing.T) {
	forms := []string{"SMITH/JOHN MR", "John SMITH", "smith, john", "Smith, John Mr."}
	var first string
	for _, f := range forms {
		n, err := ParseName(f)
		if err != nil {
			t.Fatal(err)
		}
		if first == "" {
			first = n.Key()
		}
		if n.Key() != first {
			t.Errorf("key of %q = %q, want %q", f, n.Key(), first)
		}
	}
	a, _ := NameParts("kim", "Min-jun")
	b, _ := NameParts("KIM", "MINJUN")
	if a.Key() != b.Key() {
		t.Errorf("got %q and %q, want equal keys", a.Key(), b.Key())
	}
}

func TestNameErrors(t *testing.T) {
	for _, in := range []string{"", "   ", "MR", "a\x00b", strings.Repeat("A", 300)} {
		if _, err := ParseName(in); err == nil {
			t.Errorf("ParseName(%q): got nil error, want one", in)
		}
	}
}

func TestPhone(t *testing.T) {
	r := mustResolver(t)
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"plus international", "+82 10-1234-5678", "+821012345678", true},
		{"double zero", "0082 10 1234 5678", "+821012345678", true},
		{"national trunk", "010-1234-5678", "+821012345678", true},
		{"parentheses", "(02) 555-1234", "+8225551234", true},
		{"uk with (0)", "+44 (0)20 7946 0018", "+442079460018", true},
		{"no prefix national", "10 1234 5678", "+821012345678", true},
		{"already with cc", "821012345678", "+821012345678", true},
		{"dots", "+33.1.42.68.53.00", "+33142685300", true},
		{"extension dropped", "+1 202 555 0143 ext. 12", "+12025550143", true},
		{"tel uri", "tel:+81-3-1234-5678", "+81312345678", true},
		{"letters", "+82 10 CALL ME", "", false},
		{"too short", "+82 12", "", false},
		{"too long", "+82 1234567890123456", "", false},
		{"empty", "  ", "", false},
		{"nul", "010\x001234", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := r.Phone(tc.in)
			if (err == nil) != tc.ok {
				t.Fatalf("Phone(%q) error = %v, want ok=%v", tc.in, err, tc.ok)
			}
			if got != tc.want {
				t.Errorf("Phone(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	noCC, _ := New(Options{})
	if _, err := noCC.Phone("010-1234-5678"); err == nil {
		t.Error("national number without calling code: got nil error, want one")
	}
}

func TestEmail(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{" John.Smith@Example.COM ", "john.smith@example.com", true},
		{"mailto:a@b.kr", "a@b.kr", true},
		{"<x_y+z@mail.co.kr>", "x_y+z@mail.co.kr", true},
		{"no-at.example.com", "", false},
		{"two@@example.com", "", false},
		{"a@nodot", "", false},
		{"a b@example.com", "", false},
		{"a@exa..mple.com", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := Email(tc.in)
			if (err == nil) != tc.ok || got != tc.want {
				t.Errorf("Email(%q) = %q, %v; want %q, ok=%v", tc.in, got, err, tc.want, tc.ok)
			}
		})
	}
}

func TestAddress(t *testing.T) {
	tests := []struct {
		name string
		in   []string
	}{
		{"street types", []string{"12 Baker Street, London", "12 BAKER ST. LONDON", "12 baker st london"}},
		{"road and accents", []string{"5 Château Road", "5 CHATEAU RD"}},
		{"korean suffixes", []string{"123 Teheran-ro, Gangnam-gu, Seoul", "123 Teheranro Gangnamgu Seoul", "123 TEHERAN RO GANGNAM GU SEOUL"}},
		{"po box", []string{"P.O. Box 42, Busan", "PO BOX 42 BUSAN"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, err := Address(tc.in[0])
			if err != nil {
				t.Fatal(err)
			}
			for _, in := range tc.in[1:] {
				got, err := Address(in)
				if err != nil || got != want {
					t.Errorf("Address(%q) = %q, %v; want %q", in, got, err, want)
				}
			}
		})
	}
	got, err := AddressParts("12 Baker Street", "London", "", "NW1 6XE", "GBR")
	if want := "12 BAKER ST LONDON NW1 6XE GB"; err != nil || got != want {
		t.Errorf("AddressParts = %q, %v; want %q", got, err, want)
	}
	if _, err := Address(" ,, "); err == nil {
		t.Error("Address of punctuation only: got nil error, want one")
	}
}

func TestCountry(t *testing.T) {
	tests := []struct {
		in, a2, a3 string
		ok         bool
	}{
		{"KR", "KR", "KOR", true},
		{"kor", "KR", "KOR", true},
		{"D", "DE", "DEU", true},
		{"GBR", "GB", "GBR", true},
		{"UK", "GB", "GBR", true},
		{"ZZ", "", "", false},
		{"12", "", "", false},
		{"KOREA", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			a2, err := Country(tc.in)
			if (err == nil) != tc.ok || a2 != tc.a2 {
				t.Errorf("Country(%q) = %q, %v; want %q", tc.in, a2, err, tc.a2)
			}
			a3, _ := CountryAlpha3(tc.in)
			if a3 != tc.a3 {
				t.Errorf("CountryAlpha3(%q) = %q, want %q", tc.in, a3, tc.a3)
			}
		})
	}
	if c, err := CountryOrCode("zz"); err != nil || c != "ZZ" {
		t.Errorf("CountryOrCode(zz) = %q, %v; want ZZ", c, err)
	}
}

func TestDocument(t *testing.T) {
	tests := []struct {
		name, typ, iss, num, want string
		field                     string
	}{
		{"passport", "P", "KOR", "m1234-5678", "Document:P/KOR/M12345678", ""},
		{"spelled type and alpha2", "passport", "kr", "M 1234 5678", "Document:P/KOR/M12345678", ""},
		{"empty type is passport", "", "D", "C01X00T47", "Document:P/DEU/C01X00T47", ""},
		{"id card", "ID card", "FRA", "X4RTBPFW4", "Document:I/FRA/X4RTBPFW4", ""},
		{"bad number", "P", "KOR", "#!", "", "number"},
		{"bad issuer", "P", "Korea", "M123456", "", "issuer"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ResolveDocument(tc.typ, tc.iss, tc.num)
			if tc.field != "" {
				var fe *FieldError
				if !errors.As(err, &fe) || fe.Field != tc.field {
					t.Fatalf("got error %v, want field %q", err, tc.field)
				}
				return
			}
			if err != nil || d.Key().String() != tc.want {
				t.Errorf("got %v, %v; want %s", d.Key(), err, tc.want)
			}
		})
	}
}

func TestCard(t *testing.T) {
	r := mustResolver(t)
	pan := "4111 1111 1111 1111"
	full, err := r.Card("", pan, "")
	if err != nil {
		t.Fatal(err)
	}
	if full.Weak || full.Label != "VI ****1111" || full.Raw != "" || len(full.ID) != 32 {
		t.Errorf("full card = %+v, want strong VI ****1111 with a 32-hex id and no raw", full)
	}
	if strings.Contains(full.ID, "4111") {
		t.Errorf("card id %q contains the card number", full.ID)
	}
	again, _ := r.Card("VI", "4111-1111-1111-1111", "12/27")
	if again.ID != full.ID {
		t.Errorf("same PAN gave ids %q and %q, want equal", full.ID, again.ID)
	}
	m1, err := r.Card("VI", "XXXXXXXXXXXX1111", "1227")
	if err != nil {
		t.Fatal(err)
	}
	m2, err := r.Card("", "VI ****1111", "12/2027")
	if err != nil {
		t.Fatal(err)
	}
	if !m1.Weak || m1.ID != m2.ID || m1.ID == full.ID || m1.Raw != "XXXXXXXXXXXX1111" {
		t.Errorf("masked cards %+v and %+v: want weak, equal ids, distinct from the PAN id", m1, m2)
	}
	other, _ := New(Options{CardKey: []byte("another-deployment-key")})
	o, _ := other.Card("", pan, "")
	if o.ID == full.ID {
		t.Error("two card keys gave the same id, want different")
	}

	bad := []struct {
		name, vendor, num, exp, field string
	}{
		{"luhn", "", "4111111111111112", "", "number"},
		{"too short", "VI", "X123", "1227", "number"},
		{"masked missing expiry", "VI", "XXXXXXXXXXXX1234", "", "expiry"},
		{"bad expiry", "VI", "XXXXXXXXXXXX1234", "13/27", "expiry"},
		{"letters", "", "4111abc", "", "number"},
		{"bad vendor", "VISA", "4111111111111111", "", "vendor"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := r.Card(tc.vendor, tc.num, tc.exp)
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tc.field {
				t.Fatalf("got %v, want a FieldError on %q", err, tc.field)
			}
			if strings.Contains(fe.Value, "411111111111") {
				t.Errorf("error value %q leaks the card number", fe.Value)
			}
		})
	}
	noKey, _ := New(Options{})
	if _, err := noKey.Card("", pan, ""); !errors.Is(err, ErrNoCardKey) {
		t.Errorf("got %v, want ErrNoCardKey", err)
	}
	if _, err := New(Options{CardKey: []byte("short")}); err == nil {
		t.Error("short card key: got nil error, want one")
	}
}

func TestLuhnCheckDigit(t *testing.T) {
	d := "411111111111111"
	if c := LuhnCheckDigit(d); c != '1' {
		t.Errorf("LuhnCheckDigit(%s) = %c, want 1", d, c)
	}
}

func TestPassengerKey(t *testing.T) {
	n, _ := ParseName("KIM/MIN JUN MR")
	tests := []struct {
		name    string
		dob     string
		doc     *Document
		booking string
		want    string
	}{
		{"dob", "1985-03-02", nil, "", "Passenger:KIM/MINJUN/1985-03-02"},
		{"doc", "", &Document{Type: "P", Issuer: "KOR", Number: "M123"}, "KE-ABC123", "Passenger:KIM/MINJUN/DOC P-KOR-M123"},
		{"booking", "", nil, "KE-ABC123", "Passenger:KIM/MINJUN/PNR KE-ABC123"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			k, ok := PassengerKey(n, tc.dob, tc.doc, tc.booking)
			if !ok || k.String() != tc.want {
				t.Errorf("got %v, %v; want %s", k, ok, tc.want)
			}
		})
	}
	if _, ok := PassengerKey(n, "", nil, ""); ok {
		t.Error("no dob, document or booking: got ok, want not ok")
	}
}

func TestInFieldPath(t *testing.T) {
	err := InField("passengers[1]", "", InField("phones[0]", "abc", errPhoneChars))
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "passengers[1].phones[0]" || fe.Value != "abc" {
		t.Errorf("got %+v, want field passengers[1].phones[0] value abc", fe)
	}
	if got := InField("x", "", nil); got != nil {
		t.Errorf("InField(nil) = %v, want nil", got)
	}
}
