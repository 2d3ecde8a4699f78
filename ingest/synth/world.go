package synth

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest"
	"github.com/borderlens/borderlens/ingest/resolve"
)

// The world spans the declarations' period.
var (
	worldStart = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	worldEnd   = time.Date(2021, 3, 31, 0, 0, 0, 0, time.UTC)
)

// person is a traveller.
type person struct {
	surname, given string // as the name lists write them
	gender         string
	dob            string
	nat            string // ISO 3166 alpha-3
	doc            string // passport number
	docExpiry      string
	mobile         string   // own phone, canonical national or + form; may be ""
	email          string   // own e-mail; may be ""
	address        string   // home address; may be ""
	extraPhones    []string // phones of others this person gives (planted)
	extraEmails    []string
	card           *card // own card, paying the person's bookings
	ring           int   // 1-based ring, 0 for none
	key            string
}

// company is a trader with details in the traders file.
type company struct {
	id      string
	name    string
	country string
	roles   []string
	address string
	phones  []string
	emails  []string
	ring    int
}

// agency is a travel agency.
type agency struct {
	id, name, city string
	callCentre     string // phone written as the booking contact on many PNRs, or ""
	weight         int
}

// booking is a planned PNR.
type booking struct {
	carrier  string
	locator  string
	created  time.Time
	agency   *agency
	legs     []ingest.LegRecord
	pax      []*person
	infantOf map[int]int
	payer    *card  // booking-level payment
	phone    string // booking-level contact phone
	email    string
}

// world is everything generated, before it is written.
type world struct {
	g          *gen
	pool       traderPool
	agencies   []*agency
	companies  map[string]*company
	people     []*person
	bookings   []*booking
	operating  [][]time.Time // operating dates of each route
	noise      []NoiseGroup
	seizures   [][]string // seizures CSV rows
	rings      []Ring
	inRing     map[string]bool // keys of ring people and companies
	seizureSeq int
}

func (w *world) personKey(p *person) string {
	n, err := resolve.NameParts(p.surname, p.given)
	if err != nil {
		panic(fmt.Sprintf("synth: generated name %q/%q does not resolve: %v", p.surname, p.given, err))
	}
	k, _ := resolve.PassengerKey(n, p.dob, nil, "")
	return k.String()
}

// newPerson makes a traveller of the given nationality set (nil: drawn by
// weight), sex and birth-year range.
func (w *world) newPerson(ns *nameSet, female bool, fromYear, toYear int) *person {
	g := w.g
	if ns == nil {
		ns = pickNameSet(g)
	}
	p := &person{nat: ns.nat, surname: pick(g, ns.surnames)}
	if female {
		p.gender, p.given = "F", pick(g, ns.female)
	} else {
		p.gender, p.given = "M", pick(g, ns.male)
	}
	dob := g.date(time.Date(fromYear, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(toYear, 12, 28, 0, 0, 0, 0, time.UTC))
	p.dob = dob.Format("2006-01-02")
	p.doc = g.unique("doc|"+ns.nat, func() string { return ns.docPre + g.digits(ns.docLen) })
	p.docExpiry = g.date(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2031, 12, 28, 0, 0, 0, 0, time.UTC)).Format("2006-01-02")
	// Two people with the same name and birthday are one person to
	// resolution: draw again rather than merge strangers.
	p.key = w.personKey(p)
	for w.g.used["person|"+p.key] {
		dob = dob.AddDate(0, 0, 1+g.intn(300))
		p.dob = dob.Format("2006-01-02")
		p.key = w.personKey(p)
	}
	w.g.used["person|"+p.key] = true
	w.people = append(w.people, p)
	return p
}

// setSurname gives p another surname (a family's), keeping its key unique.
func (w *world) setSurname(p *person, surname string) {
	p.surname = surname
	p.key = w.personKey(p)
	for w.g.used["person|"+p.key] {
		d, _ := time.Parse("2006-01-02", p.dob)
		p.dob = d.AddDate(0, 0, 1+w.g.intn(300)).Format("2006-01-02")
		p.key = w.personKey(p)
	}
	w.g.used["person|"+p.key] = true
}

func pickNameSet(g *gen) *nameSet {
	n := g.intn(100)
	for i := range nameSets {
		n -= nameSets[i].weight
		if n < 0 {
			return &nameSets[i]
		}
	}
	return &nameSets[0]
}

func nameSetOf(nat string) *nameSet {
	for i := range nameSets {
		if nameSets[i].nat == nat {
			return &nameSets[i]
		}
	}
	return &nameSets[0]
}

