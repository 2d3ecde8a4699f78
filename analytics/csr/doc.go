// Package csr is the compact in-memory projection that every analytics
// algorithm runs on: an undirected, weighted graph in compressed sparse row
// (CSR) form with dense int32 node ids, built from the customs graph's
// nodes and relationships.
//
// A projection keeps the mapping between int32 ids and graph.Key (ids are
// assigned in graph.Key order, so equal store content gives equal ids),
// weighs each relationship by its kind (see DefaultWeights), merges
// parallel relationships between the same two nodes, and can be limited to
// some node kinds and to a time window. Undirected and Directed adapt a
// projection to Gonum's graph interfaces so that Gonum's algorithms can
// cross-check ours.
//
// Place in the dependency graph: csr imports graph and Gonum's graph
// interfaces. It does no I/O: the analytics root scans the store and feeds
// a Builder. The algorithm packages (community, centrality, risk) import
// csr and nothing else of ours.
package csr
