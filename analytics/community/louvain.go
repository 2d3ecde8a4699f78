package community

import (
	"math/rand/v2"

	"github.com/borderlens/borderlens/analytics/csr"
)

// Louvain partitions g by greedy multilevel modularity optimisation
// (Blondel, Guillaume, Lambiotte and Lefebvre 2008, "Fast unfolding of
// communities in large networks", doi:10.1088/1742-5468/2008/10/P10008)
// and returns the partition and its modularity
//
//	Q = 1/2m Σ_ij [ A_ij − γ k_i k_j / 2m ] δ(c_i, c_j)
//
// at resolution γ (see Q). Each level moves single nodes between
// neighbouring communities while Q increases (with the queue-based local
// moving of Traag et al. 2019, which reaches the same kind of local
// optimum as Louvain's sweeps, faster), then aggregates each community into
// one node; it stops when a level moves nothing.
//
// Input contract: resolution > 0 (γ = 1 for classic modularity); edge
// weights positive, as csr guarantees. Isolated nodes stay singletons.
//
// Complexity: O(M) per sweep of the local moving phase and per
// aggregation, with few sweeps and O(log N) levels in practice; O(N + M)
// memory besides the graph.
//
// Determinism: nodes are visited in an order shuffled by src; the same
// graph, resolution and src state give the same partition. A nil src
// visits nodes in id order.
func Louvain(g *csr.Graph, resolution float64, src rand.Source) (Partition, float64) {
	n := g.N()
	memb := make(Partition, n)
	for i := range memb {
		memb[i] = int32(i)
	}
	m2 := 2 * g.TotalWeight()
	if n == 0 || m2 == 0 {
		return memb, Q(g, memb, resolution)
	}
	ws := newWorkspace(n, src)
	l := levelOf(g)
	comm := make([]int32, n)
	for {
		comm = comm[:l.n]
		for i := range comm {
			comm[i] = int32(i)
		}
		moved := ws.moveNodes(l, comm, resolution, m2)
		nc := canonical(comm, ws.scratch)
		for i, c := range memb {
			memb[i] = comm[c]
		}
		if !moved || nc == l.n {
			break
		}
		l = ws.aggregate(l, comm, nc)
	}
	canonical(memb, ws.scratch)
	return memb, Q(g, memb, resolution)
}
