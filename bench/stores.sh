#!/usr/bin/env bash
# bench/stores.sh: compare the embedded store and Neo4j on the same demo
# world, and our Neo4j loader against plain-Cypher peers, in one run.
#
# usage: bench/stores.sh
# env:
#   NEO4J_URI        use this server (its database is WIPED) instead of starting one
#   NEO4J_USER / NEO4J_PASSWORD   (default neo4j / borderlens-dev)
#   NEO4J_BOLT_PORT  port of the server started here (default 7720)
#   NEO4J_DATA_DIR   its data directory (default /tmp/borderlens-stores-neo4j, wiped)
#   MAX_ROWS         KCS rows per file in the demo world (default 0: all, as `make run`)
#   QUERIES          2-hop subgraph queries per store (default 300)
#   PARTS            what to measure (default ingest,subgraph,replay)
#   MICRO            1 (default) also runs the graph/neo4j Go benchmarks, which add
#                    the LOAD CSV peer on batches of 1000 and 5000 rows
#   OUT              keep the JSON lines in this file
#
# 1. ingest: the demo world (ingest/synth, seed 1) through ingest.Load into a
#    fresh embedded store and into Neo4j: records/s, parse + resolve + write.
# 2. subgraph: Store.Subgraph depth 2 (limit 500) around the same random
#    traders and passengers on both stores, and the plain-Cypher 2-hop query
#    on Neo4j: p50/p99 latency.
# 3. replay: the exact batches ingest wrote, without parsing, into the
#    embedded store, into Neo4j through our loader (Store.Upsert) and through
#    two plain per-batch UNWIND ... MERGE peers; batch by batch, interleaved
#    (each loader writes its own id-prefixed copy into the same database), so
#    load drift on a shared machine hits every loader alike.
set -euo pipefail
cd "$(dirname "$0")/.."

TMP=$(mktemp -d)
STARTED=0
PORT=${NEO4J_BOLT_PORT:-7720}
DATA=${NEO4J_DATA_DIR:-/tmp/borderlens-stores-neo4j}
cleanup() {
	if [ $STARTED = 1 ]; then
		NEO4J_BOLT_PORT=$PORT NEO4J_DATA_DIR=$DATA bash deploy/neo4j/neo4j.sh stop || true
	fi
	rm -rf "$TMP"
}
trap cleanup EXIT

export NEO4J_USER=${NEO4J_USER:-neo4j}
export NEO4J_PASSWORD=${NEO4J_PASSWORD:-borderlens-dev}
if [ -z "${NEO4J_URI:-}" ]; then
	if ! command -v java >/dev/null && [ ! -d /usr/lib/jvm ]; then
		echo "bench/stores.sh: no Java to run Neo4j and NEO4J_URI is not set: skipped" >&2
		exit 0
	fi
	rm -rf "$DATA"
	eval "$(NEO4J_BOLT_PORT=$PORT NEO4J_DATA_DIR=$DATA NEO4J_HEAP=${NEO4J_HEAP:-2g} NEO4J_PAGECACHE_MB=${NEO4J_PAGECACHE_MB:-512} bash deploy/neo4j/neo4j.sh start)"
	STARTED=1
fi

go build -o "$TMP/stores" ./bench/stores
RESULTS=${OUT:-$TMP/results.jsonl}
"$TMP/stores" -work "$TMP/work" -shared-data ../shared/data -neo4j "$NEO4J_URI" -user "$NEO4J_USER" -password "$NEO4J_PASSWORD" \
	-max-rows "${MAX_ROWS:-0}" -queries "${QUERIES:-300}" -parts "${PARTS:-ingest,subgraph,replay}" -json "$RESULTS"

if [ "${MICRO:-1}" = 1 ]; then
	echo
	echo "graph/neo4j micro-benchmarks: batches of new nodes / relationships; ours vs one MERGE per row vs LOAD CSV (interleaved)"
	NEO4J_URI=$NEO4J_URI go test -run '^$' -bench 'UpsertNodes|UpsertEdges' -benchtime 5x ./graph/neo4j | grep -E '^Benchmark|ok|FAIL'
fi
echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); go $(go env GOVERSION)"
