#!/usr/bin/env bash
# Side-by-side throughput of two builds of tests/Timeline.Evaluation: runs `events-throughput --articles N` of the old
# and the new build alternately (old, new, old, new, ...), so both see the same machine load, prints every pair and the
# medians of CPU seconds, MB/s per core overall, of the first 1,000 articles and of the rest.
# Usage: scripts/compare-throughput.sh OLD_DIR NEW_DIR [PAIRS=5] [ARTICLES=10000]
#   each DIR holds a built Timeline.Evaluation.dll below a checkout (the tool finds ../shared beside the checkout), e.g.
#   tests/Timeline.Evaluation/bin/Release/net10.0 of two worktrees.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 OLD_DIR NEW_DIR [PAIRS] [ARTICLES]" >&2; exit 64; }
old=$1 new=$2 pairs=${3:-5} articles=${4:-10000}
for dir in "$old" "$new"; do
  [ -f "$dir/Timeline.Evaluation.dll" ] || { echo "compare-throughput: no Timeline.Evaluation.dll in $dir" >&2; exit 2; }
done
results=$(mktemp)
trap 'rm -f "$results"' EXIT
run() { # build label -> "label cpu overall first rest gb jit"
  local line1 line2
  { read -r line1; read -r line2; } < <(dotnet "$1/Timeline.Evaluation.dll" events-throughput --articles "$articles")
  echo "$2 $(sed -E 's/.* ([0-9.]+) s CPU, ([0-9.]+) MB\/s per core overall; first 1,000 articles ([0-9.]+) MB\/s, the rest ([0-9.]+) MB\/s.*/\1 \2 \3 \4/' <<<"$line1") $(sed -E 's/.*allocated ([0-9.]+) GB.*JIT ([0-9]+) methods.*/\1 \2/' <<<"$line2")"
}
printf '%-4s %-3s %8s %8s %8s %8s %6s %6s\n' pair run "CPU s" overall first rest GB JIT
for pair in $(seq 1 "$pairs"); do
  for side in old new; do
    dir=$old; [ "$side" = new ] && dir=$new
    row=$(run "$dir" "$side")
    echo "$row" >>"$results"
    read -r label cpu overall first rest gb jit <<<"$row"
    printf '%-4s %-3s %8s %8s %8s %8s %6s %6s\n' "$pair" "$label" "$cpu" "$overall" "$first" "$rest" "$gb" "$jit"
  done
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
for side in old new; do
  printf 'median %-3s %8s %8s %8s %8s\n' "$side" \
    "$(awk -v s=$side '$1==s {print $2}' "$results" | median)" "$(awk -v s=$side '$1==s {print $3}' "$results" | median)" \
    "$(awk -v s=$side '$1==s {print $4}' "$results" | median)" "$(awk -v s=$side '$1==s {print $5}' "$results" | median)"
done
