// Command quality scores BorderLens's analytics against ground truth. It
// is driven by bench/quality.sh.
//
//	quality networks -dir DIR -export OUT -seeds N
//	    our Louvain and Leiden on the ground-truth networks (karate, LFR,
//	    SBM, CAVIAR): NMI against the truth and modularity, one JSON line
//	    per (network, algorithm); OUT gets the normalised graphs that the
//	    igraph script reads.
//	quality rings -work DIR -worlds 1,2 [-python /usr/bin/python3]
//	    recovery of the planted ring members of demo worlds from their
//	    known smugglers: precision and recall at k of several rankings.
//	quality report FILE...
//	    the tables, from the JSON lines of the above and of
//	    igraph_quality.py.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "quality:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: quality networks|rings|report [flags]")
	}
	switch args[0] {
	case "networks":
		return runNetworks(args[1:], stdout)
	case "rings":
		return runRings(ctx, args[1:], stdout, stderr)
	case "report":
		return report(args[1:], stdout)
	}
	return fmt.Errorf("unknown command %q (want networks, rings or report)", args[0])
}
