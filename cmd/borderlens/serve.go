package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"time"

	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/resolve"
	"github.com/borderlens/borderlens/resolvers"
	"github.com/borderlens/borderlens/resolvers/alerts"
	"github.com/borderlens/borderlens/web"
)

// serveConfig is the configuration of the serve command.
type serveConfig struct {
	commonFlags
	addr          string
	introspection bool
	complexity    int
	maxDepth      int
	timeout       time.Duration
	analyze       bool
	seed          uint64
	callingCode   string
	alertHops     int
	security      securityFlags // authentication, rate limits, CORS, TLS, audit (keys.go)
}

func (c *serveConfig) register(fs *flag.FlagSet) {
	c.commonFlags.register(fs)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "HTTP listen address")
	fs.BoolVar(&c.introspection, "introspection", true, "allow GraphQL introspection")
	fs.IntVar(&c.complexity, "complexity-limit", 5000, "GraphQL complexity limit")
	fs.IntVar(&c.maxDepth, "max-depth", 12, "GraphQL query depth limit")
	fs.DurationVar(&c.timeout, "request-timeout", 30*time.Second, "GraphQL operation timeout")
	fs.BoolVar(&c.analyze, "analyze", true, "compute network analytics in memory at start-up for risk profiles")
	fs.Uint64Var(&c.seed, "seed", 1, "analytics random seed")
	fs.StringVar(&c.callingCode, "calling-code", "82", "country calling code for national phone numbers in uploads")
	fs.IntVar(&c.alertHops, "alert-hops", resolvers.DefaultAlertHops, "raise an alert when a new or newly marked record lies within this many hops of a known smuggler")
	c.security.register(fs)
}

// App is the running server: store, GraphQL and HTTP wired together.
// End-to-end tests start it with Addr "127.0.0.1:0" and a temp data dir.
type App struct {
	Store graph.Store
	Web   *web.Server
	Risk  *resolvers.RiskService
	// Runner runs analytics one at a time (startAnalysis, analysisRun).
	Runner *analysisRunner
	Log    zerolog.Logger
	// Security holds the access policy, API keys and audit trail.
	Security *security
	// Inspections serves DATE inspection lists and records outcomes.
	Inspections *resolvers.InspectionService

	analyze bool
	seed    uint64
}

// newApp opens the store and builds the server.
func newApp(ctx context.Context, cfg serveConfig, getenv func(string) string, log zerolog.Logger) (*App, error) {
	store, err := openStore(ctx, cfg.dataDir, getenv, log)
	if err != nil {
		return nil, err
	}
	key, err := cardKey(cfg.dataDir, getenv)
	if err != nil {
		store.Close()
		return nil, err
	}
	sec, err := cfg.security.build(ctx, cfg.dataDir, getenv, log)
	if err != nil {
		store.Close()
		return nil, err
	}
	// Connection cursors are sealed under a key kept in the data dir, so
	// they survive restarts (BORDERLENS_CURSOR_KEY or <data-dir>/cursor.key).
	cursorKey, err := secretFile(cfg.dataDir, "cursor.key", envPrefix+"CURSOR_KEY", getenv)
	if err != nil {
		sec.Close()
		store.Close()
		return nil, err
	}
	hub := alerts.NewHub(0)
	risk := resolvers.NewRiskService(store)
	hsSvc := resolvers.NewHSService(loadHSModel(cfg.dataDir, log))
	insp := newInspections(ctx, store, cfg.dataDir, cfg.seed, log) // DATE scores (date.go)
	runner := newAnalysisRunner(store, risk, log)
	up := &uploader{store: store, dataDir: cfg.dataDir, resolve: resolve.Options{CallingCode: cfg.callingCode, CardKey: key}, log: log}
	gql := resolvers.NewHandler(resolvers.Config{
		Store:           store,
		Log:             log,
		Introspection:   cfg.introspection,
		ComplexityLimit: cfg.complexity,
		MaxDepth:        cfg.maxDepth,
		Timeout:         cfg.timeout,
		Alerts:          hub,
		Publish:         hub,
		AlertHops:       cfg.alertHops,
		Risk:            risk,
		HS:              hsSvc,
		Inspections:     insp,
		Runner:          runner,
		Ingest:          up,
		// Security: field/type/kind policy, audit trail, pseudonyms that
		// match the audit trail's, WebSocket connection_init auth.
		Policy:           sec.Policy,
		Audit:            sec.Audit,
		AuditLog:         sec.Audit,
		Pseudonym:        sec.Audit.Masker().Token,
		WSInit:           sec.Web.WebSocketAuth(),
		WSOriginPatterns: originHosts(sec.Web.AllowedOrigins),
		CursorKey:        cursorKey,
	})
	srv := web.New(web.Config{Addr: cfg.addr, Log: log, GraphQL: gql, Ready: store,
		Auth: sec.Web, Extra: sec.Extra, TLSCertFile: cfg.security.tlsCert, TLSKeyFile: cfg.security.tlsKey})
	return &App{Store: store, Web: srv, Risk: risk, Runner: runner, Log: log, Security: sec, Inspections: insp, analyze: cfg.analyze, seed: cfg.seed}, nil
}

// Run serves until ctx ends. With analytics enabled it computes the risk
// model in the background (writing nothing back), so the server answers
// at once and risk queries say "analytics not run yet" until it is done.
func (a *App) Run(ctx context.Context) error {
	if a.analyze {
		go a.Analyze(ctx)
	}
	return a.Web.Run(ctx)
}

// Analyze computes network analytics over the store (writing nothing
// back) and installs the result for risk profiles, as one run of
// a.Runner, so analysisRun reports it. Errors are logged by the runner:
// the server keeps serving.
func (a *App) Analyze(ctx context.Context) error {
	_, err := a.Runner.Run(ctx, resolvers.AnalysisRequest{Seed: int64(a.seed)})
	return err
}

// Close stops a run in progress and releases the store.
func (a *App) Close() error {
	a.Runner.Close()
	a.Security.Close()
	return a.Store.Close()
}

func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg serveConfig
	cfg.register(fs)
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	log, err := cfg.logger(stderr)
	if err != nil {
		return err
	}
	app, err := newApp(ctx, cfg, getenv, log)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer app.Close()
	go func() {
		if addr, err := app.Web.Addr(ctx); err == nil {
			fmt.Fprintf(stdout, "BorderLens is up: UI http://%s/  GraphQL http://%s/graphql\n", addr, addr)
		}
	}()
	return app.Run(ctx)
}

// originHosts turns CORS origins ("https://ui.example:8443") into the host
// patterns the WebSocket origin check takes ("ui.example:8443"); "*"
// stays "*".
func originHosts(origins []string) []string {
	var out []string
	for _, o := range origins {
		if o == "*" {
			out = append(out, o)
			continue
		}
		if u, err := url.Parse(o); err == nil && u.Host != "" {
			out = append(out, u.Host)
		}
	}
	return out
}
