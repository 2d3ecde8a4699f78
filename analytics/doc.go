// Package analytics runs the network analytics of the customs graph and
// writes the results back onto the nodes: communities (Louvain or
// Leiden), degree, PageRank, betweenness, and network risk propagated from
// known smugglers, with the paths and links that explain it.
//
// Analyze is the thin imperative shell: it scans a Source into a compact
// projection (analytics/csr), calls the functional core (Compute, which
// runs the algorithms of analytics/community, analytics/centrality and
// analytics/risk on the projection and does no I/O), and writes the
// properties back in batches. The Result it keeps in memory answers risk
// profiles, rankings and community questions without touching the store.
//
// Place in the dependency graph: analytics imports graph and its own
// sub-packages; cmd and resolvers (through an adapter in cmd) import
// analytics. It never imports a store implementation: Source is the small
// interface it needs, and graph.Store satisfies it.
package analytics
