package resolvers

import (
	"bytes"
	"context"
	"encoding/json"
	"mime"
	"net/http"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/borderlens/borderlens/graph"
)

// gqlgen's HTTP transports differ from the GraphQL over HTTP spec in two
// places that graphql-http's audit flags:
//
//   - under Accept: application/json a document that fails to parse or
//     validate gets 422, where the spec says 200 (the body is still a
//     well-formed GraphQL response);
//   - a request error (nothing executed) carries "data": null, where the
//     spec (and GraphQL spec §7.1.1) says the data entry must be absent,
//     and under application/graphql-response+json such a response must
//     have a 4xx status.
//
// conformHTTP fixes both around the stock transports. The response
// interceptor (markRequestErrors) tells it which responses are request
// errors: gqlgen builds those without data, while an executed operation
// always has data, if only null.

// codePersistedQueryNotFound is gqlgen's APQ miss code. Apollo clients expect it
// with status 200 and stop using APQ after a 400, so it keeps its 200.
const codePersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND"

// httpState is shared by conformHTTP and markRequestErrors for one request.
type httpState struct {
	requestError bool
	codes        []string
}

type httpStateKey struct{}

// markRequestErrors is a response interceptor recording request errors
// (responses built without data) on the request's httpState.
func markRequestErrors(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil || resp.Data != nil || len(resp.Errors) == 0 {
		return resp
	}
	markRequestError(ctx, resp)
	return resp
}

// markRequestError records resp, a response built without data, as a
// request error on the request's httpState.
func markRequestError(ctx context.Context, resp *graphql.Response) {
	if st, ok := ctx.Value(httpStateKey{}).(*httpState); ok {
		st.requestError = true
		for _, e := range resp.Errors {
			if c, ok := e.Extensions["code"].(string); ok {
				st.codes = append(st.codes, c)
			}
		}
	}
}

// conformHTTP buffers plain HTTP GraphQL responses (not WebSocket upgrades)
// and, for request errors, drops the data entry and sets the status the
// spec asks for: 400 for a request without a query, 200 for a parse or
// validation failure under application/json, and 4xx under
// application/graphql-response+json.
func conformHTTP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" || (r.Method != http.MethodGet && r.Method != http.MethodPost) {
			next.ServeHTTP(w, r)
			return
		}
		st := &httpState{}
		bw := &bufferedWriter{header: w.Header(), status: http.StatusOK}
		next.ServeHTTP(bw, r.WithContext(context.WithValue(r.Context(), httpStateKey{}, st)))

		status, body := bw.status, bw.body.Bytes()
		if st.requestError {
			body = dropData(body)
			mt, _, _ := mime.ParseMediaType(w.Header().Get("Content-Type"))
			switch {
			case slices.Contains(st.codes, CodeBadRequest):
				status = http.StatusBadRequest
			case slices.Contains(st.codes, graph.EUNAUTHORIZED):
				status = http.StatusUnauthorized
			case slices.Contains(st.codes, graph.EFORBIDDEN):
				status = http.StatusForbidden
			case slices.Contains(st.codes, codePersistedQueryNotFound):
				status = http.StatusOK
			case mt == "application/graphql-response+json" && status < 400:
				status = http.StatusBadRequest
			case mt == "application/json" && status == http.StatusUnprocessableEntity:
				status = http.StatusOK
			}
		}
		w.WriteHeader(status)
		_, _ = w.Write(body)
	})
}

// dropData removes a null "data" entry from a JSON response body.
func dropData(body []byte) []byte {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil {
		return body
	}
	if d, ok := m["data"]; !ok || !bytes.Equal(bytes.TrimSpace(d), []byte("null")) {
		return body
	}
	delete(m, "data")
	out, err := json.Marshal(m)
	if err != nil {
		return body
	}
	return out
}

// bufferedWriter holds a response until conformHTTP has inspected it.
type bufferedWriter struct {
	header http.Header
	status int
	wrote  bool
	body   bytes.Buffer
}

func (b *bufferedWriter) Header() http.Header { return b.header }

func (b *bufferedWriter) WriteHeader(status int) {
	if !b.wrote {
		b.status, b.wrote = status, true
	}
}

func (b *bufferedWriter) Write(p []byte) (int, error) {
	b.wrote = true
	return b.body.Write(p)
}
