"""JSON lines: one article per line (``../shared/corpus/README.md``): ``id`` and ``text`` or ``html``
required; ``url``, ``title``, ``published``, ``source``, ``language`` optional.

Lines are read one at a time with a length cap, so a huge file streams and a runaway line is rejected
without being held in memory whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, Protocol

from ..records import Article, Rejection
from .text import MAX_FILE_BYTES, make_article, normalize_date, scrub

MAX_LINE_BYTES = MAX_FILE_BYTES


class LineSource(Protocol):
    """Anything with a binary ``readline(limit)``: a file, a BytesIO, standard input."""

    def readline(self, size: int = ..., /) -> bytes: ...
_OPTIONAL_STR = ("url", "title", "published", "source", "language")


def _record(obj: Any, origin: str, default_published: str | None) -> Article | Rejection:
    if not isinstance(obj, dict):
        return Rejection(
            origin, "invalid-record", f"the line holds a JSON {type(obj).__name__}, not an object"
        )
    obj = {key: scrub(value) if isinstance(value, str) else value for key, value in obj.items()}
    art_id = obj.get("id")
    if isinstance(art_id, int) and not isinstance(art_id, bool):
        art_id = str(art_id)
    if not isinstance(art_id, str) or not art_id.strip():
        return Rejection(origin, "invalid-record", "the record has no string 'id'")
    for key in _OPTIONAL_STR:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return Rejection(origin, "invalid-record", f"'{key}' must be a string", article_id=art_id)
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return Rejection(
            origin, "invalid-record", "the record has neither a string 'text' nor 'html'", article_id=art_id
        )
    if isinstance(text, str) and text.strip():
        return make_article(
            text,
            id=art_id,
            origin=origin,
            default_published=default_published,
            url=obj.get("url"),
            title=obj.get("title"),
            published=obj.get("published"),
            source=obj.get("source"),
            language=obj.get("language"),
        )
    if isinstance(html, str) and html.strip():
        from .html import extract_html  # here: trafilatura is slow to import and most records are text

        found = extract_html(
            html, id=art_id, origin=origin, url=obj.get("url"), default_published=default_published
        )
        if isinstance(found, Rejection):
            return found
        # What the record states outright beats what was inferred from the page.
        return replace(
            found,
            title=obj.get("title") or found.title,
            published=normalize_date(obj.get("published")) or found.published,
            source=obj.get("source") or found.source,
            url=obj.get("url") or found.url,
            language=found.language or obj.get("language"),
        )
    return Rejection(origin, "empty", "the record's text is empty", article_id=art_id)


def read_jsonl(
    stream: LineSource, name: str, *, default_published: str | None = None
) -> Iterator[Article | Rejection]:
    """Articles from a binary stream of JSON lines; origins are ``name:LINE``."""
    number = 0
    seen_any = False
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            break
        number += 1
        origin = f"{name}:{number}"
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            yield Rejection(origin, "too-large", f"the line is over {MAX_LINE_BYTES // (1024 * 1024)} MB")
            # Skip the rest of the runaway line without keeping it.
            while line and not line.endswith(b"\n"):
                line = stream.readline(1024 * 1024)
            continue
        if not line.strip():
            continue
        seen_any = True
        try:
            decoded = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Rejection(origin, "encoding", f"the line is not valid UTF-8 (offset {exc.start})")
            continue
        try:
            obj = json.loads(decoded)
        except json.JSONDecodeError as exc:
            yield Rejection(
                origin, "invalid-json", f"the line is not valid JSON ({exc.msg} at column {exc.colno})"
            )
            continue
        except RecursionError:
            yield Rejection(origin, "invalid-json", "the line nests too deeply to parse")
            continue
        except ValueError:  # Python's cap on the digits of an integer
            yield Rejection(origin, "invalid-json", "the line holds a number with more than 4,300 digits")
            continue
        yield _record(obj, origin, default_published)
    if not seen_any:
        yield Rejection(name, "empty", "the file has no JSON lines")


__all__ = ["MAX_LINE_BYTES", "read_jsonl"]
