#!/usr/bin/env bash
# scan_vs_text.sh: extraction scores of the same documents as text and as scans. For every
# SCAN_DIR/<id>.scan-*.pdf whose <id> has gold in GOLD_DIR (<id>.txt + <id>.expected.json),
# runs `vanban eval` once on the texts and once on the scans, with the same gold, and prints
# each score side by side with the difference in points. A measurement, not a test.
#
#   bench/scan_vs_text.sh VANBAN GOLD_DIR SCAN_DIR [VARIANT]
#
# VARIANT picks the scans (default scan-300dpi-gray-d0). Scans made from corpus texts:
#   for id in cd-223-2025-ttg ct-1980-tvpl; do
#     shared/tools/make-scans.sh --scan 300:0 corpus/real/$id.txt /tmp/scans; done
#   bench/scan_vs_text.sh build/vanban corpus/real /tmp/scans
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,13p' "$0"; exit 2; }
vanban=$(realpath "$1") gold=$2 scans=$3 variant=${4:-scan-300dpi-gray-d0}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/text" "$tmp/scan"
n=0
for pdf in "$scans"/*."$variant".pdf; do
  id=$(basename "$pdf" ".$variant.pdf")
  [ -f "$gold/$id.expected.json" ] && [ -f "$gold/$id.txt" ] || continue
  cp "$gold/$id.txt" "$gold/$id.expected.json" "$tmp/text/"
  cp "$pdf" "$tmp/scan/$id.pdf"
  cp "$gold/$id.expected.json" "$tmp/scan/"
  n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "no $variant scan with gold in $gold" >&2; exit 2; }
OMP_THREAD_LIMIT=1 "$vanban" eval --json "$tmp/text" > "$tmp/text.json" || true
OMP_THREAD_LIMIT=1 "$vanban" eval --json "$tmp/scan" > "$tmp/scan.json" || true
echo "$n documents, text against $variant"
python3 - "$tmp/text.json" "$tmp/scan.json" "$variant" << 'EOF'
import json, sys
text, scan = (json.load(open(p)) for p in sys.argv[1:3])
def row(name, a, b):
    if a is None or b is None:
        print(f"{name:28} {'n/a' if a is None else f'{100*a:6.1f}':>7} {'n/a' if b is None else f'{100*b:6.1f}':>7}")
    else:
        print(f"{name:28} {100*a:7.1f} {100*b:7.1f} {100*(b-a):+7.1f}")
print(f"{'score':28} {'text':>7} {'pdf':>7} {'points':>7}   (pdf: {sys.argv[3]})")
for field, t in text["fields"].items():
    row(field, t["accuracy"], scan["fields"][field]["accuracy"])
for cat, t in text["categories"].items():
    row(cat + " F1", t["f1"], scan["categories"][cat]["f1"])
EOF
