"""What ``newsevents watch`` watches: feed URLs and folders, from the command line's SOURCES.

A SOURCE is a feed URL (``http(s)://``), a ``.urls`` file (one feed URL per line, ``#`` comments), an
``.opml`` file (the ``xmlUrl`` of every outline: what feed readers export) or a folder that receives new
files (WARC, JSONL, HTML, text: every kind ``newsevents ingest`` reads). Lists are read again every round,
so a feed added to a ``.urls`` file is watched from the next round on.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET  # noqa: S405 (OPML files are the user's own; no entities are expanded)
from dataclasses import dataclass
from pathlib import Path

from newsevents.errors import ConfigError

_URL_PREFIXES = ("http://", "https://")


@dataclass(frozen=True, slots=True)
class Feed:
    """An RSS or Atom feed polled with conditional GETs; its entries' pages are fetched."""

    url: str


@dataclass(frozen=True, slots=True)
class Folder:
    """A folder whose new files are read (files whose name starts with a dot are not: write a file under
    a dot name and rename it when complete, so that a half-written file is never read)."""

    path: str


Source = Feed | Folder


def _is_url(text: str) -> bool:
    return text.lower().startswith(_URL_PREFIXES)


def _urls_file(path: Path) -> list[Feed]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the feed list: {exc}") from exc
    lines = [line.strip() for line in text.splitlines()]
    found = [line for line in lines if line and not line.startswith("#")]
    wrong = [line for line in found if not _is_url(line)]
    if wrong:
        raise ConfigError(f"{path}: not an http(s) URL: {wrong[0]!r}")
    return [Feed(url) for url in found]


def _opml_file(path: Path) -> list[Feed]:
    try:
        root = ET.parse(path).getroot()  # noqa: S314 (a local file the user names)
    except (OSError, ET.ParseError) as exc:
        raise ConfigError(f"{path}: cannot read the OPML file: {exc}") from exc
    urls = [node.get("xmlUrl", "").strip() for node in root.iter("outline")]
    return [Feed(url) for url in urls if _is_url(url)]


def expand(sources: list[str]) -> list[Source]:
    """The feeds and folders that ``sources`` name, in order, each once. Raises ``ConfigError`` for a
    source that is none of a URL, a ``.urls``/``.opml`` file or a folder (the round cannot start)."""
    found: list[Source] = []
    for raw in sources:
        if _is_url(raw):
            found.append(Feed(raw))
            continue
        path = Path(raw)
        if path.is_dir():
            found.append(Folder(os.path.abspath(path)))
        elif path.suffix.lower() == ".urls":
            found.extend(_urls_file(path))
        elif path.suffix.lower() == ".opml":
            found.extend(_opml_file(path))
        elif not path.exists():
            raise ConfigError(f"{raw}: no such file or folder")
        else:
            raise ConfigError(
                f"{raw}: a source is a feed URL, a .urls or .opml list of feeds, or a folder "
                "(use `newsevents ingest` for a single file)"
            )
    return list(dict.fromkeys(found))





_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def duration(text: str) -> float:
    """Seconds in ``15m``, ``90s``, ``1h``, ``2d`` or a plain number of seconds; ``ConfigError`` else."""
    raw = text.strip().lower()
    unit = _UNITS.get(raw[-1:], None)
    number = raw[:-1] if unit is not None else raw
    try:
        seconds = float(number) * (unit or 1.0)
    except ValueError:
        seconds = -1.0
    if not seconds > 0:
        raise ConfigError(f"{text!r} is not a duration like 15m, 90s, 1h or 2d")
    return seconds

__all__ = ["Feed", "Folder", "Source", "duration", "expand"]
