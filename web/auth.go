package web

import (
	"context"
	"crypto/tls"
	"errors"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/rs/cors"
	"github.com/rs/zerolog/hlog"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/graph"
)

// AuthConfig configures authentication, route authorisation, rate limits
// and CORS. The zero value (or a nil Config.Auth) means: no credentials,
// the default policy, no rate limit, same-origin only — dev mode on a
// loopback address, every request refused otherwise.
type AuthConfig struct {
	// Credentials authenticates the Authorization: Bearer (or X-API-Key)
	// credential. Nil refuses every credential.
	Credentials access.Authenticator
	// Configured reports, per request, whether any credential source is
	// set up (an API key file exists, a JWKS is configured). While it
	// reports false and the server listens on loopback, requests act as a
	// local admin ("dev mode"). Nil means Credentials != nil.
	Configured func() bool
	// Policy guards routes; nil means access.DefaultPolicy().
	Policy *access.Policy
	// Audit records every refused request (401, 403, 429). Nil: logged
	// only.
	Audit audit.Appender
	// Limiter limits requests per principal; nil means no limit.
	Limiter *access.RateLimiter
	// AllowedOrigins enables CORS for these origins ("*" for any); empty
	// means same-origin only (no CORS headers).
	AllowedOrigins []string
	// WebSocketInit lets WebSocket upgrades of /graphql through without
	// credentials, for a GraphQL transport that authenticates the
	// connection_init payload itself (browsers cannot set headers on
	// WebSockets). Leave false until that check exists.
	WebSocketInit bool
}

// devPrincipal is who requests act as in dev mode.
var devPrincipal = graph.Principal{ID: "dev:local", Role: graph.RoleAdmin}

// authState is the auth middleware's resolved configuration.
type authState struct {
	cfg      AuthConfig
	policy   *access.Policy
	loopback bool
	devOnce  sync.Once
}

// isLoopback reports whether addr (host:port) binds only loopback.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (s *Server) newAuthState() *authState {
	var cfg AuthConfig
	if s.cfg.Auth != nil {
		cfg = *s.cfg.Auth
	}
	if cfg.Configured == nil {
		has := cfg.Credentials != nil
		cfg.Configured = func() bool { return has }
	}
	p := cfg.Policy
	if p == nil {
		p = access.DefaultPolicy()
	}
	return &authState{cfg: cfg, policy: p, loopback: isLoopback(s.cfg.Addr)}
}

// checkAuthConfig refuses to serve a non-loopback address with no
// credential source: that would expose the data to anyone.
func (s *Server) checkAuthConfig() error {
	if !s.auth.loopback && !s.auth.cfg.Configured() {
		return errors.New("web: no API keys or JWKS configured and " + s.cfg.Addr + " is not a loopback address: create a key with 'borderlens keys create' or set --oidc-jwks-url")
	}
	return nil
}

// cors wraps h with CORS for the allowed origins. Preflight requests are
// answered here, before authentication (browsers send no credentials on
// preflight). Credentials travel in headers, never cookies, so
// AllowCredentials stays off.
func (a *authState) cors(h http.Handler) http.Handler {
	if len(a.cfg.AllowedOrigins) == 0 {
		return h
	}
	return cors.New(cors.Options{
		AllowedOrigins: a.cfg.AllowedOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders: []string{"Authorization", "Content-Type", "X-API-Key", "X-Request-Id"},
		ExposedHeaders: []string{"X-Request-Id", "Retry-After"},
		MaxAge:         600,
	}).Handler(h)
}

// credential returns the request's credential: Authorization: Bearer, or
// X-API-Key.
func credential(r *http.Request) string {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, v, ok := strings.Cut(h, " ")
		if ok && strings.EqualFold(scheme, "Bearer") {
			return strings.TrimSpace(v)
		}
		return ""
	}
	return strings.TrimSpace(r.Header.Get("X-API-Key"))
}

