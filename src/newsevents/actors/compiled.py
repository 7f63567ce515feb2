"""The actor stage's compiled resources, through the resource cache (``newsevents.cache``): the packaged
dictionary tables (reading and checking ``actors.jsonl`` costs most of a second) and a dictionary's
phrase indexes (seconds). Both are stored as marshal data: plain tuples, dicts and strings, which it
reads fastest, with the Python version in the cache key because marshal's format follows it.
"""

from __future__ import annotations

import datetime
import functools
import marshal
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from newsevents import cache
from newsevents.actors import dictionary
from newsevents.actors.dictionary import ActorDictionary, Entry, RoleSpan, _Packaged, phrase_index
from newsevents.actors.mentions import CompiledPhrases, compile_phrases
from newsevents.errors import DataFileError

__all__ = ["packaged_tables", "phrases"]

# What the packaged tables are read from, and what the phrase indexes are built with besides them: a
# change to any of these files builds the resource again.
_TABLE_SOURCES = (
    "actors/compiled.py",
    "actors/dictionary.py",
    "actors/data/actors.jsonl",
    "actors/data/agents.tsv",
    "actors/data/codes.tsv",
    "actors/data/countries.tsv",
    "actors/data/titles.tsv",
)
_PHRASE_SOURCES = (*_TABLE_SOURCES, "actors/mentions.py", "actors/phraseindex.py")


@functools.lru_cache(maxsize=1)
def packaged_tables() -> _Packaged:
    """The packaged tables, once per process: from the cache, or read, checked and cached. From the
    cache, an entry becomes an ``Entry`` when it is first asked for (building all 26k costs more than
    a short run uses)."""
    key = cache.resource_key("actor-tables", packaged=_TABLE_SOURCES)
    payload = cache.load_or_build("actor-tables", key, lambda: marshal.dumps(_tables_to_plain(read_tables())))
    countries, entries, agents, titles, by_phrase = marshal.loads(payload)
    return _Packaged(countries, _LazyEntries(entries), agents, titles, by_phrase)


def read_tables() -> _Packaged:
    """The packaged tables read from the data files and checked (``DataFileError`` on a bad row)."""
    countries = []
    text = dictionary._data_text("countries.tsv")
    rows = dictionary._tsv_rows(text, "countries.tsv", ("iso3", "kind", "phrase"))
    for lineno, (iso3, kind, phrase) in rows:
        if not dictionary._ISO3_RE.match(iso3) or kind not in dictionary.COUNTRY_KINDS or not phrase.strip():
            raise DataFileError(f"countries.tsv:{lineno}: bad row")
        countries.append((iso3, kind, phrase))
    read = dictionary._read_entries(dictionary._data_text("actors.jsonl"), "actors.jsonl")
    entries = {e.id: e for e in read}
    return _Packaged(
        countries=tuple(countries),
        entries=entries,
        agents=dictionary._read_phrase_roles("agents.tsv"),
        titles=dictionary._read_phrase_roles("titles.tsv"),
        by_phrase=phrase_index(entries.values()),
    )


class _LazyEntries(Mapping[str, Entry]):
    """Entries by id, each built from its marshalled tuple when first read."""

    def __init__(self, plain: dict[str, bytes]) -> None:
        self._plain = plain
        self._built: dict[str, Entry] = {}

    def __getitem__(self, ident: str) -> Entry:
        entry = self._built.get(ident)
        if entry is None:
            entry = self._built[ident] = _entry(self._plain[ident])
        return entry

    def __iter__(self) -> Iterator[str]:
        return iter(self._plain)

    def __len__(self) -> int:
        return len(self._plain)


def phrases(dictionary: ActorDictionary, actor_files: Sequence[str | Path] = ()) -> CompiledPhrases:
    """The phrase indexes of ``dictionary`` (the packaged one plus ``actor_files``): from the cache, or
    compiled and cached. The user's files are part of the key, so editing one compiles again."""
    files = [Path(f) for f in actor_files]
    key = cache.resource_key("actor-phrases", [cache.library_version("spacy")], _PHRASE_SOURCES, files)

    def build() -> bytes:
        return marshal.dumps(compile_phrases(dictionary).to_plain())

    return CompiledPhrases.from_plain(marshal.loads(cache.load_or_build("actor-phrases", key, build)))


def _day(value: datetime.date | None) -> int | None:
    return value.toordinal() if value is not None else None


def _date(value: int | None) -> datetime.date | None:
    return datetime.date.fromordinal(value) if value is not None else None


def _tables_to_plain(tables: _Packaged) -> tuple[Any, ...]:
    # Each entry marshalled on its own: 26k byte strings load in a few milliseconds, 26k nested tuples
    # in a tenth of a second, and a run reads only the entries its articles name.
    entries = {
        e.id: marshal.dumps((e.id, e.kind, e.name, e.aliases, e.country,
                             tuple((r.code, _day(r.start), _day(r.end), r.title) for r in e.roles),
                             e.default, e.source))
        for e in tables.entries.values()
    }
    return (tables.countries, entries, dict(tables.agents), dict(tables.titles), dict(tables.by_phrase))


def _entry(plain: bytes) -> Entry:
    ident, kind, name, aliases, country, roles, default, source = marshal.loads(plain)
    spans = tuple(RoleSpan(code, _date(start), _date(end), title) for code, start, end, title in roles)
    return Entry(ident, kind, name, aliases, country, spans, default, source)
