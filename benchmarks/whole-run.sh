#!/usr/bin/env bash
# Whole runs over one folder, newsparse against SmartReader.Folder, rounds alternated; prints the medians and the ratios.
#   benchmarks/whole-run.sh ROUNDS NEWSPARSE SMARTREADER [DIR]
# NEWSPARSE and SMARTREADER are the two executables (published native: see docs/benchmarks.md, "How to reproduce");
# DIR defaults to ../shared/corpus/aeb-dev/html. Times from /usr/bin/time (elapsed, and CPU = user + sys).
set -euo pipefail
rounds="$1"; newsparse="$2"; smartreader="$3"; dir="${4:-../shared/corpus/aeb-dev/html}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for _ in $(seq "$rounds"); do
  /usr/bin/time -f "np %e %U %S" "$newsparse" "$dir" --format jsonl 2>>"$log" >/dev/null
  /usr/bin/time -f "sr %e %U %S" "$smartreader" "$dir" 2>>"$log" >/dev/null
done
python3 - "$log" <<'PY'
import statistics, sys
runs = {'np': [], 'sr': []}
for line in open(sys.argv[1]):
    p = line.split()
    if p and p[0] in runs: runs[p[0]].append((float(p[1]), float(p[2]) + float(p[3])))
np, sr = runs['np'], runs['sr']
for name, r in (('newsparse', np), ('SmartReader', sr)):
    print(f"{name:<12} elapsed median {statistics.median(x[0] for x in r):.3f} s, CPU median {statistics.median(x[1] for x in r):.3f} s ({len(r)} runs)")
print("ratio of the elapsed medians %.1fx, of the CPU medians %.1fx; pairs %s" % (
    statistics.median(x[0] for x in sr) / statistics.median(x[0] for x in np),
    statistics.median(x[1] for x in sr) / statistics.median(x[1] for x in np),
    ' '.join('%.1f' % (s[0] / n[0]) for n, s in zip(np, sr))))
PY
