package audit

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/borderlens/borderlens/graph"
)

// Handler serves the audit trail to admins: GET with query parameters
// actor, role, kind, operation, since, until (RFC 3339) and limit
// (default 100) answers {"entries": [...]} newest last; format=jsonl
// streams the matching entries as stored (an export). Reading the trail
// is itself audited. Requests whose principal is not an admin get 403
// even if a route rule forgot to guard the path.
func Handler(l *Log) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := graph.PrincipalFromContext(r.Context())
		if !ok || p.Role != graph.RoleAdmin {
			writeJSON(w, http.StatusForbidden, map[string]any{"error": "admin role required"})
			return
		}
		q := r.URL.Query()
		f := Filter{Actor: q.Get("actor"), Role: graph.Role(q.Get("role")), Kind: q.Get("kind"), Operation: q.Get("operation"), Limit: 100}
		for name, dst := range map[string]*time.Time{"since": &f.Since, "until": &f.Until} {
			if v := q.Get(name); v != "" {
				t, err := time.Parse(time.RFC3339, v)
				if err != nil {
					writeJSON(w, http.StatusBadRequest, map[string]any{"error": name + ": want an RFC 3339 time"})
					return
				}
				*dst = t
			}
		}
		if v := q.Get("limit"); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > 10000 {
				writeJSON(w, http.StatusBadRequest, map[string]any{"error": "limit: want 1 to 10000"})
				return
			}
			f.Limit = n
		}
		_, _ = l.Append(r.Context(), Entry{Actor: p.ID, Role: p.Role, RequestID: graph.RequestIDFromContext(r.Context()),
			Kind: KindAudit, Operation: "GET " + r.URL.Path, Outcome: "ok", Remote: r.RemoteAddr})
		if q.Get("format") == "jsonl" {
			w.Header().Set("Content-Type", "application/jsonl; charset=utf-8")
			_, _ = l.Export(r.Context(), w, f)
			return
		}
		es, err := l.Query(r.Context(), f)
		if err != nil {
			writeJSON(w, http.StatusInternalServerError, map[string]any{"error": graph.ErrorMessage(err)})
			return
		}
		if es == nil {
			es = []Entry{}
		}
		writeJSON(w, http.StatusOK, map[string]any{"entries": es})
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
