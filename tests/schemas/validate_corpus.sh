#!/usr/bin/env bash
# Every corpus document's record, as `vanban extract` prints it, must validate against
# schemas/record.schema.json. Usage: validate_corpus.sh VANBAN SOURCE_DIR OUT_DIR
set -euo pipefail
vanban=$1 src=$2 out=$3
mkdir -p "$out"
records="$out/corpus-records.jsonl"
: > "$records"
n=0
while IFS= read -r -d '' doc; do
  if ! "$vanban" extract --compact "$doc" >> "$records"; then
    echo "extract failed: $doc" >&2
    exit 1
  fi
  n=$((n + 1))
done < <(find "$src/corpus" -type f \( -name '*.txt' -o -name '*.html' \) -print0 | sort -z)
echo "extracted $n corpus records"
[ "$n" -gt 0 ] || { echo "no corpus documents found" >&2; exit 1; }
python3 "$src/tests/schemas/validate_records.py" "$src/schemas/record.schema.json" "$records"
