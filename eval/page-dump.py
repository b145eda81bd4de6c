#!/usr/bin/env python3
"""page-dump.py PAGE.html > PAGE.txt: a whole web page as a reader's select-all copy would give it, approximately.

The visible text of the page (no script, style, noscript, template, svg, head, select, option, button, iframe), one block
element a line (p, div, h1-h6, li, table rows, ...), white space collapsed, empty lines dropped; menus, footers and
comments stay. Used by eval/text-dumps.sh to try the plain-text path on whole pages; not a browser: do not tune to its
quirks."""
import re
import sys
from html.parser import HTMLParser

BLOCK = set('p div h1 h2 h3 h4 h5 h6 li ul ol header footer nav section article aside main figure figcaption table tr '
            'blockquote pre dl dt dd form address hr br title'.split())
SKIP = set('script style noscript template svg head select option button iframe'.split())


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP: self.skip += 1
        if tag in BLOCK: self.out.append('\n')
        if tag in ('td', 'th'): self.out.append('\t')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK: self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip: self.skip -= 1
        if tag in BLOCK: self.out.append('\n')

    def handle_data(self, data):
        if not self.skip: self.out.append(re.sub(r'\s+', ' ', data))


page = Visible()
page.feed(open(sys.argv[1], encoding='utf-8', errors='replace').read())
lines = (line.strip() for line in ''.join(page.out).split('\n'))
print('\n'.join(line for line in lines if line))
