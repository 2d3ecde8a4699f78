package analytics_test

import (
	"context"
	"fmt"

	"github.com/borderlens/borderlens/analytics"
)

func ExampleAnalyze() {
	src := newMemSource(world()) // any analytics.Source: graph/embedded, graph/neo4j
	rep, err := analytics.Analyze(context.Background(), src, analytics.Options{
		RunID: "example", Seed: 1, Now: fixedClock(),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d nodes, %d links, %d known smugglers, betweenness %s\n", rep.Nodes, rep.Edges, rep.KnownSmugglers, rep.Betweenness)
	for _, s := range rep.TopRisk[:3] {
		fmt.Printf("%-18s risk %.3f, %d hops\n", s.Key, s.Score, s.Hops)
	}

	p, _ := rep.Result.Profile(pax("R2"))
	for i, k := range p.Paths[0].Nodes {
		if i > 0 {
			fmt.Printf(" -%s- ", p.Paths[0].Links[i-1].Kind)
		}
		fmt.Print(k)
	}
	fmt.Println()
	// Output:
	// 19 nodes, 17 links, 2 known smugglers, betweenness exact
	// Trader:TR1         risk 0.471, 2 hops
	// Trader:BRK         risk 0.416, 2 hops
	// Passenger:R1       risk 0.337, 2 hops
	// Passenger:R2 -PAID_WITH- PaymentCard:card1 -PAID_WITH- Passenger:R1 -USES_PHONE- Phone:+100 -USES_PHONE- Passenger:SMUG
}
