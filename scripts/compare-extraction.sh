#!/usr/bin/env bash
# Checks that a change left the extraction byte-identical: runs `timeline extract` of two builds over the seed
# articles, the 10kGNAD and BBC test files and the KRAUTS dev set (read at run time from ../shared beside the
# repository) and compares the JSON and the messages with cmp. Exit 1 when any output differs.
# Usage: scripts/compare-extraction.sh OLD_DIR NEW_DIR   (each a folder holding a built timeline.dll, e.g. the output of
# `dotnet publish src/Timeline.Cli -c Release -o DIR` at the old and at the new commit)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 OLD_DIR NEW_DIR" >&2; exit 64; }
old=$1 new=$2
shared=
for up in .. ../.. ../../..; do
  if [ -d "$up/shared/seed" ]; then shared=$up/shared; break; fi
done
[ -n "$shared" ] || { echo "compare-extraction: ../shared not found beside the repository" >&2; exit 2; }
data=$shared/eval-data
inputs=("$shared/seed" "$data/news_de_10kgnad/news_de_10kgnad.test.jsonl" "$data/news_en_bbc/news_en_bbc.jsonl"
  "$data/krauts/dev.jsonl")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for input in "${inputs[@]}"; do
  [ -e "$input" ] || { echo "compare-extraction: missing $input" >&2; status=1; continue; }
  name=$(basename "$input")
  dotnet "$old/timeline.dll" extract "$input" >"$out/$name.old.json" 2>"$out/$name.old.err" || true
  dotnet "$new/timeline.dll" extract "$input" >"$out/$name.new.json" 2>"$out/$name.new.err" || true
  if cmp -s "$out/$name.old.json" "$out/$name.new.json" && cmp -s "$out/$name.old.err" "$out/$name.new.err"; then
    echo "same      $name ($(wc -c <"$out/$name.new.json") bytes of JSON)"
  else
    echo "DIFFERENT $name"
    status=1
  fi
  [ -s "$out/$name.new.json" ] || { echo "compare-extraction: no output for $name" >&2; status=1; }
done
exit "$status"
