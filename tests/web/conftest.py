"""Fixtures of the web tests: a hand-made store and a client on the app over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from web_factories import build_store

from newsevents.web import create_app


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file with the factories' stories and the hostile article (built once)."""
    return build_store(tmp_path_factory.mktemp("web") / "events.duckdb")


@pytest.fixture(scope="session")
def client(store: Path) -> Iterator[TestClient]:
    """A test client on the explorer over ``store``."""
    app = create_app(str(store))
    with TestClient(app) as test_client:
        yield test_client
    app.state.db.close()
