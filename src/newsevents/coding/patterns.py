"""The event pattern dictionary: which trigger words, with which objects and prepositions, make which event.

Tab-separated files ship under ``coding/data/`` (their provenance and how to edit them: the README there):

``verbs.converted.tsv`` and ``verbs.curated.tsv`` (``id code lemma pos object prep subject note``)
    One pattern a line. ``lemma`` is the trigger's spaCy lemma, lowercase (a phrasal verb adds its
    particle: ``set up``); ``pos`` is ``verb`` or ``noun``; ``object`` lists lemmas or ``&SYNSET``
    references that must all occur in the object phrase (a verb's direct object or passive subject, a
    noun's modifiers), or ``@actor`` (the object names an actor: "called Lula" is a telephone call,
    "called the plan reckless" is not), or ``@person`` (a person: "seized the reporter", not "seized
    the town"), or ``@place`` (a named place: "captured Goma" takes ground); ``prep`` is a preposition
    (``with``) or one with words that must occur in its phrase (``on:sanction``); ``subject`` lists
    lemmas the subject must contain. ``code`` is a CAMEO code, or ``---`` for "this construction is not
    an event". The converted file (``ph.`` ids) is written by ``tools/convert_phoenix_verbs.py`` from
    the Phoenix dictionary and never edited by hand; the curated file (``ne.`` ids) is our own and is
    read after it, so a curated row with the same trigger and constraints as a converted one replaces it.
``synsets.tsv`` (``name phrase``)
    Synonym sets; a phrase of several words is kept as one space-separated string.
``intent.tsv`` (``code intent_code note``)
    The "express intent" (03x) or "threaten" (13x) twin of an asserted code, used when the modality of
    the clause is intended or hypothetical ("may lift sanctions" -> 0354).

A user adds or corrects patterns with files of the same formats (recognised by their header) passed to
``load_patterns(extra=...)``: a row with a new id is added, a row with an existing id replaces it, and a
row with the same trigger and constraints as an earlier one shadows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from newsevents.coding.codebook import load_codebook
from newsevents.errors import DataFileError

if TYPE_CHECKING:
    from spacy.tokens import Token


__all__ = [
    "Pattern",
    "PatternSet",
    "load_patterns",
    "ACTOR_OBJECT",
    "PERSON_OBJECT",
    "NOT_AN_EVENT",
    "POS_VALUES",
    "construction",
]

NOT_AN_EVENT = "---"
# object words that ask for an actor, or a person, rather than a lemma
ACTOR_OBJECT = "@actor"
PERSON_OBJECT = "@person"
PLACE_OBJECT = "@place"
POS_VALUES = frozenset({"verb", "noun"})

VERBS_HEADER = ("id", "code", "lemma", "pos", "object", "prep", "subject", "note")
SYNSETS_HEADER = ("name", "phrase")
INTENT_HEADER = ("code", "intent_code", "note")

_ID_RE = re.compile(r"^[a-z][a-z0-9]*\.[^\s.][^\s]*$")
_LEMMA_RE = re.compile(r"^[a-z0-9][a-z0-9'/.\-]*( [a-z0-9'/.\-]+){0,3}$")
_WORD_RE = re.compile(r"^(&[A-Z0-9_]+|@actor|@person|@place|[a-z0-9'/.\-]+)$")
_PREP_RE = re.compile(r"^[a-z]+$")
_SYNSET_RE = re.compile(r"^[A-Z0-9_]+$")
# a trigger with its constraints: lemma, pos, object, prep, prep words, subject
_Key = tuple[str, str, tuple[str, ...], str | None, tuple[str, ...], tuple[str, ...]]
# intent twins are CAMEO's "express intent to ..." (03) and "threaten ..." (13) families
_INTENT_ROOTS = frozenset({"03", "13"})


@dataclass(frozen=True, slots=True)
class Pattern:
    """One event pattern: a trigger lemma and the words its object, preposition and subject must hold."""

    id: str
    code: str
    lemma: str
    pos: str
    object: tuple[str, ...]
    prep: str | None
    prep_words: tuple[str, ...]
    subject: tuple[str, ...]
    note: str

    @property
    def specificity(self) -> int:
        """How constrained the pattern is; the coder prefers the most specific pattern that matches.

        Each required word counts 2 and a bare preposition 1, so "hold talk" (2) beats bare "hold" (0)
        and "impose on:sanction" (3) beats "impose on" (1).
        """
        return 2 * (len(self.object) + len(self.prep_words) + len(self.subject)) + (1 if self.prep else 0)

    @property
    def is_event(self) -> bool:
        """False for ``---`` patterns, which only block a less specific pattern's code."""
        return self.code != NOT_AN_EVENT

    @property
    def key(self) -> _Key:
        """The trigger and constraints: two patterns with the same key cannot both apply."""
        return (self.lemma, self.pos, self.object, self.prep, self.prep_words, self.subject)


