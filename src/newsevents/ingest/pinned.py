"""The network backend and transport of :func:`newsevents.ingest.fetch.make_client`: httpcore's, with
every address checked where the connection is made (see ``fetch``'s docstring). A module of its own so
that httpcore is imported only by a process that fetches."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from .fetch import BlockedAddress, _not_public

__all__ = ["PinnedBackend"]


class PinnedBackend(httpcore.NetworkBackend):
    """httpcore's network backend with one DNS lookup per connection: the addresses are checked and the
    socket connects to a checked address, never to a second answer of the resolver."""

    def __init__(self, allow_private: bool = False) -> None:
        self._allow_private = allow_private
        self._plain = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,  # httpcore's SOCKET_OPTION tuples
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"{host} does not resolve ({exc})") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if not self._allow_private:
            for address in addresses:
                if _not_public(address):
                    raise BlockedAddress(host, address)
        failure: Exception | None = None
        for address in addresses:
            try:
                return self._plain.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure or httpcore.ConnectError(f"{host} has no address")

    def sleep(self, seconds: float) -> None:
        self._plain.sleep(seconds)


class _PinnedTransport(httpx.HTTPTransport):
    """httpx's transport over a :class:`PinnedBackend`. httpx 0.28 takes no network backend, so the
    connection pool it built is replaced by one with the same defaults and ours (tests check that the
    backend is used, so an httpx upgrade that changes this fails loudly)."""

    def __init__(self, allow_private: bool, verify: ssl.SSLContext | bool = True) -> None:
        super().__init__()
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=5.0,
            network_backend=PinnedBackend(allow_private),
        )
