package resolvers

import (
	"context"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/resolvers/alerts"
	"github.com/borderlens/borderlens/resolvers/generated"
	coderws "github.com/coder/websocket"
	"github.com/rs/zerolog"
	"github.com/vektah/gqlparser/v2/ast"
)

// Defaults for the zero values of Config.
const (
	DefaultComplexityLimit = 5000
	DefaultMaxDepth        = 12
	DefaultTimeout         = 30 * time.Second
	DefaultAPQCacheSize    = 1000
	DefaultQueryCacheSize  = 1000
	DefaultWSKeepAlive     = 15 * time.Second
	DefaultMaxUploadSize   = 64 << 20
)

// Config holds what the GraphQL handler needs. Zero values get the
// defaults above.
type Config struct {
	// Store serves every read and write. graph.Store satisfies it. When nil,
	// every field that needs it fails with EUNAVAILABLE.
	Store Store
	// Log receives internal errors and panics, with the request id.
	Log zerolog.Logger
	// Introspection enables __schema and __type queries (off by default:
	// production servers do not describe themselves).
	Introspection bool
	// ComplexityLimit bounds the cost of one operation (see complexity.go).
	ComplexityLimit int
	// MaxDepth bounds how deeply an operation's fields may nest.
	MaxDepth int
	// Timeout bounds each query and mutation; subscriptions are not bounded.
	Timeout time.Duration
	// APQCacheSize is the number of automatic persisted queries kept (LRU).
	APQCacheSize int
	// QueryCacheSize is the number of parsed and validated documents kept.
	QueryCacheSize int
	// LoaderWait is how long a loader gathers keys before one store call
	// (DefaultLoaderWait when zero).
	LoaderWait time.Duration
	// Now is the clock for the dates the mutations record (time.Now when
	// nil).
	Now func() time.Time

	// Risk, Inspections and HS back the analytics fields (riskProfile,
	// community, topRisk, inspectionList, hsRecommend). Nil ones make
	// those fields fail with EUNAVAILABLE "analytics not run yet".
	Risk        RiskAnalyzer
	Inspections InspectionPlanner
	HS          HSRecommender
	// Alerts feeds Subscription.alerts (an *alerts.Hub, typically). Nil
	// makes the subscription fail with EUNAVAILABLE.
	Alerts alerts.Source
	// Publish receives the alerts raised when a mutation or an upload
	// links an entity to a known smuggler within AlertHops hops (the same
	// *alerts.Hub, typically). Nil raises none.
	Publish alerts.Publisher
	// AlertHops is that distance (DefaultAlertHops when zero).
	AlertHops int
	// Runner backs Mutation.startAnalysis and Query.analysisRun; nil makes
	// them fail with EUNAVAILABLE.
	Runner AnalysisRunner
	// Ingest backs Mutation.ingestFile (multipart upload); nil makes it
	// fail with EUNAVAILABLE.
	Ingest Ingester
	// MaxUploadSize bounds an uploaded file (DefaultMaxUploadSize when
	// zero).
	MaxUploadSize int64

	// WSOriginPatterns lists the host patterns (path.Match syntax, e.g.
	// "*.customs.example") of other origins allowed to open a WebSocket.
	// Same-origin upgrades are always allowed, any other origin is refused
	// with 403: browsers do not apply CORS to WebSockets.
	WSOriginPatterns []string
	// WSInit checks a WebSocket connection's connection_init payload and
	// may add the principal to ctx; an error closes the connection. Nil
	// accepts every connection that passed the upgrade.
	WSInit func(ctx context.Context, payload map[string]any) (context.Context, error)
	// WSKeepAlive is the keep-alive interval on WebSockets.
	WSKeepAlive time.Duration

	// Policy decides, per principal role (graph.PrincipalFromContext),
	// which types, fields and node kinds an operation may see (guard.go).
	// With a policy, operations without a principal are refused. Nil
	// enforces nothing.
	Policy *access.Policy
	// Audit receives one entry per operation (and per request refused
	// before execution). Nil audits nothing.
	Audit audit.Appender
	// AuditLog backs Query.auditLog (an *audit.Log); nil makes it fail
	// with EUNAVAILABLE.
	AuditLog AuditReader
	// Pseudonym maps a withheld id to a stable keyed pseudonym ("hmac:..."),
	// typically the audit trail's masker, so the pseudonyms an officer sees
	// match the audit trail's. Nil uses a random per-process key.
	Pseudonym func(string) string
	// CursorKey is the secret connection cursors are sealed under
	// (AES-GCM, see connections.go), at least 16 random bytes; keep it
	// across restarts so clients' cursors survive them. Empty uses a random
	// per-process key.
	CursorKey []byte
}