// giveContacts gives p a mobile (with probability pm), an e-mail (pe)
// and an address (pa).
func (w *world) giveContacts(p *person, pm, pe, pa float64) {
	g := w.g
	if g.chance(pm) {
		ns := nameSetOf(p.nat)
		p.mobile = g.unique("phone", func() string { return ns.phone(g) })
	}
	if g.chance(pe) {
		p.email = g.personalEmail(p.given, p.surname)
	}
	if g.chance(pa) {
		if p.nat == "KOR" {
			p.address = g.krAddress()
		} else {
			p.address = g.foreignAddress(alpha2(p.nat))
		}
	}
}

func alpha2(a3 string) string {
	c, err := resolve.Country(a3)
	if err != nil {
		return a3
	}
	return c
}

// makeAgencies creates the travel agencies; the first three run call
// centres whose number is written as the contact of many bookings.
func (w *world) makeAgencies(n int) {
	g := w.g
	if n > len(agencyNames) {
		n = len(agencyNames)
	}
	for i := 0; i < n; i++ {
		a := &agency{
			id:     g.unique("agency", func() string { return "173" + g.digits(5) }),
			name:   agencyNames[i],
			city:   pick(g, []string{"SEL", "SEL", "SEL", "PUS", "ICN"}),
			weight: 1 + g.intn(8),
		}
		if i < 3 {
			a.callCentre = "02-" + g.digits(4) + "-" + g.digits(4)
			a.weight = 15
		}
		w.agencies = append(w.agencies, a)
	}
}

func (w *world) pickAgency() *agency {
	total := 0
	for _, a := range w.agencies {
		total += a.weight
	}
	n := w.g.intn(total)
	for _, a := range w.agencies {
		n -= a.weight
		if n < 0 {
			return a
		}
	}
	return w.agencies[0]
}

// makeSchedule gives each route its operating dates: about one day in
// eight, so that travellers meet on flights as they do on real ones.
func (w *world) makeSchedule() {
	days := int(worldEnd.Sub(worldStart).Hours()/24) + 1
	for range routes {
		var ds []time.Time
		for d := 0; d < days; d++ {
			if w.g.intn(8) == 0 {
				ds = append(ds, worldStart.AddDate(0, 0, d))
			}
		}
		w.operating = append(w.operating, ds)
	}
}

func (w *world) pickRoute() int {
	total := 0
	for _, r := range routes {
		total += r.weight
	}
	n := w.g.intn(total)
	for i, r := range routes {
		n -= r.weight
		if n < 0 {
			return i
		}
	}
	return 0
}

// leg returns the outbound (ret false) or return leg of route ri on day.
func leg(ri int, ret bool, day time.Time) ingest.LegRecord {
	r := routes[ri]
	from, to, num, hour := r.from, r.to, r.number, r.dep
	if ret {
		from, to, num, hour = r.to, r.from, r.number+1, (r.dep+7)%24
	}
	dep := day.Add(time.Duration(hour) * time.Hour)
	arr := dep.Add(time.Duration(r.minutes) * time.Minute)
	return ingest.LegRecord{
		Carrier: r.carrier, Number: fmt.Sprint(num), Origin: from, Destination: to,
		Departure: dep.Format("2006-01-02T15:04"), Arrival: arr.Format("2006-01-02T15:04"),
	}
}

// trip plans a booking for the travellers on route ri: outbound on an
// operating date, and usually a return 3 to 21 days later.
func (w *world) trip(ri int, pax []*person, ag *agency) *booking {
	g := w.g
	out := pick(g, w.operating[ri])
	legs := []ingest.LegRecord{leg(ri, false, out)}
	if g.chance(0.8) {
		legs = append(legs, leg(ri, true, out.AddDate(0, 0, 3+g.intn(19))))
	}
	b := &booking{
		carrier: routes[ri].carrier, locator: g.locator(),
		created: out.AddDate(0, 0, -(5 + g.intn(85))).Add(time.Duration(8+g.intn(12))*time.Hour + time.Duration(g.intn(60))*time.Minute),
		agency:  ag, legs: legs, pax: pax,
	}
	payer := pax[0]
	if payer.card != nil && g.chance(0.85) {
		b.payer = payer.card
	}
	switch {
	case ag != nil && ag.callCentre != "" && g.chance(0.5):
		b.phone = ag.callCentre
	case payer.mobile != "" && g.chance(0.7):
		b.phone = payer.mobile
	}
	if payer.email != "" && g.chance(0.5) {
		b.email = payer.email
	}
	w.bookings = append(w.bookings, b)
	return b
}

