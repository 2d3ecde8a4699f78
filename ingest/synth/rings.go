package synth

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/resolve"
)

// Link kinds of a planted ring.
const (
	LinkPhone   = "shared-phone"   // both give the same phone number
	LinkEmail   = "shared-email"   // both give the same e-mail address
	LinkAddress = "shared-address" // both give the same postal address
	LinkCard    = "shared-card"    // bookings paid with the same card
	LinkBooking = "same-booking"   // named on the same PNR
	LinkFlights = "co-travel"      // separate PNRs on the same flights
)

// ringNode is a ring participant: a traveller or a trader.
type ringNode struct {
	p    *person
	c    *company
	trip *booking // a passenger's first ring trip
	key  string
}

// ringRoutes are the routes rings favour (index into routes).
func ringRoutes() []int {
	var out []int
	for i, r := range routes {
		switch r.to {
		case "BKK", "HAN", "SGN", "MNL", "PVG", "CAN", "HKG", "TPE":
			out = append(out, i)
		}
	}
	return out
}

// plantRing plants ring idx: 1 or 2 known smugglers (seeds) and 5 to 12
// hidden members, each tied to a seed or an earlier member by one shared
// identifier, a shared booking or shared flights, never named in a
// seizure. Ring trips are booked through one small agency.
func (w *world) plantRing(idx int) Ring {
	g := w.g
	ri := pick(g, ringRoutes())
	var small []*agency
	for _, a := range w.agencies {
		if a.callCentre == "" && a.weight <= 4 {
			small = append(small, a)
		}
	}
	if len(small) == 0 {
		small = w.agencies
	}
	ag := small[(idx*7+g.intn(3))%len(small)]
	ring := Ring{ID: fmt.Sprintf("ring-%02d", idx+1), Goods: goods[idx%len(goods)], Agency: keyOf(graph.KindAgency, ag.id)}
	ringNo := idx + 1

	newTraveller := func() *ringNode {
		ns := nameSetOf(pick(g, []string{"KOR", "KOR", "KOR", "CHN", "VNM", "THA", "PHL"}))
		p := w.newPerson(ns, g.chance(0.35), 1960, 2000)
		w.giveContacts(p, 1, 1, 1)
		p.ring = ringNo
		if g.chance(0.7) {
			c := g.newCard()
			p.card = &c
		}
		n := &ringNode{p: p, key: p.key}
		via := ag
		if g.chance(0.25) {
			via = w.pickAgency()
		}
		n.trip = w.trip(ri, []*person{p}, via)
		if p.card != nil {
			n.trip.payer = p.card
		}
		w.inRing[p.key] = true
		return n
	}
	newTrader := func() *ringNode {
		var ids []string
		for _, id := range w.pool.importers {
			if w.pool.decls[id] >= 2 && !w.inRing["Trader:"+id] {
				ids = append(ids, id)
			}
		}
		if len(ids) == 0 {
			return nil
		}
		id := pick(g, ids)
		c := w.companies[id]
		if c == nil {
			c = w.describe(id, "importer")
			w.companies[id] = c
		}
		c.ring = ringNo
		c.phones = append(c.phones, g.krMobile())
		if len(c.emails) == 0 {
			c.emails = []string{g.unique("email", func() string { return "trade@" + strings.ToLower(id) + ".example" })}
		}
		k := keyOf(graph.KindTrader, id)
		w.inRing[k] = true
		return &ringNode{c: c, key: k}
	}

	var nodes []*ringNode
	var seedNodes []*ringNode
	nSeeds := 1 + g.intn(2)
	for s := 0; s < nSeeds; s++ {
		var n *ringNode
		if (idx%3 == 2 && s == 0) || (s == 1 && g.chance(0.3)) {
			n = newTrader()
		}
		if n == nil {
			n = newTraveller()
			// A known smuggler makes more than one trip on the route.
			for t := 1 + g.intn(2); t > 0; t-- {
				b := w.trip(ri, []*person{n.p}, ag)
				if n.p.card != nil {
					b.payer = n.p.card
				}
			}
		}
		nodes = append(nodes, n)
		seedNodes = append(seedNodes, n)
		ring.Seeds = append(ring.Seeds, n.key)
	}

	nMembers := 5 + g.intn(8)
	for m := 0; m < nMembers; m++ {
		anchor := nodes[g.intn(len(nodes))]
		var member *ringNode
		if g.chance(0.3) {
			member = newTrader()
		}
		if member == nil {
			member = newTraveller()
		}
		var kinds []string
		if anchor.p != nil && member.p != nil {
			kinds = []string{LinkPhone, LinkCard, LinkAddress, LinkEmail, LinkBooking, LinkFlights}
			if anchor.p.card == nil {
				kinds = []string{LinkPhone, LinkAddress, LinkEmail, LinkBooking, LinkFlights}
			}
		} else {
			kinds = []string{LinkPhone, LinkEmail, LinkAddress}
		}
		kind := pick(g, kinds)
		link := Link{From: anchor.key, To: member.key, Kind: kind}
		switch kind {
		case LinkPhone:
			phone := ""
			if anchor.p != nil {
				phone = anchor.p.mobile
			} else {
				phone = anchor.c.phones[len(anchor.c.phones)-1]
			}
			if member.p != nil {
				member.p.extraPhones = append(member.p.extraPhones, phone)
			} else {
				member.c.phones = append(member.c.phones, phone)
			}
			link.Via = []string{g.phoneKey(phone)}
		case LinkEmail:
			email := ""
			if anchor.p != nil {
				email = anchor.p.email
			} else {
				email = anchor.c.emails[0]
			}
			if member.p != nil {
				member.p.extraEmails = append(member.p.extraEmails, email)
			} else {
				member.c.emails = append(member.c.emails, email)
			}
			e, _ := resolve.Email(email)
			link.Via = []string{keyOf(graph.KindEmail, e)}
		case LinkAddress:
			addr := ""
			if anchor.p != nil {
				addr = anchor.p.address
			} else {
				addr = anchor.c.address
			}
			if member.p != nil {
				member.p.address = addr
			} else {
				member.c.address = addr
			}
			link.Via = []string{g.addressKey(addr)}
		case LinkCard:
			member.trip.payer = anchor.p.card
			if k := g.cardKey(*anchor.p.card); k != "" {
				link.Via = []string{k}
			} else {
				link.Via = []string{string(graph.KindPaymentCard)}
			}
		case LinkBooking:
			anchor.trip.pax = append(anchor.trip.pax, member.p)
			link.Via = []string{keyOf(graph.KindBooking, graph.BookingID(anchor.trip.carrier, anchor.trip.locator))}
		case LinkFlights:
			b := w.trip(ri, []*person{member.p}, ag)
			b.legs = append(b.legs[:0:0], anchor.trip.legs...)
			b.created = anchor.trip.created.Add(time.Duration(1+g.intn(72)) * time.Hour)
			if member.p.card != nil {
				b.payer = member.p.card
			}
			for _, l := range b.legs {
				dep, _ := time.Parse("2006-01-02T15:04", l.Departure)
				link.Via = append(link.Via, keyOf(graph.KindFlight, graph.FlightID(l.Carrier, l.Number, dep)))
			}
		}
		nodes = append(nodes, member)
		ring.Members = append(ring.Members, member.key)
		ring.Links = append(ring.Links, link)
	}

	// The seizure (or positive investigation) names the seeds only.
	var refs []string
	for _, s := range seedNodes {
		if s.p != nil {
			refs = append(refs, "passenger="+w.nameVariant(s.p)+"/"+s.p.dob)
		} else {
			refs = append(refs, "trader="+s.c.id)
		}
	}
	date := g.date(time.Date(2021, 1, 10, 0, 0, 0, 0, time.UTC), time.Date(2021, 3, 28, 0, 0, 0, 0, time.UTC))
	id := w.addSeizure(date, idx%2 == 1, "positive", ring.Goods, refs)
	ring.Seizures = []string{keyOf(graph.KindSeizure, id)}
	sort.Strings(ring.Members)
	return ring
}

