// Command borderlens is the customs network-intelligence server: it loads
// declarations, traders, passengers and seizures into a graph, analyses it
// and serves GraphQL and the investigation UI.
//
// Usage:
//
//	borderlens serve   [flags]   serve GraphQL and the web UI
//	borderlens ingest  [flags] FILE...   load files into the store
//	borderlens analyze [flags]   run network analytics and write scores back
//	borderlens demo    [flags]   generate the demo world and load it
//	borderlens date    train|eval|score|import|select   DATE fraud scores
//	borderlens keys    create|list|revoke   manage API keys
//	borderlens audit   export|query|verify  read and check the audit trail
//	borderlens partner keygen|trust|export|import|verify   partner exchange
//
// Every flag can also be set by an environment variable BORDERLENS_<FLAG>
// (upper case, dashes as underscores); NEO4J_URI, NEO4J_USER and
// NEO4J_PASSWORD select and configure the Neo4j store.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "borderlens:", err)
		os.Exit(1)
	}
}

// run dispatches to a subcommand. It is main without the process globals,
// so tests can call it. A command that only printed its help (flag.ErrHelp)
// succeeded.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if err := dispatch(ctx, args, getenv, stdout, stderr); !errors.Is(err, flag.ErrHelp) {
		return err
	}
	return nil
}

// dispatch runs the command args name.
func dispatch(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		args = []string{"serve"}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return runServe(ctx, rest, getenv, stdout, stderr)
	case "ingest":
		return runIngest(ctx, rest, getenv, stdout, stderr)
	case "analyze":
		return runAnalyze(ctx, rest, getenv, stdout, stderr)
	case "demo":
		return runDemo(ctx, rest, getenv, stdout, stderr)
	case "hs":
		return runHS(ctx, rest, getenv, stdout, stderr)
	case "date":
		return runDate(ctx, rest, getenv, stdout, stderr)
	case "keys":
		return runKeys(ctx, rest, getenv, stdout, stderr)
	case "audit":
		return runAudit(ctx, rest, getenv, stdout, stderr)
	case "partner":
		return runPartner(ctx, rest, getenv, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	return fmt.Errorf("unknown command %q\n%s", cmd, usage)
}

const usage = `usage: borderlens <command> [flags]

commands:
  serve     serve GraphQL (/graphql) and the web UI (/) over the store
  ingest    load files (declarations, traders, passengers, PAXLST, PNRGOV, seizures)
  analyze   run network analytics (communities, centrality, risk) and write scores back
  demo      generate the demo world and load it through the ingest path
  hs        HS code recommendation: train, eval, recommend, score
  date      DATE fraud scores: train, eval, score, import, select
  keys      create, list or revoke API keys (create --role R --name N | list | revoke ID)
  audit     export, query or verify the hash-chained audit trail
  partner   exchange signed trader risk profiles with partner agencies (keygen, trust, export, import, verify)

Run 'borderlens <command> -h' for the command's flags. Every flag can be set
as BORDERLENS_<FLAG>; NEO4J_URI selects the Neo4j store.`

// subcommand splits args of a command with subcommands (date, hs, keys,
// audit, partner) into the subcommand and its arguments, and returns the
// subcommand's flag set, named "<command> <subcommand>" and writing to
// stderr. With no arguments it returns a usage error; with help, -h or
// --help it prints usage to stdout and returns flag.ErrHelp.
func subcommand(command, usage string, args []string, stdout, stderr io.Writer) (sub string, fs *flag.FlagSet, rest []string, err error) {
	if len(args) == 0 {
		return "", nil, nil, fmt.Errorf("%s: a subcommand is needed\n%s", command, usage)
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stdout, usage)
		return "", nil, nil, flag.ErrHelp
	}
	fs = flag.NewFlagSet(command+" "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	return args[0], fs, args[1:], nil
}
