#!/usr/bin/env bash
# Loader fuzzing: 10,000 seeded mutations of the demo bot's intent and dialog files (deleted
# lines, broken indentation, random and invalid bytes, truncation, duplicated keys). Loading
# must never crash and every diagnostic must point inside the file. Runs on a release build,
# where it takes a few minutes on two cores; the unit suite runs a few hundred in debug (FuzzTests).
#
#   scripts/fuzz-bot.sh [ITERATIONS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
iterations="${1:-10000}"
seed="${2:-1}"
swift build -c release --product concierge
.build/release/concierge check --bot . --fuzz-iterations "$iterations" --fuzz-seed "$seed"
