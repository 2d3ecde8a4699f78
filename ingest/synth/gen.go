package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/borderlens/borderlens/ingest/resolve"
)

// gen is the random state of one generation: the seeded source and the
// identifiers handed out so far (so that two people never share one by
// accident: every shared identifier in the world is planted).
type gen struct {
	rng  *rand.Rand
	used map[string]bool
	res  *resolve.Resolver
}

func newGen(seed uint64, res *resolve.Resolver) *gen {
	return &gen{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), used: map[string]bool{}, res: res}
}

func (g *gen) intn(n int) int { return g.rng.IntN(n) }

// chance reports true with probability p.
func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

func pick[T any](g *gen, xs []T) T { return xs[g.rng.IntN(len(xs))] }

func (g *gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.rng.IntN(10))
	}
	return string(b)
}

func (g *gen) letters(n int) string {
	const abc = "ABCDEFGHJKLMNPQRSTUVWXYZ"
	b := make([]byte, n)
	for i := range b {
		b[i] = abc[g.rng.IntN(len(abc))]
	}
	return string(b)
}

// unique calls f until it returns a value not handed out before, under
// the given namespace.
func (g *gen) unique(ns string, f func() string) string {
	for {
		v := f()
		if k := ns + "|" + v; !g.used[k] {
			g.used[k] = true
			return v
		}
	}
}

// krMobile returns a new Korean mobile number in canonical national form
// ("010-1234-5678").
func (g *gen) krMobile() string { return g.unique("phone", g.krMobileRaw) }

// krMobileRaw draws a Korean mobile number without reserving it.
func (g *gen) krMobileRaw() string { return "010-" + g.digits(4) + "-" + g.digits(4) }

// krLandline returns a new Seoul or regional landline ("02-555-0101").
func (g *gen) krLandline() string {
	area := pick(g, []string{"02", "02", "02", "031", "032", "051", "053"})
	return g.unique("phone", func() string { return area + "-" + g.digits(3+g.intn(2)) + "-" + g.digits(4) })
}

// phoneVariant writes a phone number the way some source might: the
// same E.164 number with other prefixes and separators.
func (g *gen) phoneVariant(p string) string {
	if strings.HasPrefix(p, "+") || !strings.HasPrefix(p, "0") {
		switch g.intn(3) {
		case 0:
			return strings.NewReplacer("-", " ", "(", "", ")", "").Replace(p)
		case 1:
			return "00" + strings.NewReplacer("+", "", " ", "", "-", "", "(", "", ")", "").Replace(p)
		}
		return p
	}
	national := strings.ReplaceAll(p[1:], "-", " ")
	switch g.intn(6) {
	case 0:
		return strings.ReplaceAll(p, "-", "")
	case 1:
		return "+82 " + national
	case 2:
		return "+82-" + strings.ReplaceAll(national, " ", "-")
	case 3:
		return "0082 " + national
	case 4:
		parts := strings.SplitN(p, "-", 2)
		return "(" + parts[0] + ") " + strings.ReplaceAll(parts[1], "-", " ")
	}
	return p
}

// phoneKey returns the graph key id of a phone number as ingest resolves
// it.
func (g *gen) phoneKey(p string) string {
	e, err := g.res.Phone(p)
	if err != nil {
		panic(fmt.Sprintf("synth: generated phone %q does not resolve: %v", p, err))
	}
	return "Phone:" + e
}

// krAddress returns a new Korean street address in canonical form.
func (g *gen) krAddress() string {
	return g.unique("address", func() string {
		d := pick(g, krDistricts)
		return fmt.Sprintf("%d %s, %s, %s %s%s", 1+g.intn(400), pick(g, krRoads), d[0], d[1], d[2], g.digits(3))
	})
}

// foreignAddress returns a new address in the given country.
func (g *gen) foreignAddress(country string) string {
	cities := foreignCities[country]
	if cities == nil {
		cities = []string{"Capital City"}
	}
	return g.unique("address", func() string {
		return fmt.Sprintf("%d %s, %s, %s", 1+g.intn(900), pick(g, foreignStreets), pick(g, cities), country)
	})
}

