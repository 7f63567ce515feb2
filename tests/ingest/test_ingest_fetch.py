"""Fetching (issue 4, item 6), URL lists and feeds (item 4): servers on 127.0.0.1 or a mock transport."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from newsevents.ingest import read
from newsevents.ingest.fetch import USER_AGENT, FetchSettings, Page, fetch, fetch_many
from newsevents.records import Article, Rejection

# The test servers listen on 127.0.0.1, which only allow_private lets the fetcher reach.
FAST = FetchSettings(
    backoff=0.01, retries=2, connect_timeout=2, read_timeout=2, max_bytes=50_000, allow_private=True
)
PARAS = [
    "Rescue teams reached the mountain village on Saturday after the landslide cut the only road.",
    "The provincial governor said helicopters would bring food and medicine until the road reopens.",
]


def page(title: str, date: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>{body}"
        f"</article></body></html>"
    ).encode()


HTML = {"Content-Type": "text/html; charset=utf-8"}
Server = Callable[[dict], str]


def test_fetch_follows_redirects_and_identifies_itself(http_server: Server) -> None:
    seen: list[str] = []

    def landing(hits: int, headers: object) -> tuple[int, dict[str, str], bytes]:
        seen.append(headers["User-Agent"])  # type: ignore[index]
        return 200, HTML, page("Landslide")

    base = http_server(
        {
            "/old": (301, {"Location": "/mid"}, b""),
            "/mid": (302, {"Location": "/new"}, b""),
            "/new": (200, HTML, landing),
        }
    )
    result = fetch(f"{base}/old", settings=FAST)
    assert isinstance(result, Page)
    assert result.url == f"{base}/new" and result.requested == f"{base}/old" and result.charset == "utf-8"
    assert seen == [USER_AGENT]


@pytest.mark.parametrize(
    ("routes", "path", "reason"),
    [
        ({"/a": (404, {}, b"gone")}, "/a", "http-error"),
        ({"/loop": (302, {"Location": "/loop"}, b"")}, "/loop", "too-many-redirects"),
        ({"/ftp": (302, {"Location": "ftp://files.example/x"}, b"")}, "/ftp", "unsupported-scheme"),
        ({"/big": (200, HTML, b"<p>" + b"x" * 60_000 + b"</p>")}, "/big", "too-large"),
        ({"/down": (503, {}, b"busy")}, "/down", "http-error"),
    ],
)
def test_fetch_failures_are_rejections(http_server: Server, routes: dict, path: str, reason: str) -> None:
    base = http_server(routes)
    result = fetch(f"{base}{path}", settings=FAST)
    assert isinstance(result, Rejection) and result.reason == reason and result.origin == f"{base}{path}"


def test_retry_with_backoff_then_success(http_server: Server) -> None:
    def flaky(hits: int, headers: object) -> tuple[int, dict[str, str], bytes]:
        return (503, {}, b"busy") if hits < 3 else (200, HTML, page("Third time"))

    base = http_server({"/flaky": (200, {}, flaky)})
    assert isinstance(fetch(f"{base}/flaky", settings=FAST), Page)


def test_gzip_bomb_is_capped_after_decompression() -> None:
    bomb = gzip.compress(b"a" * 2_000_000)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Encoding": "gzip", "Content-Type": "text/html"}, content=bomb
        )

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        result = fetch("https://news.example.org/bomb", client=client, settings=FAST)
    assert isinstance(result, Rejection) and result.reason == "too-large"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://x.example/a", "javascript:alert(1)", "http://"])
def test_only_http_and_https(url: str) -> None:
    result = fetch(url, settings=FAST)
    assert isinstance(result, Rejection) and result.reason in {"unsupported-scheme", "invalid-url"}


def test_unreachable_host_is_a_rejection() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        result = fetch("https://news.example.org/x", client=client, settings=FAST)
    assert isinstance(result, Rejection) and result.reason == "fetch-failed"


def test_fetch_many_keeps_input_order(http_server: Server) -> None:
    base = http_server({f"/{i}": (200, HTML, page(f"Story {i}")) for i in range(10)})
    urls = [f"{base}/{i}" for i in range(10)]
    results = list(fetch_many(urls, settings=replace(FAST, concurrency=3)))
    assert [u for u, _ in results] == urls and all(isinstance(p, Page) for _, p in results)


def test_url_list_file(http_server: Server, tmp_path: Path) -> None:
    base = http_server(
        {
            "/news/landslide-village.html": (200, HTML, page("Landslide", "2024-08-10")),
            "/missing": (404, {}, b""),
            "/logo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG"),
        }
    )
    path = tmp_path / "reading.urls"
    path.write_text(f"# morning list\n{base}/news/landslide-village.html\n{base}/missing\n{base}/logo.png\n")
    records = list(read([path], settings=FAST))
    assert [getattr(r, "reason", "article") for r in records] == ["article", "http-error", "not-html"]
    article = records[0]
    assert isinstance(article, Article)
    assert article.id.startswith("landslide-village-") and article.published == "2024-08-10"
    assert article.url == f"{base}/news/landslide-village.html"


def test_txt_file_of_urls_is_a_url_list(http_server: Server, tmp_path: Path) -> None:
    base = http_server({"/a": (200, HTML, page("A"))})
    path = tmp_path / "links.txt"
    path.write_text(f"{base}/a\n")
    records = list(read([path], settings=FAST))
    assert len(records) == 1 and isinstance(records[0], Article) and records[0].title == "A"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Hill Country News</title><link>{base}/</link>
<item><title>Landslide cuts road</title><link>{base}/landslide</link>
<pubDate>Sat, 10 Aug 2024 09:00:00 GMT</pubDate><author>desk@hill.example (Ravi Kumar)</author>
<description>&lt;p&gt;{p0}&lt;/p&gt;&lt;p&gt;{p1}&lt;/p&gt;</description></item>
<item><title>Second item</title><link>{base}/second</link>
<description>{p1}</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Wire</title><id>urn:valley</id>
<updated>2024-08-11T00:00:00Z</updated>
<entry><title>Road reopens</title><id>urn:valley:1</id><link href="https://valley.example/road"/>
<published>2024-08-11T07:30:00Z</published><author><name>Lea Novak</name></author>
<content type="html">&lt;p&gt;{p0}&lt;/p&gt;</content></entry></feed>"""


