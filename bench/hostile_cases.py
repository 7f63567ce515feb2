"""The hostile inputs of ``bench/hostile.py`` (issue 12): generated files (the server that URL lists and
feeds point at is ``bench/hostile_server.py``).

Every generator writes its files under a directory and returns ``Case`` values; the mix is deterministic
for a seed. Nothing here is taken from real articles: the stories are invented one-liners.
"""

from __future__ import annotations

import gzip
import json
import random
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

STORY = (
    "The harbour board of a small port town raised mooring fees on Monday, and the fishermen's union said "
    "it would block the quay on Friday unless the board met its leaders first."
)
GZIP_MAGIC = b"\x1f\x8b"
PAGE = f"<html><head><title>Quay fees</title></head><body><article><p>{STORY}</p></article></body></html>"


@dataclass(frozen=True, slots=True)
class Case:
    """One hostile input: its kind, a short name, the file, and the command that reads it."""

    kind: str
    name: str
    path: Path
    command: str = "ingest"  # or "analyze"


# -- generated files ----------------------------------------------------------------------------------

HOSTILE_URLS = [
    "http://[::1",
    "http://[127.0.0.1]/",
    "http://x.example:99999/",
    "http://x.example/" + "a" * 70_000,
    "javascript:alert(1)",
    "data:text/html,<p>x</p>",
    "file:///etc/passwd",
    "ftp://x.example/a",
    "http://",
    "http://%zz/",
    "http://exa mple.org/",
    "http://xn--/",
    "http://\u0000.example/",
    "http://\ud800.example/",
    "https://[fe80::1%25eth0]/",
    "http://user:pass@[::ffff:127.0.0.1]:1/",
    "http://0x7f.1:1/",
    "//no-scheme.example/",
    "\u202ehttp://rtl.example/",
]

JSON_VALUES: list[object] = [
    "\ud800",
    "a\udfffb",
    "",
    " ",
    None,
    True,
    12,
    1.5,
    [],
    {"nested": ["x"]},
    "x" * 70_000,
    "../../etc/passwd",
    "a/b?c#d",
    "\u202egnp.exe",
    "\x00\x01\x02",
    "0001-01-01",
    "9999-12-31",
    "2021-02-30",
    "-0001-01-01",
    "1e309",
]
JSON_FIELDS = ["id", "text", "title", "source", "published", "url", "language"]


def _jsonl_cases(root: Path) -> Iterator[Case]:
    good = {"id": "quay-1", "text": STORY, "published": "2021-03-02"}
    for field in JSON_FIELDS:
        for i, value in enumerate(JSON_VALUES):
            record = {**good, field: value}
            line = json.dumps(record, ensure_ascii=True)
            path = root / f"jsonl-{field}-{i}.jsonl"
            path.write_text(f"{json.dumps(good)}\n{line}\n", encoding="utf-8")
            yield Case("jsonl", f"{field}={str(value)[:20]!r}", path)
    raw_lines = {
        "digits": json.dumps(good)[:-1] + ', "n": ' + "7" * 5000 + "}",
        "deep": "[" * 100_000 + "]" * 100_000,
        "deep-object": '{"a":' * 50_000 + "1" + "}" * 50_000,
        "not-object": "[1, 2, 3]",
        "bare-string": '"just a string"',
        "nan": '{"id": "n", "text": NaN}',
        "dup-keys": '{"id": "a", "id": "b", "text": "' + STORY + '"}',
        "huge-line": json.dumps({"id": "h", "text": "word " * 2_500_000}),
        "too-long": json.dumps({"id": "l", "text": "word " * 210_000}),
        "null-bytes": '{"id": "z", "text": "a\\u0000b ' + STORY + '"}',
        "bad-utf8": None,
        "crlf": json.dumps(good) + "\r",
        "bom": "\ufeff" + json.dumps(good),
        "many-bad": "\n".join(["{not json"] * 100_000),
    }
    for name, line in raw_lines.items():
        path = root / f"jsonl-raw-{name}.jsonl"
        if line is None:
            path.write_bytes(json.dumps(good).encode() + b'\n{"id": "b", "text": "\xff\xfe"}\n')
        else:
            path.write_text(f"{json.dumps(good)}\n{line}\n", encoding="utf-8")
        yield Case("jsonl", name, path)


