package centrality_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/borderlens/borderlens/analytics/centrality"
	"github.com/borderlens/borderlens/analytics/csr"
)

// Two triangles joined by a bridge 2-3.
func bridged() *csr.Graph {
	g, _ := csr.FromEdges(6, []csr.Edge{
		{U: 0, V: 1, W: 1}, {U: 1, V: 2, W: 1}, {U: 0, V: 2, W: 1},
		{U: 3, V: 4, W: 1}, {U: 4, V: 5, W: 1}, {U: 3, V: 5, W: 1},
		{U: 2, V: 3, W: 1},
	})
	return g
}

func ExampleBetweenness() {
	fmt.Println(centrality.Betweenness(bridged()))
	// Output: [0 0 6 6 0 0]
}

func ExamplePageRank() {
	for u, r := range centrality.PageRank(bridged(), 0.85, 1e-12) {
		fmt.Printf("%d %.4f\n", u, r)
	}
	// Output:
	// 0 0.1460
	// 1 0.1460
	// 2 0.2080
	// 3 0.2080
	// 4 0.1460
	// 5 0.1460
}

func ExamplePaths() {
	g := bridged()
	est := centrality.Paths(g, centrality.PathOptions{Pivots: 3, Src: rand.NewPCG(1, 2)})
	fmt.Printf("pivots %d, exact %v, bound %.1f\n", est.Pivots, est.Exact, est.BetweennessBound)
	fmt.Printf("bridge ends rank first: %v\n", est.Betweenness[2] >= est.Betweenness[0] && est.Betweenness[3] >= est.Betweenness[5])
	// Output:
	// pivots 3, exact false, bound 11.5
	// bridge ends rank first: true
}
