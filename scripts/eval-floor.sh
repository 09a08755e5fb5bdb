#!/usr/bin/env bash
# The evaluation floor: `vanban eval` must stay at or above these scores, so that no change
# lowers extraction quality unnoticed. Each floor sits just under the score reached; raise it
# when the score rises. Two sets, two floors: the text documents (corpus/real, corpus/seeds)
# and the real scans (corpus/scans: OCR, document fields only; about 30 pages, the slow part).
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/vanban}
status=0
echo "== text documents"
"$bin" eval corpus/real corpus/seeds \
  --min-field-accuracy 0.95 \
  --min-references-f1 0.955 \
  --min-reference-date-accuracy 0.98 \
  --min-agencies-f1 0.85 \
  --min-deadlines-f1 0.99 \
  --min-assignments-f1 0.83 || status=1
echo "== real scans"
"$bin" eval corpus/scans \
  --min-accuracy document.type=0.99 \
  --min-accuracy document.number=0.19 \
  --min-accuracy document.issuer=0.93 \
  --min-accuracy document.place=0.99 \
  --min-accuracy document.issued=0.46 \
  --min-accuracy document.subject=0.53 \
  --min-accuracy document.signer.name=0.71 \
  --min-accuracy document.signer.title=0.71 \
  --min-accuracy document.signer.authority=0.92 || status=1
exit $status
