package web

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/rs/zerolog"
)

// Checker reports whether a dependency (the graph store) can serve
// requests. It is satisfied by graph.Store.
type Checker interface {
	Ready(ctx context.Context) error
}

// Config holds what the HTTP server needs. Zero values get defaults.
type Config struct {
	Addr            string // listen address; default 127.0.0.1:8080
	Log             zerolog.Logger
	GraphQL         http.Handler            // mounted at /graphql; 503 when nil
	Ready           Checker                 // backs /readyz; always ready when nil
	UI              fs.FS                   // static UI assets served at /; a placeholder page when nil
	ShutdownTimeout time.Duration           // default 10s
	Extra           map[string]http.Handler // further routes (pattern → handler), e.g. exports
	Auth            *AuthConfig             // authentication, route policy, rate limits, CORS; nil: dev mode on loopback only
	TLSCertFile     string                  // serve HTTPS with this certificate (PEM) ...
	TLSKeyFile      string                  // ... and key; both or neither
}

// Server is the HTTP server. Create it with New, start it with Run.
type Server struct {
	cfg     Config
	handler http.Handler
	auth    *authState

	mu       sync.Mutex
	listener net.Listener
	ready    chan struct{}
}

// New builds the server and its route table.
func New(cfg Config) *Server {
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:8080"
	}
	if cfg.ShutdownTimeout == 0 {
		cfg.ShutdownTimeout = 10 * time.Second
	}
	s := &Server{cfg: cfg, ready: make(chan struct{})}
	s.auth = s.newAuthState()
	s.handler = s.routes()
	return s
}

// Handler returns the server's root handler (the full middleware chain),
// for tests with httptest.
func (s *Server) Handler() http.Handler { return s.handler }

// Addr returns the address the server listens on, once Run has bound it.
// It blocks until then or until ctx ends.
func (s *Server) Addr(ctx context.Context) (string, error) {
	select {
	case <-s.ready:
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.listener.Addr().String(), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// Run listens and serves until ctx ends, then shuts down gracefully,
// letting in-flight requests finish within the shutdown timeout.
func (s *Server) Run(ctx context.Context) error {
	if err := s.checkAuthConfig(); err != nil {
		return err
	}
	if (s.cfg.TLSCertFile == "") != (s.cfg.TLSKeyFile == "") {
		return errors.New("web: TLS needs both a certificate and a key file")
	}
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("web: listen %s: %w", s.cfg.Addr, err)
	}
	s.mu.Lock()
	s.listener = ln
	s.mu.Unlock()
	close(s.ready)

	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	tls := s.cfg.TLSCertFile != ""
	if tls {
		srv.TLSConfig = tlsConfig()
	}
	s.cfg.Log.Info().Str("addr", ln.Addr().String()).Bool("tls", tls).Msg("http server listening")
	errc := make(chan error, 1)
	go func() {
		if tls {
			errc <- srv.ServeTLS(ln, s.cfg.TLSCertFile, s.cfg.TLSKeyFile)
			return
		}
		errc <- srv.Serve(ln)
	}()
	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("web: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	s.cfg.Log.Info().Msg("http server shutting down")
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("web: shutdown: %w", err)
	}
	return nil
}
