#!/usr/bin/env bash
# Memory over a long batch run: runs `newsrel extract` over a corpus in a bounded heap, samples
# the process's resident set (RSS) and the records done every few seconds, logs every GC, and
# prints the curve's figures: documents, RSS min / median / max over the run, heap after GC.
#
#   scripts/memory-run.sh [INPUT] [OUT] [HEAP] [THREADS]
#   scripts/memory-run.sh ../shared/data/reuters21578 target/memory-run 2g 2
#
# Writes OUT/samples.csv (seconds, rss_mb, records), OUT/gc.log and OUT/output/ (the run's output).
set -euo pipefail
input=${1:-../shared/data/reuters21578}
out=${2:-target/memory-run}
heap=${3:-2g}
threads=${4:-2}
every=${SAMPLE_SECONDS:-5}
jar=${NEWSREL_JAR:-target/newsrel.jar}
[ -f "$jar" ] || mvn -B -q -DskipTests package
rm -rf "$out"
mkdir -p "$out"
java "-Xmx$heap" "-Xlog:gc:file=$out/gc.log" -jar "$jar" extract "$input" -o "$out/output" -t "$threads" -q &
pid=$!
start=$(date +%s)
echo "seconds,rss_mb,records" > "$out/samples.csv"
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null || true)
  records=$(sed -n 's/.*"records" *: *\([0-9]*\).*/\1/p' "$out/output/.newsrel-run/checkpoint.json" 2>/dev/null | head -1 || true)
  [ -n "$rss" ] && echo "$(( $(date +%s) - start )),$rss,${records:-0}" >> "$out/samples.csv"
  sleep "$every"
done
set +e
wait "$pid"
code=$?
set -e
python3 - "$out" "$code" <<'PY'
import csv, re, statistics, sys, json, pathlib
out, code = pathlib.Path(sys.argv[1]), sys.argv[2]
rows = list(csv.DictReader(open(out / "samples.csv")))
rss = [int(r["rss_mb"]) for r in rows]
# heap after the pauses that collect (young, mixed, full); G1's Remark and Cleanup pauses print the
# heap as it stands mid-cycle ("1838M->1838M"), which is no figure of what survives a collection
after = [int(m.group(1)) for m in re.finditer(r"Pause (?:Young|Full)[^\n]*?->(\d+)M\(", (out / "gc.log").read_text())]
full = sum(1 for line in (out / "gc.log").read_text().splitlines() if "Pause Full" in line)
summary = json.loads((out / "output" / "summary.json").read_text())
print(f"exit code {code} (1: some records are error lines); {summary['documents']} documents, {summary['failed']} error lines, "
      f"{summary['wallSeconds']} s, {summary['docsPerSecond']} docs/s")
print(f"RSS over {len(rss)} samples: min {min(rss)} MB, median {statistics.median(rss):.0f} MB, max {max(rss)} MB")
half = len(rss) // 2
print(f"RSS median first half {statistics.median(rss[:half]):.0f} MB, second half {statistics.median(rss[half:]):.0f} MB")
print(f"heap after GC over {len(after)} collections: min {min(after)} MB, median {statistics.median(after):.0f} MB, "
      f"max {max(after)} MB; last quarter max {max(after[len(after) * 3 // 4:])} MB; full GCs {full}")
PY
