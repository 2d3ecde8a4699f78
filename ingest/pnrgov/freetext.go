package pnrgov

import (
	"errors"
	"strings"
	"time"

	"github.com/borderlens/borderlens/ingest/edifact"
)

// This file reads the AIRIMP free-text conventions that PNRGOV carries
// inside SSR, OSI (IFT) and ADD text: DOCS/DOCA/DOCO slash-separated fields,
// DDMMMYY dates, CTCx contact elements and encoded e-mail addresses.

var errAIRIMPDate = errors.New("not a DDMMMYY date")

var monthsAIRIMP = map[string]int{
	"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
	"JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12,
}

// parseAIRIMPDate parses an AIRIMP date: DDMMMYY ("12JUL70"), also DMMMYY
// and DDMMMYYYY.
func parseAIRIMPDate(s string, century edifact.Century) (time.Time, error) {
	s = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), " ", ""))
	if len(s) == 6 || len(s) == 8 {
		s = "0" + s
	}
	if len(s) != 7 && len(s) != 9 {
		return time.Time{}, errAIRIMPDate
	}
	day, ok1 := atoiDigits(s[:2])
	month, ok2 := monthsAIRIMP[s[2:5]]
	year, ok3 := atoiDigits(s[5:])
	if !ok1 || !ok2 || !ok3 {
		return time.Time{}, errAIRIMPDate
	}
	if len(s) == 7 {
		if century == nil {
			century = edifact.NearCentury(time.Time{})
		}
		year = century(year)
	}
	t, err := edifact.Civil(year, month, day, 0, 0, 0)
	if err != nil {
		return time.Time{}, errAIRIMPDate
	}
	return t, nil
}

// isAIRIMPDate reports whether s looks like a DDMMMYY date.
func isAIRIMPDate(s string) bool {
	_, err := parseAIRIMPDate(s, edifact.NearCentury(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)))
	return err == nil
}

func atoiDigits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// slashFields splits SSR free text on "/" after dropping one leading "/":
// "/P/GBR/123" -> ["P" "GBR" "123"].
func slashFields(text string) []string {
	t := strings.TrimSpace(text)
	t = strings.TrimPrefix(t, "/")
	f := strings.Split(t, "/")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	return f
}

func field(f []string, i int) string {
	if i < 0 || i >= len(f) {
		return ""
	}
	return f[i]
}

// docsFields holds SSR DOCS free text split into its AIRIMP fields:
// type/issuing country/number/nationality/date of birth/gender/expiry/
// surname/given name/middle name/H.
type docsFields struct {
	doc       Document
	dob       string
	expiry    string
	hasDetail bool // some document or identity data beyond the name
}

func splitDOCS(text string) docsFields {
	f := slashFields(text)
	d := Document{
		Source:               "SSR DOCS",
		Type:                 field(f, 0),
		IssuingCountry:       field(f, 1),
		Number:               field(f, 2),
		Nationality:          field(f, 3),
		Gender:               strings.ToUpper(field(f, 5)),
		Surname:              field(f, 7),
		GivenName:            field(f, 8),
		MiddleName:           field(f, 9),
		MultiPassengerHolder: strings.EqualFold(field(f, 10), "H"),
		Text:                 strings.TrimSpace(text),
	}
	out := docsFields{doc: d, dob: field(f, 4), expiry: field(f, 6)}
	out.hasDetail = d.Type != "" || d.Number != "" || d.IssuingCountry != "" || d.Nationality != "" || out.dob != "" || d.Gender != ""
	return out
}

// docoFields: place of birth/type/number/place of issue/issue date/country
// for which applicable/I.
func splitDOCO(text string) (Document, string) {
	f := slashFields(text)
	d := Document{
		Source:            "SSR DOCO",
		PlaceOfBirth:      field(f, 0),
		Type:              field(f, 1),
		Number:            field(f, 2),
		IssuePlace:        field(f, 3),
		ApplicableCountry: field(f, 5),
		Text:              strings.TrimSpace(text),
	}
	return d, field(f, 4)
}

// splitDOCA: type/country/address/city/state/postal code/I.
func splitDOCA(text string) Address {
	f := slashFields(text)
	return Address{
		Source:     "SSR DOCA",
		Type:       field(f, 0),
		Country:    field(f, 1),
		Street:     field(f, 2),
		City:       field(f, 3),
		Region:     field(f, 4),
		PostalCode: field(f, 5),
	}
}

// infantText reads SSR INFT free text: "SURNAME/GIVEN DDMMMYY" or
// "SURNAME/GIVEN/DDMMMYY".
func infantText(text string) (surname, given, dob string) {
	t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text), "/"))
	parts := strings.SplitN(t, "/", 2)
	surname = strings.TrimSpace(parts[0])
	if len(parts) < 2 {
		return surname, "", ""
	}
	rest := strings.TrimSpace(parts[1])
	tokens := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '/' })
	var keep []string
	for _, tok := range tokens {
		if dob == "" && isAIRIMPDate(tok) {
			dob = tok
			continue
		}
		keep = append(keep, tok)
	}
	return surname, strings.Join(keep, " "), dob
}

// contactInfo is one CTCx contact element found in free text.
type contactInfo struct {
	kind  byte   // E, M, H, B, P, T, F, R, A, or 0 when not given
	email string // decoded address for E
	phone string // digits for the phone kinds
	city  string // city code before a phone number
	rest  string // text after the number (agency name, remark)
	text  string
}

