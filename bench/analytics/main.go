// Command analytics benchmarks BorderLens's analytics algorithms against
// Gonum and igraph on the same graphs. It is driven by bench/analytics.sh,
// which runs each (implementation, algorithm, size) in its own process
// under /usr/bin/time -v, so that every row gets its own peak RSS.
//
//	analytics gen -size bench10k_46k -o FILE    write a fixture edge list
//	analytics run -impl ours|gonum -algo A -edges FILE -size NAME
//	                                            time one algorithm, print one JSON line
//	analytics report FILE...                    print the comparison table
//
// Algorithms: load (just read the graph: the RSS baseline), louvain,
// leiden, pagerank, betweenness (exact), betweenness-sampled (-pivots
// sources, default 256).
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
		fmt.Fprintln(os.Stderr, "analytics:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: analytics gen|run|report [flags]")
	}
	switch args[0] {
	case "gen":
		return gen(args[1:], stdout)
	case "run":
		return runOne(ctx, args[1:], stdout)
	case "report":
		return report(args[1:], stdout)
	}
	return fmt.Errorf("unknown command %q (want gen, run or report)", args[0])
}
