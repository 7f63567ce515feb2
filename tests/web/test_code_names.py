"""Codes are named from the codebook, not by their root (issue 13: "163 Reduce relations")."""

from __future__ import annotations

import html

import pytest
from starlette.testclient import TestClient

from newsevents.coding.codebook import load_codebook
from newsevents.web.pages import ROOT_NAMES, code_name


@pytest.mark.parametrize("code", ["163", "0831", "042", "111", "0211"])
def test_a_code_is_named_for_itself(code: str) -> None:
    entry = load_codebook()[code]
    assert code_name(code) == entry.name and code_name(code) != ROOT_NAMES[entry.root]


def test_roots_keep_their_short_names_and_unknown_codes_none() -> None:
    assert code_name("16") == ROOT_NAMES["16"] and code_name("999") == "" and code_name(None) == ""


def test_events_table_and_event_page_use_the_codebook_name(client: TestClient) -> None:
    events = client.get("/api/events", params={"limit": 200}).json()
    rows = events.get("data") or events.get("items") or events.get("events")
    assert rows, events.keys()
    table = html.unescape(client.get("/events", params={"limit": 200}).text)
    for row in rows:
        name = code_name(row["cameo"])
        assert f'<span class="code-name">{name}</span>' in table
    first = rows[0]
    page = html.unescape(client.get(f"/events/{first['id']}").text)
    assert f'<span class="code-name">{code_name(first["cameo"])}</span>' in page
