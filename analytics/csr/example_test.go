package csr_test

import (
	"fmt"

	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/graph"
)

func ExampleBuilder() {
	a, b := graph.NewKey(graph.KindPassenger, "DOE/JOHN/1970-01-01"), graph.NewKey(graph.KindPassenger, "ROE/JANE/1980-02-02")
	phone := graph.PhoneKey("+447700900123")
	gb := graph.NewKey(graph.KindCountry, "GB")

	bld := csr.NewBuilder(csr.Options{})
	for _, k := range []graph.Key{a, b, phone, gb} {
		bld.AddNode(graph.Node{Key: k})
	}
	bld.AddEdge(graph.Edge{From: a, Kind: graph.RelUsesPhone, To: phone})
	bld.AddEdge(graph.Edge{From: b, Kind: graph.RelUsesPhone, To: phone})
	bld.AddEdge(graph.Edge{From: a, Kind: graph.RelNationalOf, To: gb})
	g := bld.Build()

	for u := range int32(g.N()) {
		adj, w := g.Neighbours(u)
		for i, v := range adj {
			fmt.Printf("%s - %s: %.2f\n", g.Key(u), g.Key(v), w[i])
		}
	}
	// Output:
	// Country:GB - Passenger:DOE/JOHN/1970-01-01: 0.10
	// Passenger:DOE/JOHN/1970-01-01 - Country:GB: 0.10
	// Passenger:DOE/JOHN/1970-01-01 - Phone:+447700900123: 5.00
	// Passenger:ROE/JANE/1980-02-02 - Phone:+447700900123: 5.00
	// Phone:+447700900123 - Passenger:DOE/JOHN/1970-01-01: 5.00
	// Phone:+447700900123 - Passenger:ROE/JANE/1980-02-02: 5.00
}
