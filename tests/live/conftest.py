"""Fixtures of the live-mode tests: two outlets on 127.0.0.1 and watch options fit for them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside the tests

from feedserver import Route, Server, Site  # noqa: E402

from newsevents.config import Settings, load_settings  # noqa: E402
from newsevents.live import WatchOptions  # noqa: E402


@pytest.fixture
def outlets() -> Iterator[tuple[Site, Site]]:
    """Two outlets, each on its own port (its own host for robots.txt and pacing)."""
    first, second = Site("Lakeside Courier"), Site("Harbour Times")
    servers = [Server(first), Server(second)]
    robots = b"User-agent: *\nDisallow: /private/\n"
    first.routes["/robots.txt"] = Route(body=robots, content_type="text/plain")
    yield first, second
    for server in servers:
        server.close()


@pytest.fixture
def local_settings() -> Settings:
    """The run's settings, with fetching from 127.0.0.1 allowed (refused by default)."""
    return load_settings(allow_private=True, workers=1)


@pytest.fixture
def quick() -> WatchOptions:
    """One round, no pause between requests, no retry within a round, a 1 s cap per URL."""
    return WatchOptions(once=True, delay=0.0, retries=0, timeout=1.0)
