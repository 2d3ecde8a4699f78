package resolve

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"

	"github.com/borderlens/borderlens/graph"
)

var (
	errCardNumber = errors.New("card number must be 12 to 19 digits, or a masked form ending in 4 digits")
	errCardLuhn   = errors.New("card number fails the Luhn check")
	errCardExpiry = errors.New("card expiry must be MMYY, MM/YY, MM/YYYY or YYYY-MM")
	errCardMasked = errors.New("a masked card number needs its expiry to be an identity")
	errCardVendor = errors.New("card vendor must be a 2-letter code (VI, CA, AX, ...)")
)

// Card is a resolved payment card. The card number itself is never kept:
// the identity is a keyed hash.
type Card struct {
	// ID is the node id: hex of HMAC-SHA256 under the card key, truncated
	// to 128 bits, of "pan|<digits>" for a full number, or of
	// "masked|<last4>|<MMYY>" when only a masked number is known.
	ID string
	// Label is the display form, e.g. "VI ****1234".
	Label string
	// Vendor is the 2-letter card vendor code, when known.
	Vendor string
	// Last4 are the last four digits.
	Last4 string
	// Weak is set when the identity rests on the masked form and expiry:
	// two different cards may share it, and the same card seen once with
	// its full number and once masked yields two nodes.
	Weak bool
	// Raw is the masked number as given (empty for a full number, which
	// is never kept).
	Raw string
}

// Key returns the card's graph key.
func (c Card) Key() graph.Key { return graph.PaymentCardKey(c.ID) }

// Card resolves a payment card from its vendor code, number (full or
// masked: "XXXXXXXXXXXX1234", "************1234", "411111******1234",
// "VI ****1234") and expiry. A full number must pass the Luhn check; a
// masked one needs the expiry. The returned error's value is always the
// masked form, never the full number.
func (r *Resolver) Card(vendor, number, expiry string) (Card, error) {
	if len(r.cardKey) == 0 {
		return Card{}, ErrNoCardKey
	}
	num, err := clean(number, 64)
	if err != nil {
		return Card{}, &FieldError{Field: "number", Err: err}
	}
	v := strings.ToUpper(strings.TrimSpace(vendor))
	// A vendor code may lead the number: "VI ****1234", "VI4111...".
	if len(num) > 2 && isUpperLetter(num[0]) && isUpperLetter(num[1]) {
		if v == "" {
			v = num[:2]
		}
		num = strings.TrimSpace(num[2:])
	}
	if v != "" && (len(v) != 2 || !isUpperLetter(v[0]) || !isUpperLetter(v[1])) {
		return Card{}, &FieldError{Field: "vendor", Value: truncate(vendor), Err: errCardVendor}
	}
	var digits strings.Builder
	masked := false
	for _, c := range num {
		switch {
		case c >= '0' && c <= '9':
			digits.WriteRune(c)
		case c == 'X' || c == 'x' || c == '*' || c == '#' || c == '•':
			masked = true
			digits.WriteByte('*')
		case c == ' ' || c == '-':
		default:
			return Card{}, &FieldError{Field: "number", Value: maskValue(num), Err: errCardNumber}
		}
	}
	d := digits.String()
	if (!masked && len(d) < 12) || len(d) < 5 || len(d) > 19 {
		return Card{}, &FieldError{Field: "number", Value: maskValue(num), Err: errCardNumber}
	}
	last4 := d[len(d)-4:]
	if !allDigits(last4) {
		return Card{}, &FieldError{Field: "number", Value: maskValue(num), Err: errCardNumber}
	}
	if v == "" {
		v = vendorFromBIN(d)
	}
	label := strings.TrimSpace(v + " ****" + last4)
	if !masked {
		if !luhn(d) {
			return Card{}, &FieldError{Field: "number", Value: maskValue(num), Err: errCardLuhn}
		}
		return Card{ID: r.cardHash("pan|" + d), Label: label, Vendor: v, Last4: last4}, nil
	}
	if strings.TrimSpace(expiry) == "" {
		return Card{}, &FieldError{Field: "expiry", Err: errCardMasked}
	}
	exp, err := CardExpiry(expiry)
	if err != nil {
		return Card{}, &FieldError{Field: "expiry", Value: truncate(expiry), Err: err}
	}
	return Card{
		ID: r.cardHash("masked|" + last4 + "|" + exp), Label: label, Vendor: v,
		Last4: last4, Weak: true, Raw: strings.TrimSpace(number),
	}, nil
}

// CardExpiry normalises a card expiry to "MMYY".
func CardExpiry(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	var mm, yy string
	switch {
	case len(s) == 4 && allDigits(s):
		mm, yy = s[:2], s[2:]
	case len(s) == 5 && s[2] == '/' && allDigits(s[:2]) && allDigits(s[3:]):
		mm, yy = s[:2], s[3:]
	case len(s) == 7 && s[2] == '/' && allDigits(s[:2]) && allDigits(s[3:]):
		mm, yy = s[:2], s[5:]
	case len(s) == 7 && s[4] == '-' && allDigits(s[:4]) && allDigits(s[5:]):
		mm, yy = s[5:], s[2:4]
	default:
		return "", errCardExpiry
	}
	if mm < "01" || mm > "12" {
		return "", errCardExpiry
	}
	return mm + yy, nil
}

func (r *Resolver) cardHash(s string) string {
	m := hmac.New(sha256.New, r.cardKey)
	m.Write([]byte(s))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// MaskCardNumber returns the masked form of a card number: every digit but
// the last four replaced by "X". Synthetic data and reject reports use it.
func MaskCardNumber(pan string) string { return maskValue(pan) }

// maskValue hides every digit of s but the last four.
func maskValue(s string) string {
	n := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			n++
		}
	}
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			if n > 4 {
				c = 'X'
			}
			n--
		}
		b.WriteRune(c)
	}
	return truncate(b.String())
}

func isUpperLetter(b byte) bool { return b >= 'A' && b <= 'Z' }

// vendorFromBIN guesses the IATA vendor code from the leading digits,
// when they are not masked.
func vendorFromBIN(d string) string {
	switch {
	case strings.HasPrefix(d, "4"):
		return "VI"
	case strings.HasPrefix(d, "34"), strings.HasPrefix(d, "37"):
		return "AX"
	case strings.HasPrefix(d, "35"):
		return "JC"
	case strings.HasPrefix(d, "36"), strings.HasPrefix(d, "30"), strings.HasPrefix(d, "38"):
		return "DC"
	case strings.HasPrefix(d, "62"):
		return "UP"
	case len(d) > 1 && d[0] == '5' && d[1] >= '1' && d[1] <= '5', strings.HasPrefix(d, "2"):
		return "CA"
	}
	return ""
}

// luhn reports whether the digits pass the Luhn (mod 10) check.
func luhn(d string) bool {
	sum := 0
	double := false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if double {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		double = !double
	}
	return sum%10 == 0
}

// LuhnCheckDigit returns the digit that makes digits+check pass the Luhn
// check. Synthetic data uses it to make valid-looking card numbers.
func LuhnCheckDigit(digits string) byte {
	for c := byte('0'); c <= '9'; c++ {
		if luhn(digits + string(c)) {
			return c
		}
	}
	return '0'
}
