package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-jose/go-jose/v4"

	"github.com/borderlens/borderlens/access"
	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/access/exchange"
	"github.com/borderlens/borderlens/analytics"
	"github.com/borderlens/borderlens/graph"
)

const partnerUsage = `usage: borderlens partner <command> [flags]

  keygen --id ID          create our Ed25519 signing key; prints the public JWKS to give partners
  trust FILE              add a partner's public JWKS to the trusted partner keys
  export [flags]          export trader risk profiles as a signed document (JWS)
  import FILE...          verify partner documents and attach them to matching traders
  verify [--ftm] FILE     verify a document without importing; --ftm prints its FollowTheMoney entities`

// runPartner dispatches the partner subcommands.
func runPartner(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	sub, fs, args, err := subcommand("partner", partnerUsage, args, stdout, stderr)
	if err != nil {
		return err
	}
	var common commonFlags
	common.register(fs)
	signingKey := fs.String("signing-key", "", "our private signing JWK (default <data-dir>/partner/signing.jwk)")
	trusted := fs.String("trusted-keys", "", "JWKS of trusted partner public keys (default <data-dir>/partner/trusted.jwks)")
	auditFile := fs.String("audit-file", "", "audit trail file (default <data-dir>/audit.jsonl)")
	var (
		id, ids, out string
		force        bool
		minRisk      float64
		known        bool
		limit        int
		ttl          time.Duration
		analyze      bool
		seed         uint64
		ftm          bool
	)
	switch sub {
	case "keygen":
		fs.StringVar(&id, "id", "", "our partner id, e.g. kcs-kr (required)")
		fs.BoolVar(&force, "force", false, "replace an existing signing key")
	case "trust":
	case "export":
		fs.StringVar(&ids, "ids", "", "comma-separated trader ids (default: select by --min-risk and --known-smugglers)")
		fs.Float64Var(&minRisk, "min-risk", 0.5, "export traders with at least this network risk")
		fs.BoolVar(&known, "known-smugglers", true, "also export every trader marked a known smuggler")
		fs.IntVar(&limit, "limit", 1000, "at most this many profiles, riskiest first (0: no limit)")
		fs.DurationVar(&ttl, "ttl", 30*24*time.Hour, "validity of the document")
		fs.StringVar(&out, "out", "", "write the signed document here (default stdout)")
		fs.BoolVar(&analyze, "analyze", false, "compute network risk in memory instead of reading the stored networkRisk")
		fs.Uint64Var(&seed, "seed", 1, "analytics random seed (with --analyze)")
	case "import":
	case "verify":
		fs.BoolVar(&ftm, "ftm", false, "print the verified FollowTheMoney entities as JSON Lines")
	default:
		return fmt.Errorf("partner: unknown command %q\n%s", sub, partnerUsage)
	}
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	dir := filepath.Join(common.dataDir, "partner")
	if *signingKey == "" {
		*signingKey = filepath.Join(dir, "signing.jwk")
	}
	if *trusted == "" {
		*trusted = filepath.Join(dir, "trusted.jwks")
	}
	log, err := common.logger(stderr)
	if err != nil {
		return err
	}
	appendAudit := func(e audit.Entry) error {
		al, err := openAudit(common.dataDir, *auditFile, getenv)
		if err != nil {
			return err
		}
		defer al.Close()
		e.Actor = cliActor
		_, err = al.Append(ctx, e)
		return err
	}

	switch sub {
	case "keygen":
		if _, err := os.Stat(*signingKey); err == nil && !force {
			return fmt.Errorf("partner keygen: %s exists (use --force to replace it; partners must then trust the new key)", *signingKey)
		}
		k, err := exchange.GenerateKey(id)
		if err != nil {
			return fmt.Errorf("partner keygen: %w", err)
		}
		priv, err := json.MarshalIndent(k, "", "  ")
		if err != nil {
			return fmt.Errorf("partner keygen: %w", err)
		}
		if err := os.MkdirAll(filepath.Dir(*signingKey), 0o700); err != nil {
			return fmt.Errorf("partner keygen: %w", err)
		}
		if err := os.WriteFile(*signingKey, append(priv, '\n'), 0o600); err != nil {
			return fmt.Errorf("partner keygen: %w", err)
		}
		pub, err := json.MarshalIndent(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{k.Public()}}, "", "  ")
		if err != nil {
			return fmt.Errorf("partner keygen: %w", err)
		}
		fmt.Fprintf(stdout, "%s\n", pub)
		fmt.Fprintf(stderr, "signing key for %q written to %s; give partners the public JWKS above\n", id, *signingKey)
		return nil

	case "trust":
		if fs.NArg() != 1 {
			return errors.New("usage: borderlens partner trust PUBLIC_JWKS_FILE")
		}
		return trustPartner(*trusted, fs.Arg(0), stdout)

	case "export":
		key, err := exchange.ReadSigningKey(*signingKey)
		if err != nil {
			return fmt.Errorf("partner export: %w (run 'borderlens partner keygen --id ...' first)", err)
		}
		store, err := openStore(ctx, common.dataDir, getenv, log)
		if err != nil {
			return fmt.Errorf("partner export: %w", err)
		}
		defer store.Close()
		opts := exchange.ExportOptions{Issuer: key.KeyID, MinRisk: minRisk, KnownSmugglers: known, Limit: limit, TTL: ttl, Now: time.Now()}
		for _, s := range strings.Split(ids, ",") {
			if s = strings.TrimSpace(s); s != "" {
				opts.IDs = append(opts.IDs, s)
			}
		}
		if analyze {
			rep, err := analytics.Analyze(ctx, store, analytics.Options{Seed: seed, DryRun: true})
			if err != nil {
				return fmt.Errorf("partner export: analytics: %w", err)
			}
			opts.Risk = func(k graph.Key) (float64, time.Time, bool) {
				p, err := rep.Result.ProfileN(k, 0, 0)
				return p.NetworkRisk, rep.Time, err == nil
			}
		}
		doc, keys, err := exchange.Profiles(ctx, store, access.DefaultPolicy(), opts)
		if err != nil {
			return fmt.Errorf("partner export: %w", err)
		}
		signed, err := exchange.Sign(doc, key)
		if err != nil {
			return fmt.Errorf("partner export: %w", err)
		}
		entities := make([]string, len(keys))
		for i, k := range keys {
			entities[i] = k.String()
		}
		if err := appendAudit(audit.Entry{Kind: audit.KindExport, Operation: "partner export", Outcome: "ok",
			Entities: entities, Reason: fmt.Sprintf("document %s by %s: %d profiles", doc.ID, doc.Issuer, len(doc.Entities))}); err != nil {
			return err
		}
		if out == "" {
			fmt.Fprintln(stdout, signed)
		} else if err := os.WriteFile(out, []byte(signed+"\n"), 0o600); err != nil {
			return fmt.Errorf("partner export: %w", err)
		}
		fmt.Fprintf(stderr, "exported %d trader profiles as document %s (issuer %s, expires %s)\n",
			len(doc.Entities), doc.ID, doc.Issuer, time.Unix(doc.Expires, 0).UTC().Format(time.RFC3339))
		return nil

	case "verify", "import":
		if fs.NArg() == 0 || (sub == "verify" && fs.NArg() != 1) {
			return fmt.Errorf("usage: borderlens partner %s FILE", sub)
		}
		tk, err := exchange.ReadTrustedKeys(*trusted)
		if err != nil {
			return fmt.Errorf("partner %s: %w (add partner keys with 'borderlens partner trust')", sub, err)
		}
		if sub == "verify" {
			doc, err := readVerified(tk, fs.Arg(0))
			if err != nil {
				return fmt.Errorf("partner verify: %w", err)
			}
			if ftm {
				enc := json.NewEncoder(stdout)
				for _, e := range doc.Entities {
					if err := enc.Encode(e); err != nil {
						return err
					}
				}
				return nil
			}
			fmt.Fprintf(stdout, "%s: valid document %s from %s, %d entities, expires %s\n", fs.Arg(0), doc.ID, doc.Issuer,
				len(doc.Entities), time.Unix(doc.Expires, 0).UTC().Format(time.RFC3339))
			return nil
		}
		store, err := openStore(ctx, common.dataDir, getenv, log)
		if err != nil {
			return fmt.Errorf("partner import: %w", err)
		}
		defer store.Close()
		var refused int
		enc := json.NewEncoder(stdout)
		for _, file := range fs.Args() {
			doc, err := readVerified(tk, file)
			if err != nil {
				refused++
				fmt.Fprintf(stderr, "%s: %v\n", file, err)
				if aerr := appendAudit(audit.Entry{Kind: audit.KindImport, Operation: "partner import", Outcome: "refused",
					Reason: filepath.Base(file) + ": " + err.Error()}); aerr != nil {
					return aerr
				}
				continue
			}
			rep, err := exchange.Attach(ctx, store, doc)
			if err != nil {
				return fmt.Errorf("partner import %s: %w", file, err)
			}
			var touched []string
			for _, m := range rep.Matched {
				touched = append(touched, m.Trader.String())
			}
			if err := appendAudit(audit.Entry{Kind: audit.KindImport, Operation: "partner import", Outcome: "ok", Entities: touched,
				Reason: fmt.Sprintf("document %s from %s: %d matched, %d unmatched, %d ambiguous, %d stale",
					doc.ID, doc.Issuer, len(rep.Matched), len(rep.Unmatched), len(rep.Ambiguous), len(rep.Stale))}); err != nil {
				return err
			}
			if err := enc.Encode(rep); err != nil {
				return err
			}
		}
		if refused > 0 {
			return fmt.Errorf("partner import: %d of %d documents refused", refused, fs.NArg())
		}
		return nil
	}
	return nil
}

