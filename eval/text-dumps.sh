#!/usr/bin/env bash
# eval/text-dumps.sh [OUT-DIR]: the plain-text path on whole pages. Each trafilatura-dev page is turned into a
# select-all copy of its text (eval/page-dump.py), parsed as text (--input text) and scored with the development
# corpus's own scripts: headline, author, date (and those given where the label says none), main text.
# Run from the repository's root with ../shared present; output (dumps, JSONL, scores) in OUT-DIR (default a temp dir).
set -euo pipefail
S=../shared; O=${1:-$(mktemp -d)}; mkdir -p "$O/dumps"
for p in "$S"/corpus/trafilatura-dev/html/*.html; do python3 eval/page-dump.py "$p" > "$O/dumps/$(basename "$p" .html).txt"; done
dotnet build samples/NewsParse.Cli -c Release -v q -o "$O/bin" > "$O/build.log"
dotnet "$O/bin/NewsParse.Cli.dll" "$O/dumps" --input text --format jsonl > "$O/raw.jsonl"
python3 - "$O" "$S/tools/np_batch.py" <<'PY'
import importlib.util, json, os, sys
spec = importlib.util.spec_from_file_location('np_batch', sys.argv[2]); nb = importlib.util.module_from_spec(spec); spec.loader.exec_module(nb)
with open(sys.argv[1] + '/dumps.jsonl', 'w', encoding='utf-8') as out:
    for line in open(sys.argv[1] + '/raw.jsonl', encoding='utf-8'):
        r = json.loads(line); a = r.get('article') or {}
        out.write(json.dumps({'id': os.path.splitext(os.path.basename(r['source']))[0], 'text': nb.body_text(a) if a else '', 'article': a}, ensure_ascii=False) + '\n')
PY
echo "whole-page dumps, metadata:  $(python3 "$S/tools/score_traf_meta.py" "$O/dumps.jsonl" | tail -1)"
echo "whole-page dumps, main text: $(python3 "$S/tools/score_trafilatura.py" "$O/dumps.jsonl" | tail -1)"