// authenticate resolves the principal, applies the route policy and the
// rate limit, and puts the principal on the request context. Public
// routes need no credentials but still get the principal when one is
// given. Refusals are answered with a JSON error and audited.
func (a *authState) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		public, allowed := a.policy.Route(r.URL.Path)
		cred := credential(r)
		if public && cred == "" {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-store")
		var p graph.Principal
		switch {
		case cred != "":
			if a.cfg.Credentials == nil {
				a.refuse(w, r, graph.Principal{}, http.StatusUnauthorized, graph.EUNAUTHORIZED, "credentials are not enabled on this server")
				return
			}
			var err error
			p, err = a.cfg.Credentials.Authenticate(r.Context(), cred)
			if err != nil {
				status := http.StatusUnauthorized
				if graph.ErrorCode(err) == graph.EFORBIDDEN {
					status = http.StatusForbidden
				}
				a.refuse(w, r, graph.Principal{}, status, graph.ErrorCode(err), graph.ErrorMessage(err))
				return
			}
		case a.loopback && !a.cfg.Configured():
			a.devOnce.Do(func() {
				hlog.FromRequest(r).Warn().Msg("dev mode: no credentials configured, requests on loopback act as a local admin")
			})
			p = devPrincipal
		case a.cfg.WebSocketInit && r.URL.Path == "/graphql" && isWebSocketUpgrade(r):
			next.ServeHTTP(w, r)
			return
		default:
			a.refuse(w, r, graph.Principal{}, http.StatusUnauthorized, graph.EUNAUTHORIZED, "credentials required: Authorization: Bearer <api key or token>")
			return
		}
		if !public && !allowed(p.Role) {
			a.refuse(w, r, p, http.StatusForbidden, graph.EFORBIDDEN, "role "+string(p.Role)+" may not use "+r.URL.Path)
			return
		}
		if ok, wait := a.cfg.Limiter.Allow(p.ID); !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			a.refuse(w, r, p, http.StatusTooManyRequests, "rate_limited", "rate limit exceeded")
			return
		}
		next.ServeHTTP(w, r.WithContext(graph.NewContextWithPrincipal(r.Context(), p)))
	})
}

func isWebSocketUpgrade(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

// refuse answers a refused request and audits it. The body is a GraphQL
// style error so /graphql clients read it like any other.
func (a *authState) refuse(w http.ResponseWriter, r *http.Request, p graph.Principal, status int, code, msg string) {
	log := hlog.FromRequest(r)
	log.Info().Int("status", status).Str("code", code).Str("actor", p.ID).Str("path", r.URL.Path).Msg("request refused")
	if a.cfg.Audit != nil {
		// Audited under a context that outlives a client hang-up, so a
		// refusal is recorded even when the client is gone.
		_, err := a.cfg.Audit.Append(context.WithoutCancel(r.Context()), audit.Entry{
			Actor: p.ID, Role: p.Role, RequestID: graph.RequestIDFromContext(r.Context()),
			Kind: audit.KindRefused, Operation: r.Method + " " + r.URL.Path, Status: status,
			Outcome: code, Reason: msg, Remote: r.RemoteAddr,
		})
		if err != nil {
			log.Error().Err(err).Msg("audit append failed")
		}
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="borderlens"`)
	}
	writeJSON(w, status, map[string]any{"errors": []map[string]any{{
		"message": msg, "extensions": map[string]any{"code": code},
	}}})
}

// handleWhoami tells the caller who they are and what their role may see
// (access.View), so the UI hides what the role may not see.
func (s *Server) handleWhoami(w http.ResponseWriter, r *http.Request) {
	p, ok := graph.PrincipalFromContext(r.Context())
	if !ok {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"error": "not authenticated"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"id": p.ID, "role": p.Role, "devMode": p == devPrincipal, "view": s.auth.policy.View(p.Role),
	})
}

// tlsConfig is the server's TLS configuration: TLS 1.2 at least, Go's
// default (secure) cipher suites and curve preferences.
func tlsConfig() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12}
}
