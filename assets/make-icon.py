#!/usr/bin/env python3
"""Draws the package icon (icon.png, 128x128): a page with a headline bar and text lines, the boilerplate lines
greyed, on a blue rounded square. Standard library only: python3 assets/make-icon.py"""
import struct
import zlib
from pathlib import Path

SIZE = 128
BLUE = (29, 78, 137, 255)
PAPER = (250, 250, 245, 255)
INK = (33, 37, 41, 255)
GREY = (180, 184, 190, 255)
CLEAR = (0, 0, 0, 0)


def inside_rounded(x, y, x0, y0, x1, y1, r):
    """True when pixel (x, y) lies in the rectangle [x0, x1) x [y0, y1) with corners rounded by r."""
    if not (x0 <= x < x1 and y0 <= y < y1):
        return False
    cx = min(max(x, x0 + r), x1 - 1 - r)
    cy = min(max(y, y0 + r), y1 - 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def pixel(x, y):
    if not inside_rounded(x, y, 0, 0, SIZE, SIZE, 20):
        return CLEAR
    if not inside_rounded(x, y, 24, 16, 104, 112, 6):
        return BLUE
    if 34 <= x < 94 and 26 <= y < 38:  # the headline
        return INK
    if 34 <= x < 94 and 44 <= y < 46:  # the rule under it
        return INK
    for i, top in enumerate(range(54, 100, 9)):  # the body lines; the last ones are boilerplate
        width = 60 if i % 3 != 2 else 42
        if 34 <= x < 34 + width and top <= y < top + 4:
            return INK if i < 4 else GREY
    return PAPER


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
Path(__file__).with_name("icon.png").write_bytes(png(SIZE, SIZE, rows))
