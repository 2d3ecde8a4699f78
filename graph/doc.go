// Package graph is the domain model of a customs intelligence graph:
// traders, declarations, passengers, bookings, flights, documents, shared
// identifiers (phones, emails, addresses, payment cards) and seizures, the
// links between them, and the Store contract every storage engine meets.
//
// Place in the dependency graph: graph imports only the standard library.
// Storage adapters (graph/embedded, graph/neo4j) and every consumer
// (ingest, analytics, resolvers, web) import graph; graph imports none of
// them.
package graph
