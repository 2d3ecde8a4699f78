// Package resolvers is the GraphQL edge of the server: the resolvers for
// schema.graphqls, the per-request loaders that batch their store reads,
// and NewHandler, which assembles the gqlgen server (transports, limits,
// persisted queries, error presenter).
//
// Place in the dependency graph: resolvers imports graph (the domain and
// the Store contract) and gqlgen; cmd/ wires it to a store and hands the
// handler to web as a plain http.Handler. The generated code lives in
// resolvers/generated and resolvers/model and is never edited by hand.
package resolvers

//go:generate go tool gqlgen generate

import (
	"context"
	"time"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/alerts"
	"github.com/borderlens/borderlens/resolvers/generated"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/ast"
)

// Store is the part of graph.Store the API reads and writes. graph.Store
// satisfies it; tests may wrap one to count calls.
type Store interface {
	// Node returns one node. Errors: ENOTFOUND, EINVALID.
	Node(ctx context.Context, key graph.Key) (graph.Node, error)
	// Nodes returns nodes in key order, found[i] false where missing; it
	// backs the node loader. Errors: EINVALID.
	Nodes(ctx context.Context, keys []graph.Key) ([]graph.Node, []bool, error)
	// Subgraph returns a neighbourhood; it backs the relation loader and
	// Query.subgraph. Errors: ENOTFOUND, EINVALID.
	Subgraph(ctx context.Context, q graph.SubgraphQuery) (graph.Subgraph, error)
	// ShortestPaths backs Query.paths. Errors: ENOTFOUND, EINVALID.
	ShortestPaths(ctx context.Context, q graph.PathQuery) ([]graph.Path, error)
	// Search backs Query.search. Errors: EINVALID.
	Search(ctx context.Context, q graph.SearchQuery) ([]graph.Node, error)
	// SetProperties backs the known-smuggler mutations. Errors: ENOTFOUND,
	// EINVALID.
	SetProperties(ctx context.Context, updates []graph.PropertyUpdate) error
	// Stats backs Query.stats.
	Stats(ctx context.Context) (graph.Stats, error)
}

var _ Store = graph.Store(nil)

// Resolver is the root resolver. It holds the dependencies every field
// resolver shares; request-scoped values (loaders, request id) travel in
// ctx instead.
type Resolver struct {
	Store Store
	Log   zerolog.Logger
	// Now is the clock used to stamp manual marks.
	Now func() time.Time
	// Risk, Inspections and HS back the analytics fields; nil ones make
	// those fields fail with EUNAVAILABLE.
	Risk        RiskAnalyzer
	Inspections InspectionPlanner
	HS          HSRecommender
	// Alerts feeds the alerts subscription; nil makes it fail with
	// EUNAVAILABLE.
	Alerts alerts.Source
	// Publish receives the alerts mutations raise; nil raises none.
	Publish alerts.Publisher
	// AlertHops is how close to a known smuggler a record must be to
	// raise an alert (DefaultAlertHops when zero).
	AlertHops int
	// Runner backs startAnalysis and analysisRun; Ingest backs
	// ingestFile. Nil ones make those fields fail with EUNAVAILABLE.
	Runner AnalysisRunner
	Ingest Ingester
	// Policy filters the node kinds every node-returning route shows (see
	// guard.go); nil shows every kind.
	Policy *access.Policy
	// AuditLog backs Query.auditLog; nil makes it fail with EUNAVAILABLE.
	AuditLog AuditReader

	// cursors seals and opens connection cursors (connections.go); set by
	// NewHandler from Config.CursorKey.
	cursors *cursorCodec
}

// Schema returns the parsed schema.graphqls, directives included; the
// server builds its access policy from it (access.PolicyFromSchema).
func Schema() *ast.Schema {
	return generated.NewExecutableSchema(generated.Config{}).Schema()
}
