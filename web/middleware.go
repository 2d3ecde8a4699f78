package web

import (
	"net/http"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/hlog"
)

// middleware wraps h with, outermost first: the request logger on ctx, a
// request id (X-Request-Id, echoed back) also put on ctx for the domain,
// one access-log line per request, panic recovery, security headers, CORS
// and authentication with the route policy and rate limit (auth.go).
func (s *Server) middleware(h http.Handler) http.Handler {
	h = s.auth.authenticate(h)
	h = s.auth.cors(h)
	h = s.securityHeaders(h)
	h = recoverer(h)
	h = hlog.AccessHandler(func(r *http.Request, status, size int, d time.Duration) {
		hlog.FromRequest(r).Info().
			Str("method", r.Method).
			Str("path", r.URL.Path).
			Int("status", status).
			Int("size", size).
			Dur("duration", d).
			Msg("request")
	})(h)
	h = domainRequestID(h)
	h = hlog.RequestIDHandler("req_id", "X-Request-Id")(h)
	h = hlog.NewHandler(s.cfg.Log)(h)
	return h
}

// domainRequestID copies hlog's request id onto the context under the
// graph package's key, so lower layers log it without importing hlog.
func domainRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if id, ok := hlog.IDFromRequest(r); ok {
			r = r.WithContext(graph.NewContextWithRequestID(r.Context(), id.String()))
		}
		next.ServeHTTP(w, r)
	})
}

func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				hlog.FromRequest(r).Error().Interface("panic", v).Msg("handler panic")
				writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error"})
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// securityHeaders sets conservative headers for the UI and API. The UI is
// served from the binary with no CDN, so 'self' is enough.
func (s *Server) securityHeaders(next http.Handler) http.Handler {
	hsts := s.cfg.TLSCertFile != ""
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		if hsts {
			h.Set("Strict-Transport-Security", "max-age=31536000")
		}
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self' ws: wss:; frame-ancestors 'none'")
		next.ServeHTTP(w, r)
	})
}

// LoggerFromRequest returns the request-scoped logger (with its request id).
func LoggerFromRequest(r *http.Request) *zerolog.Logger { return hlog.FromRequest(r) }
