#!/usr/bin/env bash
# Browser end-to-end test of the UI against the real server (make test-e2e):
# generates and loads the demo world into a temporary data dir (embedded
# store), starts `borderlens serve` on a free loopback port, waits for
# /readyz, runs investigate.mjs in headless Debian Chromium, then in
# headless Debian Firefox ESR, against that one server, stops the server.
# Screenshots, downloads and results.json go to ARTIFACTS_DIR/<browser>/,
# the demo and server logs to ARTIFACTS_DIR. Fails when either browser
# fails (or is missing: nothing is skipped).
#
# Environment: BIN (default bin/borderlens, built by make), ARTIFACTS_DIR
# (default web/e2e/artifacts), E2E_BROWSERS (default "chromium firefox"),
# E2E_MAX_ROWS (declaration rows per KCS file in the demo world, default
# 2000; 0 = all), CHROMIUM, FIREFOX, E2E_TIMEOUT_MS,
# E2E_ANALYTICS_TIMEOUT_MS (see investigate.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
bin=${BIN:-bin/borderlens}
art=${ARTIFACTS_DIR:-$root/web/e2e/artifacts}
max_rows=${E2E_MAX_ROWS:-2000}
browsers=${E2E_BROWSERS:-chromium firefox}
# The e2e runs on the embedded store even inside `make test`, which
# exports a Neo4j URI for the Go tests.
unset NEO4J_URI NEO4J_USER NEO4J_PASSWORD

start=$(date +%s)
mkdir -p "$art"
rm -f "$art"/*.png "$art"/*.csv "$art"/*.graphml "$art"/*.gexf "$art"/results.json
for b in $browsers; do
	case $b in
	chromium) command -v "${CHROMIUM:-chromium}" >/dev/null || { echo "e2e: chromium not found (apt-get install -y chromium, or set CHROMIUM)"; exit 1; } ;;
	firefox) command -v "${FIREFOX:-firefox-esr}" >/dev/null || { echo "e2e: firefox-esr not found (apt-get install -y firefox-esr, or set FIREFOX)"; exit 1; } ;;
	*) echo "e2e: unknown browser $b in E2E_BROWSERS (chromium, firefox)"; exit 1 ;;
	esac
	rm -rf "${art:?}/$b"
done
data=$(mktemp -d "${TMPDIR:-/tmp}/borderlens-e2e.XXXXXX")
pid=""
cleanup() {
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	rm -rf "$data"
}
trap cleanup EXIT

if [ ! -d web/e2e/node_modules/playwright-core ]; then
	(cd web/e2e && npm ci --no-audit --no-fund)
fi
[ -x "$bin" ] || go build -o "$bin" ./cmd/borderlens

echo "== e2e: demo world (max-rows $max_rows) into $data"
if ! "$bin" demo --data-dir "$data" --max-rows "$max_rows" >"$art/demo.log" 2>&1; then
	tail -20 "$art/demo.log"
	exit 1
fi
grep -E '^(demo|ingest|analyze)[: ]' "$art/demo.log" || true

echo "== e2e: serve"
"$bin" serve --data-dir "$data" --addr 127.0.0.1:0 >"$art/serve.out" 2>"$art/server.log" &
pid=$!
url=""
for _ in $(seq 1 300); do
	url=$(sed -n 's/^BorderLens is up: UI \(http:[^ ]*\).*/\1/p' "$art/serve.out" | sed -n 1p)
	[ -n "$url" ] && break
	kill -0 "$pid" 2>/dev/null || { echo "server exited:"; tail -20 "$art/server.log"; exit 1; }
	sleep 0.2
done
[ -n "$url" ] || { echo "server did not report its address"; exit 1; }
for _ in $(seq 1 300); do
	curl -fsS "${url}readyz" >/dev/null 2>&1 && break
	sleep 0.2
done
curl -fsS "${url}readyz" >/dev/null || { echo "server at $url never became ready"; exit 1; }
echo "server ready at $url (log: $art/server.log)"

echo "setup (demo world, server ready): $(($(date +%s) - start)) s"

status=0
summary=""
for b in $browsers; do
	echo "== e2e: $b"
	t0=$(date +%s)
	bs=0
	E2E_BROWSER=$b BASE_URL=$url GROUND_TRUTH=$data/demo/ground_truth.json ARTIFACTS_DIR=$art/$b \
		node web/e2e/investigate.mjs || bs=$?
	[ "$bs" -eq 0 ] || status=1
	summary="$summary  $b: $([ "$bs" -eq 0 ] && echo ok || echo FAILED), $(($(date +%s) - t0)) s;"
done
echo "e2e artefacts (per browser: screenshots, exports, results.json; logs): $art"
echo "e2e browsers:$summary"
echo "e2e wall time: $(($(date +%s) - start)) s"
exit $status