// NewHandler returns the GraphQL endpoint: a gqlgen server over the schema
// with POST (JSON), GET and WebSocket (subscriptions, origin-checked)
// transports, a complexity limit, a depth limit, automatic persisted
// queries, introspection only when enabled, a timeout per operation,
// per-operation loaders, one error presenter and a recover func, wrapped so
// that its HTTP responses follow the GraphQL over HTTP spec. The request id
// is read from the request context (graph.RequestIDFromContext), where
// web's middleware puts it.
func NewHandler(cfg Config) http.Handler {
	cfg = cfg.withDefaults()
	res := &Resolver{
		Store: cfg.Store, Log: cfg.Log, Now: cfg.Now,
		Risk: cfg.Risk, Inspections: cfg.Inspections, HS: cfg.HS, Alerts: cfg.Alerts,
		Publish: cfg.Publish, AlertHops: cfg.AlertHops, Runner: cfg.Runner, Ingest: cfg.Ingest,
		Policy: cfg.Policy, AuditLog: cfg.AuditLog,
	}
	cursors, err := newCursorCodec(cfg.CursorKey)
	if err != nil {
		// Only a failing system random source gets here: serve nothing
		// rather than unsealed cursors.
		cfg.Log.Error().Err(err).Msg("graphql handler: cursor codec")
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "GraphQL is unavailable", http.StatusServiceUnavailable)
		})
	}
	res.cursors = cursors
	g := newGuard(cfg)
	schema := generated.NewExecutableSchema(generated.Config{Resolvers: res, Complexity: complexity()})

	srv := handler.New(schema)
	srv.AddTransport(websocketTransport(cfg))
	srv.AddTransport(transport.Options{AllowedMethods: []string{http.MethodOptions, http.MethodGet, http.MethodPost}})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.AddTransport(transport.MultipartForm{MaxUploadSize: cfg.MaxUploadSize, MaxMemory: 8 << 20})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](cfg.QueryCacheSize))
	srv.SetErrorPresenter(errorPresenter(cfg.Log))
	srv.SetRecoverFunc(recoverFunc(cfg.Log))

	// Parameter mutators run in this order: APQ fills in the query from
	// its hash before requestChecks insists there is one.
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](cfg.APQCacheSize)})
	srv.Use(requestChecks{maxDepth: cfg.MaxDepth, introspection: cfg.Introspection, policy: cfg.Policy})
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.FixedComplexityLimit(cfg.ComplexityLimit))
	srv.AroundOperations(perOperation(cfg))
	srv.AroundOperations(g.operations)
	srv.AroundFields(g.fields)
	srv.AroundResponses(markRequestErrors)
	srv.AroundResponses(g.responses)

	return checkOrigin(cfg, conformHTTP(srv))
}

