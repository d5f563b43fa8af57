#!/usr/bin/env bash
# Model file fuzzing: 20,000 seeded damaged copies of the demo bot's compiled model (bit
# flips, runs of random bytes, truncation; half with their checksum recomputed so the
# decoder's own bounds checks are tested) are read back. Nothing may crash, and every copy
# that kept its old checksum must be refused. Runs on a release build; the unit suite runs a
# few thousand on a small bot in debug (ModelFileTests).
#
#   scripts/fuzz-model.sh [ITERATIONS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
iterations="${1:-20000}"
seed="${2:-1}"
swift build -c release --product concierge
.build/release/concierge train --bot . --fuzz-iterations "$iterations" --fuzz-seed "$seed"