// populate creates the legitimate travellers in groups (solo travellers,
// families, couples, colleagues) and their trips, until the world has n
// people. Families and couples share an address and travel on one
// booking, which is the noise any link analysis has to see through.
func (w *world) populate(n int) {
	g := w.g
	for len(w.people) < n {
		var group []*person
		kind := ""
		switch r := g.intn(100); {
		case r < 50:
			p := w.newPerson(nil, g.chance(0.5), 1950, 2002)
			w.giveContacts(p, 0.8, 0.6, 0.4)
			group = []*person{p}
		case r < 75:
			kind = "family"
			ns := pickNameSet(g)
			a := w.newPerson(ns, false, 1960, 1990)
			b := w.newPerson(ns, true, 1962, 1992)
			w.setSurname(b, a.surname)
			w.giveContacts(a, 1, 0.7, 1)
			w.giveContacts(b, 0.9, 0.5, 0)
			b.address = a.address
			group = []*person{a, b}
			for c := g.intn(4); c > 0; c-- {
				child := w.newPerson(ns, g.chance(0.5), 2003, 2019)
				w.setSurname(child, a.surname)
				child.address = a.address
				group = append(group, child)
			}
		case r < 85:
			kind = "couple"
			a := w.newPerson(nil, false, 1955, 1998)
			b := w.newPerson(nil, true, 1955, 1998)
			w.giveContacts(a, 1, 0.7, 1)
			w.giveContacts(b, 1, 0.7, 0)
			b.address = a.address
			group = []*person{a, b}
		default:
			kind = "colleagues"
			for c := 2 + g.intn(3); c > 0; c-- {
				p := w.newPerson(&nameSets[0], g.chance(0.4), 1965, 1998)
				w.giveContacts(p, 1, 1, 0.3)
				group = append(group, p)
			}
		}
		if group[0].card == nil && g.chance(0.85) {
			c := g.newCard()
			group[0].card = &c
		}
		if kind != "" {
			var keys []string
			for _, p := range group {
				keys = append(keys, p.key)
			}
			w.noise = append(w.noise, NoiseGroup{Kind: kind, Members: keys})
		}
		trips := 1 + g.intn(3)
		if g.chance(0.1) {
			trips += 3 // frequent travellers
		}
		for t := 0; t < trips; t++ {
			var ag *agency
			if g.chance(0.65) {
				ag = w.pickAgency()
			}
			pax := group
			if len(group) > 1 && kind == "colleagues" && g.chance(0.3) {
				pax = group[:1+g.intn(len(group))]
			}
			b := w.trip(w.pickRoute(), pax, ag)
			if kind == "family" {
				for i, p := range pax {
					if birthYear(p.dob) >= 2018 && i >= 2 {
						if b.infantOf == nil {
							b.infantOf = map[int]int{}
						}
						b.infantOf[i] = 1
					}
				}
			}
		}
	}
}

func birthYear(dob string) int {
	var y int
	fmt.Sscanf(dob, "%d", &y)
	return y
}

// makeCompanies describes n traders of the declarations (importers,
// declarants, sellers and couriers in proportion), plus the noise of
// legitimate sharing: business centres several importers register at,
// importers giving their customs broker's phone, and company groups
// sharing a switchboard.
func (w *world) makeCompanies(n int) {
	g := w.g
	w.companies = map[string]*company{}
	take := func(ids []string, k int, role string) []*company {
		ids = append([]string(nil), ids...)
		g.rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
		if k > len(ids) {
			k = len(ids)
		}
		var out []*company
		for _, id := range ids[:k] {
			c := w.companies[id]
			if c == nil {
				c = w.describe(id, role)
				w.companies[id] = c
			} else {
				c.roles = append(c.roles, role)
			}
			out = append(out, c)
		}
		return out
	}
	couriers := take(w.pool.couriers, len(w.pool.couriers), "courier")
	_ = couriers
	declarants := take(w.pool.declarants, n*15/100, "declarant")
	sellers := take(w.pool.sellers, n*20/100, "seller")
	importers := take(w.pool.importers, n-len(w.companies), "importer")
	_ = sellers

	// Business centres: 3 to 8 importers registered at one address.
	for i := 0; i < len(importers)/60 && len(importers) > 10; i++ {
		addr := g.krAddress()
		var keys []string
		for k := 3 + g.intn(6); k > 0; k-- {
			c := pick(g, importers)
			c.address = addr
			keys = append(keys, "Trader:"+c.id)
		}
		w.noise = append(w.noise, NoiseGroup{Kind: "business-centre", Members: dedupe(keys), Via: g.addressKey(addr)})
	}
	// Importers who give their broker's number.
	brokers := map[string]*company{}
	for _, d := range declarants {
		brokers[d.id] = d
	}
	for _, c := range importers {
		if b := brokers[w.pool.brokerOf[c.id]]; b != nil && g.chance(0.25) {
			c.phones = append(c.phones, b.phones[0])
			w.noise = append(w.noise, NoiseGroup{Kind: "broker-phone", Members: []string{"Trader:" + c.id, "Trader:" + b.id}, Via: g.phoneKey(b.phones[0])})
		}
	}
	// Company groups sharing a switchboard.
	for i := 0; i < len(importers)/100 && len(importers) > 10; i++ {
		phone := g.krLandline()
		var keys []string
		for k := 2 + g.intn(3); k > 0; k-- {
			c := pick(g, importers)
			c.phones = append(c.phones, phone)
			keys = append(keys, "Trader:"+c.id)
		}
		w.noise = append(w.noise, NoiseGroup{Kind: "company-group", Members: dedupe(keys), Via: g.phoneKey(phone)})
	}
}

