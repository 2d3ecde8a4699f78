package web_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
	"github.com/google/go-cmp/cmp"
	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/web"
)

const (
	testIssuer   = "https://idp.example.test"
	testAudience = "borderlens"
)

// idp is a test OIDC issuer: an Ed25519 key whose JWKS is served over
// real HTTP, and a signer for test tokens.
type idp struct {
	priv ed25519.PrivateKey
	jwks *httptest.Server
}

func newIDP(t testing.TB) *idp {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	set := jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: pub, KeyID: "k1", Algorithm: string(jose.EdDSA), Use: "sig"}}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(set)
	}))
	t.Cleanup(srv.Close)
	return &idp{priv: priv, jwks: srv}
}

// token signs claims with key (the idp's when nil).
func (p *idp) token(t testing.TB, key ed25519.PrivateKey, claims map[string]any) string {
	t.Helper()
	if key == nil {
		key = p.priv
	}
	sig, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.EdDSA, Key: jose.JSONWebKey{Key: key, KeyID: "k1"}}, (&jose.SignerOptions{}).WithType("JWT"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := jwt.Signed(sig).Claims(claims).Serialize()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func claims(sub string, roles any, exp time.Time) map[string]any {
	return map[string]any{"iss": testIssuer, "aud": testAudience, "sub": sub, "exp": exp.Unix(), "iat": time.Now().Add(-time.Minute).Unix(), "roles": roles}
}

// fixture is a server with the real middleware, an API key store, a
// token verifier against the idp's JWKS URL and an audit log.
type fixture struct {
	url   string
	keys  *access.KeyStore
	audit *audit.Log
	idp   *idp
}

func newFixture(t testing.TB, limiter *access.RateLimiter) *fixture {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	p := newIDP(t)
	tv, err := access.NewTokenVerifier(ctx, access.TokenConfig{Issuer: testIssuer, Audience: testAudience, JWKSURL: p.jwks.URL})
	if err != nil {
		t.Fatal(err)
	}
	keys := access.OpenKeyStore(filepath.Join(dir, "apikeys.json"), nil)
	al, err := audit.Open(filepath.Join(dir, "audit.jsonl"), audit.Options{Key: []byte("0123456789abcdef0123456789abcdef")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { al.Close() })
	creds := access.Credentials{Keys: keys, Tokens: tv}
	gql := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		pr, _ := graph.PrincipalFromContext(r.Context())
		_ = json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{"actor": pr.ID, "role": pr.Role}})
	})
	srv := web.New(web.Config{
		Log: zerolog.Nop(), GraphQL: gql,
		Extra: map[string]http.Handler{"GET /admin/audit": audit.Handler(al)},
		Auth: &web.AuthConfig{
			Credentials: creds, Configured: creds.Configured, Audit: al, Limiter: limiter,
			AllowedOrigins: []string{"https://ui.example.test"},
		},
	})
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	return &fixture{url: hs.URL, keys: keys, audit: al, idp: p}
}

