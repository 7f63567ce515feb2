"""A news site on 127.0.0.1 for the live-mode tests: an RSS feed that can grow, article pages, a
robots.txt, and pages that fail (a 500), hang (slow) or are disallowed. Every story is invented."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0


@dataclass
class Site:
    """One outlet: ``routes`` by path (change them between rounds), ``hits`` counts requests per path."""

    name: str
    routes: dict[str, Route] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    entries: list[tuple[str, str]] = field(default_factory=list)  # (path, title) of the feed, newest last
    port: int = 0
    version: int = 0  # bumped when the feed changes: its ETag

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def page(self, path: str, title: str, paragraphs: list[str], **route: object) -> None:
        """An article page at ``path`` (not in the feed until ``publish``)."""
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        html = (
            f'<html><head><title>{title}</title><meta property="og:site_name" content="{self.name}">'
            f'<meta property="article:published_time" content="2026-11-30"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>"
        )
        self.routes[path] = Route(body=html.encode(), **route)  # type: ignore[arg-type]

    def publish(self, path: str, title: str) -> None:
        """Add an entry to the feed."""
        self.entries.append((path, title))
        self.version += 1

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>{t}</title><link>{self.base}{p}</link><guid>{self.base}{p}</guid>"
            f"<pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate><description>{t}</description></item>"
            for p, t in reversed(self.entries)
        )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>{self.name}</title>'
            f"<link>{self.base}/</link>{items}</channel></rss>"
        ).encode()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            site.hits[self.path] = site.hits.get(self.path, 0) + 1
            if self.path == "/feed.xml":
                etag = f'"v{site.version}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self._send(Route(body=site.feed(), content_type="application/rss+xml"), {"ETag": etag})
                return
            route = site.routes.get(self.path, Route(status=404, body=b"not here"))
            self._send(route, {"Last-Modified": formatdate(usegmt=True)})

        def _send(self, route: Route, headers: dict[str, str]) -> None:
            if route.delay:
                time.sleep(route.delay)
            try:
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on a slow page

    return Handler


class Server:
    """``Site`` served on a free port of 127.0.0.1 in a thread, until ``close``."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
        self.httpd.daemon_threads = True
        site.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
