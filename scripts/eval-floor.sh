#!/usr/bin/env bash
# The evaluation floor: `vanban eval corpus/` must stay at or above these scores, so that no
# change lowers extraction quality unnoticed. Raise a floor when the scores rise.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/vanban}
exec "$bin" eval corpus/ --min-field-accuracy 0.95
