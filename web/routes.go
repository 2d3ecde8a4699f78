package web

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/rs/zerolog/hlog"
)

// routes is the whole HTTP surface of the server in one place.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.handleHealthz)
	mux.HandleFunc("GET /readyz", s.handleReadyz)
	mux.HandleFunc("GET /auth/whoami", s.handleWhoami)
	if s.cfg.GraphQL != nil {
		mux.Handle("/graphql", s.cfg.GraphQL)
	} else {
		mux.HandleFunc("/graphql", func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, http.StatusServiceUnavailable, map[string]any{"errors": []map[string]any{{"message": "graphql endpoint not configured"}}})
		})
	}
	mux.Handle("GET /graphiql", http.RedirectHandler("/graphiql/", http.StatusMovedPermanently))
	mux.Handle("GET /graphiql/", graphiqlHandler())
	for pattern, h := range s.cfg.Extra {
		mux.Handle(pattern, h)
	}
	mux.Handle("/", s.uiHandler())
	return s.middleware(mux)
}

// handleHealthz answers liveness: the process is up and serving HTTP.
func (s *Server) handleHealthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// handleReadyz answers readiness: the store can serve requests. When it
// cannot, the body says why so operators see e.g. "neo4j unreachable".
func (s *Server) handleReadyz(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Ready == nil {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	if err := s.cfg.Ready.Ready(ctx); err != nil {
		hlog.FromRequest(r).Warn().Err(err).Msg("not ready")
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{
			"status": "unavailable", "code": graph.ErrorCode(err), "reason": graph.ErrorMessage(err),
		})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
