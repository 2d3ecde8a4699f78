#!/usr/bin/env bash
# bench/analytics.sh: time BorderLens's analytics against igraph and Gonum on
# the same graphs, and print one table.
#
# usage: bench/analytics.sh [SIZE...]
#   SIZE: bench10k_46k bench100k_465k bench1m_4650k (default: all three)
# env:
#   REPEAT   runs per measurement, fastest reported (default 3; 1 at 1M)
#   TIMEOUT  seconds before a single run is killed (default 900)
#   PIVOTS   sources of sampled betweenness (default 256); igraph runs
#            from the same sources (subset betweenness, PyPI igraph)
#   IGRAPH_PYPI, IGRAPH_VENV  the igraph for those rows (default
#            igraph==1.0.0 in ~/.cache/borderlens-bench/igraph-venv)
#   EXACT_BC sizes for exact betweenness (default bench10k_46k; at 100k both
#            ours and igraph need about 1e5 full BFS passes, 10+ minutes)
#   OUT      keep the raw JSON lines in this file
#   GONUM    0 skips the Gonum rows (default 1)
#   ALGOS    algorithms to run (default: load louvain leiden pagerank
#            betweenness-sampled, plus betweenness at the EXACT_BC sizes)
#
# Each fixture is generated once (csrtest.Bench: planted partition, groups
# of 100, mu 0.3, seed 42) and written to a temporary edge list that both
# the Go program and the igraph script read. Every (implementation,
# algorithm, size) runs in its own process under /usr/bin/time -v, which
# gives its peak RSS; "load" rows are the RSS of just reading the graph.
# The REPEAT runs alternate between implementations (one process per run)
# and the report keeps the fastest of each, the mean modularity.
# Times cover the algorithm only, not loading. Ours runs PageRank and
# betweenness on GOMAXPROCS threads; igraph and Gonum use one; the CPU
# columns show the total CPU time so the comparison can be read either way.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=/usr/bin/python3
REPEAT=${REPEAT:-3}
TIMEOUT=${TIMEOUT:-900}
PIVOTS=${PIVOTS:-256}
EXACT_BC=${EXACT_BC:-bench10k_46k}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(bench10k_46k bench100k_465k bench1m_4650k)

igraph=1
if ! dpkg -l python3-igraph 2>/dev/null | grep -q '^ii'; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "installing python3-igraph python3-networkx python3-leidenalg" >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y python3-igraph python3-networkx python3-leidenalg >&2 ||
			igraph=0
	else
		igraph=0
	fi
fi
[ $igraph = 1 ] || echo "python3-igraph is not installed (and cannot be as non-root): igraph rows skipped" >&2

# igraph's betweenness from a subset of sources (sources=), the counterpart
# of our sampled betweenness, came after Debian's igraph 0.10.2: those rows
# use PyPI's igraph, pinned, in a virtualenv kept under IGRAPH_VENV.
IGRAPH_PYPI=${IGRAPH_PYPI:-igraph==1.0.0}
IGRAPH_VENV=${IGRAPH_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/borderlens-bench/igraph-venv}
SUBPY=
subset_ok() { "$1" -c 'import igraph; igraph.Graph.Famous("Zachary").betweenness(sources=[0])' 2>/dev/null; }
if [ ! -x "$IGRAPH_VENV/bin/python" ] || ! subset_ok "$IGRAPH_VENV/bin/python"; then
	echo "installing $IGRAPH_PYPI into $IGRAPH_VENV (for subset betweenness)" >&2
	{ $PY -m venv "$IGRAPH_VENV" && "$IGRAPH_VENV/bin/pip" install -q "$IGRAPH_PYPI"; } >&2 || true