// nameVariant writes a person's name in one of the forms a seizure
// report might use.
func (w *world) nameVariant(p *person) string {
	switch w.g.intn(3) {
	case 0:
		return strings.ToUpper(p.surname) + "/" + strings.ToUpper(p.given)
	case 1:
		return p.given + " " + strings.ToUpper(p.surname)
	}
	return titleCase(p.surname) + ", " + p.given
}

var offices = []string{"40", "20", "30", "16", "13", "10"}

// addSeizure adds a seizures CSV row and returns its id. investigation
// records it as an investigation result with the given outcome.
func (w *world) addSeizure(date time.Time, investigation bool, outcome, goodsName string, refs []string) string {
	g := w.g
	w.seizureSeq++
	kind, id, caseRef, qty := "seizure", fmt.Sprintf("SZ-%d-%04d", date.Year(), w.seizureSeq), "", ""
	if investigation {
		kind, id, caseRef = "investigation", fmt.Sprintf("INV-%d-%04d", date.Year(), w.seizureSeq), fmt.Sprintf("C-%d-%03d", date.Year(), 100+w.seizureSeq)
		goodsName = ""
	} else {
		qty = fmt.Sprintf("%d.%d kg", 1+g.intn(20), g.intn(10))
		outcome = ""
	}
	w.seizures = append(w.seizures, []string{
		id, date.Format("2006-01-02"), kind, outcome, caseRef, pick(g, offices), goodsName, qty, "", strings.Join(refs, "; "),
	})
	return id
}

// isolatedSeizures adds seizures of people and traders outside the rings
// (known smugglers with no planted ring: their families and colleagues
// are legitimate) and negative investigations that mark nobody.
func (w *world) isolatedSeizures(positive, negative int) []string {
	g := w.g
	var people []*person
	for _, p := range w.people {
		if p.ring == 0 && !w.inRing[p.key] {
			people = append(people, p)
		}
	}
	var traders []string
	for _, id := range w.pool.importers {
		if !w.inRing["Trader:"+id] {
			traders = append(traders, id)
		}
	}
	var known []string
	used := map[string]bool{}
	subject := func() (ref, key string) {
		for {
			if g.chance(0.7) || len(traders) == 0 {
				p := pick(g, people)
				ref, key = "passenger="+w.nameVariant(p)+"/"+p.dob, p.key
			} else {
				id := pick(g, traders)
				ref, key = "trader="+id, keyOf(graph.KindTrader, id)
			}
			if !used[key] {
				used[key] = true
				return ref, key
			}
		}
	}
	for i := 0; i < positive && len(people) > 0; i++ {
		ref, key := subject()
		date := g.date(time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC), worldEnd)
		w.addSeizure(date, g.chance(0.2), "positive", pick(g, goods), []string{ref})
		known = append(known, key)
	}
	for i := 0; i < negative && len(people) > 0; i++ {
		ref, _ := subject()
		date := g.date(time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC), worldEnd)
		w.addSeizure(date, true, "negative", "", []string{ref})
	}
	sort.Strings(known)
	return known
}