def _text_cases(root: Path, rng: random.Random) -> Iterator[Case]:
    story = STORY.encode()
    fixed = {
        "empty": b"",
        "nul": story + b"\x00" + story,
        "binary-tail": story * 200 + bytes(rng.randrange(256) for _ in range(50_000)),
        "binary-middle": story * 100 + bytes(range(32)) * 400 + story * 100,
        "utf16-bom": STORY.encode("utf-16"),
        "utf16-nobom": STORY.encode("utf-16-le"),
        "latin1": "Caf\xe9 ".encode("latin-1") + story,
        "controls": story + b"\x1b[31m\x07\x08" * 50,
        "one-long-word": b"a" * 1_500_000,
        "over-limit": (story + b" ") * 6000,
        "over-20mb": b"word " * 4_300_000,
        "only-spaces": b" \n\t" * 10_000,
        "rtl": "\u202e".encode() + story,
        "surrogate-bytes": b"\xed\xa0\x80" + story,
        "emoji-flood": "\U0001f600".encode() * 200_000,
    }
    for name, data in fixed.items():
        path = root / f"text-{name}.txt"
        path.write_bytes(data)
        yield Case("text", name, path)
    for i in range(60):  # random byte soup of random sizes, some mostly text
        size = rng.choice([10, 1000, 100_000, 2_000_000])
        share = rng.random()
        data = bytes(
            rng.randrange(256) if rng.random() < share else rng.choice(story)
            for _ in range(min(size, 200_000))
        )
        path = root / f"text-soup-{i}.txt"
        path.write_bytes(data * max(1, size // max(1, len(data))))
        yield Case("text", f"soup-{i}", path, "analyze" if i % 4 == 0 else "ingest")


def _html_cases(root: Path, rng: random.Random) -> Iterator[Case]:
    fixed = {
        "attrs-200k": "<div " + " ".join(f"a{i}=x" for i in range(200_000)) + ">" + STORY + "</div>",
        "attrs-long": "<div a='" + "x" * 5_000_000 + "'>" + STORY + "</div>",
        "nest-100k": "<div>" * 100_000 + STORY + "</div>" * 100_000,
        "nest-table": "<table><tr><td>" * 20_000 + STORY,
        "comment": "<!--" + "-" * 3_000_000 + STORY,
        "script-only": "<script>" + "var a=1;" * 200_000 + "</script>",
        "meta-charset-bogus": '<meta charset="x-klingon"><p>' + STORY + "</p>",
        "entities": "<p>" + "&amp;" * 500_000 + STORY + "</p>",
        "bad-entities": "<p>" + "&#xFFFFFFFF;&#0;&#55296;" * 10_000 + STORY + "</p>",
        "cdata": "<![CDATA[" * 10_000 + STORY,
        "unclosed": "<p" * 200_000,
        "too-long": "<p>" + "word " * 1_100_000 + "</p>",
        "date-0001": '<meta property="article:published_time" content="0001-01-01"><p>' + STORY + "</p>",
        "date-huge": '<meta property="article:published_time" content="99999999-01-01"><p>' + STORY + "</p>",
        "title-surrogate": "<title>&#xD800;</title><p>" + STORY + "</p>",
        "svg-bomb": "<svg>" + "<g>" * 50_000 + "</svg><p>" + STORY + "</p>",
    }
    for name, html in fixed.items():
        path = root / f"html-{name}.html"
        path.write_text(html, encoding="utf-8", errors="surrogatepass")
        yield Case("html", name, path, "analyze" if name.startswith(("date", "title")) else "ingest")
    tags = ["<div>", "</div>", "<p>", "</p>", "<a href='x'>", "<b>", "<!--", "-->", "<script>", "<", ">", "&"]
    for i in range(60):
        parts = [
            rng.choice(tags) if rng.random() < 0.6 else STORY[: rng.randrange(1, 80)]
            for _ in range(rng.choice([50, 5000, 100_000]))
        ]
        path = root / f"html-soup-{i}.html"
        path.write_text("".join(parts), encoding="utf-8")
        yield Case("html", f"soup-{i}", path)


def _warc_record(uri: str, body: bytes, http_headers: str = "Content-Type: text/html\r\n") -> bytes:
    http = f"HTTP/1.1 200 OK\r\n{http_headers}\r\n".encode() + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2021-03-02T10:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode("utf-8", "surrogateescape") + http + b"\r\n\r\n"


def _warc_cases(root: Path, rng: random.Random) -> Iterator[Case]:
    good = _warc_record("https://port.example.org/quay", PAGE.encode())
    members = [gzip.compress(good) for _ in range(3)]
    whole_gz, whole_plain = b"".join(members), good * 3
    for i in range(100):  # truncation points, plain and gzipped
        data = whole_gz if i % 2 else whole_plain
        path = root / f"warc-cut-{i}.warc{'.gz' if i % 2 else ''}"
        path.write_bytes(data[: rng.randrange(1, len(data))])
        yield Case("warc", f"cut-{i}", path)
    for name, uri in [
        ("ipv6", "http://[::1"),
        ("bracket4", "http://[127.0.0.1]/"),
        ("long", "http://x/" + "a" * 70_000),
        ("empty", ""),
        ("port", "http://x:99999/"),
        ("js", "javascript:alert(1)"),
    ]:
        path = root / f"warc-uri-{name}.warc"
        path.write_bytes(_warc_record(uri, PAGE.encode()) + good)
        yield Case("warc", f"uri-{name}", path)
    bombs = {
        "header-line": (b"X-Big: ", b"a", 300_000_000),
        "continuations": (b"X-Fold: a\r\n", b" b\r\n", 100_000_000),
        "many-headers": (b"", b"X-A: b\r\n", 200_000_000),
        "blank-lines": (b"\r\n" * 0, b"\r\n", 50_000_000),
    }
    for name, (head, filler, size) in bombs.items():
        path = root / f"warc-bomb-{name}.warc.gz"
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        block = filler * max(1, 65536 // len(filler))
        with open(path, "wb") as out:
            out.write(packer.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" + head))
            for _ in range(size // len(block)):
                out.write(packer.compress(block))
            out.write(packer.compress(b"\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n") + packer.flush())
        yield Case("warc", f"bomb-{name}", path)
    body_bomb = gzip.compress(b"<p>" + b"a" * 300_000_000, 9)
    specials = {
        "content-encoding-bomb": _warc_record(
            "https://x.example/b", body_bomb, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n"
        ),
        "negative-length": good.replace(b"Content-Length: ", b"Content-Length: -", 1),
        "huge-length": good.replace(b"Content-Length: ", b"Content-Length: 99999999999", 1),
        "no-length": good.replace(b"Content-Length: ", b"X-Length: ", 1),
        "arc-header": b"filedesc://x.arc 0.0.0.0 20210302 text/plain 10\n" + good,
        "chunked-bad": _warc_record(
            "https://x.example/c", b"zzzz\r\nabc", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
        ),
        "status-bad": good.replace(b"HTTP/1.1 200 OK", b"HTTP/1.1 2" + b"0" * 5000, 1),
        "charset-bad": _warc_record(
            "https://x.example/d", PAGE.encode(), "Content-Type: text/html; charset=\x00\xff\r\n"
        ),
        "date-bad": good.replace(b"2021-03-02T10:00:00Z", b"0000-00-00T99:99:99Z", 1),
        "gzip-garbage-after": members[0] + b"\x1f\x8b\x08garbage" * 100,
    }
    for name, data in specials.items():
        suffix = ".warc.gz" if data.startswith(GZIP_MAGIC) else ".warc"
        path = root / f"warc-{name}{suffix}"
        path.write_bytes(data)
        yield Case("warc", name, path)


def _entity_doctype() -> str:
    """A DOCTYPE whose entities nest ten deep, ten each: a billion characters if expanded."""
    return (
        '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        + "".join(
            f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
        + "]>"
    )


def _feed_cases(root: Path, base: str) -> Iterator[Case]:
    def rss(items: str, head: str = "") -> str:
        return (
            f'<?xml version="1.0"?>{head}<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
        )

    def item(link: str, date: str = "Tue, 02 Mar 2021 10:00:00 GMT", text: str = STORY) -> str:
        return (
            f"<item><title>Quay</title><link>{link}</link><pubDate>{date}</pubDate>"
            f"<description>{text}</description></item>"
        )

    feeds = {
        f"link-{i}": rss(item(url.replace("&", "&amp;").replace("<", "&lt;")))
        for i, url in enumerate(HOSTILE_URLS)
        if "\x00" not in url and "\ud800" not in url
    }
    feeds |= {
        f"fetch-{path.strip('/')}": rss(item(base + path))
        for path in (
            "/ok",
            "/gzip-gzip",
            "/redir-js",
            "/redir-ipv6",
            "/binary",
            "/500",
            "/empty",
            "/too-long",
            "/garbage",
        )
    }
    laughs = _entity_doctype()
    feeds |= {
        "billion-laughs": rss(
            item("https://x.example/a", text="&i;"), laughs.replace("<!DOCTYPE r", "<!DOCTYPE rss")
        ),
        "external-entity": rss(
            item("https://x.example/a", text="&x;"),
            '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        ),
        "date-0001": rss(item("https://x.example/a", date="Mon, 01 Jan 0001 00:00:00 GMT")),
        "date-garbage": rss(item("https://x.example/a", date="9" * 5000)),
        "many-items": rss(item("https://x.example/a") * 20_000),
        "truncated": rss(item("https://x.example/a"))[:150],
        "not-xml": "\x00\x01 no feed here " * 100,
        "deep": rss("<item>" * 50_000),
        "huge-text": rss(item("https://x.example/a", text="word " * 1_100_000)),
        "atom-bad": '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="http://[::1"/><content>'
        + STORY
        + "</content></entry></feed>",
    }
    for name, text in feeds.items():
        path = root / f"feed-{name}.xml"
        path.write_text(text, encoding="utf-8")
        yield Case("feed", name, path, "ingest --fetch" if name.startswith(("fetch", "link")) else "ingest")


def _url_cases(root: Path, base: str) -> Iterator[Case]:
    for i, url in enumerate(HOSTILE_URLS):
        path = root / f"urls-bad-{i}.urls"
        path.write_text(
            url.encode("utf-8", "surrogatepass").decode("utf-8", "replace") + "\n" + base + "/ok\n",
            encoding="utf-8",
        )
        yield Case("urls", f"bad-{i}", path)
    server_paths = [p for p in _ROUTE_NAMES if p != "/drip"] + ["/drip"]
    for name in server_paths:
        path = root / f"urls-server-{name.strip('/')}.urls"
        path.write_text(f"{base}{name}\n{base}/ok\n", encoding="utf-8")
        yield Case("urls", f"server{name}", path)
    path = root / "urls-mixed.urls"
    path.write_text("\n".join(f"{base}{p}" for p in _ROUTE_NAMES if p != "/drip") + "\n", encoding="utf-8")
    yield Case("urls", "all-routes", path)


_ROUTE_NAMES = [
    "/ok", "/gzip-gzip", "/gzip-bomb", "/deflate-bad", "/br", "/redir-js", "/redir-data", "/redir-file",
    "/redir-ipv6", "/redir-bracket4", "/redir-port", "/redir-long", "/redir-loop", "/redir-none",
    "/redir-refused", "/endless", "/huge-length", "/binary", "/attrs", "/nest", "/too-long", "/500",
    "/404", "/badcharset", "/json", "/empty", "/garbage", "/many-headers", "/surrogates", "/drip",
]  # fmt: skip


def generate(root: Path, base: str, seed: int = 12) -> list[Case]:
    """Every case, written under ``root``; ``base`` is the hostile server's address."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    cases = [
        *_jsonl_cases(root),
        *_text_cases(root, rng),
        *_html_cases(root, rng),
        *_warc_cases(root, rng),
        *_feed_cases(root, base),
        *_url_cases(root, base),
    ]
    # analyze exercises the other command over the same readers: every seventh case goes through it
    return [
        c if c.command != "ingest" or i % 7 else Case(c.kind, c.name, c.path, "analyze")
        for i, c in enumerate(cases)
    ]
