"""Fuzzing (issue 4, item 9): random bytes and random HTML never crash a reader; each input gives
articles or typed rejections."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.ingest import read
from newsevents.ingest.feeds import read_feed
from newsevents.ingest.html import extract_html
from newsevents.ingest.jsonl import read_jsonl
from newsevents.ingest.warc import read_warc
from newsevents.records import Article, Rejection

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

TAGS = st.sampled_from(
    [
        "p",
        "div",
        "figure",
        "figcaption",
        "article",
        "form",
        "nav",
        "script",
        "span",
        "a",
        "meta",
        "br",
        "table",
        "td",
        "html",
        "body",
        "head",
        "title",
        "!--",
        "?xml",
    ]
)
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
HTML = st.lists(
    st.one_of(
        TAGS.map(lambda t: f"<{t}>"),
        TAGS.map(lambda t: f"</{t}>"),
        WORDS,
        st.sampled_from(
            [
                '<meta charset="bogus">',
                '<meta property="article:published_time" content="2099-99-99">',
                '<span class="credit">Photo: X</span>',
                "Leave a Reply",
                "Name *",
                "&#0;",
                "&nbsp;",
            ]
        ),
    ),
    max_size=40,
).map("".join)


def well_typed(records: list) -> bool:
    return all(isinstance(r, Article | Rejection) for r in records)


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_in_every_reader(data: bytes) -> None:
    assert isinstance(extract_html(data, id="f", origin="f"), Article | Rejection)
    assert well_typed(list(read_jsonl(io.BytesIO(data), "f.jsonl")))
    assert well_typed(list(read_feed(data, "f.xml")))
    assert well_typed(list(read_warc(io.BytesIO(data), "f.warc")))
    assert well_typed(list(read_warc(io.BytesIO(b"WARC/1.0\r\n" + data), "g.warc")))
    assert well_typed(list(read(["-"], stdin=io.BytesIO(data))))


@FUZZ
@given(HTML)
def test_random_html(page: str) -> None:
    assert isinstance(extract_html(page, id="h", origin="h"), Article | Rejection)
    assert isinstance(extract_html(page.encode("utf-8", "replace"), id="h", origin="h"), Article | Rejection)


@FUZZ
@given(st.binary(max_size=1500), st.sampled_from([".txt", ".html", ".jsonl", ".rss", ".warc", ".warc.gz"]))
def test_random_files(tmp_path_factory, data: bytes, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    assert well_typed(list(read([path])))
