// Package csrtest provides fixtures for tests and benchmarks of the
// packages that run on csr.Graph: small reference networks with ground
// truth (Zachary's karate club, three LFR benchmark graphs), a seeded
// planted-partition generator for graphs of any size, and edge-list
// reading and writing so that other tools (igraph, networkx) can load the
// very same graphs.
//
// Place in the dependency graph: csrtest imports csr and the standard
// library. Only tests, benchmarks and bench/ import it.
package csrtest
