#!/usr/bin/env bash
# bench/hs.sh — AI HS recommender and mismatch score.
#
# Models: "bare" (nomenclature only, the phase-1 cold start), "cold"
# (nomenclature + built-in commercial terms), "trained" (cold + the demo
# world's past declarations). Each is evaluated on the hand-written set
# analytics/hs/testdata/eval.csv, dev half (even rows, used for tuning) and
# test half (odd rows, never looked at): top-1/top-5 at 2/4/6 digits,
# latency per description on one core (GOMAXPROCS=1), training time, and
# the ratio of top-5 at 6 digits to the 85 % anchor (BACUDA-based tool)
# and to phase 1 (0.709 on the test half). Then the trained model scores
# the demo declarations and hsMismatch is compared with the planted
# misdeclarations (ROC AUC, precision at the planted rate, flag rates).
# Env: DATA_DIR (a data dir holding a loaded demo world; built with
# 'borderlens demo --hs=false' under a temp dir when unset), SHARED (../shared/data).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/data}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
BIN=$TMP/borderlens
go build -o "$BIN" ./cmd/borderlens
if [ -z "${DATA_DIR:-}" ]; then
  DATA_DIR=$TMP/data
  "$BIN" demo --data-dir "$DATA_DIR" --shared-data "$SHARED" --analyze=false --date=false --hs=false --log-level warn >/dev/null
fi
NOM="$SHARED/harmonized-system.csv"
export GOMAXPROCS=1
declare -A TOP5
for kind in bare cold trained; do
  model="$DATA_DIR/hs/model-$kind.bin"
  flags=()
  case $kind in
    bare) flags=(--cold --no-terms) ;;
    cold) flags=(--cold) ;;
  esac
  echo "== $kind"
  "$BIN" hs train --data-dir "$DATA_DIR" --nomenclature "$NOM" --model "$model" "${flags[@]}" --log-level warn | sed 's/^/  /'
  for split in dev test; do
    out=$("$BIN" hs eval --data-dir "$DATA_DIR" --model "$model" --split "$split")
    echo "  -- $split"; echo "$out" | sed 's/^/  /'
    top5=$(echo "$out" | awk '/^  top-5  2d/ {print $7}')
    TOP5[$kind-$split]=$top5
  done
done
echo "== top-5 at 6 digits, test half: ratios"
for kind in bare cold trained; do
  awk -v k="$kind" -v t="${TOP5[$kind-test]}" 'BEGIN {printf "  %-8s %.3f  / 0.85 anchor = %.2f  / phase 1 (0.709) = %.2f\n", k, t, t/0.85, t/0.709}'
done
echo "== hsMismatch on the demo world (trained model)"
"$BIN" hs score --data-dir "$DATA_DIR" --model "$DATA_DIR/hs/model-trained.bin" --log-level warn | sed 's/^/  /'
"$BIN" hs mismatch-eval --data-dir "$DATA_DIR" --misdeclared "$DATA_DIR/demo/ground_truth.json" --log-level warn | sed 's/^/  /'
