// Package centrality measures how central each node of a csr.Graph is:
// degree, PageRank and personalised PageRank (conjugate gradients on the
// linear system), and the shortest-path measures betweenness and
// harmonic closeness (Brandes' algorithm), exact or estimated from
// random pivots with a stated error bound.
//
// Shortest paths count hops: edge weights are ignored by betweenness and
// harmonic closeness, the usual choice for link analysis, where a weight
// says how strong a link is rather than how long. PageRank follows the
// weights.
//
// Every function is deterministic. The …Parallel variants spread the work
// over goroutines and return bit-for-bit the same values as the
// sequential ones, whatever the number of workers: partial sums are kept
// in a fixed number of lanes and reduced in a fixed order.
//
// Place in the dependency graph: centrality imports analytics/csr and the
// standard library; analytics/risk and the analytics root import it.
package centrality