def test_rss_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "hill.rss"
    path.write_text(RSS.format(base="https://hill.example", p0=PARAS[0], p1=PARAS[1]), encoding="utf-8")
    first, second = list(read([path]))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Landslide cuts road" and first.published == "2024-08-10"
    assert first.url == "https://hill.example/landslide" and first.source == "Hill Country News"
    assert first.text == "\n\n".join(PARAS)
    assert second.published is None and second.text == PARAS[1]


def test_atom_entry(tmp_path: Path) -> None:
    path = tmp_path / "valley.atom"
    path.write_text(ATOM.format(p0=PARAS[0]), encoding="utf-8")
    (article,) = list(read([path]))
    assert isinstance(article, Article)
    assert (
        article.authors == ("Lea Novak",) and article.published == "2024-08-11" and article.text == PARAS[0]
    )


def test_feed_with_fetch_uses_the_linked_page(
    http_server: Server, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    base = http_server({"/landslide": (200, HTML, page("Full landslide story", "2024-08-09"))})
    path = tmp_path / "hill.xml"
    path.write_text(RSS.format(base=base, p0="Teaser only.", p1="Teaser."), encoding="utf-8")
    first, second = list(read([path], fetch=True, settings=FAST))
    assert (
        isinstance(first, Article)
        and first.title == "Full landslide story"
        and first.published == "2024-08-09"
    )
    assert first.text.endswith(PARAS[1])
    # The second link is not served: the entry's own text stands in, and a warning says so.
    assert isinstance(second, Article) and second.text == "Teaser."
    (warning,) = [r.getMessage() for r in caplog.records if r.name == "newsevents.ingest.feeds"]
    assert "#entry-2" in warning and "404" in warning and "feed entry's own text" in warning


def test_nested_gzip_is_capped_while_it_expands(http_server: Server) -> None:
    import tracemalloc

    bomb = gzip.compress(gzip.compress(bytes(50_000_000)))  # about 50 KB on the wire, 50 MB decoded
    base = http_server({"/bomb": (200, {**HTML, "Content-Encoding": "gzip, gzip"}, bomb)})
    tracemalloc.start()
    result = fetch(f"{base}/bomb", settings=FAST)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert isinstance(result, Rejection) and result.reason == "too-large"
    assert peak < 5_000_000


def test_gzip_and_deflate_bodies_decode(http_server: Server) -> None:
    import zlib

    body = page("Decoded story")
    base = http_server(
        {
            "/gz": (200, {**HTML, "Content-Encoding": "gzip"}, gzip.compress(body)),
            "/zlib": (200, {**HTML, "Content-Encoding": "deflate"}, zlib.compress(body)),
            "/raw": (200, {**HTML, "Content-Encoding": "deflate"}, zlib.compress(body, wbits=-15)),
        }
    )
    for path in ("/gz", "/zlib", "/raw"):
        result = fetch(f"{base}{path}", settings=FAST)
        assert isinstance(result, Page) and result.content == body, path


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "127.1", "2130706433", "[::1]", "localhost", "10.0.0.8", "169.254.169.254"]
)
def test_private_addresses_are_refused_by_default(host: str) -> None:
    result = fetch(f"http://{host}/admin", settings=replace(FAST, allow_private=False))
    assert isinstance(result, Rejection) and result.reason == "private-address", result


def test_a_redirect_to_a_private_address_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "http://127.0.0.1:9/secret"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        strict = replace(FAST, allow_private=False)
        result = fetch("http://93.184.215.14/story", client=client, settings=strict)
    assert isinstance(result, Rejection) and result.reason == "private-address"


@pytest.mark.parametrize(
    "url",
    ["http://[::1", "http://[127.0.0.1]/", "http://x.example:99999/", "http://x.example/" + "a" * 70_000],
)
def test_unparseable_urls_are_rejections(url: str) -> None:
    result = fetch(url, settings=FAST)
    assert isinstance(result, Rejection) and result.reason == "invalid-url"
    assert len(result.message()) < 400


@pytest.mark.parametrize("target", ["javascript:alert(1)", "data:text/html,<p>x</p>", "file:///etc/passwd"])
def test_redirects_to_other_schemes_are_refused(http_server: Server, target: str) -> None:
    base = http_server({"/go": (302, {"Location": target}, b"")})
    result = fetch(f"{base}/go", settings=FAST)
    assert isinstance(result, Rejection) and result.reason in {"unsupported-scheme", "invalid-url"}


def test_a_dripping_server_hits_the_total_deadline() -> None:
    listener = socket.create_server(("127.0.0.1", 0))

    def drip() -> None:  # a byte every 0.1 s: each read is well inside the read timeout
        conn, _ = listener.accept()
        with conn:
            conn.recv(4096)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n")
            try:
                for _ in range(100):
                    conn.sendall(b"x")
                    time.sleep(0.1)
            except OSError:
                pass

    threading.Thread(target=drip, daemon=True).start()
    started = time.monotonic()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/drip"
    result = fetch(url, settings=replace(FAST, total_timeout=1.0))
    listener.close()
    assert isinstance(result, Rejection) and result.reason == "timeout"
    assert time.monotonic() - started < 3
