package resolvers

import (
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/generated"
	"github.com/borderlens/borderlens/resolvers/model"
)

// complexity returns the cost model checked by the complexity limit. Every
// field costs 1 plus its selection; a paged or list field multiplies its
// selection by the number of items it may return, so nesting relation
// lists inside lists costs what it will cost the store.
func complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	page := func(child int, first *int) int {
		n := defaultFirst
		if first != nil {
			n = max(*first, 1)
		}
		return 1 + child*n
	}
	c.Query.Search = func(child int, _ string, _ []graph.Kind, first *int, _ *string) int { return page(child, first) }
	c.Query.Nodes = func(child int, ids []string) int { return 1 + child*max(len(ids), 1) }
	c.Query.Paths = func(child int, _, _ string, _, limit *int, _ []graph.RelKind, _ []graph.Kind) int {
		n := graph.DefaultPathLimit
		if limit != nil {
			n = max(*limit, 1)
		}
		return 1 + child*n
	}
	// A subgraph returns up to limit nodes; charge its selection once per
	// thousand of them, so drawing a neighbourhood stays cheap while a
	// hundred-thousand-node request must ask for little per node.
	c.Query.Subgraph = func(child int, _ []string, _ *int, _ []graph.Kind, _ []graph.RelKind, _, _ *time.Time, limit *int) int {
		n := graph.DefaultNodeLimit
		if limit != nil {
			n = max(*limit, 1)
		}
		return 1 + child*((n+999)/1000)
	}
	c.Query.TopRisk = func(child int, _ []graph.Kind, first *int, _ *string, _ *model.RiskOrder) int {
		return page(child, first)
	}
	c.Query.Communities = func(child int, first *int, _ *string, _ *model.CommunityOrder) int { return page(child, first) }
	c.Query.InspectionList = func(child int, _ *float64, _ *model.InspectionStrategy, _ *float64, _ *string, _, _ *time.Time, first *int, _ *string) int {
		if first == nil {
			return 1 + child*50 // the schema's default page
		}
		return page(child, first)
	}
	c.Community.Members = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Trader.Declarations = func(child int, _ []model.TraderRole, first *int, _ *string) int { return page(child, first) }
	c.Flight.Passengers = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Flight.Bookings = func(child int, first *int, _ *string) int { return page(child, first) }
	c.Agency.Bookings = func(child int, first *int, _ *string) int { return page(child, first) }

	nb := func(child int, _ []graph.Kind, _ []graph.RelKind, first *int, _ *string) int {
		return page(child, first)
	}
	c.Trader.Neighbours = nb
	c.Declaration.Neighbours = nb
	c.Passenger.Neighbours = nb
	c.Booking.Neighbours = nb
	c.Flight.Neighbours = nb
	c.Document.Neighbours = nb
	c.Phone.Neighbours = nb
	c.Email.Neighbours = nb
	c.Address.Neighbours = nb
	c.PaymentCard.Neighbours = nb
	c.Agency.Neighbours = nb
	c.Seizure.Neighbours = nb
	c.Office.Neighbours = nb
	c.Country.Neighbours = nb
	c.Airport.Neighbours = nb
	return c
}
