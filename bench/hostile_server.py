"""The hostile HTTP server of ``bench/hostile.py`` (issue 12), on 127.0.0.1: nested gzip bombs, redirects
to other schemes and malformed hosts, endless and dripping bodies, garbage instead of HTTP."""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from hostile_cases import PAGE, STORY

Route = Callable[[BaseHTTPRequestHandler], None]


def _gzip_bomb(layers: int, size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"<p>" + b"a" * 65533
    body = b"".join(packer.compress(block) for _ in range(size // len(block))) + packer.flush()
    for _ in range(layers - 1):
        body = gzip.compress(body, 9)
    return body


def _answer(status: int, body: bytes, **headers: str) -> Route:
    def send(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        headers.setdefault("Content-Type", "text/html; charset=utf-8")
        for key, value in headers.items():
            handler.send_header(key.replace("_", "-"), value)
        if "Content-Length" not in headers:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return send


def _redirect(target: str) -> Route:
    return _answer(302, b"", Location=target)


def _drip(handler: BaseHTTPRequestHandler) -> None:  # a byte every 19 s, inside the 20 s read timeout
    handler.send_response(200)
    handler.send_header("Content-Length", "100")
    handler.end_headers()
    for _ in range(100):
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(19)


def _endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(4000):  # 256 MB if nobody stops reading
        handler.wfile.write(b"<p>" + b"b" * 65533)


def _garbage(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"\x00\xffNOT HTTP AT ALL\r\n\r\n" * 100)


def _many_headers(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    for i in range(20000):
        handler.send_header(f"X-H{i}", "v" * 50)
    handler.end_headers()


def _routes() -> dict[str, Route]:
    bomb2 = _gzip_bomb(2, 400_000_000)
    return {
        "/ok": _answer(200, PAGE.encode()),
        "/gzip-gzip": _answer(200, bomb2, Content_Encoding="gzip, gzip"),
        "/gzip-bomb": _answer(200, _gzip_bomb(1, 200_000_000), Content_Encoding="gzip"),
        "/deflate-bad": _answer(200, b"\x78\x9c not deflate at all", Content_Encoding="deflate"),
        "/br": _answer(200, b"xx", Content_Encoding="br"),
        "/redir-js": _redirect("javascript:alert(1)"),
        "/redir-data": _redirect("data:text/html,<p>x</p>"),
        "/redir-file": _redirect("file:///etc/passwd"),
        "/redir-ipv6": _redirect("http://[::1"),
        "/redir-bracket4": _redirect("http://[127.0.0.1]/"),
        "/redir-port": _redirect("http://127.0.0.1:99999/"),
        "/redir-long": _redirect("http://127.0.0.1/" + "a" * 70_000),
        "/redir-loop": _redirect("/redir-loop"),
        "/redir-none": _answer(302, b""),
        "/redir-refused": _redirect("http://127.0.0.1:1/"),
        "/drip": _drip,
        "/endless": _endless,
        "/huge-length": _answer(200, b"<p>tiny</p>", Content_Length=str(10**12)),
        "/binary": _answer(200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40),
        "/attrs": _answer(200, ("<div " + " ".join(f"a{i}=x" for i in range(200_000)) + ">t</div>").encode()),
        "/nest": _answer(200, ("<div>" * 200_000 + STORY + "</div>" * 200_000).encode()),
        "/too-long": _answer(200, ("<p>" + "word " * 1_900_000 + "</p>").encode()),
        "/500": _answer(500, b"no"),
        "/404": _answer(404, b"no"),
        "/badcharset": _answer(200, PAGE.encode("utf-16"), Content_Type="text/html; charset=x-nonsense"),
        "/json": _answer(200, b'{"a": 1}', Content_Type="application/json"),
        "/empty": _answer(200, b""),
        "/garbage": _garbage,
        "/many-headers": _many_headers,
        "/surrogates": _answer(200, b"<p>\xed\xa0\x80 lone surrogate bytes " + STORY.encode() + b"</p>"),
    }


def start_server() -> tuple[str, ThreadingHTTPServer]:
    """The hostile server on 127.0.0.1 (a free port), serving until shut down."""
    routes = _routes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            route = routes.get(self.path.split("?")[0])
            try:
                if route is None:
                    self.send_error(404)
                else:
                    route(self)
            except OSError:
                pass  # the client gave up, as it should

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server