func readVerified(tk *exchange.TrustedKeys, path string) (exchange.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return exchange.Document{}, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, exchange.MaxDocumentSize+1))
	if err != nil {
		return exchange.Document{}, err
	}
	return tk.Verify(b, time.Now())
}

// trustPartner merges the public keys of pubFile into the trusted JWKS.
func trustPartner(trusted, pubFile string, stdout io.Writer) error {
	var add jose.JSONWebKeySet
	b, err := os.ReadFile(pubFile)
	if err != nil {
		return fmt.Errorf("partner trust: %w", err)
	}
	if err := json.Unmarshal(b, &add); err != nil {
		return fmt.Errorf("partner trust: %s: %w", pubFile, err)
	}
	var set jose.JSONWebKeySet
	if b, err := os.ReadFile(trusted); err == nil {
		if err := json.Unmarshal(b, &set); err != nil {
			return fmt.Errorf("partner trust: %s: %w", trusted, err)
		}
	}
	for _, k := range add.Keys {
		if !k.IsPublic() {
			return fmt.Errorf("partner trust: %s holds a private key: ask the partner for the public JWKS only", pubFile)
		}
		kept := set.Keys[:0]
		for _, o := range set.Keys {
			if o.KeyID != k.KeyID {
				kept = append(kept, o)
			}
		}
		set.Keys = append(kept, k)
	}
	if _, err := exchange.NewTrustedKeys(set); err != nil {
		return fmt.Errorf("partner trust: %w", err)
	}
	out, err := json.MarshalIndent(set, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(trusted), 0o700); err != nil {
		return fmt.Errorf("partner trust: %w", err)
	}
	if err := os.WriteFile(trusted, append(out, '\n'), 0o600); err != nil {
		return fmt.Errorf("partner trust: %w", err)
	}
	for _, k := range add.Keys {
		fmt.Fprintf(stdout, "trusting partner %q\n", k.KeyID)
	}
	return nil
}
