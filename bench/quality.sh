#!/usr/bin/env bash
# bench/quality.sh: score BorderLens's analytics against ground truth, side
# by side with igraph, and print two tables.
#
# usage: bench/quality.sh
# env:
#   SEEDS    runs per community algorithm and network (default 10)
#   WORLDS   comma-separated demo world seeds for ring recovery (default 1,2,3)
#   NETWORKS ground-truth networks (default ../shared/data/networks)
#   SHARED   shared data directory with the KCS declarations (default ../shared/data)
#   OUT      keep the raw JSON lines in this file
#
# 1. Communities: our Louvain and Leiden, igraph's community_multilevel and
#    community_leiden, and leidenalg, each with seeds 1..SEEDS, on karate,
#    LFR (mu 0.1/0.3/0.5), the 10k/100k SBM and the CAVIAR phases. Every
#    implementation reads the same normalised weighted edge lists. NMI is
#    against the ground truth (none for CAVIAR: there the columns compare
#    modularity, and "agree" is the NMI between ours and igraph's).
# 2. Ring recovery: each demo world (ingest/synth) is generated, loaded
#    through the ingest path into an embedded store and analysed given only
#    the known smugglers; precision and recall at k of the network risk
#    ranking (and of baselines, igraph's personalised PageRank among them)
#    against the hidden ring members of ground_truth.json.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=/usr/bin/python3
SEEDS=${SEEDS:-10}
WORLDS=${WORLDS:-1,2,3}
NETWORKS=${NETWORKS:-../shared/data/networks}
SHARED=${SHARED:-../shared/data}

if ! $PY -c 'import igraph' 2>/dev/null; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "installing python3-igraph python3-leidenalg" >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y python3-igraph python3-leidenalg >&2
	else
		echo "bench/quality.sh: python3-igraph is required (apt-get install python3-igraph python3-leidenalg)" >&2
		exit 1
	fi
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
go build -o "$TMP/quality" ./bench/quality
RESULTS=${OUT:-$TMP/results.jsonl}
: >"$RESULTS"
mkdir -p "$TMP/nets" "$TMP/rings"

echo "communities: ours ($SEEDS seeds)" >&2
"$TMP/quality" networks -dir "$NETWORKS" -export "$TMP/nets" -seeds "$SEEDS" >>"$RESULTS"
echo "communities: igraph, leidenalg ($SEEDS seeds)" >&2
$PY bench/quality/igraph_quality.py networks "$TMP/nets" "$SEEDS" >>"$RESULTS"
echo "ring recovery: demo worlds $WORLDS" >&2
"$TMP/quality" rings -shared-data "$SHARED" -work "$TMP/rings" -worlds "$WORLDS" -python "$PY" -script bench/quality/igraph_quality.py >>"$RESULTS"

echo
echo "machine: $(nproc) cores; go $(go env GOVERSION); igraph $($PY -c 'import igraph; print(igraph.__version__)'); leidenalg $($PY -c 'import leidenalg; print(leidenalg.version)' 2>/dev/null || echo -)"
"$TMP/quality" report "$RESULTS"
