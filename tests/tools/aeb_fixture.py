#!/usr/bin/env python3
"""Builds the compact fixture of the injected-boilerplate evaluation from the aeb-dev benchmark pages.

Usage: python3 tests/tools/aeb_fixture.py /work/shared/corpus/aeb-dev tests/NewsParse.Tests/Corpus/aeb

Writes articles.json: {"articles": [{id, title, body}], "titles": [{id, title}]}. "articles" are the pages whose body
has 600 to 8,000 characters and at least 4 blocks (the first 50 by id); "titles" holds the title of every page, the pool
of other articles' headlines. A title is the page's h1 when it reads as one (3 to 30 words on one line), else the
<title> without its site suffix (the longest part between " | ", " - ", " – ", " — ", " -- "). Deterministic.
Copies the benchmark's MIT LICENSE next to the fixture.
"""
import html
import json
import re
import shutil
import sys
from pathlib import Path


def clean(fragment: str) -> str:
    text = re.sub(r"<[^>]+>", " ", fragment)
    text = html.unescape(html.unescape(text))
    return re.sub(r"\s+", " ", text).strip()


def title_of(page: str) -> str:
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S | re.I)
    if h1:
        raw = h1.group(1)
        text = clean(raw)
        if 3 <= len(text.split()) <= 30 and "\n\n" not in re.sub(r"<[^>]+>", "", raw).strip():
            return text
    title = re.search(r"<title[^>]*>(.*?)</title>", page, re.S | re.I)
    text = clean(title.group(1)) if title else ""
    parts = [p.strip() for p in re.split(r" \| | - | – | — | -- ", text) if p.strip()]
    return max(parts, key=len) if parts else text


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    truth = json.loads((source / "ground-truth.json").read_text(encoding="utf-8"))
    titles, articles = [], []
    for page_id in sorted(truth):
        page = (source / "html" / f"{page_id}.html").read_text(encoding="utf-8", errors="replace")
        title = title_of(page)
        if not title:
            continue
        titles.append({"id": page_id[:12], "title": title})
        body = truth[page_id]["articleBody"].replace("\r\n", "\n").strip()
        blocks = [b for b in re.split(r"\n+", body) if b.strip()]
        if 600 <= len(body) <= 8000 and len(blocks) >= 4 and len(articles) < 50:
            articles.append({"id": page_id[:12], "title": title, "body": body})
    target.mkdir(parents=True, exist_ok=True)
    with open(target / "articles.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump({"articles": articles, "titles": titles}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    shutil.copyfile(source / "LICENSE", target / "LICENSE")
    print(f"{len(articles)} articles, {len(titles)} titles, {(target / 'articles.json').stat().st_size} bytes")


if __name__ == "__main__":
    main()
