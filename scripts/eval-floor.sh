#!/usr/bin/env bash
# The evaluation floor: `vanban eval corpus/` must stay at or above these scores, so that no
# change lowers extraction quality unnoticed. Each floor sits just under the score reached;
# raise it when the score rises.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/vanban}
exec "$bin" eval corpus/ \
  --min-field-accuracy 0.95 \
  --min-references-f1 0.955 \
  --min-reference-date-accuracy 0.98 \
  --min-agencies-f1 0.82 \
  --min-deadlines-f1 0.99 \
  --min-assignments-f1 0.83