def _by_specificity(pattern: Pattern) -> int:
    return -pattern.specificity


class PatternSet:
    """Patterns indexed by trigger lemma and part of speech, with their synsets and intent twins.

    Built by ``load_patterns``; read-only once built.
    """

    __slots__ = ("_by_trigger", "_synsets", "_intent", "_count", "_lemmas")

    def __init__(
        self,
        patterns: Iterable[Pattern],
        synsets: dict[str, frozenset[str]],
        intent: dict[str, str],
    ) -> None:
        grouped: dict[tuple[str, str], list[Pattern]] = {}
        count = 0
        for pattern in patterns:
            grouped.setdefault((pattern.lemma, pattern.pos), []).append(pattern)
            count += 1
        # most specific first; among equals, keep file order (sorted() is stable)
        self._by_trigger = {
            key: tuple(sorted(group, key=_by_specificity)) if len(group) > 1 else (group[0],)
            for key, group in grouped.items()
        }
        self._synsets = synsets
        self._intent = intent
        self._count = count
        self._lemmas = {
            pos: frozenset(lemma for lemma, p in self._by_trigger if p == pos) for pos in POS_VALUES
        }

    def by_lemma(self, lemma: str, pos: str) -> tuple[Pattern, ...]:
        """Patterns triggered by ``lemma`` (lowercase; ``"set up"`` for a phrasal verb) as ``pos``.

        Most specific first; empty if the lemma triggers nothing.
        """
        return self._by_trigger.get((lemma, pos), ())

    def lemmas(self, pos: str) -> frozenset[str]:
        """Every trigger lemma for ``pos`` (``verb`` or ``noun``), phrasal ones included."""
        return self._lemmas.get(pos, frozenset())

    def synset(self, name: str) -> frozenset[str]:
        """The phrases of a synonym set (``"CURRENCY"`` or ``"&CURRENCY"``); KeyError if unknown."""
        try:
            return self._synsets[name.lstrip("&")]
        except KeyError:
            raise KeyError(f"unknown synset {name!r}") from None

    def expand(self, word: str) -> frozenset[str]:
        """The lemmas (or multiword phrases) a pattern word stands for: a synset's members, or itself."""
        if word.startswith("&"):
            return self.synset(word)
        return frozenset((word,))

    def intent_code(self, code: str) -> str | None:
        """The intent twin of an asserted code ("085" -> "0354"), from the code or its nearest ancestor.

        None when CAMEO has no intent code for it (statements, appeals and intents themselves).
        """
        for cut in range(len(code), 1, -1):
            twin = self._intent.get(code[:cut])
            if twin is not None:
                return twin
        return None

    def __iter__(self) -> Iterator[Pattern]:
        for group in self._by_trigger.values():
            yield from group

    def __len__(self) -> int:
        return self._count


def _data_path(name: str) -> Path:
    return Path(str(resources.files("newsevents.coding").joinpath("data", name)))


def _split_words(text: str) -> tuple[str, ...]:
    return tuple(text.split()) if text else ()