// addressVariant writes an address the way some source might, so that it
// still resolves to the same key: case, hyphens and commas vary, and
// street types are spelled out or abbreviated.
func (g *gen) addressVariant(a string) string {
	switch g.intn(5) {
	case 0:
		return strings.ToUpper(a)
	case 1:
		return strings.ReplaceAll(strings.ReplaceAll(a, "-", ""), ",", "")
	case 2:
		return strings.NewReplacer(" Road", " Rd.", " Street", " St.", " Avenue", " Ave", " Boulevard", " Blvd").Replace(a)
	case 3:
		return strings.ReplaceAll(a, "-", " ")
	}
	return a
}

func (g *gen) addressKey(a string) string {
	k, err := resolve.Address(a)
	if err != nil {
		panic(fmt.Sprintf("synth: generated address %q does not resolve: %v", a, err))
	}
	return "Address:" + k
}

// personalEmail returns a new personal e-mail address.
func (g *gen) personalEmail(given, surname string) string {
	base := strings.ToLower(strings.NewReplacer(" ", "", "-", "").Replace(resolve.Fold(given))) + "." +
		strings.ToLower(strings.ReplaceAll(resolve.Fold(surname), " ", ""))
	dom := pick(g, []string{"example.com", "example.net", "example.org", "mail.example", "inbox.example"})
	return g.unique("email", func() string {
		switch g.intn(3) {
		case 0:
			return base + "@" + dom
		case 1:
			return base + g.digits(2) + "@" + dom
		}
		return strings.ReplaceAll(base, ".", "_") + g.digits(3) + "@" + dom
	})
}

// emailVariant changes the case and adds white space.
func (g *gen) emailVariant(e string) string {
	switch g.intn(4) {
	case 0:
		return strings.ToUpper(e[:1]) + e[1:]
	case 1:
		return " " + e
	}
	return e
}

// card is a payment card. Each card is always written the same way (full
// number or masked with expiry), so that it keeps one identity.
type card struct {
	vendor string
	pan    string // 16 digits, issuer range 9 (ISO/IEC 7812 national use): no real card
	expiry string // MM/YY
	full   bool   // written with the full number
}

func (g *gen) newCard() card {
	pan := g.unique("card", func() string {
		d := "9" + g.digits(14)
		return d + string(resolve.LuhnCheckDigit(d))
	})
	return card{
		vendor: pick(g, []string{"VI", "VI", "CA", "CA", "AX", "JC"}),
		pan:    pan,
		expiry: fmt.Sprintf("%02d/%02d", 1+g.intn(12), 22+g.intn(6)),
		full:   g.chance(0.3),
	}
}

// number returns how the card is written in a payment.
func (c card) number() string {
	if c.full {
		return c.pan[:4] + " " + c.pan[4:8] + " " + c.pan[8:12] + " " + c.pan[12:]
	}
	return resolve.MaskCardNumber(c.pan)
}

func (g *gen) cardKey(c card) string {
	var (
		rc  resolve.Card
		err error
	)
	if c.full {
		rc, err = g.res.Card(c.vendor, c.pan, "")
	} else {
		rc, err = g.res.Card(c.vendor, resolve.MaskCardNumber(c.pan), c.expiry)
	}
	if err != nil {
		return "" // no card key configured: the link is named without its key
	}
	return rc.Key().String()
}

// locator returns a new PNR record locator.
func (g *gen) locator() string {
	const abc = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	return g.unique("locator", func() string {
		b := make([]byte, 6)
		for i := range b {
			b[i] = abc[g.intn(len(abc))]
		}
		return string(b)
	})
}

// date returns a uniformly random day in [from, to].
func (g *gen) date(from, to time.Time) time.Time {
	days := int(to.Sub(from).Hours() / 24)
	return from.AddDate(0, 0, g.intn(days+1))
}
