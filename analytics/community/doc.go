// Package community finds communities (densely linked groups) in a
// csr.Graph by maximising modularity with a resolution parameter:
// Louvain (Blondel et al. 2008) and Leiden (Traag et al. 2019), plus Q to
// score any partition and NMI to compare two.
//
// Modularity at resolution γ (Reichardt and Bornholdt 2006,
// doi:10.1103/PhysRevE.74.016110) is
//
//	Q = 1/2m Σ_ij [ A_ij − γ k_i k_j / 2m ] δ(c_i, c_j)
//
// with A the weighted adjacency matrix, k_i the weighted degree of i and m
// the total edge weight; γ = 1 is classic modularity, larger γ gives
// smaller communities. It is the same quantity as Gonum's community.Q.
//
// The implementations work on flat arrays (no maps, no interfaces in the
// inner loops), aggregate the graph level by level, and are deterministic:
// the same graph, resolution and seed give the same partition, on any
// machine and with any GOMAXPROCS. They read no clock and hold no state.
//
// Place in the dependency graph: community imports analytics/csr and the
// standard library; the analytics root imports community.
package community
