#!/usr/bin/env python3
"""Draws the pages of the heading labels (eval/heading-labels.txt) at random, reproducibly.

All pages of trafilatura-dev/html and readability-dev/pages, sorted by name, shuffled with random.Random(26); the
pages whose raw HTML has no heading-like markup at all (an h2-h6, a b/strong opening a paragraph or line, a font
size, a big, a class naming a heading) are dropped; the rest are printed in drawn order. The labeller walks this
order and keeps the first 40 whose article a reader sees with at least one section heading (any markup); pages
passed over are listed, with why, in the labels file. Usage: heading-sample.py CORPUS_ROOT (../shared/corpus)."""
import os, random, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"
pages = []
for f in sorted(os.listdir(os.path.join(root, "trafilatura-dev/html"))):
    if f.endswith(".html"):
        pages.append(("trafilatura-dev/" + f[:-5], os.path.join(root, "trafilatura-dev/html", f)))
for d in sorted(os.listdir(os.path.join(root, "readability-dev/pages"))):
    p = os.path.join(root, "readability-dev/pages", d, "source.html")
    if os.path.exists(p):
        pages.append(("readability-dev/" + d, p))
random.Random(26).shuffle(pages)
cue = re.compile(r"<h[2-6][\s>]|<(p|div|br\s*/?)>\s*<(b|strong)[\s>]|<font[^>]*size|<big[\s>]|class=\"[^\"]*(subhead|sub-head|subtitle|zwischentitel|intertitre|heading|title)", re.I)
for name, path in pages:
    with open(path, "rb") as fh:
        html = fh.read().decode("utf-8", "replace")
    if cue.search(html):
        print(name)
