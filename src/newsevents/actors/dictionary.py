"""The actor dictionary: countries, named actors with time-aware roles, generic agents and titles.

Everything is read from the package's ``actors/data`` files (built from the Phoenix dictionaries by
``tools/convert_phoenix_actors.py`` and brought up to date by hand in ``tools/curated_actors.jsonl``):

- ``countries.tsv``  ``iso3  kind  phrase``: names, aliases, adjectives, demonyms and capitals (metonyms);
  the first ``name`` row of a code is its canonical English short name.
- ``actors.jsonl``   one named actor per line (person, body, igo, ngo, group, party, media, business) with
  CAMEO codes that hold between dates and a ``default`` code for the time outside them.
- ``agents.tsv``     ``phrase  role  note``: generic agents ("police", "protesters") with a role code.
- ``titles.tsv``     ``phrase  role  note``: titles that make an unnamed person a state actor.
- ``codes.tsv``      ``code  kind  label``: the role segments and the country-like codes that are not ISO
  3166 (historical states, regions) that CAMEO codes may use.

Users extend or correct the named actors with JSON-lines files of the same shape as ``actors.jsonl``
(``ActorDictionary.load(extra=[...])``): a line with an existing ``id`` replaces that actor, a new ``id``
adds one. Every row is checked on load; a bad one raises ``DataFileError`` naming its file and line.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.errors import DataFileError

__all__ = ["ActorDictionary", "Entry", "RoleSpan", "split_code", "ENTRY_KINDS", "COUNTRY_KINDS"]

ENTRY_KINDS = frozenset({"person", "body", "igo", "ngo", "group", "party", "media", "business"})
COUNTRY_KINDS = frozenset({"name", "alias", "adjective", "demonym", "capital"})
_CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")
_ENTRY_KEYS = frozenset({"id", "kind", "name", "aliases", "country", "roles", "default", "source", "note"})
_ROLE_KEYS = frozenset({"code", "from", "until", "title", "note"})


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """A CAMEO code that holds from ``start`` (inclusive) until ``end`` (exclusive); None is open."""

    code: str
    start: datetime.date | None
    end: datetime.date | None
    title: str | None

    def covers(self, day: datetime.date) -> bool:
        """Whether the role is in force on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """A named actor: a person, a body of a state, an organisation or an armed group."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    roles: tuple[RoleSpan, ...]
    default: str | None
    source: str = "phoenix"

    def code_on(self, day: datetime.date | None) -> str | None:
        """The CAMEO code in force on ``day``.

        A matching role that is not ELI wins over a matching ELI role (Phoenix lists "elite" spans that
        overlap the office spans); among equals the first listed wins. Outside every role the ``default``
        applies. With no day (an undated article) the answer is the ``default`` if there is one, else
        the code of the last role listed, because an actor's standing without a date is what it is
        outside any office.
        """
        if day is None:
            if self.default is not None:
                return self.default
            return self.roles[-1].code if self.roles else None
        eli: str | None = None
        for role in self.roles:
            if role.covers(day):
                if not role.code.endswith("ELI"):
                    return role.code
                if eli is None:
                    eli = role.code
        return eli if eli is not None else self.default

    def title_on(self, day: datetime.date | None) -> str | None:
        """The title of the non-ELI role in force on ``day``, if any."""
        if day is None:
            return None
        for role in self.roles:
            if role.covers(day) and not role.code.endswith("ELI"):
                return role.title
        return None


# ---------------------------------------------------------------------------------------------- codes


@functools.lru_cache(maxsize=1)
def _code_tables() -> tuple[frozenset[str], frozenset[str]]:
    """(country-like first segments, role segments) from the packaged data."""
    countries: set[str] = set()
    roles: set[str] = set()
    for lineno, row in _tsv_rows(_data_text("codes.tsv"), "codes.tsv", ("code", "kind", "label")):
        code, kind, _label = row
        if not _ISO3_RE.match(code):
            raise DataFileError(f"codes.tsv:{lineno}: bad code {code!r}")
        if kind in ("country", "region"):
            countries.add(code)
        elif kind == "role":
            roles.add(code)
        else:
            raise DataFileError(f"codes.tsv:{lineno}: unknown kind {kind!r}")
    for _lineno, row in _tsv_rows(_data_text("countries.tsv"), "countries.tsv", ("iso3", "kind", "phrase")):
        countries.add(row[0])
    return frozenset(countries), frozenset(roles)


def known_countries() -> frozenset[str]:
    """Every code that may open a CAMEO actor code as a country (ISO3, historical states, regions)."""
    return _code_tables()[0]


@functools.lru_cache(maxsize=1)
def region_codes() -> frozenset[str]:
    """The ``region`` codes of ``codes.tsv`` (AFR, INT, ...): they open actor codes but are no state."""
    rows = _tsv_rows(_data_text("codes.tsv"), "codes.tsv", ("code", "kind", "label"))
    return frozenset(row[0] for _lineno, row in rows if row[1] == "region")


def known_roles() -> frozenset[str]:
    """Every known three-letter role segment (GOV, MIL, IGO, NGO, MNC, REB, ...)."""
    return _code_tables()[1]


def split_code(code: str) -> tuple[str | None, str | None]:
    """Split a CAMEO actor code into (country, role).

    ``'USAGOV' -> ('USA', 'GOV')``, ``'IGOUNO' -> (None, 'IGO')``, ``'USA' -> ('USA', None)``,
    ``'PSEREB' -> ('PSE', 'REB')``. A code that is not a run of three-letter upper-case segments raises
    ``ValueError``.
    """
    if not _CODE_RE.match(code):
        raise ValueError(f"not a CAMEO actor code: {code!r}")
    countries, _roles = _code_tables()
    head = code[:3]
    if head in countries:
        return head, (code[3:6] or None)
    return None, head


def _check_code(code: Any, where: str) -> str:
    if not isinstance(code, str) or not _CODE_RE.match(code):
        raise DataFileError(f"{where}: bad code {code!r}")
    country, role = split_code(code)
    if role is not None and role not in known_roles():
        raise DataFileError(f"{where}: unknown role segment {role!r} in code {code!r}")
    if country is None and role is None:
        raise DataFileError(f"{where}: bad code {code!r}")
    return code


def _check_role_codes(role: str, where: str) -> str:
    """An agent or title role: one or more known role segments, no country."""
    if not _CODE_RE.match(role) or any(role[i:i + 3] not in known_roles() for i in range(0, len(role), 3)):
        raise DataFileError(f"{where}: bad role {role!r}")
    return role


# ----------------------------------------------------------------------------------------------- files


def _data_text(name: str) -> str:
    return (resources.files("newsevents.actors") / "data" / name).read_text(encoding="utf-8")


def _tsv_rows(text: str, origin: str, header: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """Rows of a tab-separated file after its header, with 1-based line numbers; checks the shape."""
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != header:
        raise DataFileError(f"{origin}:1: expected header {' '.join(header)!r}")
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        row = next(csv.reader(io.StringIO(line), delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(row) != len(header) or not row[0].strip():
            raise DataFileError(f"{origin}:{lineno}: expected {len(header)} tab-separated fields")
        yield lineno, row


def _parse_date(value: Any, where: str) -> datetime.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise DataFileError(f"{where}: bad date {value!r}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise DataFileError(f"{where}: bad date {value!r}") from None


def _parse_entry(obj: Any, where: str) -> Entry:
    """One JSON object of an actors file, checked field by field."""
    if not isinstance(obj, dict):
        raise DataFileError(f"{where}: expected a JSON object")
    unknown = set(obj) - _ENTRY_KEYS
    if unknown:
        raise DataFileError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    ident, kind, name = obj.get("id"), obj.get("kind"), obj.get("name")
    if not isinstance(ident, str) or not ident:
        raise DataFileError(f"{where}: missing id")
    if kind not in ENTRY_KINDS:
        raise DataFileError(f"{where}: unknown kind {kind!r}")
    if not isinstance(name, str) or not name.strip():
        raise DataFileError(f"{where}: missing name")
    aliases = obj.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise DataFileError(f"{where}: aliases must be a list of strings")
    country = obj.get("country")
    if country is not None and (not isinstance(country, str) or country not in known_countries()):
        raise DataFileError(f"{where}: unknown country {country!r}")
    raw_roles = obj.get("roles", [])
    if not isinstance(raw_roles, list):
        raise DataFileError(f"{where}: roles must be a list")
    roles = []
    for raw in raw_roles:
        if not isinstance(raw, dict) or "code" not in raw or set(raw) - _ROLE_KEYS:
            raise DataFileError(f"{where}: bad role {raw!r}")
        start = _parse_date(raw.get("from"), where)
        end = _parse_date(raw.get("until"), where)
        if start is not None and end is not None and end < start:
            raise DataFileError(f"{where}: role {raw['code']} ends before it starts")
        title = raw.get("title")
        if title is not None and not isinstance(title, str):
            raise DataFileError(f"{where}: bad title {title!r}")
        roles.append(RoleSpan(_check_code(raw["code"], where), start, end, title))
    default = obj.get("default")
    if default is not None:
        _check_code(default, where)
    source = obj.get("source", "user")
    if not isinstance(source, str):
        raise DataFileError(f"{where}: bad source {source!r}")
    return Entry(ident, kind, name.strip(), tuple(a.strip() for a in aliases), country, tuple(roles),
                 default, source)


def _read_entries(text: str, origin: str) -> Iterator[Entry]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{origin}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{where}: invalid JSON: {exc.msg}") from None
        yield _parse_entry(obj, where)


def _read_phrase_roles(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for lineno, (phrase, role, _note) in _tsv_rows(_data_text(name), name, ("phrase", "role", "note")):
        out.setdefault(phrase, _check_role_codes(role, f"{name}:{lineno}"))
    return out


@dataclass(frozen=True, slots=True)
class _Packaged:
    countries: tuple[tuple[str, str, str], ...]
    entries: Mapping[str, Entry]  # by id; read on demand when it comes from the resource cache
    agents: Mapping[str, str]
    titles: Mapping[str, str]
    by_phrase: Mapping[str, tuple[str, ...]]  # surface phrase -> entry ids (``ActorDictionary.find``)


def _packaged() -> _Packaged:
    """The packaged tables, once per process (read-only afterwards), via the cache (``actors.compiled``)."""
    from newsevents.actors.compiled import packaged_tables  # here: that module imports this one
    return packaged_tables()


# ------------------------------------------------------------------------------------------ dictionary


class ActorDictionary:
    """Read-only lookups over the packaged actor tables plus any user files."""

    __slots__ = ("_countries", "_names", "_entries", "_agents", "_titles", "_by_phrase", "_country_by",
                 "_country_fold")

    def __init__(
        self, packaged: _Packaged, entries: Mapping[str, Entry],
        by_phrase: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self._countries = packaged.countries
        self._entries = entries  # ``by_phrase`` when given is this mapping's phrase index
        self._agents = packaged.agents
        self._titles = packaged.titles
        names: dict[str, str] = {}
        exact: dict[str, str] = {}
        fold: dict[str, str] = {}
        for iso3, kind, phrase in self._countries:
            if kind == "name":
                names.setdefault(iso3, phrase)
            exact.setdefault(phrase, iso3)
            # Acronyms ("US", "UK") match only as written, so "us" never becomes the United States.
            if not phrase.isupper():
                fold.setdefault(phrase.casefold(), iso3)
        self._names = names
        self._country_by = exact
        self._country_fold = fold
        self._by_phrase = by_phrase if by_phrase is not None else phrase_index(entries.values())

    @classmethod
    def load(cls, extra: Sequence[str | Path] = ()) -> ActorDictionary:
        """The packaged dictionary plus user JSON-lines files (same shape as ``actors.jsonl``).

        A user line whose ``id`` exists replaces that actor; a new ``id`` adds one. Later files win.
        Raises ``DataFileError`` (with file and line) on a malformed row and when a file is unreadable.
        """
        packaged = _packaged()
        if not extra:
            return _packaged_dictionary()
        entries = dict(packaged.entries)
        for path in extra:
            path = Path(path)
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise DataFileError(f"{path}: cannot read: {exc}") from None
            for entry in _read_entries(text, str(path)):
                entries[entry.id] = entry
        return cls(packaged, entries)

    # countries
    def countries(self) -> Iterable[tuple[str, str, str]]:
        """Every (iso3, kind, phrase) row of the country table."""
        return iter(self._countries)

    def country_name(self, iso3: str) -> str | None:
        """The canonical English short name of a country code ("PRK" -> "North Korea")."""
        return self._names.get(iso3)

    def country_code(self, phrase: str) -> str | None:
        """The ISO3 code a country phrase names ("Pyongyang" -> "PRK").

        Exact first; then case-insensitive (for headlines and "The Kremlin") but only when the phrase has
        a capital letter, so that lower-case words ("chad", "us") stay common words, and never for an
        acronym, so that "US" must be written as such.
        """
        hit = self._country_by.get(phrase)
        if hit is None and phrase != phrase.lower():
            hit = self._country_fold.get(phrase.casefold())
        return hit

    # named actors
    def entries(self) -> Iterable[Entry]:
        """Every named actor."""
        return iter(self._entries.values())

    def entry(self, id: str) -> Entry:
        """The actor with this id; ``KeyError`` if there is none."""
        return self._entries[id]

    def phrases(self) -> Iterable[tuple[str, str]]:
        """(surface phrase, entry id) for the names and aliases of every named actor."""
        for phrase, ids in self._by_phrase.items():
            for ident in ids:
                yield phrase, ident

    def find(self, phrase: str) -> tuple[Entry, ...]:
        """The actors whose name or an alias is exactly ``phrase`` (several when it is ambiguous)."""
        return tuple(self._entries[i] for i in self._by_phrase.get(phrase, ()))

    # agents and titles
    def agent_role(self, lemma_phrase: str) -> str | None:
        """The role code of a generic agent ("police" -> "COP"), from its lower-case phrase."""
        return self._agents.get(lemma_phrase.lower())

    def agents(self) -> Iterable[tuple[str, str]]:
        """Every (phrase, role) of the agent table."""
        return iter(self._agents.items())

    def title_role(self, phrase: str) -> str | None:
        """The role code a title gives an unnamed person ("foreign minister" -> "GOV")."""
        return self._titles.get(phrase.lower())

    def titles(self) -> Iterable[tuple[str, str]]:
        """Every (phrase, role) of the title table."""
        return iter(self._titles.items())

    def __len__(self) -> int:
        return len(self._entries)


@functools.lru_cache(maxsize=1)
def _packaged_dictionary() -> ActorDictionary:
    packaged = _packaged()
    return ActorDictionary(packaged, packaged.entries, packaged.by_phrase)


def phrase_index(entries: Iterable[Entry]) -> dict[str, tuple[str, ...]]:
    """Surface phrase (name or alias) -> the ids of the entries it names, in entry order."""
    by_phrase: dict[str, list[str]] = {}
    for entry in entries:
        for phrase in (entry.name, *entry.aliases):
            ids = by_phrase.setdefault(phrase, [])
            if entry.id not in ids:
                ids.append(entry.id)
    return {k: tuple(v) for k, v in by_phrase.items()}