// describe invents the details of a trader in a role.
func (w *world) describe(id, role string) *company {
	g := w.g
	c := &company{id: id, roles: []string{role}, country: "KR"}
	slug := ""
	switch role {
	case "seller":
		c.country = w.pool.origin[id]
		if _, err := resolve.Country(c.country); err != nil || c.country == "KR" {
			c.country = "CN"
		}
		word := pick(g, foreignCompanyWords)
		switch c.country {
		case "CN", "HK", "TW":
			c.name = fmt.Sprintf("%s %s %s Co., Ltd.", pick(g, orDefault(foreignCities[c.country], "Shenzhen")), word, pick(g, []string{"Trading", "Industrial", "Import & Export", "Technology"}))
		case "JP":
			c.name = word + " Shoji K.K."
		case "DE":
			c.name = word + " Handels GmbH"
		case "US":
			c.name = word + " Supply LLC"
		default:
			c.name = word + " Export Ltd."
		}
		c.address = g.foreignAddress(c.country)
		c.phones = []string{g.unique("phone", func() string { return foreignPhone(g, c.country) })}
		slug = strings.ToLower(strings.ReplaceAll(word, " ", "")) + "-" + strings.ToLower(id[:3])
	case "courier":
		c.name = pick(g, []string{"Swift", "Jet", "Sky", "Rapid", "Metro", "Global", "Star"}) + " " + pick(g, []string{"Express", "Courier", "Parcel", "Logistics"}) + " " + id
		c.country = pick(g, []string{"KR", "KR", "US", "HK"})
		c.address = g.krAddress()
		c.phones = []string{g.krLandline()}
		slug = strings.ToLower(strings.ReplaceAll(c.name, " ", ""))
	case "declarant":
		c.name = pick(g, nameSets[0].surnames)[:1] + strings.ToLower(pick(g, nameSets[0].surnames)[1:]) + " Customs Brokerage " + pick(g, []string{"Co.", "Office", "Ltd."})
		c.address = g.krAddress()
		c.phones = []string{g.krLandline()}
		slug = "broker-" + strings.ToLower(id)
	default:
		prefix := pick(g, companyPrefixes)
		c.name = prefix + " " + pick(g, companyTrades) + " " + pick(g, companySuffixes)
		c.address = g.krAddress()
		c.phones = []string{g.krLandline()}
		slug = strings.ToLower(prefix) + "-" + strings.ToLower(id)
	}
	if g.chance(0.8) {
		c.emails = []string{g.unique("email", func() string { return pick(g, []string{"info", "sales", "contact", "trade"}) + "@" + slug + ".example" })}
	}
	return c
}

func orDefault(xs []string, d string) []string {
	if len(xs) == 0 {
		return []string{d}
	}
	return xs
}

func foreignPhone(g *gen, country string) string {
	switch country {
	case "CN":
		return "+86 " + pick(g, []string{"755", "20", "579", "574", "21"}) + " " + g.digits(4) + " " + g.digits(4)
	case "JP":
		return "+81 3-" + g.digits(4) + "-" + g.digits(4)
	case "US":
		return "+1 (" + g.digits(3) + ") 555-01" + g.digits(2)
	case "DE":
		return "+49 40 " + g.digits(7)
	case "HK":
		return "+852 " + g.digits(4) + " " + g.digits(4)
	}
	return "+" + pick(g, []string{"84", "66", "886", "65", "60"}) + " " + g.digits(3) + " " + g.digits(5)
}

