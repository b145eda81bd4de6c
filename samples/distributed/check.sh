#!/usr/bin/env bash
# The Dask sample's check (run by .ci/run): N WARC shards over a LocalCluster of 2 worker processes on 127.0.0.1, one
# worker killed (SIGKILL) in the middle of the run; the parts, concatenated in order, must equal the single-process
# output, and a re-run must skip every part (the manifest). Bounded in time by the caller (.ci/run: timeout).
# Skipped, with exit 0 and a message, when Dask distributed cannot be installed.
#   NEWSPARSE=path/to/newsparse samples/distributed/check.sh     (default: builds samples/NewsParse.Cli in Release)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/newsparse-dask-check.XXXXXX")
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

if ! py=$(timeout --kill-after=20s "${INSTALL_TIMEOUT:-480}" "$here/install-dask.sh"); then
    echo "dask check: SKIPPED: Dask distributed (Debian python3-distributed) cannot be installed on this machine (or not within ${INSTALL_TIMEOUT:-480} s)"
    exit 0
fi
cli=${NEWSPARSE:-}
if [ -z "$cli" ]; then
    dotnet build "$root/samples/NewsParse.Cli" -c Release -o "$work/cli" -v q -nologo >"$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }
    cli="$work/cli/newsparse"
fi
[ -x "$cli" ] || { echo "dask check: no newsparse executable at $cli"; exit 1; }

shards=${SHARDS:-8}
"$py" "$here/make_shards.py" "$root/tests/NewsParse.Tests/Corpus" "$work/shards" --shards "$shards" --records "${RECORDS:-150}" >/dev/null

# The reference: one process, the shards in order.
for s in "$work"/shards/*.warc.gz; do
    "$cli" "$s" --format jsonl --parallel 1 >>"$work/single.jsonl" || [ $? -eq 1 ]
done

# The Dask run, with one worker killed once the first part is done.
"$py" "$here/driver.py" --cli "$cli" --out "$work/out" --workers 2 "$work"/shards/*.warc.gz >"$work/run1.json" 2>"$work/run1.log" &
driver=$!
killed=""
for _ in $(seq 1 600); do
    if [ -s "$work/out/manifest.json" ] && [ -s "$work/out/workers.json" ]; then
        victim=$("$py" -c 'import json,sys; print(sorted(json.load(open(sys.argv[1])).values())[0])' "$work/out/workers.json")
        if kill -9 "$victim" 2>/dev/null; then killed=$victim; fi
        break
    fi
    kill -0 $driver 2>/dev/null || break
    sleep 0.1
done
wait $driver || { echo "dask check: FAIL: the driver failed"; tail -30 "$work/run1.log"; exit 1; }
[ -n "$killed" ] || { echo "dask check: FAIL: no worker could be killed mid-run (the run ended first?)"; cat "$work/run1.json"; exit 1; }
done_parts=$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["parts"])' "$work/run1.json")

cat "$work"/out/parts/*.jsonl >"$work/dask.jsonl"
if ! cmp -s "$work/single.jsonl" "$work/dask.jsonl"; then
    echo "dask check: FAIL: the parts differ from the single-process output"
    diff <(cut -c1-200 "$work/single.jsonl") <(cut -c1-200 "$work/dask.jsonl") | head -10
    exit 1
fi

# A re-run skips every part (the manifest).
"$py" "$here/driver.py" --cli "$cli" --out "$work/out" --workers 2 "$work"/shards/*.warc.gz >"$work/run2.json" 2>"$work/run2.log"
skipped=$("$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["skipped"], d["parts"])' "$work/run2.json")
[ "$skipped" = "$shards 0" ] || { echo "dask check: FAIL: the re-run did not skip every part ($skipped)"; exit 1; }

echo "dask check: OK: $shards shards, $(wc -l <"$work/single.jsonl") lines, worker $killed killed mid-run ($done_parts parts run), re-run skipped all"