// findCTC finds an AIRIMP contact element ("CTCM 123", "CTC M 123", "YY
// CTCE A//B.COM") in text.
func findCTC(text string) (contactInfo, bool) {
	up := text
	i := strings.Index(up, "CTC")
	for i > 0 && isUpperAlnum(up[i-1]) {
		// Part of a longer word.
		j := strings.Index(up[i+3:], "CTC")
		if j < 0 {
			return contactInfo{}, false
		}
		i += 3 + j
	}
	if i < 0 {
		return contactInfo{}, false
	}
	after := up[i+3:]
	var kind byte
	trimmed := strings.TrimLeft(after, " ")
	if len(trimmed) > 0 && strings.IndexByte("EMHBPTFRA", trimmed[0]) >= 0 {
		if len(trimmed) == 1 || !isUpperAlnum(trimmed[1]) || isDigit(trimmed[1]) {
			kind = trimmed[0]
			trimmed = trimmed[1:]
		}
	}
	return contactBody(kind, trimmed, strings.TrimSpace(text)), true
}

// contactBody interprets the text that follows a CTCx code (or the free
// text of an SSR CTCx).
func contactBody(kind byte, body, text string) contactInfo {
	c := contactInfo{kind: kind, text: text}
	body = strings.TrimSpace(body)
	switch kind {
	case 'E':
		c.email = decodeEmail(body)
		return c
	case 'R', 'A':
		// Refusal or address: a number may still follow.
	}
	c.phone, c.city, c.rest = extractPhone(body)
	return c
}

// extractPhone finds a telephone number in text such as "MEX1800 002 5200
// DOMESTIC TOLL FREE" or "/4155551234". It returns the digits (with a
// leading "+" when sent), the city code before the number and the text
// after it.
func extractPhone(body string) (number, city, rest string) {
	s := strings.TrimLeft(body, " /")
	if len(s) >= 3 && isLetter(s[0]) && isLetter(s[1]) && isLetter(s[2]) && (len(s) == 3 || !isLetter(s[3])) {
		city = s[:3]
		s = strings.TrimLeft(s[3:], " ")
	}
	start := strings.IndexFunc(s, func(r rune) bool { return r == '+' || (r >= '0' && r <= '9') })
	if start < 0 {
		return "", city, strings.TrimSpace(s)
	}
	end := start
	for end < len(s) && strings.IndexByte("0123456789 +-().", s[end]) >= 0 {
		end++
	}
	number = normalizePhone(s[start:end])
	if countDigits(number) < 5 {
		return "", city, strings.TrimSpace(s)
	}
	rest = strings.Trim(s[end:], " -/")
	return number, city, rest
}

func phoneType(kind byte) string {
	switch kind {
	case 'M':
		return "mobile"
	case 'H':
		return "home"
	case 'B':
		return "business"
	case 'T':
		return "agency"
	case 'F':
		return "fax"
	}
	return "other"
}

// normalizePhone keeps the digits of s and a leading "+".
func normalizePhone(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == '+' && b.Len() == 0:
			b.WriteByte(c)
		}
	}
	if b.String() == "+" {
		return ""
	}
	return b.String()
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// decodeEmail decodes an AIRIMP-encoded e-mail address: "//" is "@", ".."
// is "_" and "./" is "-"; a "/" after the address starts a language or
// passenger-association suffix, and a "-1NAME" passenger association after
// the domain is dropped. The result is lower case, or "" when it is not an
// address.
func decodeEmail(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimPrefix(s, "/")
	if !strings.Contains(s, "@") {
		s = strings.Replace(s, "//", "@", 1)
	}
	s = strings.ReplaceAll(s, "./", "-")
	if i := strings.IndexByte(s, '/'); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "..", "_")
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 {
		return ""
	}
	if dot := strings.LastIndexByte(s, '.'); dot > at {
		if h := strings.IndexByte(s[dot:], '-'); h >= 0 {
			s = s[:dot+h]
		}
	}
	return strings.ToLower(s)
}

// letterPhones reads numbers tagged by a letter, as in ADD free text
// "H5555555555 W 1 555 555 5555"; untagged numbers have kind 0.
func letterPhones(text string) []contactInfo {
	var out []contactInfo
	var kind byte
	var buf strings.Builder
	flush := func() {
		num := normalizePhone(buf.String())
		if countDigits(num) >= 5 {
			k := kind
			if k == 'W' {
				k = 'B'
			}
			out = append(out, contactInfo{kind: k, phone: num, text: strings.TrimSpace(text)})
		}
		buf.Reset()
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case isDigit(c) || c == '+':
			buf.WriteByte(c)
		case c == ' ' || c == '-' || c == '(' || c == ')' || c == '.':
		case isLetter(c):
			flush()
			kind = 0
			// A lone letter before a number tags it.
			if (i == 0 || !isLetter(text[i-1])) && (i+1 == len(text) || !isLetter(text[i+1])) {
				kind = c
			}
		default:
			flush()
			kind = 0
		}
	}
	flush()
	return out
}

// maskCard keeps a masked card number as sent and masks a full one to its
// last four digits, so that no full card number is ever stored.
func maskCard(s string) string {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "Xx*#") {
		return s
	}
	n := countDigits(s)
	if n < 12 {
		return s
	}
	b := []byte(s)
	seen := 0
	for i, c := range b {
		if isDigit(c) {
			seen++
			if seen <= n-4 {
				b[i] = 'X'
			}
		}
	}
	return string(b)
}

// normalizeSeat removes leading zeros of the row, "074E" -> "74E"; it
// returns "" for no seat ("", "XXX").
func normalizeSeat(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" || strings.Trim(s, "X") == "" {
		return ""
	}
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}

func isDigit(b byte) bool  { return b >= '0' && b <= '9' }
func isLetter(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }
func isUpperAlnum(b byte) bool {
	return b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
