package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/resolvers"
	"github.com/borderlens/borderlens/web"
)

// securityFlags configure authentication, rate limits, CORS, TLS and the
// audit trail of the server.
type securityFlags struct {
	keysFile     string
	oidcIssuer   string
	oidcAudience string
	oidcJWKSURL  string
	oidcJWKSFile string
	oidcRole     string
	rateLimit    float64
	rateBurst    int
	corsOrigins  string
	tlsCert      string
	tlsKey       string
	auditFile    string
}

func (c *securityFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.keysFile, "keys-file", "", "API key file (default <data-dir>/apikeys.json); its existence turns dev mode off")
	fs.StringVar(&c.oidcIssuer, "oidc-issuer", "", "accept OIDC/JWT bearer tokens from this issuer (iss)")
	fs.StringVar(&c.oidcAudience, "oidc-audience", "borderlens", "required audience (aud) of bearer tokens")
	fs.StringVar(&c.oidcJWKSURL, "oidc-jwks-url", "", "JWKS URL of the token issuer")
	fs.StringVar(&c.oidcJWKSFile, "oidc-jwks-file", "", "JWKS file of the token issuer (instead of a URL)")
	fs.StringVar(&c.oidcRole, "oidc-role-claim", "roles", "token claim (dotted path) holding the borderlens role")
	fs.Float64Var(&c.rateLimit, "rate-limit", 100, "requests per second per principal (0: unlimited)")
	fs.IntVar(&c.rateBurst, "rate-burst", 200, "burst of requests per principal")
	fs.StringVar(&c.corsOrigins, "cors-origins", "", "comma-separated origins allowed to call the API cross-origin (empty: same-origin only)")
	fs.StringVar(&c.tlsCert, "tls-cert", "", "serve HTTPS with this certificate file (PEM)")
	fs.StringVar(&c.tlsKey, "tls-key", "", "private key file (PEM) of --tls-cert")
	fs.StringVar(&c.auditFile, "audit-file", "", "audit trail file (default <data-dir>/audit.jsonl)")
}

func keysPath(dataDir, flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	return filepath.Join(dataDir, "apikeys.json")
}

func auditPath(dataDir, flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	return filepath.Join(dataDir, "audit.jsonl")
}

// security is the wired security layer of the server.
type security struct {
	Web    *web.AuthConfig
	Policy *access.Policy
	Audit  *audit.Log
	Keys   *access.KeyStore
	Extra  map[string]http.Handler // admin routes
}

// Close closes the audit trail.
func (s *security) Close() error { return s.Audit.Close() }

// build opens the key store, the token verifier (when an issuer is set)
// and the audit trail, and returns the web auth configuration.
func (c *securityFlags) build(ctx context.Context, dataDir string, getenv func(string) string, log zerolog.Logger) (*security, error) {
	keys := access.OpenKeyStore(keysPath(dataDir, c.keysFile), nil)
	creds := access.Credentials{Keys: keys}
	if c.oidcIssuer != "" {
		tv, err := access.NewTokenVerifier(ctx, access.TokenConfig{
			Issuer: c.oidcIssuer, Audience: c.oidcAudience, JWKSURL: c.oidcJWKSURL,
			JWKSFile: c.oidcJWKSFile, RoleClaim: c.oidcRole,
		})
		if err != nil {
			return nil, err
		}
		creds.Tokens = tv
	} else if c.oidcJWKSURL != "" || c.oidcJWKSFile != "" {
		return nil, errors.New("--oidc-jwks-url/--oidc-jwks-file need --oidc-issuer")
	}
	al, err := openAudit(dataDir, c.auditFile, getenv)
	if err != nil {
		return nil, err
	}
	// The schema's access directives are the policy (access.RulesFromSchema).
	pol, err := access.PolicyFromSchema(resolvers.Schema(), access.DefaultRoutes())
	if err != nil {
		al.Close()
		return nil, fmt.Errorf("access policy from schema: %w", err)
	}
	var origins []string
	for _, o := range strings.Split(c.corsOrigins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			origins = append(origins, o)
		}
	}
	log.Info().Bool("apiKeys", keys.Configured()).Bool("oidc", creds.Tokens != nil).
		Float64("rateLimit", c.rateLimit).Strs("corsOrigins", origins).Str("audit", al.Path()).Msg("security configured")
	return &security{
		Web: &web.AuthConfig{
			Credentials:    creds,
			Configured:     creds.Configured,
			Policy:         pol,
			Audit:          al,
			Limiter:        access.NewRateLimiter(c.rateLimit, c.rateBurst, nil),
			AllowedOrigins: origins,
			// The GraphQL transport authenticates connection_init
			// (web.AuthConfig.WebSocketAuth, wired in serve.go).
			WebSocketInit: true,
		},
		Policy: pol,
		Audit:  al,
		Keys:   keys,
		Extra:  map[string]http.Handler{"GET /admin/audit": audit.Handler(al)},
	}, nil
}