fi
subset_ok "$IGRAPH_VENV/bin/python" && SUBPY=$IGRAPH_VENV/bin/python
[ -x /usr/bin/time ] || { echo "bench/analytics.sh: /usr/bin/time is required" >&2; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
go build -o "$TMP/abench" ./bench/analytics
RESULTS=${OUT:-$TMP/results.jsonl}
notes=()
: >"$RESULTS"

# measure IMPL ALGO SIZE REPEAT CMD...: run CMD under /usr/bin/time -v and
# append its JSON line, with the peak RSS, to $RESULTS.
measure() {
	local impl=$1 algo=$2 size=$3
	shift 3
	echo "  $size $impl $algo" >&2
	local rc=0
	timeout "$TIMEOUT" /usr/bin/time -v "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?
	if [ $rc -ne 0 ]; then
		if [ $rc -eq 124 ]; then
			echo "{\"impl\":\"$impl\",\"algo\":\"$algo\",\"size\":\"$size\",\"timeout\":$TIMEOUT}" >>"$RESULTS"
		else
			echo "    failed ($rc):" >&2
			tail -5 "$TMP/err" >&2
		fi
		return 0
	fi
	local kb
	kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TMP/err")
	grep '^{' "$TMP/out" | tail -1 | sed "s/}[[:space:]]*\$/,\"maxrss_mb\":$((kb / 1024))}/" >>"$RESULTS"
}

for size in "${SIZES[@]}"; do
	edges=$TMP/$size.txt
	"$TMP/abench" gen -size "$size" -o "$edges" >&2
	rep=$REPEAT
	[ "$size" = bench1m_4650k ] && rep=1
	algos=(load louvain leiden pagerank betweenness-sampled)
	case " $EXACT_BC " in *" $size "*) algos+=(betweenness) ;; esac
	if [ -n "${ALGOS:-}" ]; then
		want=()
		for a in "${algos[@]}"; do
			case " $ALGOS " in *" $a "*) want+=("$a") ;; esac
		done
		algos=("${want[@]}")
	fi
	case " ${algos[*]} " in
	*" betweenness-sampled "*)
		if [ -z "$SUBPY" ]; then
			notes+=("$size: no igraph betweenness-sampled row: $IGRAPH_PYPI (subset betweenness, sources=) could not be installed into $IGRAPH_VENV")
		fi
		;;
	esac
	# Gonum: everything at 10k; at 100k the community and PageRank runs
	# only (its map-based betweenness would take hours); at 1M PageRank
	# only (its Louvain already passes the timeout at 100k).
	gonum=()
	[ "${GONUM:-1}" = 0 ] || case $size in
	bench10k_46k) gonum=(load louvain pagerank betweenness) ;;
	bench100k_465k) gonum=(load louvain pagerank) ;;
	bench1m_4650k) gonum=(load pagerank) ;;
	esac
	for algo in "${algos[@]}"; do
		r=$rep
		[ "$algo" = betweenness ] && r=1
		# Gonum joins the rotation where it runs; at 100k its Louvain runs
		# once (it is killed after TIMEOUT seconds).
		rg=0
		case " ${gonum[*]} " in *" $algo "*) rg=$r ;; esac
		[ "$size/$algo" = bench100k_465k/louvain ] && rg=1
		# Runs alternate between the implementations (ours, igraph, Gonum,
		# ours, igraph, Gonum, ...), each in its own process with one run,
		# so that a change in the machine's load hits all of them alike;
		# the report keeps each one's fastest.
		for ((i = 1; i <= r; i++)); do
			measure ours "$algo" "$size" "$TMP/abench" run -impl ours -algo "$algo" -edges "$edges" -size "$size" -seed "$i" -pivots "$PIVOTS" -pivots-out "$TMP/pivots.json"
			if [ "$algo" = betweenness-sampled ]; then
				# igraph from the same sources; its note gives the largest
				# difference to our values.
				if [ -n "$SUBPY" ] && [ -s "$TMP/pivots.json" ]; then
					measure igraph "$algo" "$size" "$SUBPY" bench/analytics/igraph_bench.py "$algo" "$edges" "$size" 1 "$TMP/pivots.json"
				fi
				rm -f "$TMP/pivots.json"
			elif [ $igraph = 1 ]; then
				measure igraph "$algo" "$size" $PY bench/analytics/igraph_bench.py "$algo" "$edges" "$size" 1
			fi
			if [ $igraph = 1 ] && [ "$algo" = leiden ] && $PY -c 'import leidenalg' 2>/dev/null; then
				measure leidenalg leiden "$size" $PY bench/analytics/igraph_bench.py leidenalg "$edges" "$size" 1
			fi
			if [ "$i" -le "$rg" ]; then
				measure gonum "$algo" "$size" "$TMP/abench" run -impl gonum -algo "$algo" -edges "$edges" -size "$size" -seed "$i"
			fi
		done
	done
	rm -f "$edges"
done

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg); go $(go env GOVERSION); igraph $($PY -c 'import igraph; print(igraph.__version__)' 2>/dev/null || echo -)"
"$TMP/abench" report "$RESULTS"
for n in "${notes[@]}"; do echo "$n"; done
