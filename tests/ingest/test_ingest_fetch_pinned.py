"""The fetcher resolves a host once and connects to the address it checked (issue 12, item 2): no second
DNS answer (rebinding) can send it elsewhere, and TLS and ``Host`` still use the URL's name."""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsevents.ingest.fetch import DEFAULT_SETTINGS, Page, _PinnedTransport, fetch, make_client
from newsevents.records import Rejection

FAST = replace(DEFAULT_SETTINGS, retries=0, connect_timeout=1, read_timeout=2, total_timeout=5)
_real_getaddrinfo = socket.getaddrinfo


class Resolver:
    """A stand-in DNS: names ending in ``.test`` get the next answer of a script (the last one repeats);
    IP literals go to the real resolver (the socket layer resolves those too)."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = answers
        self.lookups: list[str] = []

    def __call__(self, host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if not str(host).endswith(".test"):
            return _real_getaddrinfo(host, port, *args, **kwargs)
        if kwargs.get("flags", args[3] if len(args) > 3 else 0) & socket.AI_NUMERICHOST:
            raise socket.gaierror(socket.EAI_NONAME, "not a numeric host")  # as the real one: no lookup
        self.lookups.append(str(host))
        address = self.answers[min(len(self.lookups), len(self.answers)) - 1]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port or 0))]


@pytest.fixture()
def resolver(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[str]], Resolver]:
    def install(answers: list[str]) -> Resolver:
        stub = Resolver(answers)
        monkeypatch.setattr(socket, "getaddrinfo", stub)
        return stub

    return install


@pytest.fixture()
def server() -> Iterator[tuple[int, list[dict[str, str]]]]:
    """A page on 127.0.0.1; each request's headers (and the TLS server name, when wrapped) are recorded."""
    seen: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            seen.append({"host": self.headers.get("Host", "")})
            body = b"<html><body><p>The ferry timetable changed.</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield httpd.server_address[1], seen
    httpd.shutdown()
    httpd.server_close()


def test_one_lookup_and_the_connection_goes_to_its_answer(
    resolver: Callable[[list[str]], Resolver], server: tuple[int, list[dict[str, str]]]
) -> None:
    port, seen = server
    # The second answer would be a public address: only the first may be used.
    stub = resolver(["127.0.0.1", "93.184.215.14"])
    result = fetch(f"http://ferry.test:{port}/times", settings=replace(FAST, allow_private=True))
    assert isinstance(result, Page), result
    assert stub.lookups == ["ferry.test"]
    assert seen == [{"host": f"ferry.test:{port}"}]


def test_a_name_resolving_to_loopback_is_refused_after_one_lookup(
    resolver: Callable[[list[str]], Resolver], server: tuple[int, list[dict[str, str]]]
) -> None:
    port, seen = server
    stub = resolver(["127.0.0.1"])
    result = fetch(f"http://ferry.test:{port}/times", settings=FAST)
    assert isinstance(result, Rejection) and result.reason == "private-address", result
    assert "127.0.0.1" in result.detail and stub.lookups == ["ferry.test"] and seen == []


def test_rebinding_cannot_reach_loopback(
    resolver: Callable[[list[str]], Resolver], server: tuple[int, list[dict[str, str]]]
) -> None:
    """Issue 12: a resolver answering a public address to the check and loopback to the connection
    reached a local server. Now the connection uses the checked (public) answer, which here fails."""
    port, seen = server
    stub = resolver(["93.184.215.14", "127.0.0.1"])
    result = fetch(f"http://ferry.test:{port}/times", settings=replace(FAST, total_timeout=3))
    assert isinstance(result, Rejection) and result.reason in {"fetch-failed", "timeout"}, result
    assert stub.lookups == ["ferry.test"] and seen == []


def test_make_client_uses_the_pinned_backend(resolver: Callable[[list[str]], Resolver]) -> None:
    # Guards the replaced connection pool against an httpx upgrade that builds it differently.
    resolver(["10.1.2.3"])
    with make_client(FAST) as client:
        result = fetch("http://ferry.test/times", client=client, settings=FAST)
    assert isinstance(result, Rejection) and result.reason == "private-address"


def _certificate(tmp_path: Path) -> tuple[Path, Path]:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    command = [
        "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-keyout", str(key), "-out", str(cert), "-subj", "/CN=ferry.test",
        "-addext", "subjectAltName=DNS:ferry.test",
    ]  # fmt: skip
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        pytest.skip("needs the openssl command to make a test certificate")
    return key, cert


def test_tls_verifies_and_sends_sni_for_the_url_name(
    resolver: Callable[[list[str]], Resolver],
    server: tuple[int, list[dict[str, str]]],
    tmp_path: Path,
) -> None:
    key, cert = _certificate(tmp_path)
    names: list[str | None] = []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda sock, name, ctx: names.append(name)  # type: ignore[assignment,misc,return-value]
    port, seen = server
    # Swap the running server's socket for a TLS one: the handler and recording stay the same.
    listener = socket.create_server(("127.0.0.1", 0))
    tls_port = listener.getsockname()[1]

    def serve_one() -> None:
        conn, _ = listener.accept()
        with (
            context.wrap_socket(conn, server_side=True) as tls,
            socket.create_connection(("127.0.0.1", port)) as up,
        ):
            up.sendall(tls.recv(65536))
            while chunk := up.recv(65536):  # the handler speaks HTTP/1.0: it closes after the answer
                tls.sendall(chunk)

    threading.Thread(target=serve_one, daemon=True).start()
    resolver(["127.0.0.1"])
    trusted = ssl.create_default_context(cafile=str(cert))
    with httpx.Client(transport=_PinnedTransport(True, verify=trusted)) as client:
        result = fetch(
            f"https://ferry.test:{tls_port}/times", client=client, settings=replace(FAST, allow_private=True)
        )
    listener.close()
    assert isinstance(result, Page), result
    assert names == ["ferry.test"]
    assert seen == [{"host": f"ferry.test:{tls_port}"}]


@pytest.mark.parametrize("url", ["http://xn--/", "http://xn--a-/", "http://a..b.example/"])
def test_host_names_that_are_not_valid_idna_are_rejections(url: str) -> None:
    """Issue 12 campaign: ``http://xn--/`` in a URL list crashed ingest with httpx's IDNAError."""
    result = fetch(url, settings=FAST)
    assert isinstance(result, Rejection) and result.reason in {"invalid-url", "fetch-failed"}, result
