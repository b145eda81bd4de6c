#!/usr/bin/env python3
"""Writes N WARC shards (WARC 1.1, gzip per record) from a folder of HTML pages, for the sample's check and benchmark.

Each shard holds RECORDS response records (pages taken in turn, each with a request record before it, as crawlers
write them); the pages are the files' bytes, served as text/html; charset=utf-8.
Usage: make_shards.py PAGES_DIR OUT_DIR --shards N (--records R | --megabytes M) [--level L]"""
import argparse, os, struct, uuid, zlib

_tails = {}


def record(kind, url, content_type, block, date, level=6):
    """One WARC record as one gzip member. The block (the same for every record of a page) is deflated once and kept:
    the member is the header deflated with a full flush (byte-aligned, no reference to it after), then the kept
    deflate data of the block, then the trailer; any gzip reader reads it as one member."""
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nWARC-Date: {date}\r\n"
            f"WARC-Target-URI: {url}\r\nContent-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    tail = block + b"\r\n\r\n"
    kept = _tails.get(tail)
    if kept is None:
        z = zlib.compressobj(level, zlib.DEFLATED, -15)
        kept = _tails[tail] = z.compress(tail) + z.flush(zlib.Z_FINISH)
    z = zlib.compressobj(level, zlib.DEFLATED, -15)
    deflated = z.compress(head) + z.flush(zlib.Z_FULL_FLUSH)
    crc = zlib.crc32(tail, zlib.crc32(head))
    size = (len(head) + len(tail)) & 0xFFFFFFFF
    return (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + deflated + kept
            + struct.pack("<II", crc & 0xFFFFFFFF, size))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("pages"); p.add_argument("out")
    p.add_argument("--shards", type=int, default=8); p.add_argument("--records", type=int, default=200)
    p.add_argument("--level", type=int, default=6, help="gzip level of each record (default 6, as gzip and most crawlers)")
    p.add_argument("--megabytes", type=int, default=0, help="instead of --records: write each shard up to this size")
    a = p.parse_args()
    pages = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(a.pages) for f in fs if f.endswith((".html", ".htm")))
    if not pages:
        raise SystemExit(f"no .html page under {a.pages}")
    bodies = [open(f, "rb").read() for f in pages]
    os.makedirs(a.out, exist_ok=True)
    n = 0
    for s in range(a.shards):
        with open(os.path.join(a.out, f"shard-{s:05d}.warc.gz"), "wb") as w:
            r = 0
            while (r < a.records) if a.megabytes <= 0 else (w.tell() < a.megabytes * 1024 * 1024):
                body = bodies[n % len(bodies)]
                url = f"http://example.com/{s}/{r}/{os.path.basename(pages[n % len(pages)])}"
                date = f"2024-05-{1 + n % 28:02d}T12:00:00Z"
                w.write(record("request", url, "application/http; msgtype=request", f"GET /{s}/{r} HTTP/1.1\r\nHost: example.com\r\n\r\n".encode(), date, a.level))
                http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n".encode()
                w.write(record("response", url, "application/http; msgtype=response", http + body, date, a.level))
                n += 1
                r += 1
    print(f"{a.shards} shards, {n} pages in {a.out}")

if __name__ == "__main__":
    main()
