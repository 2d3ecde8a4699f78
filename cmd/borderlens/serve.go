package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/graph"
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
}

func (c *serveConfig) register(fs *flag.FlagSet) {
	c.commonFlags.register(fs)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "HTTP listen address")
	fs.BoolVar(&c.introspection, "introspection", true, "allow GraphQL introspection")
	fs.IntVar(&c.complexity, "complexity-limit", 5000, "GraphQL complexity limit")
	fs.IntVar(&c.maxDepth, "max-depth", 12, "GraphQL query depth limit")
	fs.DurationVar(&c.timeout, "request-timeout", 30*time.Second, "GraphQL operation timeout")
}

// App is the running server: store, GraphQL and HTTP wired together.
// End-to-end tests start it with Addr "127.0.0.1:0" and a temp data dir.
type App struct {
	Store graph.Store
	Web   *web.Server
	Log   zerolog.Logger
}

// newApp opens the store and builds the server.
func newApp(ctx context.Context, cfg serveConfig, getenv func(string) string, log zerolog.Logger) (*App, error) {
	store, err := openStore(ctx, cfg.dataDir, getenv, log)
	if err != nil {
		return nil, err
	}
	hub := alerts.NewHub(0)
	gql := resolvers.NewHandler(resolvers.Config{
		Store:           store,
		Log:             log,
		Introspection:   cfg.introspection,
		ComplexityLimit: cfg.complexity,
		MaxDepth:        cfg.maxDepth,
		Timeout:         cfg.timeout,
		Alerts:          hub,
	})
	srv := web.New(web.Config{Addr: cfg.addr, Log: log, GraphQL: gql, Ready: store})
	return &App{Store: store, Web: srv, Log: log}, nil
}

// Run serves until ctx ends.
func (a *App) Run(ctx context.Context) error { return a.Web.Run(ctx) }

// Close releases the store.
func (a *App) Close() error { return a.Store.Close() }

func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg serveConfig
	cfg.register(fs)
	if err := parseFlags(fs, args, getenv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
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
