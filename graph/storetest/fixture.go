package storetest

import (
	"fmt"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// key is shorthand for graph.NewKey in tables.
func key(kind graph.Kind, id string) graph.Key { return graph.NewKey(kind, id) }

// day returns midnight UTC of the given date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// edge is shorthand for a relationship without time or properties.
func edge(from graph.Key, kind graph.RelKind, to graph.Key) graph.Edge {
	return graph.Edge{From: from, Kind: kind, To: to}
}

// Keys of the network fixture.
var (
	acme  = key(graph.KindTrader, "acme")
	beta  = key(graph.KindTrader, "beta")
	gamma = key(graph.KindTrader, "gamma")
	d1    = key(graph.KindDeclaration, "d1")
	d2    = key(graph.KindDeclaration, "d2")
	d3    = key(graph.KindDeclaration, "d3")
	lhr   = key(graph.KindOffice, "LHR")
	cn    = key(graph.KindCountry, "CN")
	phone = key(graph.KindPhone, "+441")
	s1    = key(graph.KindSeizure, "s1")
	big   = key(graph.KindAgency, "big")
)

// passenger returns the key of the i-th passenger of the network's
// travel chain.
func passenger(i int) graph.Key { return key(graph.KindPassenger, fmt.Sprintf("p%02d", i)) }

// booking returns the key of the i-th booking of the network's agency.
func booking(i int) graph.Key { return key(graph.KindBooking, fmt.Sprintf("b%03d", i)) }

// Sizes of the network's chain and star.
const (
	chainLen  = 10  // passengers p00 -> p01 -> ... -> p09
	starBooks = 600 // bookings b000..b599 -> Agency:big, more than DefaultNodeLimit
)

// network is a small customs graph with known neighbourhoods:
//
//	acme -IMPORTED-> d1 (2024-01-10), d2 (2024-03-05); beta -IMPORTED-> d3 (2024-06-01)
//	d1 -SOLD_BY-> gamma; d1, d2, d3 -LODGED_AT-> LHR; d1, d3 -ORIGINATES_IN-> CN (bare)
//	acme, beta -USES_PHONE-> +441; gamma -USES_PHONE-> +441 (2023-01-01)
//	beta -INVOLVED_IN-> s1 (2024-07-01)
//
// plus, unconnected to it, a chain of passengers p00 -TRAVELS_WITH-> p01
// ... p09 and a star of bare bookings b000..b599 -BOOKED_VIA-> Agency:big.
// Every node but CN and the bookings is listed with a label.
func network() graph.Batch {
	b := graph.Batch{
		Nodes: []graph.Node{
			{Key: acme, Label: "ACME Ltd", Props: graph.Props{"country": "GB", "roles": []string{"importer"}}},
			{Key: beta, Label: "Beta Trading", Props: graph.Props{"country": "NL"}},
			{Key: gamma, Label: "Gamma Exports", Props: graph.Props{"country": "CN"}},
			{Key: d1, Label: "d1 (HS 8517)", At: day(2024, 1, 10), Props: graph.Props{"hsCode": "8517", "value": 1200.5}},
			{Key: d2, Label: "d2", At: day(2024, 3, 5), Props: graph.Props{"value": 300.0}},
			{Key: d3, Label: "d3", At: day(2024, 6, 1), Props: graph.Props{"inspected": true, "critical": int64(2)}},
			{Key: lhr, Label: "Heathrow"},
			{Key: phone, Label: "+44 1"},
			{Key: s1, Label: "Seizure s1: watches", At: day(2024, 7, 1)},
			{Key: big, Label: "Big Travel"},
		},
		Edges: []graph.Edge{
			{From: acme, Kind: graph.RelImported, To: d1, At: day(2024, 1, 10), Props: graph.Props{"role": "importer"}},
			{From: acme, Kind: graph.RelImported, To: d2, At: day(2024, 3, 5)},
			{From: beta, Kind: graph.RelImported, To: d3, At: day(2024, 6, 1)},
			edge(d1, graph.RelSoldBy, gamma),
			edge(d1, graph.RelLodgedAt, lhr),
			edge(d2, graph.RelLodgedAt, lhr),
			edge(d3, graph.RelLodgedAt, lhr),
			edge(d1, graph.RelOriginatesIn, cn),
			edge(d3, graph.RelOriginatesIn, cn),
			edge(acme, graph.RelUsesPhone, phone),
			edge(beta, graph.RelUsesPhone, phone),
			{From: gamma, Kind: graph.RelUsesPhone, To: phone, At: day(2023, 1, 1)},
			{From: beta, Kind: graph.RelInvolvedIn, To: s1, At: day(2024, 7, 1)},
		},
	}
	for i := range chainLen {
		b.Nodes = append(b.Nodes, graph.Node{Key: passenger(i), Label: fmt.Sprintf("Passenger %d", i)})
		if i > 0 {
			b.Edges = append(b.Edges, edge(passenger(i-1), graph.RelTravelsWith, passenger(i)))
		}
	}
	for i := range starBooks {
		b.Edges = append(b.Edges, edge(booking(i), graph.RelBookedVia, big))
	}
	return b
}

// Keys of the path fixture.
var (
	pa  = key(graph.KindTrader, "a")
	pb  = key(graph.KindTrader, "b")
	pc  = key(graph.KindTrader, "c")
	pd  = key(graph.KindDeclaration, "d")
	ph  = key(graph.KindAddress, "h")
	pe  = key(graph.KindEmail, "e")
	pp1 = key(graph.KindPhone, "1")
	pp2 = key(graph.KindPhone, "2")
	px1 = key(graph.KindDeclaration, "x1")
	px2 = key(graph.KindDeclaration, "x2")
	pzz = key(graph.KindCountry, "ZZ")
)

// Length of the path fixture's passenger chain: p00 ... p10.
const pathChain = 11

// paths is a graph with known shortest paths:
//
//	a and b share four identifiers, each a 2-hop path: Address:h,
//	Email:e, Phone:1, Phone:2;
//	a -IMPORTED-> x1 -ORIGINATES_IN-> ZZ <-ORIGINATES_IN- x2 <-IMPORTED- b,
//	a 4-hop path through declarations and a country;
//	c -IMPORTED-> d and d -DECLARED_BY-> c, two parallel relationships;
//	p00 -TRAVELS_WITH-> p01 ... -> p10, a chain of ten hops.
func paths() graph.Batch {
	b := graph.Batch{
		Nodes: []graph.Node{
			{Key: pa, Label: "Alpha", Props: graph.Props{"country": "GB"}},
			{Key: pb, Label: "Bravo"},
			{Key: pc, Label: "Charlie"},
			{Key: pp1, Label: "+1"},
		},
		Edges: []graph.Edge{
			{From: pa, Kind: graph.RelUsesPhone, To: pp1, At: day(2024, 2, 2), Props: graph.Props{"source": "pnr"}},
			edge(pb, graph.RelUsesPhone, pp1),
			edge(pa, graph.RelUsesPhone, pp2),
			edge(pb, graph.RelUsesPhone, pp2),
			edge(pa, graph.RelUsesEmail, pe),
			edge(pb, graph.RelUsesEmail, pe),
			edge(pa, graph.RelLocatedAt, ph),
			edge(pb, graph.RelLocatedAt, ph),
			edge(pa, graph.RelImported, px1),
			edge(pb, graph.RelImported, px2),
			edge(px1, graph.RelOriginatesIn, pzz),
			edge(px2, graph.RelOriginatesIn, pzz),
			edge(pc, graph.RelImported, pd),
			edge(pd, graph.RelDeclaredBy, pc),
		},
	}
	for i := 1; i < pathChain; i++ {
		b.Edges = append(b.Edges, edge(chainKey(i-1), graph.RelTravelsWith, chainKey(i)))
	}
	return b
}

// chainKey returns the key of the i-th passenger of the path fixture's
// chain.
func chainKey(i int) graph.Key { return key(graph.KindPassenger, fmt.Sprintf("p%02d", i)) }

// Number of bare "bulk" seizures in the search fixture, more than
// DefaultSearchLimit.
const bulkSeizures = 25

// searchables is a set of nodes with names that differ in case, accents
// and position of the match.
func searchables() graph.Batch {
	b := graph.Batch{Nodes: []graph.Node{
		{Key: key(graph.KindTrader, "T1"), Label: "Müller GmbH"},
		{Key: key(graph.KindTrader, "T2"), Label: "MULLER"},
		{Key: key(graph.KindTrader, "T3"), Label: "Schmuller Logistics"},
		{Key: key(graph.KindTrader, "T4"), Label: "Miller & Sons"},
		{Key: key(graph.KindTrader, "MULLER-TRADE"), Label: "ACME"},
		{Key: key(graph.KindPassenger, "P1"), Label: "Anna Müller"},
		{Key: key(graph.KindEmail, "anna.muller@example.com")},
		{Key: key(graph.KindPhone, "+4930123")},
	}}
	for i := range bulkSeizures {
		b.Nodes = append(b.Nodes, graph.Node{Key: bulk(i)})
	}
	return b
}

// bulk returns the key of the i-th bulk seizure.
func bulk(i int) graph.Key { return key(graph.KindSeizure, fmt.Sprintf("bulk-%02d", i)) }