// secretFile returns a hex key from the environment variable env when set,
// else from <dataDir>/<name>, created with 32 random bytes on first use.
func secretFile(dataDir, name, env string, getenv func(string) string) ([]byte, error) {
	if v := getenv(env); v != "" {
		k, err := hex.DecodeString(strings.TrimSpace(v))
		if err != nil || len(k) < 16 {
			return nil, fmt.Errorf("%s must be at least 16 bytes of hex", env)
		}
		return k, nil
	}
	path := filepath.Join(dataDir, name)
	b, err := os.ReadFile(path)
	if err == nil {
		k, err := hex.DecodeString(strings.TrimSpace(string(b)))
		if err != nil || len(k) < 16 {
			return nil, fmt.Errorf("key file %s is malformed", path)
		}
		return k, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, fmt.Errorf("generate %s: %w", name, err)
	}
	if err := os.MkdirAll(dataDir, 0o750); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return secretFile(dataDir, name, env, getenv) // another process won the race
	}
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	_, err = f.WriteString(hex.EncodeToString(k) + "\n")
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	return k, nil
}

// openAudit opens the audit trail with the deployment's masking key
// (BORDERLENS_AUDIT_KEY or <data-dir>/audit.key).
func openAudit(dataDir, file string, getenv func(string) string) (*audit.Log, error) {
	key, err := secretFile(dataDir, "audit.key", envPrefix+"AUDIT_KEY", getenv)
	if err != nil {
		return nil, err
	}
	return audit.Open(auditPath(dataDir, file), audit.Options{Key: key})
}

// cliActor is the audit actor of CLI commands: whoever runs them holds
// the data directory.
const cliActor = "cli"

const keysUsage = `usage: borderlens keys <command> [flags]

  create --name N --role R [--ttl D]   create an API key; prints the token once
  list                                  list keys (ids, holders, roles; never tokens)
  revoke ID                             revoke a key`

// runKeys dispatches the keys subcommands.
func runKeys(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	sub, fs, args, err := subcommand("keys", keysUsage, args, stdout, stderr)
	if err != nil {
		return err
	}
	var common commonFlags
	common.register(fs)
	keysFile := fs.String("keys-file", "", "API key file (default <data-dir>/apikeys.json)")
	auditFile := fs.String("audit-file", "", "audit trail file (default <data-dir>/audit.jsonl)")
	var name, role string
	var ttl time.Duration
	switch sub {
	case "create":
		fs.StringVar(&name, "name", "", "who or what holds the key (required)")
		fs.StringVar(&role, "role", "", "officer, investigator, partner or admin (required)")
		fs.DurationVar(&ttl, "ttl", 0, "validity, e.g. 2160h (0: until revoked)")
	case "list", "revoke":
	default:
		return fmt.Errorf("keys: unknown subcommand %q\n%s", sub, keysUsage)
	}
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	store := access.OpenKeyStore(keysPath(common.dataDir, *keysFile), nil)
	auditKeys := func(op string, k access.APIKey) error {
		al, err := openAudit(common.dataDir, *auditFile, getenv)
		if err != nil {
			return err
		}
		defer al.Close()
		_, err = al.Append(ctx, audit.Entry{Actor: cliActor, Kind: audit.KindKeys, Operation: op,
			Outcome: "ok", Reason: fmt.Sprintf("key %s role %s", k.ID, k.Role)})
		return err
	}
	switch sub {
	case "create":
		r, err := access.ParseRole(role)
		if err != nil {
			return fmt.Errorf("keys create: --role: %w", err)
		}
		token, k, err := store.Create(ctx, name, r, ttl)
		if err != nil {
			return fmt.Errorf("keys create: %w", err)
		}
		if err := auditKeys("keys create", k); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s\n", token)
		fmt.Fprintf(stderr, "created key %s (%s, role %s). The key above is shown once: store it now.\nUse it as: Authorization: Bearer <key>\n", k.ID, k.Name, k.Role)
		return nil
	case "list":
		ks, err := store.List(ctx)
		if err != nil {
			return fmt.Errorf("keys list: %w", err)
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tROLE\tCREATED\tEXPIRES\tSTATUS")
		now := time.Now()
		for _, k := range ks {
			exp, status := "-", "active"
			if k.Expires != nil {
				exp = k.Expires.Format(time.RFC3339)
			}
			switch {
			case k.Revoked != nil:
				status = "revoked " + k.Revoked.Format(time.RFC3339)
			case !k.Active(now):
				status = "expired"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", k.ID, k.Name, k.Role, k.Created.Format(time.RFC3339), exp, status)
		}
		return tw.Flush()
	default: // revoke
		if fs.NArg() != 1 {
			return errors.New("usage: borderlens keys revoke ID")
		}
		k, err := store.Revoke(ctx, fs.Arg(0))
		if err != nil {
			return fmt.Errorf("keys revoke: %w", err)
		}
		if err := auditKeys("keys revoke", k); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "revoked key %s (%s)\n", k.ID, k.Name)
		return nil
	}
}
