#!/usr/bin/env bash
# cer_peers.sh: OCR quality of vanban and of the tesseract CLI on the same transcribed
# images. Runs `vanban cer` on the images, then `tesseract IMG - -l vie` (OMP_THREAD_LIMIT=1,
# default page segmentation) on each of them and scores its text with the same rules (NFC,
# white space runs made one space, Levenshtein over code points and over words), and prints
# both side by side. A measurement, not a test.
#
#   bench/cer_peers.sh VANBAN IMAGE...
#
# Each IMAGE (png, jpg, tif, pgm) has its transcription X.gt.txt beside it. Example, the
# page-1 transcriptions of real scans kept in the shared material:
#   bench/cer_peers.sh build/vanban shared/corpus/scans/nomvn_gt/*.png
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,12p' "$0"; exit 2; }
vanban=$(realpath "$1"); shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export OMP_THREAD_LIMIT=1
"$vanban" cer "$@" > "$tmp/vanban.txt" || true
for img in "$@"; do
  tesseract "$img" - -l vie > "$tmp/$(basename "$img").tess" 2> /dev/null
done
python3 - "$tmp" "$@" << 'EOF'
import os, re, sys, unicodedata
tmp, images = sys.argv[1], sys.argv[2:]
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()
def dist(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        prev = cur
    return prev[-1]
vanban = {}
for line in open(os.path.join(tmp, "vanban.txt"), encoding="utf-8"):
    parts = line.split(None, 5)
    if len(parts) == 6 and parts[0] != "CER%":
        vanban[parts[5].strip()] = (float(parts[0]), float(parts[1]))
print(f"{'vanban CER%':>11} {'tesseract CER%':>14} {'vanban WER%':>11} {'tesseract WER%':>14}  file")
edits = chars = wedits = words = 0
for img in images:
    gt = norm(open(re.sub(r"\.[^.]+$", ".gt.txt", img), encoding="utf-8").read())
    hyp = norm(open(os.path.join(tmp, os.path.basename(img) + ".tess"), encoding="utf-8").read())
    e, we = dist(gt, hyp), dist(gt.split(), hyp.split())
    edits, chars, wedits, words = edits + e, chars + len(gt), wedits + we, words + len(gt.split())
    v = vanban.get(img, (float("nan"), float("nan")))
    print(f"{v[0]:11.2f} {100 * e / len(gt):14.2f} {v[1]:11.2f} {100 * we / len(gt.split()):14.2f}  {img}")
total = [l for l in open(os.path.join(tmp, "vanban.txt"), encoding="utf-8") if "total of" in l]
tv = total[0].split() if total else ["nan", "nan"]
print(f"{float(tv[0]):11.2f} {100 * edits / chars:14.2f} {float(tv[1]):11.2f} {100 * wedits / words:14.2f}  total")
EOF
