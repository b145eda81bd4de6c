#!/usr/bin/env bash
# Wall time of builds of the harness (benchmarks/NewsParse.Harness, published native), rounds alternated so that every
# build meets the machine in each of its moods; prints the best and the median MB/s of each build.
#   benchmarks/alternate.sh ROUNDS FILE HARNESS...
# Each round runs every HARNESS in turn over FILE (8 passes, the first 2 dropped as warm-up). On a shared machine the
# medians move with the load; compare builds by the best and the median of the same run only.
set -euo pipefail
rounds="$1"; file="$2"; shift 2
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for _ in $(seq "$rounds"); do
  for harness in "$@"; do
    "$harness" "$file" 8 stream | tail -n 6 | awk -v h="$harness" '{print h, $1, $3}' >> "$log"
  done
done
python3 - "$log" "$@" <<'PY'
import statistics, sys
log, builds = sys.argv[1], sys.argv[2:]
runs = {b: [] for b in builds}
for line in open(log):
    name, wall, cpu = line.split()
    runs[name].append((float(wall), float(cpu)))
for b in builds:
    r = runs[b]
    print(f"{b}: wall best {max(x[0] for x in r):.1f} median {statistics.median(x[0] for x in r):.1f} MB/s, "
          f"CPU best {max(x[1] for x in r):.1f} median {statistics.median(x[1] for x in r):.1f} MB/s ({len(r)} passes)")
PY