// checkOrigin refuses uploads without a preflight header (see
// preflighted), and WebSocket upgrades from origins other than the
// server's own and cfg.WSOriginPatterns with 403, before gqlgen's transport
// (which would refuse them too, but log through the standard logger). The
// rule is coder/websocket's: no Origin header, the request's own host, or
// a host matching a pattern.
func checkOrigin(cfg Config, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isMultipart(r) && !preflighted(r) {
			http.Error(w, "multipart requests must carry a GraphQL-Require-Preflight header", http.StatusBadRequest)
			return
		}
		if r.Header.Get("Upgrade") != "" && !originAllowed(r, cfg.WSOriginPatterns) {
			cfg.Log.Warn().Str("req_id", graph.RequestIDFromContext(r.Context())).
				Str("origin", r.Header.Get("Origin")).Msg("graphql websocket origin refused")
			http.Error(w, "websocket origin not allowed", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// isMultipart reports a multipart/form-data request (a file upload).
func isMultipart(r *http.Request) bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return mt == "multipart/form-data"
}

// preflighted reports whether a request carries a header a cross-site form
// cannot set. A browser sends multipart/form-data across origins without a
// CORS preflight, so uploads without one are refused (CSRF); Apollo's
// header name is accepted too.
func preflighted(r *http.Request) bool {
	return r.Header.Get("GraphQL-Require-Preflight") != "" || r.Header.Get("Apollo-Require-Preflight") != ""
}

func originAllowed(r *http.Request, patterns []string) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	for _, p := range patterns {
		if ok, err := path.Match(strings.ToLower(p), strings.ToLower(u.Host)); err == nil && ok {
			return true
		}
	}
	return false
}

func (cfg Config) withDefaults() Config {
	if cfg.Store == nil {
		cfg.Store = unavailableStore{}
	}
	if cfg.ComplexityLimit <= 0 {
		cfg.ComplexityLimit = DefaultComplexityLimit
	}
	if cfg.MaxDepth <= 0 {
		cfg.MaxDepth = DefaultMaxDepth
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.APQCacheSize <= 0 {
		cfg.APQCacheSize = DefaultAPQCacheSize
	}
	if cfg.QueryCacheSize <= 0 {
		cfg.QueryCacheSize = DefaultQueryCacheSize
	}
	if cfg.LoaderWait <= 0 {
		cfg.LoaderWait = DefaultLoaderWait
	}
	if cfg.WSKeepAlive <= 0 {
		cfg.WSKeepAlive = DefaultWSKeepAlive
	}
	if cfg.MaxUploadSize <= 0 {
		cfg.MaxUploadSize = DefaultMaxUploadSize
	}
	return cfg
}

// websocketTransport serves graphql-transport-ws and graphql-ws over
// coder/websocket, refusing cross-origin upgrades outside
// cfg.WSOriginPatterns and running cfg.WSInit on connection_init.
func websocketTransport(cfg Config) transport.Websocket {
	ws := transport.Websocket{
		Implementation: transport.CoderWebsocketImplementation{
			AcceptOptions: coderws.AcceptOptions{OriginPatterns: cfg.WSOriginPatterns},
		},
		KeepAlivePingInterval: cfg.WSKeepAlive,
		InitTimeout:           10 * time.Second,
		ErrorFunc: func(ctx context.Context, err error) {
			cfg.Log.Warn().Err(err).Str("req_id", graph.RequestIDFromContext(ctx)).Msg("graphql websocket error")
		},
	}
	if cfg.WSInit != nil {
		ws.InitFunc = func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
			ctx, err := cfg.WSInit(ctx, p)
			if err != nil {
				return ctx, nil, graph.Errorf(graph.EUNAUTHORIZED, "%s", graph.ErrorMessage(err))
			}
			return ctx, nil, nil
		}
	}
	return ws
}

// perOperation gives every operation fresh loaders and, for queries and
// mutations, a deadline. The deadline is cancelled once the operation's
// response has been produced.
func perOperation(cfg Config) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		op := graphql.GetOperationContext(ctx)
		if op.Operation != nil && op.Operation.Operation == ast.Subscription {
			return next(withLoaders(ctx, newLoaders(cfg.Store, cfg.LoaderWait, false)))
		}
		ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
		h := next(withLoaders(ctx, newLoaders(cfg.Store, cfg.LoaderWait, true)))
		return func(ctx context.Context) *graphql.Response {
			resp := h(ctx)
			cancel()
			return resp
		}
	}
}

// unavailableStore stands in for a missing store.
type unavailableStore struct{}

func errNoStore() error { return graph.Errorf(graph.EUNAVAILABLE, "no graph store is configured") }

func (unavailableStore) Node(context.Context, graph.Key) (graph.Node, error) {
	return graph.Node{}, errNoStore()
}
func (unavailableStore) Nodes(context.Context, []graph.Key) ([]graph.Node, []bool, error) {
	return nil, nil, errNoStore()
}
func (unavailableStore) Subgraph(context.Context, graph.SubgraphQuery) (graph.Subgraph, error) {
	return graph.Subgraph{}, errNoStore()
}
func (unavailableStore) ShortestPaths(context.Context, graph.PathQuery) ([]graph.Path, error) {
	return nil, errNoStore()
}
func (unavailableStore) Search(context.Context, graph.SearchQuery) ([]graph.Node, error) {
	return nil, errNoStore()
}
func (unavailableStore) SetProperties(context.Context, []graph.PropertyUpdate) error {
	return errNoStore()
}
func (unavailableStore) Stats(context.Context) (graph.Stats, error) {
	return graph.Stats{}, errNoStore()
}
