// Command graphql load-tests the BorderLens GraphQL server against
// @neo4j/graphql serving the equivalent queries over the same Neo4j. It is
// driven by bench/graphql.sh, which starts Neo4j, loads the demo world and
// starts both servers.
//
//	graphql centers -ground-truth FILE          print the trader members of the planted rings
//	graphql wait -ours URL -theirs URL -centers K,... [-timeout 10m]
//	                                            wait until both servers answer both queries
//	graphql verify -ours URL -theirs URL -centers K,K,...
//	                                            check both servers give the same answers
//	graphql run -ours URL -theirs URL -centers K,K,... [-duration 15s] [-warmup 3s]
//	            [-concurrency 1,8] [-rounds 1] [-ours-pid P] [-theirs-pid P] [-neo4j-pid P]
//	                                            verify, then time every cell and print the table
//
// The load is a closed loop: c workers each send one plain JSON POST, wait
// for its answer and send the next, for a fixed duration after a warm-up.
// Every request's latency is kept, so p50 and p99 are exact order
// statistics of all samples. Centres rotate in the same order for both
// servers. Cells run interleaved (ours, theirs, ours, ... per query and
// concurrency) so that drift in the shared machine's load hits both.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "graphql:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: graphql centers|wait|verify|run [flags]")
	}
	switch args[0] {
	case "centers":
		return runCenters(args[1:], stdout, stderr)
	case "verify":
		return runVerify(ctx, args[1:], stdout, stderr)
	case "wait":
		return runWait(ctx, args[1:], stderr)
	case "run":
		return runBench(ctx, args[1:], stdout, stderr)
	}
	return fmt.Errorf("unknown command %q (want centers, wait, verify or run)", args[0])
}
