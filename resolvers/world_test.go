package resolvers_test

import (
	"fmt"
	"time"

	"github.com/borderlens/borderlens/graph"
)

var t0 = time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)

// Keys of the test world.
var (
	kAcme     = graph.NewKey(graph.KindTrader, "KR-ACME")
	kBlue     = graph.NewKey(graph.KindTrader, "KR-BLUE")
	kShen     = graph.NewKey(graph.KindTrader, "CN-SHEN")
	kShadow   = graph.NewKey(graph.KindTrader, "KR-SHADOW")
	kDecl31   = graph.NewKey(graph.KindDeclaration, "D0031")
	kOffice   = graph.NewKey(graph.KindOffice, "ICN01")
	kCN       = graph.NewKey(graph.KindCountry, "CN")
	kJohn     = graph.NewKey(graph.KindPassenger, graph.PassengerID("DOE", "JOHN", "1970-07-12"))
	kJane     = graph.NewKey(graph.KindPassenger, graph.PassengerID("ROE", "JANE", "1985-01-02"))
	kBooking  = graph.NewKey(graph.KindBooking, graph.BookingID("KE", "ABC123"))
	kFlight   = graph.NewKey(graph.KindFlight, graph.FlightID("KE", "81", t0))
	kICN      = graph.NewKey(graph.KindAirport, "ICN")
	kLHR      = graph.NewKey(graph.KindAirport, "LHR")
	kAgency   = graph.NewKey(graph.KindAgency, "AG01")
	kDoc      = graph.DocumentKey("P", "KOR", "M1234567")
	kPhone    = graph.PhoneKey("+821012345678")
	kEmail    = graph.EmailKey("shadow@example.com")
	kAddress  = graph.AddressKey("1 harbour road busan")
	kCard     = graph.PaymentCardKey("c4rdh4sh")
	kSeizure  = graph.NewKey(graph.KindSeizure, "S2024-001")
	nBatch    = 50 // traders named "Batch Trader NN", two declarations each
	nAcmeDecl = 30 // declarations imported by Acme
)

func declKey(i int) graph.Key { return graph.NewKey(graph.KindDeclaration, fmt.Sprintf("D%04d", i)) }

func batchTrader(i int) graph.Key {
	return graph.NewKey(graph.KindTrader, fmt.Sprintf("BATCH-%02d", i))
}

func edge(from graph.Key, rel graph.RelKind, to graph.Key) graph.Edge {
	return graph.Edge{From: from, Kind: rel, To: to}
}

