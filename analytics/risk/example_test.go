package risk_test

import (
	"fmt"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/risk"
	"github.com/borderlens/borderlens/graph"
)

func ExamplePropagate() {
	smuggler := graph.NewKey(graph.KindPassenger, "KNOWN/SMUGGLER/1970-01-01")
	friend := graph.NewKey(graph.KindPassenger, "DOE/JOHN/1980-05-05")
	phone := graph.PhoneKey("+447700900123")

	b := csr.NewBuilder(csr.Options{})
	for _, k := range []graph.Key{smuggler, friend, phone} {
		b.AddNode(graph.Node{Key: k})
	}
	b.AddEdge(graph.Edge{From: smuggler, Kind: graph.RelUsesPhone, To: phone})
	b.AddEdge(graph.Edge{From: friend, Kind: graph.RelUsesPhone, To: phone})
	g := b.Build()

	s, _ := g.ID(smuggler)
	p := risk.Propagate(g, []int32{s}, risk.Options{})
	f, _ := g.ID(friend)
	fmt.Printf("risk %.3f, %d hops\n", p.Risk[f], p.Hops[f])
	for _, path := range p.Paths(g, f, 1) {
		for _, l := range path.Links {
			fmt.Println(l)
		}
	}
	// Output:
	// risk 0.566, 2 hops
	// Passenger:DOE/JOHN/1980-05-05-USES_PHONE->Phone:+447700900123
	// Passenger:KNOWN/SMUGGLER/1970-01-01-USES_PHONE->Phone:+447700900123
}