class _Where(NamedTuple):
    """A row's place, formatted only when a message needs it (45,000 f-strings cost 20 ms)."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


class _Builder:
    """Reads the files in order and applies the override rules, checking every row."""

    def __init__(self) -> None:
        self.codes = frozenset(load_codebook())
        self.patterns: dict[str, Pattern] = {}  # by id, in insertion order
        self.where: dict[str, _Where] = {}  # id -> file:line, for messages
        self.by_key: dict[_Key, str] = {}  # constraints -> id
        self.synsets: dict[str, set[str]] = {}
        self.intent: dict[str, str] = {}
        self.pending_refs: list[tuple[str, object]] = []  # (synset name, file:line) checked at the end
        self.word_cache: dict[str, tuple[str, ...]] = {}

    def copy(self) -> _Builder:
        """A builder holding the same rows, to extend without touching this one."""
        other = _Builder.__new__(_Builder)
        other.codes = self.codes
        other.patterns = dict(self.patterns)
        other.where = dict(self.where)
        other.by_key = dict(self.by_key)
        other.synsets = {name: set(phrases) for name, phrases in self.synsets.items()}
        other.intent = dict(self.intent)
        other.pending_refs = list(self.pending_refs)
        other.word_cache = self.word_cache  # validated strings only; sharing is safe
        return other

    def read(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(f"{path}: cannot read pattern file: {exc}") from exc
        lines = text.splitlines()
        header = tuple(lines[0].split("\t")) if lines else ()
        if header == VERBS_HEADER:
            self._verbs(path, lines)
        elif header == SYNSETS_HEADER:
            self._synsets(path, lines)
        elif header == INTENT_HEADER:
            self._intent(path, lines)
        else:
            known = " | ".join(" ".join(h) for h in (VERBS_HEADER, SYNSETS_HEADER, INTENT_HEADER))
            raise DataFileError(f"{path}:1: unknown header; expected one of: {known}")

    def _code(self, code: str, where: str, column: str = "code") -> str:
        if code != NOT_AN_EVENT and code not in self.codes:
            raise DataFileError(f"{where}: {column} {code!r} is not in the CAMEO codebook")
        return code

    def _words(self, text: str, where: object, column: str) -> tuple[str, ...]:
        cached = self.word_cache.get(text)
        if cached is None:
            cached = _split_words(text)
            for word in cached:
                if not _WORD_RE.match(word):
                    raise DataFileError(
                        f"{where}: {column} word {word!r} must be a lowercase lemma or &SYNSET"
                    )
            self.word_cache[text] = cached
        for word in cached:
            if word[0] == "&" and word[1:] not in self.synsets:
                self.pending_refs.append((word[1:], where))
        return cached

    def _verbs(self, path: Path, lines: list[str]) -> None:
        # 45,000 rows must load in well under half a second: validated strings are cached and
        # messages are only formatted when something is wrong
        seen_here: set[str] = set()
        codes = self.codes
        good_lemmas: set[str] = set()
        name = str(path)
        for number, line in enumerate(lines[1:], start=2):
            if not line or line[0] == "#":  # a blank line, or a comment heading a block of rows
                continue
            fields = line.split("\t")
            if len(fields) != 8:
                raise DataFileError(f"{name}:{number}: expected 8 tab-separated fields, got {len(fields)}")
            pid, code, lemma, pos, obj, prep, subject, note = fields
            where = _Where(name, number)
            if pid in seen_here:
                raise DataFileError(f"{where}: duplicate id {pid!r}")
            if not _ID_RE.match(pid):
                raise DataFileError(f"{where}: bad id {pid!r} (like ne.visit.1)")
            seen_here.add(pid)
            if code not in codes and code != NOT_AN_EVENT:
                raise DataFileError(f"{where}: code {code!r} is not in the CAMEO codebook")
            if lemma not in good_lemmas:
                if not _LEMMA_RE.match(lemma):
                    raise DataFileError(f"{where}: bad lemma {lemma!r} (lowercase, at most 4 words)")
                good_lemmas.add(lemma)
            if pos not in POS_VALUES:
                raise DataFileError(f"{where}: pos {pos!r} must be 'verb' or 'noun'")
            prep_name, prep_text = prep, ""
            if prep:
                prep_name, _, prep_text = prep.partition(":")
                if not _PREP_RE.match(prep_name) or (prep.endswith(":")):
                    raise DataFileError(f"{where}: bad prep {prep!r} (like 'with' or 'on:sanction')")
            obj_words = self._words(obj, where, "object") if obj else ()
            prep_words = self._words(prep_text, where, "prep") if prep_text else ()
            subject_words = self._words(subject, where, "subject") if subject else ()
            prep_value = prep_name or None
            pattern = Pattern(pid, code, lemma, pos, obj_words, prep_value, prep_words, subject_words, note)
            self._add(pattern, (lemma, pos, obj_words, prep_value, prep_words, subject_words), where)

    def _add(self, pattern: Pattern, key: _Key, where: _Where) -> None:
        old = self.patterns.pop(pattern.id, None)
        if old is not None:  # same id: the later file corrects the pattern
            self.by_key.pop(old.key, None)
        shadowed = self.by_key.get(key)
        if shadowed is not None:
            # a converted row is overridden by a hand-written one, and any row by a later file; two
            # hand-written rows with the same constraints in one file are a mistake
            same_file = self.where[shadowed].file == where.file
            if same_file and not shadowed.startswith("ph."):
                raise DataFileError(
                    f"{where}: {pattern.id} has the same trigger and constraints as {shadowed} "
                    f"({self.where[shadowed]})"
                )
            del self.patterns[shadowed]
        self.patterns[pattern.id] = pattern
        self.where[pattern.id] = where
        self.by_key[key] = pattern.id

    def _synsets(self, path: Path, lines: list[str]) -> None:
        for number, line in enumerate(lines[1:], start=2):
            if not line or line[0] == "#":  # (a comment heads a block of rows)
                continue
            where = f"{path}:{number}"
            fields = line.split("\t")
            if len(fields) != 2:
                raise DataFileError(f"{where}: expected 2 tab-separated fields, got {len(fields)}")
            name, phrase = fields
            if not _SYNSET_RE.match(name):
                raise DataFileError(f"{where}: bad synset name {name!r} (uppercase, no '&')")
            words = phrase.split()
            if not words or any(not _WORD_RE.match(w) or w.startswith("&") for w in words):
                raise DataFileError(f"{where}: bad phrase {phrase!r} (lowercase lemmas, no synsets)")
            self.synsets.setdefault(name, set()).add(" ".join(words))

    def _intent(self, path: Path, lines: list[str]) -> None:
        for number, line in enumerate(lines[1:], start=2):
            if not line or line[0] == "#":  # (a comment heads a block of rows)
                continue
            where = f"{path}:{number}"
            fields = line.split("\t")
            if len(fields) != 3:
                raise DataFileError(f"{where}: expected 3 tab-separated fields, got {len(fields)}")
            code, twin, _note = fields
            if code == NOT_AN_EVENT or twin == NOT_AN_EVENT:
                raise DataFileError(f"{where}: intent rows need real codes, not '---'")
            self._code(code, where)
            self._code(twin, where, "intent_code")
            if twin[:2] not in _INTENT_ROOTS:
                raise DataFileError(
                    f"{where}: intent_code {twin} is not an 'express intent' (03) or 'threaten' (13) code"
                )
            self.intent[code] = twin

    def build(self) -> PatternSet:
        for name, where in self.pending_refs:
            if name not in self.synsets:
                raise DataFileError(f"{where}: unknown synset &{name}")
        synsets = {name: frozenset(phrases) for name, phrases in self.synsets.items()}
        return PatternSet(self.patterns.values(), synsets, dict(self.intent))


# curated rows after the converted ones: a curated row replaces a converted row with its constraints, and
# among equally specific patterns of one trigger the coder tries the converted ones first (file order)
_PACKAGED = ("synsets.tsv", "synsets.curated.tsv", "verbs.converted.tsv", "verbs.curated.tsv", "intent.tsv")


@lru_cache(maxsize=1)
def _packaged_builder() -> _Builder:
    builder = _Builder()
    for name in _PACKAGED:
        builder.read(_data_path(name))
    return builder


@lru_cache(maxsize=1)
def _packaged() -> PatternSet:
    return _packaged_builder().build()


def load_patterns(extra: Sequence[Path] = ()) -> PatternSet:
    """The packaged patterns, synsets and intent twins, plus the user's ``extra`` files in order.

    Each extra file is a verbs, synsets or intent file, told apart by its header. The packaged set is
    read once and cached; a set with extra files is built afresh on each call (on a copy of the
    packaged rows, so the cached set never changes). Raises DataFileError naming ``file:line`` for a
    malformed row, an unknown code or synset, or a duplicate id.
    """
    if not extra:
        return _packaged()
    builder = _packaged_builder().copy()
    for path in extra:
        builder.read(Path(path))
    return builder.build()


def construction(rule: str, code: str, tok: Token, note: str) -> Pattern:
    """A pattern for an event that a construction makes rather than a dictionary row (its id names the
    construction in the evidence)."""
    return Pattern(
        id=rule,
        code=code,
        lemma=tok.lemma_,
        pos="verb",
        object=(),
        prep=None,
        prep_words=(),
        subject=(),
        note=note,
    )
