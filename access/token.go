package access

import (
	"context"
	"crypto"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/go-jose/go-jose/v4"

	"github.com/borderlens/borderlens/graph"
)

// TokenConfig configures OIDC/JWT bearer token verification.
type TokenConfig struct {
	Issuer   string // required "iss"
	Audience string // required member of "aud"
	JWKSURL  string // the issuer's JWKS endpoint (fetched and cached; refetched on an unknown kid)
	JWKSFile string // or a local JWKS file (read once)
	// RoleClaim names the claim holding the role: a string or a list of
	// strings, found by a dotted path ("realm_access.roles"). Default
	// "roles". Values are role names (officer, investigator, partner,
	// admin), optionally with a "borderlens:" prefix; unknown values are
	// ignored and the most privileged known one wins.
	RoleClaim string
	// Now is the clock for expiry checks; nil means time.Now.
	Now func() time.Time
	// HTTPClient fetches the JWKS; nil means a client with a 10 s timeout.
	HTTPClient *http.Client
}

// signingAlgs are the asymmetric JWS algorithms accepted; "none" and the
// HMAC algorithms never are.
var signingAlgs = []string{
	oidc.RS256, oidc.RS384, oidc.RS512, oidc.ES256, oidc.ES384, oidc.ES512,
	oidc.PS256, oidc.PS384, oidc.PS512, oidc.EdDSA,
}

// TokenVerifier verifies bearer JWTs: signature against the JWKS, issuer,
// audience, expiry and not-before (go-oidc's verifier), then maps the role
// claim. Safe for concurrent use.
type TokenVerifier struct {
	v         *oidc.IDTokenVerifier
	roleClaim []string
}

// NewTokenVerifier builds a verifier. ctx bounds the verifier's life: the
// remote key set fetches keys under it. Errors: EINVALID (missing issuer,
// audience or key source; unreadable JWKS file).
func NewTokenVerifier(ctx context.Context, cfg TokenConfig) (*TokenVerifier, error) {
	if cfg.Issuer == "" || cfg.Audience == "" {
		return nil, graph.Errorf(graph.EINVALID, "oidc: issuer and audience are required")
	}
	var ks oidc.KeySet
	switch {
	case cfg.JWKSFile != "":
		keys, err := ReadJWKSFile(cfg.JWKSFile)
		if err != nil {
			return nil, err
		}
		ks = &oidc.StaticKeySet{PublicKeys: keys}
	case cfg.JWKSURL != "":
		client := cfg.HTTPClient
		if client == nil {
			client = &http.Client{Timeout: 10 * time.Second}
		}
		ks = oidc.NewRemoteKeySet(oidc.ClientContext(context.WithoutCancel(ctx), client), cfg.JWKSURL)
	default:
		return nil, graph.Errorf(graph.EINVALID, "oidc: a JWKS URL or file is required")
	}
	claim := cfg.RoleClaim
	if claim == "" {
		claim = "roles"
	}
	v := oidc.NewVerifier(cfg.Issuer, ks, &oidc.Config{
		ClientID:             cfg.Audience,
		SupportedSigningAlgs: signingAlgs,
		Now:                  cfg.Now,
	})
	return &TokenVerifier{v: v, roleClaim: strings.Split(claim, ".")}, nil
}

// ReadJWKSFile reads the public keys of a JWKS (RFC 7517) file.
// Errors: EINVALID.
func ReadJWKSFile(path string) ([]crypto.PublicKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "jwks %s: %v", path, err)
	}
	var set jose.JSONWebKeySet
	if err := json.Unmarshal(b, &set); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "jwks %s: %v", path, err)
	}
	var keys []crypto.PublicKey
	for i, k := range set.Keys {
		if !k.Valid() || !k.IsPublic() {
			return nil, graph.Errorf(graph.EINVALID, "jwks %s: key %d (kid %q) is not a valid public key", path, i, k.KeyID)
		}
		keys = append(keys, k.Key)
	}
	if len(keys) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "jwks %s: no keys", path)
	}
	return keys, nil
}

// Authenticate verifies a bearer token and returns its principal
// ("oidc:<sub>" with the mapped role). Errors: EUNAUTHORIZED (bad
// signature, wrong issuer or audience, expired, not yet valid, no
// subject), EFORBIDDEN (valid token without a known role).
func (t *TokenVerifier) Authenticate(ctx context.Context, raw string) (graph.Principal, error) {
	tok, err := t.v.Verify(ctx, raw)
	if err != nil {
		var exp *oidc.TokenExpiredError
		if errors.As(err, &exp) {
			return graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "token expired at %s", exp.Expiry.UTC().Format(time.RFC3339))
		}
		return graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "invalid token: %s", strings.TrimPrefix(err.Error(), "oidc: "))
	}
	if tok.Subject == "" {
		return graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "invalid token: no subject")
	}
	var claims map[string]any
	if err := tok.Claims(&claims); err != nil {
		return graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "invalid token: %v", err)
	}
	role, ok := roleFromClaim(lookupClaim(claims, t.roleClaim))
	if !ok {
		return graph.Principal{}, graph.Errorf(graph.EFORBIDDEN, "token grants no borderlens role (claim %q)", strings.Join(t.roleClaim, "."))
	}
	return graph.Principal{ID: "oidc:" + tok.Subject, Role: role}, nil
}

func lookupClaim(m map[string]any, path []string) any {
	var v any = m
	for _, p := range path {
		mm, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = mm[p]
	}
	return v
}

// roleFromClaim picks the most privileged known role in a string or list
// claim.
func roleFromClaim(v any) (graph.Role, bool) {
	var vals []string
	switch x := v.(type) {
	case string:
		vals = strings.Fields(x)
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				vals = append(vals, s)
			}
		}
	}
	best, rank := graph.Role(""), -1
	for _, s := range vals {
		r, err := ParseRole(strings.TrimPrefix(s, "borderlens:"))
		if err != nil {
			continue
		}
		for i, x := range roles {
			if x == r && i > rank {
				best, rank = r, i
			}
		}
	}
	return best, rank >= 0
}

// Authenticator turns a credential from a request into a principal.
type Authenticator interface {
	// Authenticate returns the principal of credential.
	// Errors: EUNAUTHORIZED, EFORBIDDEN.
	Authenticate(ctx context.Context, credential string) (graph.Principal, error)
}

var (
	_ Authenticator = (*KeyStore)(nil)
	_ Authenticator = (*TokenVerifier)(nil)
)

// Credentials dispatches a credential to the API key store (credentials
// starting with KeyPrefix) or to the token verifier (anything else). A
// nil part refuses its kind of credential.
type Credentials struct {
	Keys   *KeyStore
	Tokens *TokenVerifier
}

// Configured reports whether any credential source is set up; when none
// is, a loopback server runs in dev mode.
func (c Credentials) Configured() bool {
	return c.Tokens != nil || (c.Keys != nil && c.Keys.Configured())
}

// Authenticate implements Authenticator.
func (c Credentials) Authenticate(ctx context.Context, credential string) (graph.Principal, error) {
	if strings.HasPrefix(credential, KeyPrefix) {
		if c.Keys == nil {
			return graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "api keys are not enabled")
		}
		return c.Keys.Authenticate(ctx, credential)
	}
	if c.Tokens == nil {
		return graph.Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "bearer tokens are not enabled")
	}
	p, err := c.Tokens.Authenticate(ctx, credential)
	if err != nil {
		return p, fmt.Errorf("bearer token: %w", err)
	}
	return p, nil
}
