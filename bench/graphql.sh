#!/usr/bin/env bash
# bench/graphql.sh: load-test the BorderLens GraphQL server against
# @neo4j/graphql (npm, on Apollo Server) serving the equivalent queries over
# the same Neo4j and the same demo world, and print one table.
#
# usage: bench/graphql.sh
# env (all optional):
#   WORK             scratch dir: binaries, demo files, logs, results (default /tmp/borderlens-gqlbench)
#   NEO4J_BOLT_PORT  Bolt port of the bench's own Neo4j (default 7700; 7687 is left to make test)
#   NEO4J_DATA_DIR   its data dir (default $WORK/neo4j); the demo world is loaded once per data dir
#   NEO4J_HEAP / NEO4J_PAGECACHE_MB   (default 2g / 512)
#   OURS_PORT / THEIRS_PORT           HTTP ports of the two servers (default 7701 / 7702)
#   DURATION / WARMUP                 timed phase / warm-up of each cell (default 15s / 3s)
#   CONCURRENCY      comma-separated closed-loop worker counts (default 1,8)
#   ROUNDS           repeats of the grid, server order alternating (default 1)
#   LIMIT            subgraph node limit sent to both (default 500, BorderLens' default)
#   CENTERS          comma-separated centre keys (default: the trader members of the planted rings)
#   KEEP_NEO4J=1     leave Neo4j running at the end (it is stopped only if this script started it)
#
# Steps: build bin/borderlens and the load generator; npm ci the
# @neo4j/graphql server (bench/graphql/neo4j-graphql, lockfile pinned);
# start Neo4j 5.26 + APOC core with deploy/neo4j/neo4j.sh; load the demo
# world with 'borderlens demo' (which also writes analytics properties
# back); start 'borderlens serve' (it computes its risk model in memory at
# start-up; run with --rate-limit 0) and the @neo4j/graphql server on the same Neo4j; verify both
# give the same answers; time every (query, concurrency, server) cell.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

WORK=${WORK:-/tmp/borderlens-gqlbench}
export NEO4J_BOLT_PORT=${NEO4J_BOLT_PORT:-7700}
export NEO4J_DATA_DIR=${NEO4J_DATA_DIR:-$WORK/neo4j}
export NEO4J_PASSWORD=${NEO4J_PASSWORD:-borderlens-dev}
export NEO4J_HEAP=${NEO4J_HEAP:-2g}
export NEO4J_PAGECACHE_MB=${NEO4J_PAGECACHE_MB:-512}
OURS_PORT=${OURS_PORT:-7701}
THEIRS_PORT=${THEIRS_PORT:-7702}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-3s}
CONCURRENCY=${CONCURRENCY:-1,8}
ROUNDS=${ROUNDS:-1}
LIMIT=${LIMIT:-500}
KEEP_NEO4J=${KEEP_NEO4J:-0}

say() { echo "graphql.sh: $*" >&2; }
die() { say "$*"; exit 1; }

command -v go >/dev/null || die "go not found"
command -v node >/dev/null || die "node not found (Node 20+ is needed for @neo4j/graphql)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) || die "Node 20+ is needed, found $(node --version)"

mkdir -p "$WORK/bin" "$WORK/data"
OURS_PID="" THEIRS_PID="" WAIT_PID="" STARTED_NEO4J=0
cleanup() {
	local pid
	for pid in $WAIT_PID $OURS_PID $THEIRS_PID; do
		kill -TERM "$pid" 2>/dev/null || true
	done
	for pid in $OURS_PID $THEIRS_PID; do
		wait "$pid" 2>/dev/null || true
	done
	if ((STARTED_NEO4J)) && [[ $KEEP_NEO4J != 1 ]]; then
		bash "$ROOT/deploy/neo4j/neo4j.sh" stop || true
	fi
}
trap cleanup EXIT

say "building borderlens and the load generator"
go build -o "$WORK/bin/borderlens" ./cmd/borderlens
go build -o "$WORK/bin/gqlbench" ./bench/graphql