// world returns a small customs world: an ordinary trade chain, a known
// smuggler sharing a phone with a passenger, a seizure, and fifty
// look-alike traders for batching and paging tests.
func world() graph.Batch {
	var b graph.Batch
	add := func(n graph.Node) { b.Nodes = append(b.Nodes, n) }
	link := func(from graph.Key, rel graph.RelKind, to graph.Key) { b.Edges = append(b.Edges, edge(from, rel, to)) }

	add(graph.Trader{ID: "KR-ACME", Name: "Acme Trading Co", Country: "KR", Roles: []string{"importer"}}.Node())
	add(graph.Trader{ID: "KR-BLUE", Name: "Blue Ocean Customs Brokers", Country: "KR", Roles: []string{"declarant"}}.Node())
	add(graph.Trader{ID: "CN-SHEN", Name: "Shenzhen Widget Factory", Country: "CN", Roles: []string{"seller"}}.Node())
	shadow := graph.Trader{ID: "KR-SHADOW", Name: "Shadow Imports", Country: "KR", Roles: []string{"importer"}}.Node()
	shadow.Props[graph.PropKnownSmuggler] = true
	shadow.Props[graph.PropKnownSmugglerSource] = "S2024-001"
	shadow.Props[graph.PropNetworkRisk] = 1.0
	shadow.Props[graph.PropCommunityID] = int64(7)
	add(shadow)
	add(graph.Node{Key: kOffice, Label: "Incheon Airport Customs"})
	add(graph.Node{Key: kCN, Label: "China"})

	for i := 1; i <= nAcmeDecl; i++ {
		d := graph.Declaration{
			ID: fmt.Sprintf("D%04d", i), Date: t0.AddDate(0, 0, i), OfficeID: "ICN01",
			ImporterID: "KR-ACME", DeclarantID: "KR-BLUE", SellerID: "CN-SHEN",
			HSCode: "851762", Description: "network switches", OriginCountry: "CN", DepartureCountry: "CN",
			Quantity: 10, NetMassKg: 25.5, Value: 1000 + float64(i), Taxes: 80, TaxRate: 0.08,
		}
		add(d.Node())
		k := declKey(i)
		link(kAcme, graph.RelImported, k)
		link(k, graph.RelDeclaredBy, kBlue)
		link(k, graph.RelSoldBy, kShen)
		link(k, graph.RelLodgedAt, kOffice)
		link(k, graph.RelOriginatesIn, kCN)
	}
	d31 := graph.Declaration{
		ID: "D0031", Date: t0, OfficeID: "ICN01", ImporterID: "KR-SHADOW", DeclarantID: "KR-BLUE",
		HSCode: "330499", Description: "cosmetics", OriginCountry: "CN", Value: 500,
		Outcome: &graph.InspectionOutcome{Illicit: true, Revenue: 1200, Critical: 2},
	}.Node()
	d31.Props[graph.PropDateIllicitProb] = 0.93
	d31.Props[graph.PropHSRecommended] = "293339"
	add(d31)
	link(kShadow, graph.RelImported, kDecl31)
	link(kDecl31, graph.RelDeclaredBy, kBlue)
	link(kDecl31, graph.RelLodgedAt, kOffice)

	add(graph.Passenger{ID: kJohn.ID, Surname: "DOE", GivenNames: "JOHN", DateOfBirth: "1970-07-12", Gender: "M", Nationality: "KOR"}.Node())
	add(graph.Passenger{ID: kJane.ID, Surname: "ROE", GivenNames: "JANE", DateOfBirth: "1985-01-02", Gender: "F", Nationality: "GBR"}.Node())
	add(graph.Booking{Carrier: "KE", RecordLocator: "ABC123", Created: t0.AddDate(0, 0, -10)}.Node())
	add(graph.Flight{Carrier: "KE", Number: "81", Origin: "ICN", Destination: "LHR", Departure: t0, Arrival: t0.Add(14 * time.Hour)}.Node())
	add(graph.Node{Key: kICN, Label: "Incheon International"})
	add(graph.Node{Key: kLHR, Label: "London Heathrow"})
	add(graph.Node{Key: kAgency, Label: "Seoul Travel"})
	add(graph.Node{Key: kDoc, Label: "P/KOR/M1234567"})
	add(graph.Node{Key: kPhone, Label: "+82 10 1234 5678", Props: graph.Props{graph.PropRaw: "010-1234-5678"}})
	add(graph.Node{Key: kEmail, Label: "shadow@example.com"})
	add(graph.Node{Key: kAddress, Label: "1 Harbour Road, Busan"})
	add(graph.Node{Key: kCard, Label: "card ****1234", Props: graph.Props{graph.PropRaw: "****1234"}})
	add(graph.Seizure{ID: "S2024-001", Date: t0.AddDate(0, 1, 0), OfficeID: "ICN01", Goods: "methamphetamine", Quantity: "2 kg", Source: "seizure"}.Node())
	link(kJohn, graph.RelBooked, kBooking)
	link(kJane, graph.RelBooked, kBooking)
	link(kBooking, graph.RelReserves, kFlight)
	link(kJohn, graph.RelTravelledOn, kFlight)
	link(kJane, graph.RelTravelledOn, kFlight)
	link(kBooking, graph.RelBookedVia, kAgency)
	link(kFlight, graph.RelDeparts, kICN)
	link(kFlight, graph.RelArrives, kLHR)
	link(kJohn, graph.RelHoldsDocument, kDoc)
	link(kJohn, graph.RelTravelsWith, kJane)
	link(kJohn, graph.RelUsesPhone, kPhone)
	link(kShadow, graph.RelUsesPhone, kPhone)
	link(kShadow, graph.RelUsesEmail, kEmail)
	link(kBooking, graph.RelUsesEmail, kEmail)
	link(kShadow, graph.RelLocatedAt, kAddress)
	link(kBooking, graph.RelPaidWith, kCard)
	link(kShadow, graph.RelInvolvedIn, kSeizure)
	link(kDecl31, graph.RelInvolvedIn, kSeizure)
	link(kSeizure, graph.RelSeizedAt, kOffice)

	// A declaration known only as the end of a relationship (a bare node).
	link(graph.NewKey(graph.KindTrader, "KR-GHOST"), graph.RelImported, graph.NewKey(graph.KindDeclaration, "BARE-1"))

	for i := range nBatch {
		t := batchTrader(i)
		add(graph.Trader{ID: t.ID, Name: fmt.Sprintf("Batch Trader %02d", i), Country: "KR"}.Node())
		for j := range 2 {
			d := graph.Declaration{ID: fmt.Sprintf("BD-%02d-%d", i, j), Date: t0, ImporterID: t.ID, HSCode: "640399", Value: 10}
			add(d.Node())
			link(t, graph.RelImported, graph.NewKey(graph.KindDeclaration, d.ID))
		}
		link(t, graph.RelUsesPhone, graph.PhoneKey(fmt.Sprintf("+8210000000%02d", i)))
	}
	return b
}
