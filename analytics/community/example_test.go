package community_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/borderlens/borderlens/analytics/community"
	"github.com/borderlens/borderlens/analytics/csr"
	"github.com/borderlens/borderlens/analytics/csr/csrtest"
)

func ExampleLeiden() {
	karate, err := csrtest.Karate()
	if err != nil {
		fmt.Println(err)
		return
	}
	p, q := community.Leiden(karate.G, 1, rand.NewPCG(1, 1))
	fmt.Printf("%d communities, Q = %.4f, NMI with the factions %.2f\n", p.Count(), q, community.NMI(p, karate.Truth))
	// Output: 4 communities, Q = 0.4198, NMI with the factions 0.59
}

func ExampleLouvain() {
	// Two triangles joined by one edge.
	g, _ := csr.FromEdges(6, []csr.Edge{
		{U: 0, V: 1, W: 1}, {U: 1, V: 2, W: 1}, {U: 0, V: 2, W: 1},
		{U: 3, V: 4, W: 1}, {U: 4, V: 5, W: 1}, {U: 3, V: 5, W: 1},
		{U: 2, V: 3, W: 1},
	})
	p, q := community.Louvain(g, 1, rand.NewPCG(1, 1))
	fmt.Println(p, fmt.Sprintf("%.4f", q))
	// Output: [0 0 0 1 1 1] 0.3571
}

func ExampleQ() {
	g, _ := csr.FromEdges(4, []csr.Edge{{U: 0, V: 1, W: 1}, {U: 2, V: 3, W: 1}})
	for _, gamma := range []float64{0.5, 1, 2} {
		fmt.Printf("γ=%.1f: Q(split) = %.3f, Q(one) = %.3f\n", gamma,
			community.Q(g, community.Partition{0, 0, 1, 1}, gamma),
			community.Q(g, community.Partition{0, 0, 0, 0}, gamma))
	}
	// Output:
	// γ=0.5: Q(split) = 0.750, Q(one) = 0.500
	// γ=1.0: Q(split) = 0.500, Q(one) = 0.000
	// γ=2.0: Q(split) = 0.000, Q(one) = -1.000
}
