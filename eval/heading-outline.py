#!/usr/bin/env python3
"""Renders a page's HTML as an outline of blocks with their markup, to label its section headings by hand (issue 26).

One line per line of text a reader sees (a block's inline text, cut at <br>): its number, the block's depth, the
block's tag with id/class (and font/style cues), the markup that wraps the whole line (b, strong, em, i, u, big,
font size, a style with font-size/font-weight, a span's class), a '@' when the line is all one link, then the text.
Above each block the nearest landmark or named container is shown when it changes (article, main, header, footer,
nav, aside, form, and elements whose class or id names content, post, entry, comment, sidebar, related, share…).
Scripts, styles, templates, noscript, SVG and elements hidden by `hidden`, aria-hidden or display:none are left out.
Standard library only (html.parser); the tree is built loosely (implied ends for p, li, dt/dd, tr/td, options).
Usage: heading-outline.py PAGE.html [--width N]"""
import re, sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"}
SKIP = {"script", "style", "template", "noscript", "svg", "math", "head", "select", "textarea", "iframe", "object", "button"}
BLOCK = {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
         "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
         "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
         "th", "thead", "tr", "ul"}
CLOSES_P = BLOCK - {"body", "html", "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "li", "dd", "dt"} | {"li", "dd", "dt"}
LANDMARK = {"article", "main", "header", "footer", "nav", "aside", "form"}
NAMED = re.compile(r"content|post|entry|article|story|body|text|comment|sidebar|related|share|social|teaser|widget|author|footer|header|nav|menu|newsletter|tag|meta|byline|caption|gallery|recommend|promo|ad-|advert", re.I)
WRAP = {"b", "strong", "em", "i", "u", "big", "small", "font", "span", "a", "sup", "sub", "mark", "cite", "q", "code", "tt", "s", "strike", "label", "time", "abbr"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]

    def _close(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return True
        return False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "body" or (tag in BLOCK and tag != "html"):
            self._close("head")  # a body or block start ends a head left open
        top = self.stack[-1].tag
        if tag in CLOSES_P and any(n.tag == "p" for n in self.stack[-4:]):
            self._close("p")
        if tag == "li":
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag in ("ul", "ol"): break
                if self.stack[i].tag == "li":
                    del self.stack[i:]
                    break
        if tag in ("dt", "dd"):
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == "dl": break
                if self.stack[i].tag in ("dt", "dd"):
                    del self.stack[i:]
                    break
        if tag in ("td", "th"):
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag in ("tr", "table"): break
                if self.stack[i].tag in ("td", "th"):
                    del self.stack[i:]
                    break
        if tag == "tr":
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == "table": break
                if self.stack[i].tag == "tr":
                    del self.stack[i:]
                    break
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and top in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.stack.pop()
        n = Node(tag, a, self.stack[-1])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "p" and not any(n.tag == "p" for n in self.stack):
            self.stack[-1].children.append(Node("br", {}, self.stack[-1]))
            return
        self._close(tag)

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def hidden(n):
    a = n.attrs
    if "hidden" in a or a.get("aria-hidden", "").lower() == "true": return True
    st = a.get("style", "").replace(" ", "").lower()
    return "display:none" in st or "visibility:hidden" in st


def label(n):
    s = n.tag
    if n.attrs.get("id"): s += "#" + n.attrs["id"][:30]
    if n.attrs.get("class"): s += "." + ".".join(n.attrs["class"].split())[:60]
    return s


def cue(n):
    """The markup cue an inline element gives, or None."""
    t, a = n.tag, n.attrs
    st = a.get("style", "").lower()
    parts = []
    m = re.search(r"font-size\s*:\s*([^;\"]+)", st)
    if m: parts.append("fs:" + m.group(1).strip())
    m = re.search(r"font-weight\s*:\s*([^;\"]+)", st)
    if m: parts.append("fw:" + m.group(1).strip())
    if "font-style:italic" in st.replace(" ", ""): parts.append("italic")
    if t == "font":
        if a.get("size"): parts.append("size=" + a["size"])
        return "font(" + ",".join(parts) + ")" if parts else None
    if t in ("b", "strong", "em", "i", "u", "big", "small", "cite", "q", "mark", "code", "tt", "s", "strike"):
        return t + ("(" + ",".join(parts) + ")" if parts else "")
    if t == "a": return None
    if parts or a.get("class"):
        return t + ("." + ".".join(a.get("class", "").split())[:40] if a.get("class") else "") + ("(" + ",".join(parts) + ")" if parts else "")
    return None


def main():
    path = sys.argv[1]
    width = int(sys.argv[sys.argv.index("--width") + 1]) if "--width" in sys.argv else 170
    raw = open(path, "rb").read()
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:5000], re.I)
    enc = m.group(1).decode() if m else "utf-8"
    try:
        html = raw.decode(enc, "replace")
    except LookupError:
        html = raw.decode("utf-8", "replace")
    html = re.sub(r"</(script|style)\s[^>]*>", r"</\1>", html, flags=re.I)  # an end tag cut by white space
    b = Builder()
    b.feed(html)
    b.close()
    out = []
    state = {"ctx": None, "no": 0}

    def context(n):
        chain = []
        p = n.parent
        while p is not None and p.tag != "#root":
            if p.tag in LANDMARK or NAMED.search(p.attrs.get("class", "") + " " + p.attrs.get("id", "")):
                chain.append(label(p)[:50])
            p = p.parent
        return " < ".join(chain[:4])

    def emit(block, depth, segs):
        # segs: list of (text, cues-set-list, all-link)
        for text, cues, link in segs:
            text = re.sub(r"\s+", " ", text).strip()
            if not text: continue
            ctx = context(block)
            if ctx != state["ctx"]:
                out.append(f"      {'':>3} ~ {ctx}")
                state["ctx"] = ctx
            state["no"] += 1
            bl = label(block)
            st = block.attrs.get("style", "").lower()
            m = re.search(r"font-(size|weight)\s*:\s*[^;\"]+", st)
            if m: bl += "{" + m.group(0).replace(" ", "") + "}"
            mk = " ".join(cues)
            line = f"{state['no']:5} {depth:3} {bl[:55]}" + (f" [{mk}]" if mk else "") + (" @" if link else "") + " | " + text
            out.append(line[:width] + (f" …({len(text)})" if len(line) > width else ""))

    def walk(n, depth):
        if isinstance(n, str): return
        if n.tag in SKIP or hidden(n): return
        segs, cur = [], []  # cur: list of (text, tuple of cue nodes, in_link)

        def flush():
            if cur:
                text = "".join(t for t, _, _ in cur)
                real = [(c, l) for t, c, l in cur if t.strip()]
                if real:
                    common = set(real[0][0])
                    for c, _ in real[1:]: common &= set(c)
                    cues = [x for x in (cue(c) for c in real[0][0] if c in common) if x]
                    link = all(l for _, l in real)
                    segs.append((text, cues, link))
                cur.clear()

        def inline(m, chain, link):
            if isinstance(m, str):
                cur.append((m, chain, link))
                return
            if m.tag in SKIP or hidden(m): return
            if m.tag == "br" or m.tag == "hr":
                flush()
                return
            if m.tag == "img":
                return
            if m.tag in BLOCK:
                flush()
                emit(n, depth, segs)
                segs.clear()
                walk(m, depth + 1)
                return
            ch = chain + (m,) if m.tag in WRAP and m.tag != "a" else chain
            for c in m.children: inline(c, ch, link or m.tag == "a")

        for c in n.children: inline(c, (), False)
        flush()
        emit(n, depth, segs)

    for c in b.root.children: walk(c, 0) if not isinstance(c, str) else None
    title = re.search(r"<title[^>]*>(.*?)</title>", html, re.S | re.I)
    print("TITLE:", re.sub(r"\s+", " ", title.group(1)).strip() if title else "")
    print("\n".join(out))


if __name__ == "__main__":
    sys.setrecursionlimit(100000)
    main()
