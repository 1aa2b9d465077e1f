#!/bin/sh
# Build the seed corpora of the fuzz targets into DIR/NAME (default
# build-fuzz/seeds): the small hand-written seeds of fuzz/seeds/, and, made
# at run time, inputs from tests/data, examples/corpus and ../shared/corpus
# when present (articles as they are, articles as JSON Lines and gzip,
# gazetteer heads, annotation lines as JSON). Nothing big is committed.
# Usage: fuzz/seeds.sh [DIR]
set -eu
cd "$(dirname "$0")/.."
out=${1:-build-fuzz/seeds}
rm -rf "$out"
for t in article extract number date gazetteer rule json input; do
  mkdir -p "$out/$t"
  cp fuzz/seeds/$t/* "$out/$t/"
done

articles=$(find tests/data examples/corpus ../shared/corpus -name '*.txt' -size -64k 2>/dev/null | sort)
i=0
for f in $articles; do
  i=$((i + 1))
  cp "$f" "$out/article/a$i.txt"
  cp "$f" "$out/extract/a$i.txt"
  # the date target reads its first three bytes as the article's date
  { printf '\041\005\013'; cat "$f"; } > "$out/date/a$i.txt"
  # the input target: one text article, plain and to be gzipped
  { printf '\000'; cat "$f"; } > "$out/input/t$i.txt"
  [ $((i % 4)) -eq 0 ] && { printf '\002'; cat "$f"; } > "$out/input/g$i.txt"
done

# Gazetteer heads: the header and a few entries of each built-in file.
for f in data/gazetteer/*.tsv; do
  head -c 4096 "$f" | sed '$d' > "$out/gazetteer/$(basename "$f")"
done

# Numbers as the articles write them.
if [ -n "$articles" ]; then
  # shellcheck disable=SC2086
  grep -ohE '[0-9][0-9,.]*( (thousand|million|billion|trillion|bn|per cent))?' $articles 2>/dev/null |
    sort -u | head -200 | while IFS= read -r n; do
      printf '%s' "$n" > "$out/number/$(printf '%s' "$n" | cksum | cut -d' ' -f1)"
    done
fi

# JSON: the annotation lines of the shared corpus, and articles as JSON
# Lines (jsonl, plain and gzip) for the input target.
for g in $(find ../shared/corpus -name '*.jsonl' 2>/dev/null | sort); do
  head -40 "$g" | awk -v d="$out/json" -v b="$(echo "$g" | cksum | cut -d' ' -f1)" \
    '{ f = d "/" b "_" NR ".json"; printf "%s", $0 > f; close(f) }'
done
if command -v python3 >/dev/null && [ -n "$articles" ]; then
  # shellcheck disable=SC2086
  python3 - "$out/input" $articles <<'PY'
import json, sys
out, files = sys.argv[1], sys.argv[2:]
for k in range(0, len(files), 5):
    lines = []
    for n, f in enumerate(files[k:k + 5]):
        text = open(f, encoding="utf-8", errors="replace").read()
        lines.append(json.dumps({"id": "a%d" % n, "title": text.split("\n", 1)[0],
                                 "date": "2024-03-05", "text": text}, ensure_ascii=(n % 2 == 0)))
    body = ("\n".join(lines) + "\n").encode()
    open("%s/j%d.jsonl" % (out, k), "wb").write(b"\x01" + body)
    open("%s/z%d.jsonl" % (out, k), "wb").write(b"\x03" + body)
PY
fi
for t in article extract number date gazetteer rule json input; do
  printf '%s %s\n' "$t" "$(ls "$out/$t" | wc -l)"
done
