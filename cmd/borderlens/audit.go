package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/borderlens/borderlens/access/audit"
	"github.com/borderlens/borderlens/graph"
)

// auditFilterFlags select audit entries.
type auditFilterFlags struct {
	actor, role, kind, operation, since, until string
	limit                                      int
}

func (c *auditFilterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.actor, "actor", "", "only entries of this principal id (e.g. key:3f2a..., oidc:alice)")
	fs.StringVar(&c.role, "role", "", "only entries of this role")
	fs.StringVar(&c.kind, "kind", "", "only entries of this kind (query, mutation, refused, export, import, keys, audit)")
	fs.StringVar(&c.operation, "operation", "", "only entries of this operation name")
	fs.StringVar(&c.since, "since", "", "only entries at or after this RFC 3339 time")
	fs.StringVar(&c.until, "until", "", "only entries before this RFC 3339 time")
}

func (c auditFilterFlags) filter() (audit.Filter, error) {
	f := audit.Filter{Actor: c.actor, Role: graph.Role(c.role), Kind: c.kind, Operation: c.operation, Limit: c.limit}
	for _, t := range []struct {
		name, v string
		dst     *time.Time
	}{{"since", c.since, &f.Since}, {"until", c.until, &f.Until}} {
		if t.v == "" {
			continue
		}
		v, err := time.Parse(time.RFC3339, t.v)
		if err != nil {
			return f, fmt.Errorf("--%s: want an RFC 3339 time such as 2024-03-01T00:00:00Z", t.name)
		}
		*t.dst = v
	}
	return f, nil
}

const auditUsage = `usage: borderlens audit <command> [flags]

  export [filters] [--out FILE]   write the trail as JSON Lines
  query [filters] [--limit N]     show the newest matching entries
  verify [--head HASH]            check the hash chain (and that HASH is still in it)`

// runAudit dispatches the audit subcommands.
func runAudit(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	sub, fs, args, err := subcommand("audit", auditUsage, args, stdout, stderr)
	if err != nil {
		return err
	}
	var common commonFlags
	common.register(fs)
	file := fs.String("audit-file", "", "audit trail file (default <data-dir>/audit.jsonl)")
	var ff auditFilterFlags
	var out, head string
	switch sub {
	case "export":
		ff.register(fs)
		fs.StringVar(&out, "out", "", "write JSON Lines here (default stdout)")
	case "query":
		ff.register(fs)
		fs.IntVar(&ff.limit, "limit", 100, "newest entries to show")
	case "verify":
		fs.StringVar(&head, "head", "", "a head hash recorded earlier that must still be in the chain")
	default:
		return fmt.Errorf("audit: unknown subcommand %q\n%s", sub, auditUsage)
	}
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	if sub == "verify" {
		path := auditPath(common.dataDir, *file)
		if fs.NArg() > 0 {
			path = fs.Arg(0)
		}
		rep, err := audit.VerifyFile(ctx, path, audit.VerifyOptions{Head: head})
		if err != nil {
			return fmt.Errorf("audit verify: %w", err)
		}
		fmt.Fprintf(stdout, "audit chain ok: %d entries", rep.Entries)
		if rep.Entries > 0 {
			fmt.Fprintf(stdout, " from %s to %s", rep.First.Format(time.RFC3339), rep.Last.Format(time.RFC3339))
		}
		fmt.Fprintf(stdout, "\nhead %s\n(keep the head elsewhere and pass it as --head later to detect entries cut off the end)\n", rep.Head)
		return nil
	}
	f, err := ff.filter()
	if err != nil {
		return fmt.Errorf("audit %s: %w", sub, err)
	}
	al, err := openAudit(common.dataDir, *file, getenv)
	if err != nil {
		return fmt.Errorf("audit %s: %w", sub, err)
	}
	defer al.Close()
	if _, err := al.Append(ctx, audit.Entry{Actor: cliActor, Kind: audit.KindAudit, Operation: "audit " + sub, Outcome: "ok"}); err != nil {
		return fmt.Errorf("audit %s: %w", sub, err)
	}
	if sub == "query" {
		es, err := al.Query(ctx, f)
		if err != nil {
			return fmt.Errorf("audit query: %w", err)
		}
		enc := json.NewEncoder(stdout)
		for _, e := range es {
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
		return nil
	}
	w := stdout
	if out != "" {
		fh, err := os.OpenFile(out, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return fmt.Errorf("audit export: %w", err)
		}
		defer fh.Close()
		w = fh
	}
	n, err := al.Export(ctx, w, f)
	if err != nil {
		return fmt.Errorf("audit export: %w", err)
	}
	fmt.Fprintf(stderr, "exported %d audit entries\n", n)
	return nil
}
