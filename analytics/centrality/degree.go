package centrality

import (
	"slices"

	"github.com/borderlens/borderlens/analytics/csr"
)

// Degree returns the number of distinct neighbours of each node. O(N).
func Degree(g *csr.Graph) []int {
	d := make([]int, g.N())
	for u := range d {
		d[u] = g.Off[u+1] - g.Off[u]
	}
	return d
}

// WeightedDegree returns the strength of each node: the sum of the weights
// of its edges. O(N).
func WeightedDegree(g *csr.Graph) []float64 { return slices.Clone(g.Strength) }