func (f *fixture) do(t *testing.T, method, path, credential string) (*http.Response, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, f.url+path, strings.NewReader(`{"query":"{ stats { nodeCount } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if credential != "" {
		req.Header.Set("Authorization", "Bearer "+credential)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var body map[string]any
	_ = json.NewDecoder(res.Body).Decode(&body)
	return res, body
}

func mustKey(t testing.TB, ks *access.KeyStore, role graph.Role) (string, access.APIKey) {
	t.Helper()
	tok, k, err := ks.Create(context.Background(), "test "+string(role), role, 0)
	if err != nil {
		t.Fatal(err)
	}
	return tok, k
}

func TestAuthRefusals(t *testing.T) {
	f := newFixture(t, nil)
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	officer, _ := mustKey(t, f.keys, graph.RoleOfficer)
	revoked, rk := mustKey(t, f.keys, graph.RoleInvestigator)
	if _, err := f.keys.Revoke(context.Background(), rk.ID); err != nil {
		t.Fatal(err)
	}
	partner, _ := mustKey(t, f.keys, graph.RolePartner)
	hour := time.Now().Add(time.Hour)
	tests := []struct {
		name       string
		path       string
		credential string
		wantStatus int
		wantCode   string
	}{
		{"no credentials", "/graphql", "", 401, graph.EUNAUTHORIZED},
		{"garbage token", "/graphql", "not-a-token", 401, graph.EUNAUTHORIZED},
		{"token signed by another key", "/graphql", f.idp.token(t, otherKey, claims("alice", "officer", hour)), 401, graph.EUNAUTHORIZED},
		{"expired token", "/graphql", f.idp.token(t, nil, claims("alice", "officer", time.Now().Add(-time.Hour))), 401, graph.EUNAUTHORIZED},
		{"wrong audience", "/graphql", f.idp.token(t, nil, map[string]any{"iss": testIssuer, "aud": "other", "sub": "a", "exp": hour.Unix(), "roles": "admin"}), 401, graph.EUNAUTHORIZED},
		{"wrong issuer", "/graphql", f.idp.token(t, nil, map[string]any{"iss": "https://evil.test", "aud": testAudience, "sub": "a", "exp": hour.Unix(), "roles": "admin"}), 401, graph.EUNAUTHORIZED},
		{"token without a role", "/graphql", f.idp.token(t, nil, claims("alice", []any{"viewer"}, hour)), 403, graph.EFORBIDDEN},
		{"revoked key", "/graphql", revoked, 401, graph.EUNAUTHORIZED},
		{"unknown key", "/graphql", "blk_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 401, graph.EUNAUTHORIZED},
		{"officer on admin route", "/admin/audit", officer, 403, graph.EFORBIDDEN},
		{"partner on admin route", "/admin/audit", partner, 403, graph.EFORBIDDEN},
		{"partner on an unlisted route", "/export/anything", partner, 403, graph.EFORBIDDEN},
		{"no credentials on an unlisted route", "/secret", "", 401, graph.EUNAUTHORIZED},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, body := f.do(t, http.MethodPost, tc.path, tc.credential)
			if res.StatusCode != tc.wantStatus {
				t.Fatalf("status: got %d, want %d (%v)", res.StatusCode, tc.wantStatus, body)
			}
			errs, _ := body["errors"].([]any)
			if len(errs) != 1 {
				t.Fatalf("body: got %v, want one error", body)
			}
			code := errs[0].(map[string]any)["extensions"].(map[string]any)["code"]
			if code != tc.wantCode {
				t.Errorf("code: got %v, want %v", code, tc.wantCode)
			}
			if _, ok := body["data"]; ok {
				t.Error("refused response carries data")
			}
			if tc.wantStatus == 401 && res.Header.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
	// Every refusal is in the audit trail, with its status and path.
	es, err := f.audit.Query(context.Background(), audit.Filter{Kind: audit.KindRefused})
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, e := range es {
		got = append(got, e.Status)
	}
	var want []int
	for _, tc := range tests {
		want = append(want, tc.wantStatus)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("audited refusal statuses (-want +got):\n%s", diff)
	}
	if _, err := audit.VerifyFile(context.Background(), f.audit.Path(), audit.VerifyOptions{}); err != nil {
		t.Errorf("audit chain: %v", err)
	}
}

func TestAuthAccepts(t *testing.T) {
	f := newFixture(t, nil)
	officer, ok := mustKey(t, f.keys, graph.RoleOfficer)
	admin, ak := mustKey(t, f.keys, graph.RoleAdmin)
	hour := time.Now().Add(time.Hour)
	tests := []struct {
		name       string
		credential string
		wantActor  string
		wantRole   string
	}{
		{"api key", officer, "key:" + ok.ID, "officer"},
		{"token with a role list", f.idp.token(t, nil, claims("alice", []any{"viewer", "officer", "investigator"}, hour)), "oidc:alice", "investigator"},
		{"token with a prefixed role", f.idp.token(t, nil, claims("bob", "borderlens:partner", hour)), "oidc:bob", "partner"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, body := f.do(t, http.MethodPost, "/graphql", tc.credential)
			if res.StatusCode != 200 {
				t.Fatalf("status: got %d, want 200 (%v)", res.StatusCode, body)
			}
			want := map[string]any{"actor": tc.wantActor, "role": tc.wantRole}
			if diff := cmp.Diff(want, body["data"]); diff != "" {
				t.Errorf("principal seen by the handler (-want +got):\n%s", diff)
			}
			if res.Header.Get("Cache-Control") != "no-store" {
				t.Error("authenticated response is cacheable")
			}
		})
	}
	// Admins read the audit trail.
	res, body := f.do(t, http.MethodGet, "/admin/audit?kind=audit", admin)
	if res.StatusCode != 200 {
		t.Fatalf("admin audit: got %d (%v)", res.StatusCode, body)
	}
	es, _ := body["entries"].([]any)
	if len(es) != 1 || es[0].(map[string]any)["actor"] != "key:"+ak.ID {
		t.Errorf("admin audit entries: got %v, want the read itself", body)
	}
	// Public routes need nothing.
	if res, _ := f.do(t, http.MethodGet, "/healthz", ""); res.StatusCode != 200 {
		t.Errorf("healthz: got %d", res.StatusCode)
	}
}

func TestRateLimit(t *testing.T) {
	f := newFixture(t, access.NewRateLimiter(0.001, 2, nil))
	key, k := mustKey(t, f.keys, graph.RoleOfficer)
	other, _ := mustKey(t, f.keys, graph.RoleOfficer)
	for i := range 2 {
		if res, _ := f.do(t, http.MethodPost, "/graphql", key); res.StatusCode != 200 {
			t.Fatalf("request %d within burst: got %d", i, res.StatusCode)
		}
	}
	res, _ := f.do(t, http.MethodPost, "/graphql", key)
	if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" {
		t.Fatalf("over the limit: got %d Retry-After %q, want 429 with Retry-After", res.StatusCode, res.Header.Get("Retry-After"))
	}
	if res, _ := f.do(t, http.MethodPost, "/graphql", other); res.StatusCode != 200 {
		t.Errorf("another key limited by the first: got %d", res.StatusCode)
	}
	es, err := f.audit.Query(context.Background(), audit.Filter{Kind: audit.KindRefused})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Status != 429 || es[0].Actor != "key:"+k.ID {
		t.Errorf("audited 429: got %+v", es)
	}
}

func TestCORS(t *testing.T) {
	f := newFixture(t, nil)
	tests := []struct {
		origin    string
		wantAllow string
	}{
		{"https://ui.example.test", "https://ui.example.test"},
		{"https://evil.test", ""},
	}
	for _, tc := range tests {
		t.Run(tc.origin, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodOptions, f.url+"/graphql", nil)
			req.Header.Set("Origin", tc.origin)
			req.Header.Set("Access-Control-Request-Method", "POST")
			req.Header.Set("Access-Control-Request-Headers", "authorization,content-type")
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if got := res.Header.Get("Access-Control-Allow-Origin"); got != tc.wantAllow {
				t.Errorf("Access-Control-Allow-Origin: got %q, want %q", got, tc.wantAllow)
			}
		})
	}
}

func TestDevMode(t *testing.T) {
	tests := []struct {
		name       string
		addr       string
		configured bool
		wantStatus int
		wantRun    bool // Run starts (rather than refusing the configuration)
	}{
		{"loopback without credentials", "127.0.0.1:0", false, 200, true},
		{"loopback with credentials", "127.0.0.1:0", true, 401, true},
		{"public address without credentials", "0.0.0.0:0", false, 401, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			configured := tc.configured
			srv := web.New(web.Config{Addr: tc.addr, Log: zerolog.Nop(), Auth: &web.AuthConfig{Configured: func() bool { return configured }}})
			hs := httptest.NewServer(srv.Handler())
			defer hs.Close()
			res, err := http.Get(hs.URL + "/auth/whoami")
			if err != nil {
				t.Fatal(err)
			}
			var body map[string]any
			_ = json.NewDecoder(res.Body).Decode(&body)
			res.Body.Close()
			if res.StatusCode != tc.wantStatus {
				t.Fatalf("whoami: got %d, want %d", res.StatusCode, tc.wantStatus)
			}
			if tc.wantStatus == 200 && (body["role"] != "admin" || body["devMode"] != true) {
				t.Errorf("dev mode principal: got %v", body)
			}
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			err = srv.Run(ctx)
			if (err == nil) != tc.wantRun {
				t.Errorf("Run: got %v, want started=%v", err, tc.wantRun)
			}
		})
	}
}

// BenchmarkAuth measures a request over real HTTP through the middleware
// in dev mode (no credential check), with an API key (file stat +
// SHA-256) and with a JWT (EdDSA verification, JWKS cached after the
// first fetch), each answered by /auth/whoami.
func BenchmarkAuth(b *testing.B) {
	f := newFixture(b, nil)
	key, _ := mustKey(b, f.keys, graph.RoleOfficer)
	tok := f.idp.token(b, nil, claims("alice", "officer", time.Now().Add(time.Hour)))
	dev := httptest.NewServer(web.New(web.Config{Log: zerolog.Nop()}).Handler())
	defer dev.Close()
	for _, bc := range []struct{ name, url, cred string }{
		{"dev", dev.URL, ""}, {"apikey", f.url, key}, {"jwt", f.url, tok},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				req, err := http.NewRequest(http.MethodGet, bc.url+"/auth/whoami", nil)
				if err != nil {
					b.Fatal(err)
				}
				if bc.cred != "" {
					req.Header.Set("Authorization", "Bearer "+bc.cred)
				}
				res, err := http.DefaultClient.Do(req)
				if err != nil || res.StatusCode != 200 {
					b.Fatalf("%v %v", err, res)
				}
				_, _ = io.Copy(io.Discard, res.Body)
				res.Body.Close()
			}
		})
	}
}
