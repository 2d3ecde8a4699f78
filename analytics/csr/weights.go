package csr

import "github.com/borderlens/borderlens/graph"

// Weights gives the projected weight of each relationship kind. A kind
// that is missing, or whose weight is not positive, is left out of the
// projection.
type Weights map[graph.RelKind]float64

// DefaultWeights returns a fresh copy of the default weight table.
//
// The weights encode how much a shared link says about two parties acting
// together. Sharing something personal and hard to come by (a payment
// card, a phone, a travel document) or a direct tie (travelling together,
// a seizure) weighs most; sharing an e-mail, an address or a booking
// less; trade-chain roles (importer, declarant, seller, courier) and
// itineraries less again; and sharing something that thousands of
// unrelated people share (an office, a country, an airport) barely
// counts. Edit the copy to override single entries.
//
//	5    PAID_WITH, USES_PHONE, HOLDS_DOCUMENT, INVOLVED_IN, TRAVELS_WITH
//	4    USES_EMAIL
//	3    LOCATED_AT, BOOKED
//	2    IMPORTED, DECLARED_BY, SOLD_BY, CARRIED_BY
//	1    TRAVELLED_ON, RESERVES, BOOKED_VIA
//	0.25 LODGED_AT, ORIGINATES_IN, SHIPPED_FROM, SEIZED_AT
//	0.1  NATIONAL_OF, DEPARTS, ARRIVES
func DefaultWeights() Weights {
	return Weights{
		graph.RelPaidWith:      5,
		graph.RelUsesPhone:     5,
		graph.RelHoldsDocument: 5,
		graph.RelInvolvedIn:    5,
		graph.RelTravelsWith:   5,
		graph.RelUsesEmail:     4,
		graph.RelLocatedAt:     3,
		graph.RelBooked:        3,
		graph.RelImported:      2,
		graph.RelDeclaredBy:    2,
		graph.RelSoldBy:        2,
		graph.RelCarriedBy:     2,
		graph.RelTravelledOn:   1,
		graph.RelReserves:      1,
		graph.RelBookedVia:     1,
		graph.RelLodgedAt:      0.25,
		graph.RelOriginatesIn:  0.25,
		graph.RelShippedFrom:   0.25,
		graph.RelSeizedAt:      0.25,
		graph.RelNationalOf:    0.1,
		graph.RelDeparts:       0.1,
		graph.RelArrives:       0.1,
	}
}

// DefaultRiskWeights returns a fresh copy of the weights that risk
// propagation uses (see Graph.Reweight): DefaultWeights with the ties of
// everyday family and work life turned down, because a risk walk should
// follow the links that rarely join unrelated or innocent people.
// Sharing a card, a phone, a document or an e-mail with a known smuggler
// keeps its weight (5, 5, 5, 4): these are personal, and sharing one
// across households is a classic red flag. A shared address (1), a place
// on the same booking (0.5), travelling together (0.5) and a flight
// taken (0.25) are what families, couples and colleagues do every day;
// at full weight they let a known smuggler's household, who share all of
// them at once, outrank everyone else.
//
//	5    PAID_WITH, USES_PHONE, HOLDS_DOCUMENT, INVOLVED_IN
//	4    USES_EMAIL
//	2    IMPORTED, DECLARED_BY, SOLD_BY, CARRIED_BY
//	1    LOCATED_AT, RESERVES, BOOKED_VIA
//	0.5  BOOKED, TRAVELS_WITH
//	0.25 TRAVELLED_ON, LODGED_AT, ORIGINATES_IN, SHIPPED_FROM, SEIZED_AT
//	0.1  NATIONAL_OF, DEPARTS, ARRIVES
func DefaultRiskWeights() Weights {
	w := DefaultWeights()
	w[graph.RelLocatedAt] = 1
	w[graph.RelBooked] = 0.5
	w[graph.RelTravelsWith] = 0.5
	w[graph.RelTravelledOn] = 0.25
	return w
}
