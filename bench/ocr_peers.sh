#!/usr/bin/env bash
# ocr_peers.sh: vanban against its peers on the same files in one run. Prints, for each, pages
# per second, CPU seconds per page and peak memory (the largest process), median of RUNS runs
# (default 3; the commands take turns, one run each per round), and the ratios. A benchmark:
# prints numbers, never fails on speed.
#
#   bench/ocr_peers.sh [--runs N] [--dpi N] VANBAN SCAN.pdf... [--text TEXT.pdf...]
#
# Scanned PDFs (no text layer):
#   vanban        `vanban ingest --jobs 1` into a fresh database: render in memory, OCR, every
#                 extractor, store (one worker process, the model loaded once)
#   vanban -j2    the same with --jobs 2
#   tesseract     `tesseract PAGE.pgm - -l vie` per page with OMP_THREAD_LIMIT=1, on pages
#                 rendered beforehand by `pdftoppm -r DPI -gray` to PGM; the rendering is NOT in
#                 this line (a lossless PGM costs little to decode; never PNG, PEERS.md)
#   +render       the same plus the timed `pdftoppm -r DPI -gray` of those pages
# Text PDFs (--text): `pdftotext FILE -` per file against `vanban ingest` (end to end into the
# database) with --jobs 1 and --jobs 2; no page of them should need OCR (checked: the
# database's page methods are listed).
#
# Inputs: scans and digital PDFs made by shared/tools/make-scans.sh from corpus texts, e.g.
#   make-scans.sh --scan 300:0 corpus/real/cd-223-2025-ttg.txt /tmp/in
#   bench/ocr_peers.sh build/vanban /tmp/in/*.scan-300dpi-gray-d0.pdf --text /tmp/in/*.digital.pdf
# Needs GNU time (/usr/bin/time, Debian package `time`), poppler-utils and tesseract-ocr-vie;
# they are bench tools, not build dependencies.
set -euo pipefail
runs=3
dpi=300
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --dpi) dpi=$2; shift 2 ;;
    *) break ;;
  esac
