#!/usr/bin/env bash
# Pipeline load time (CoreNLP + gazetteers), median of N runs per jar, jars side by side in one run.
# Usage: bench/load-time.sh [-n RUNS] JAR [JAR...]
# Reads loadSeconds from summary.json of `extract` over one tiny document.
set -euo pipefail
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ $# -ge 1 ] || { echo "usage: $0 [-n RUNS] JAR [JAR...]" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'Morocco ordered 36 ATMOS 2000 howitzers from Elbit Systems in 2025.\n' > "$work/doc.txt"
printf '| jar | runs | median load (s) | all runs (s) |\n|---|---:|---:|---|\n'
for jar in "$@"; do
  times=()
  for _ in $(seq "$runs"); do
    java -jar "$jar" extract "$work/doc.txt" -o "$work/out" -q -t 1
    times+=("$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["loadSeconds"])' "$work/out/summary.json")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
  printf '| %s | %d | %s | %s |\n' "$jar" "$runs" "$median" "${times[*]}"
done
