#!/usr/bin/env bash
# Reproduces BENCHMARKS.md: Concierge and the scikit-learn reference measured side by side,
# in one run, on this machine. Release build; medians over RUNS runs.
#
#   bash bench/run.sh                 # needs ../shared (datasets, bench) beside the repository
#   RUNS=5 PYTHON=/path/to/venv/bin/python bash bench/run.sh
#   NO_CRF=1 bash bench/run.sh        # skip the CRF slot-filling reference (about 10 minutes)
#
# The reference needs scikit-learn: python3 -m venv VENV && VENV/bin/pip install -r ../shared/bench/requirements.txt
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
RUNS=${RUNS:-5}
PYTHON=${PYTHON:-python3}
DATA="$SHARED/datasets"
OUT=${OUT:-bench/results}
mkdir -p "$OUT"

swift build -c release >/dev/null
BIN=.build/release/concierge

echo "machine: $(uname -srm); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); nproc=$(nproc); load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "swift: $(swift --version 2>&1 | head -1)"
echo "python: $($PYTHON --version 2>&1); scikit-learn $($PYTHON -c 'import sklearn; print(sklearn.__version__)' 2>/dev/null || echo missing)"
echo

# --- intent classification: concierge eval, RUNS times per dataset -----------------------
for dataset in snips hwu64; do
    : > "$OUT/concierge-$dataset.jsonl"
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f '%M' -o "$OUT/rss.txt" \
            "$BIN" eval --train "$DATA/$dataset/train.jsonl" --test "$DATA/$dataset/test.jsonl" --json \
            | "$PYTHON" -c 'import json,sys; d=json.load(sys.stdin); d["peak_rss_kb"]=int(open(sys.argv[1]).read().split()[-1]); print(json.dumps(d))' "$OUT/rss.txt" \
            >> "$OUT/concierge-$dataset.jsonl"
    done
done

# --- the scikit-learn reference, same datasets, same run ----------------------------------
/usr/bin/time -f '%M' -o "$OUT/sklearn-rss.txt" \
    "$PYTHON" "$SHARED/bench/sklearn_reference.py" "$DATA/snips" "$DATA/hwu64" \
    --pipelines "b word12+char25+SVC" ${NO_CRF:+--no-crf} > "$OUT/sklearn.md"

# --- cold start: a new process until the first answer -------------------------------------
"$PYTHON" bench/cold_start.py "$BIN" "$PYTHON" > "$OUT/cold.json"

"$PYTHON" bench/summarize.py "$OUT" "$RUNS"

# --- bad input on the release binary: 1 MB of words, 1 MB of digits, 10,000 '@' -----------
for input in "$(python3 -c "print('how much ' * 116000)")" "$(python3 -c "print('7' * 1048576)")" "$(python3 -c "print('@' * 10000)")"; do
    /usr/bin/time -f "bad input (${#input} bytes): %e s, peak RSS %M KB" "$BIN" parse <<<"$input" >/dev/null
done
