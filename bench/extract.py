"""Extraction throughput and peak memory on a generated crawl (issue 4, item 10).

    .venv/bin/python bench/extract.py                 # 20 MB WARC
    .venv/bin/python bench/extract.py --size-mb 1024  # 1 GB
    .venv/bin/python bench/extract.py --size-mb 200 --gzip

A WARC laid out like CC-NEWS (warcinfo, then request/response pairs) is written to a temporary directory by
a child process, so the parent's peak RSS measures reading and extraction only. Pages are news-like: chrome,
a figure with a credit, eight paragraphs of generated prose, a comment form, and a large inline script and
style block as real pages have. Prints articles/s, MB/s and peak RSS.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

WORDS = (
    "minister government council talks border meeting agreement troops police election court river "
    "harbour market prices farmers workers strike protest village city province capital president "
    "leader envoy delegation summit ceasefire aid water power bridge road school hospital budget "
    "report said announced rejected accused visited signed agreed warned demanded promised"
).split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 24))]
    return " ".join(words).capitalize() + "."


def news_page(rng: random.Random, index: int) -> bytes:
    paragraphs = "".join(
        f"<p>{' '.join(sentence(rng) for _ in range(rng.randint(3, 6)))}</p>" for _ in range(8)
    )
    filler = "var x=" + "".join(rng.choice("abcdef0123456789") for _ in range(20000)) + ";"
    style = ".c{color:#333}" * 800
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story {index}</title>
<meta property="article:published_time" content="2024-0{1 + index % 9}-1{index % 10}T08:00:00Z">
<meta property="og:site_name" content="Bench Daily"><style>{style}</style><script>{filler}</script></head>
<body><header><nav><a href="/">Home</a><a href="/world">World</a></nav></header><main><article>
<h1>Story {index}</h1><div class="byline">By Staff Writer {index % 50}</div>
<figure><img src="/i/{index}.jpg"><figcaption>{sentence(rng)} <span class="credit">Photo: Agency {index % 7}
</span></figcaption></figure>{paragraphs}<div class="share-bar">Share on Facebook</div></article>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><label>Name *</label></form></div>
</main><footer>Copyright 2024 Bench Daily</footer></body></html>""".encode()


def generate(path: Path, size_mb: float, gzip: bool, seed: int = 7) -> int:
    """Write the crawl; returns the number of pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    limit = int(size_mb * 1024 * 1024)
    pages = 0
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsevents-bench"}))
        while out.tell() < limit:
            url = f"https://bench.example/{pages // 100}/story-{pages}.html"
            body = news_page(rng, pages)
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "request",
                    payload=BytesIO(b""),
                    length=0,
                    http_headers=StatusAndHeaders(
                        "GET / HTTP/1.1", [("Host", "bench.example")], is_http_request=True
                    ),
                )
            )
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=BytesIO(body), length=len(body), http_headers=http
                )
            )
            pages += 1
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--size-mb", type=float, default=20.0, help="size of the generated WARC file (default 20)"
    )
    parser.add_argument("--gzip", action="store_true", help="write a .warc.gz instead of a plain .warc")
    parser.add_argument("--generate", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        print(generate(Path(args.generate), args.size_mb, args.gzip))
        return

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    from newsevents.ingest import ReadStats, read
    from newsevents.ingest.language import detector

    with tempfile.TemporaryDirectory(prefix="newsevents-bench-") as tmp:
        path = Path(tmp) / ("bench.warc.gz" if args.gzip else "bench.warc")
        started = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--generate",
                str(path),
                "--size-mb",
                str(args.size_mb),
                *(["--gzip"] if args.gzip else []),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        pages = int(done.stdout.strip())
        size = path.stat().st_size
        print(f"generated {pages} pages, {size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")
        detector()  # the language models load once; not part of the per-article cost
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        stats = ReadStats()
        started = time.perf_counter()
        chars = 0
        for record in read([path], stats=stats):
            chars += len(getattr(record, "text", ""))
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {stats.articles}, rejected {stats.rejected}, skipped records {stats.skipped_records}")
    print(
        f"time {elapsed:.1f} s: {stats.articles / elapsed:.1f} articles/s, {size / 1e6 / elapsed:.2f} MB/s, "
        f"{chars / elapsed / 1e3:.0f} k chars/s"
    )
    print(f"peak RSS {peak:.0f} MiB (before reading {rss_before:.0f} MiB)")


if __name__ == "__main__":
    main()
