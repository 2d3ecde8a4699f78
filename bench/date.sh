#!/usr/bin/env bash
# bench/date.sh: train and evaluate the DATE model and our GBDT-only
# baseline on the Korea Customs synthetic declarations (train 2020, valid
# Q1 2021), beside the published LightGBM/XGBoost numbers and, when Python
# can be set up, LightGBM and XGBoost run here on the same split.
#
# usage: bench/date.sh
# env:
#   TRAIN, VALID  declarations CSVs (default ../shared/data/df_syn_{train,valid}_eng.csv)
#   SEEDS         seeds of the Go model, space-separated (default "1")
#   VENV          Python venv for the peers (default /tmp/borderlens-date-venv;
#                 created with lightgbm, xgboost, pandas, scikit-learn from PyPI)
#   PEERS=0       skip the Python peers
#
# Protocol (Jeong et al. 2022, arXiv:2208.02484): rank the valid split by
# predicted probability, select the top n %, precision = frauds found /
# selected, recall = frauds found / all frauds. The valid outcomes are
# stripped before scoring. The Q2 2021 test split is not used.
set -euo pipefail
cd "$(dirname "$0")/.."

TRAIN=${TRAIN:-../shared/data/df_syn_train_eng.csv}
VALID=${VALID:-../shared/data/df_syn_valid_eng.csv}
SEEDS=${SEEDS:-1}
VENV=${VENV:-/tmp/borderlens-date-venv}

go build -o /tmp/borderlens-date-bench ./bench/date
for s in $SEEDS; do
	echo "== BorderLens DATE, seed $s"
	/tmp/borderlens-date-bench -train "$TRAIN" -valid "$VALID" -seed "$s"
done

if [ "${PEERS:-1}" = 0 ]; then
	exit 0
fi
if [ ! -x "$VENV/bin/python" ]; then
	echo "setting up $VENV (lightgbm, xgboost, pandas, scikit-learn)" >&2
	if ! { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q lightgbm xgboost pandas scikit-learn; } >&2; then
		echo "peers skipped: could not set up $VENV" >&2
		exit 0
	fi
fi
echo "== Python peers on the same split (LightGBM, XGBoost)"
"$VENV/bin/python" bench/date/peer.py "$TRAIN" "$VALID" 1