// ownersTravel makes some importers' owners travel with the company's
// contact details: a legitimate trader-passenger link.
func (w *world) ownersTravel(k int) {
	g := w.g
	var ids []string
	for id, c := range w.companies {
		if c.ring == 0 && c.country == "KR" && hasRole(c, "importer") {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	g.rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	if k > len(ids) {
		k = len(ids)
	}
	for _, id := range ids[:k] {
		c := w.companies[id]
		p := w.newPerson(&nameSets[0], g.chance(0.3), 1955, 1985)
		p.mobile = g.krMobile()
		c.phones = append(c.phones, p.mobile)
		via := g.phoneKey(p.mobile)
		if len(c.emails) > 0 && g.chance(0.5) {
			p.email = c.emails[0]
			via = "Email:" + c.emails[0]
		}
		cd := g.newCard()
		p.card = &cd
		for t := 1 + g.intn(3); t > 0; t-- {
			w.trip(w.pickRoute(), []*person{p}, nil)
		}
		w.noise = append(w.noise, NoiseGroup{Kind: "trader-owner", Members: []string{"Trader:" + id, p.key}, Via: via})
	}
}

func hasRole(c *company, r string) bool {
	for _, x := range c.roles {
		if x == r {
			return true
		}
	}
	return false
}

func dedupe(xs []string) []string {
	sort.Strings(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// record turns a planned booking into the record the passengers file
// carries, writing names, phones, addresses and e-mails in varied forms.
func (w *world) record(b *booking) ingest.BookingRecord {
	g := w.g
	rec := ingest.BookingRecord{
		Carrier: b.carrier, Locator: b.locator, Created: b.created.Format(time.RFC3339), Legs: b.legs,
	}
	if b.agency != nil {
		rec.Agency = &ingest.AgencyRecord{ID: b.agency.id, Name: b.agency.name, City: b.agency.city, Country: "KR"}
	}
	if b.phone != "" {
		rec.Phones = []string{g.phoneVariant(b.phone)}
	}
	if b.email != "" {
		rec.Emails = []string{g.emailVariant(b.email)}
	}
	if b.payer != nil {
		rec.Payments = []ingest.PaymentRecord{{Type: "CC", Vendor: b.payer.vendor, Number: b.payer.number(), Expiry: b.payer.expiry}}
	}
	for i, p := range b.pax {
		pr := ingest.PassengerRecord{DateOfBirth: p.dob, Gender: p.gender, Nationality: p.nat}
		title := "MR"
		if p.gender == "F" {
			title = pick(g, []string{"MS", "MRS"})
		}
		switch g.intn(6) {
		case 0:
			pr.Name = strings.ToUpper(p.surname) + "/" + strings.ToUpper(strings.ReplaceAll(p.given, "-", "")) + " " + title
		case 1:
			pr.Name = p.given + " " + strings.ToUpper(p.surname)
		case 2:
			pr.Name = titleCase(p.surname) + ", " + p.given
		case 3:
			pr.Surname, pr.Given = strings.ToUpper(p.surname), strings.ToUpper(p.given)+" "+title
		default:
			pr.Surname, pr.Given = p.surname, p.given
		}
		if birthYear(p.dob) >= 2018 {
			pr.Infant = true
		}
		if j, ok := b.infantOf[i]; ok {
			jj := j
			pr.InfantOf = &jj
		}
		if g.chance(0.9) {
			pr.Documents = []ingest.DocumentRecord{{Type: "P", Issuer: p.nat, Number: p.doc, Expiry: p.docExpiry}}
		}
		if p.mobile != "" && (g.chance(0.6) || p.ring > 0) {
			pr.Phones = append(pr.Phones, g.phoneVariant(p.mobile))
		}
		for _, x := range p.extraPhones {
			pr.Phones = append(pr.Phones, g.phoneVariant(x))
		}
		if p.email != "" && (g.chance(0.5) || p.ring > 0) {
			pr.Emails = append(pr.Emails, g.emailVariant(p.email))
		}
		pr.Emails = append(pr.Emails, p.extraEmails...)
		if p.address != "" && (g.chance(0.5) || p.ring > 0) {
			pr.Addresses = []string{g.addressVariant(p.address)}
		}
		rec.Passengers = append(rec.Passengers, pr)
	}
	return rec
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	r := []rune(strings.ToLower(s))
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}

// keyOf returns the graph key string of a kind and id.
func keyOf(k graph.Kind, id string) string { return graph.NewKey(k, id).String() }