NG="$ROOT/bench/graphql/neo4j-graphql"
if [[ ! -d $NG/node_modules || $NG/package-lock.json -nt $NG/node_modules ]]; then
	say "installing @neo4j/graphql (npm ci, pinned by package-lock.json)"
	(cd "$NG" && npm ci --no-audit --no-fund >&2)
fi

if ! bash deploy/neo4j/neo4j.sh status 2>/dev/null; then
	STARTED_NEO4J=1
fi
eval "$(bash deploy/neo4j/neo4j.sh start)" # NEO4J_URI, NEO4J_USER
export NEO4J_URI NEO4J_USER
NEO4J_PID=$(tr -dc '0-9' <"$NEO4J_DATA_DIR/neo4j.pid")

DEMO_DONE="$NEO4J_DATA_DIR/borderlens-demo.done"
if [[ ! -f $DEMO_DONE || ! -f $WORK/data/demo/ground_truth.json ]]; then
	say "loading the demo world into Neo4j (a few minutes; once per data dir)"
	"$WORK/bin/borderlens" demo --data-dir "$WORK/data" >"$WORK/demo.out" 2>"$WORK/demo.log" ||
		{ tail -n 20 "$WORK/demo.log" >&2; die "demo failed (log: $WORK/demo.log)"; }
	cat "$WORK/demo.out" >&2
	touch "$DEMO_DONE"
fi
CENTERS=${CENTERS:-$("$WORK/bin/gqlbench" centers -ground-truth "$WORK/data/demo/ground_truth.json")}

# The per-principal rate limit is off: @neo4j/graphql has none, and a
# closed loop measures latency under load, not the limiter.
say "starting borderlens serve on 127.0.0.1:$OURS_PORT"
"$WORK/bin/borderlens" serve --addr "127.0.0.1:$OURS_PORT" --data-dir "$WORK/data" --rate-limit 0 \
	>"$WORK/ours.out" 2>"$WORK/ours.log" &
OURS_PID=$!
say "starting @neo4j/graphql on 127.0.0.1:$THEIRS_PORT"
(cd "$NG" && PORT=$THEIRS_PORT exec node server.mjs) >"$WORK/theirs.log" 2>&1 &
THEIRS_PID=$!

OURS_URL="http://127.0.0.1:$OURS_PORT/graphql"
THEIRS_URL="http://127.0.0.1:$THEIRS_PORT/"
say "waiting until both answer (borderlens computes its risk model at start-up: a minute or more)"
"$WORK/bin/gqlbench" wait -ours "$OURS_URL" -theirs "$THEIRS_URL" -centers "$CENTERS" -limit "$LIMIT" -timeout 15m &
WAIT_PID=$!
while kill -0 "$WAIT_PID" 2>/dev/null; do
	kill -0 "$OURS_PID" 2>/dev/null || { tail -n 20 "$WORK/ours.log" >&2; die "borderlens serve exited (log: $WORK/ours.log)"; }
	kill -0 "$THEIRS_PID" 2>/dev/null || { tail -n 20 "$WORK/theirs.log" >&2; die "@neo4j/graphql exited (log: $WORK/theirs.log)"; }
	sleep 1
done
wait "$WAIT_PID" || die "servers not ready (logs: $WORK/ours.log, $WORK/theirs.log)"

"$WORK/bin/gqlbench" run \
	-ours "$OURS_URL" -theirs "$THEIRS_URL" \
	-centers "$CENTERS" -limit "$LIMIT" -duration "$DURATION" -warmup "$WARMUP" \
	-concurrency "$CONCURRENCY" -rounds "$ROUNDS" \
	-ours-pid "$OURS_PID" -theirs-pid "$THEIRS_PID" -neo4j-pid "$NEO4J_PID" \
	-out "$WORK/cells.jsonl" | tee "$WORK/report.txt"
say "raw cells: $WORK/cells.jsonl; servers' logs: $WORK/ours.log, $WORK/theirs.log"