done
[ $# -ge 2 ] || { sed -n '2,25p' "$0"; exit 2; }
vanban=$(realpath "$1"); shift
scans=()
texts=()
while [ $# -gt 0 ] && [ "$1" != --text ]; do scans+=("$(realpath "$1")"); shift; done
if [ $# -gt 0 ]; then shift; for f in "$@"; do texts+=("$(realpath "$f")"); done; fi
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export OMP_THREAD_LIMIT=1

pages_of() {  # files... -> total pages
  local n=0 f
  for f in "$@"; do n=$((n + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); done
  echo "$n"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# run_once N COMMAND...: runs COMMAND once under GNU time; appends "wall cpu peak_kb" to
# $tmp/m.N.
run_once() {
  local n=$1; shift
  rm -f "$tmp"/v.db*
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" "$@" > /dev/null 2> "$tmp/err" ||
    { echo "command $n failed:" >&2; cat "$tmp/err" >&2; exit 1; }
  awk '{print $1, $2 + $3, $4}' "$tmp/t" >> "$tmp/m.$n"
}

# summarize N NAME: appends "NAME wall cpu peak_kb" (medians of $tmp/m.N) to $tmp/results.
summarize() {
  printf '%s %s %s %s\n' "$2" "$(cut -d' ' -f1 "$tmp/m.$1" | median)" \
    "$(cut -d' ' -f2 "$tmp/m.$1" | median)" "$(cut -d' ' -f3 "$tmp/m.$1" | median)" >> "$tmp/results"
}

report() {  # pages, then the lines of $tmp/results
  awk -v pages="$1" '
    BEGIN { printf "%-34s %6s %8s %9s %11s %8s\n", "", "pages", "wall s", "pages/s", "CPU s/page", "peak MB" }
    { name[NR] = $1; wall[NR] = $2; cpu[NR] = $3; kb[NR] = $4
      gsub(/_/, " ", name[NR])
      printf "%-34s %6d %8.2f %9.2f %11.3f %8.0f\n", name[NR], pages, $2, pages / $2, $3 / pages, $4 / 1024 }
    END { for (i = 2; i <= NR; i++)
            printf "  time per page, %s / %s: %.2f\n", name[1], name[i], wall[1] / wall[i] }' "$tmp/results"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc --all) cores; runs: $runs (medians)"
if [ ${#scans[@]} -gt 0 ]; then
  pages=$(pages_of "${scans[@]}")
  mkdir -p "$tmp/pgm"
  i=0
  for f in "${scans[@]}"; do
    pdftoppm -r "$dpi" -gray "$f" "$tmp/pgm/$(printf %03d $i)"
    i=$((i + 1))
  done
  cat > "$tmp/tess.sh" << 'EOF'
for p in "$1"/*.pgm; do tesseract "$p" - -l vie > /dev/null 2>&1; done
EOF
  cat > "$tmp/render_tess.sh" << 'EOF'
dpi=$1 out=$2; shift 2
rm -rf "$out"; mkdir -p "$out"; i=0
for f in "$@"; do pdftoppm -r "$dpi" -gray "$f" "$out/$i"; i=$((i + 1)); done
for p in "$out"/*.pgm; do tesseract "$p" - -l vie > /dev/null 2>&1; done
EOF
  : > "$tmp/results"
  rm -f "$tmp"/m.*
  # Round by round, each command once: a change of load on a shared machine hits all alike.
  for ((r = 1; r <= runs; r++)); do
    run_once 1 "$vanban" --db "$tmp/v.db" ingest --jobs 1 --dpi "$dpi" "${scans[@]}"
    run_once 2 sh "$tmp/tess.sh" "$tmp/pgm"
    run_once 3 sh "$tmp/render_tess.sh" "$dpi" "$tmp/r" "${scans[@]}"
    run_once 4 "$vanban" --db "$tmp/v.db" ingest --jobs 2 --dpi "$dpi" "${scans[@]}"
  done
  summarize 1 "vanban_ingest_--jobs_1"
  summarize 2 "tesseract_CLI_(PGM_rendered_before)"
  summarize 3 "tesseract_CLI_+_pdftoppm_render"
  summarize 4 "vanban_ingest_--jobs_2"
  echo
  echo "== scanned PDFs at $dpi dpi: ${#scans[@]} file(s), $pages page(s)"
  report "$pages"
  awk 'NR == 1 {a = $2} NR == 4 {b = $2} END {printf "  --jobs 2 speed-up over --jobs 1: %.2fx\n", a / b}' "$tmp/results"
fi
if [ ${#texts[@]} -gt 0 ]; then
  pages=$(pages_of "${texts[@]}")
  cat > "$tmp/pdftotext.sh" << 'EOF'
for f in "$@"; do pdftotext "$f" - > /dev/null; done
EOF
  : > "$tmp/results"
  rm -f "$tmp"/m.*
  for ((r = 1; r <= runs; r++)); do
    run_once 1 "$vanban" --db "$tmp/v.db" ingest --jobs 1 "${texts[@]}"
    run_once 2 sh "$tmp/pdftotext.sh" "${texts[@]}"
    run_once 3 "$vanban" --db "$tmp/v.db" ingest --jobs 2 "${texts[@]}"
  done
  summarize 1 "vanban_ingest_--jobs_1"
  summarize 2 "pdftotext"
  summarize 3 "vanban_ingest_--jobs_2"
  echo
  echo "== text PDFs: ${#texts[@]} file(s), $pages page(s)"
  report "$pages"
  "$vanban" --db "$tmp/v.db" ingest --jobs 2 "${texts[@]}" > /dev/null
  echo "  page methods stored: $(sqlite3 "$tmp/v.db" \
    "select group_concat(method || ' ' || n, ', ') from (select method, count(*) n from pages group by method)" 2>/dev/null ||
    echo "(sqlite3 not installed)")"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
