"""Descriptions of a state by its form: "the kingdom", "the emirate", "the island (nation)".

"RIYADH - Saudi Arabia cut ties with Qatar. The kingdom also closed its border": the kingdom is the
monarchy named before, not the country named last (Qatar, an emirate), which is what a description with no
country of its own takes otherwise (coref.coref_country). The forms and their states are in
``data/state_kinds.tsv``; a description agrees with a state of its form or, for a form that is no plain
country noun ("the island"), with nothing.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.errors import DataFileError

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["state_descriptions", "state_forms", "state_of_form", "form_of"]

_FILE = "actors/data/state_kinds.tsv"
_DESCRIPTIONS = "actors/data/state_descriptions.tsv"
# Plain nouns of a state that a descriptive modifier makes a description ("the communist STATE"; not "the
# new government", which is any state's).
_DESCRIBED_HEADS = frozenset({"state", "nation", "country", "republic"})
# Modifiers that make a form of a plain noun ("the ISLAND nation", "the Gulf EMIRATE").
_MODIFIERS = frozenset({"compound", "amod"})


@functools.lru_cache(maxsize=1)
def state_forms() -> dict[str, frozenset[str]]:
    """``data/state_kinds.tsv``: form lemma -> the ISO codes of the states of that form."""
    return _read_table(_FILE, "kind")


@functools.lru_cache(maxsize=1)
def state_descriptions() -> dict[str, frozenset[str]]:
    """``data/state_descriptions.tsv``: modifier lemma -> the ISO codes of the states it describes."""
    return _read_table(_DESCRIPTIONS, "modifier")


def _read_table(name: str, key: str) -> dict[str, frozenset[str]]:
    text = resources.files("newsevents").joinpath(name).read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if not line.startswith("#")]
    table: dict[str, set[str]] = {}
    for number, row in enumerate(csv.DictReader(rows, delimiter="\t"), 2):
        kind, iso3 = row.get(key), row.get("iso3")
        if not kind or not iso3 or kind != kind.lower() or len(iso3) != 3 or not iso3.isupper():
            raise DataFileError(f"{name}:{number}: bad row {row!r}")
        table.setdefault(kind, set()).add(iso3)
    return {kind: frozenset(codes) for kind, codes in table.items()}


def form_of(head: Token) -> str | None:
    """The state form a definite description headed by ``head`` names, if any: its own lemma ("the
    kingdom") or a modifier's ("the island nation")."""
    forms = state_forms()
    modifiers = [c.lemma_.casefold() for c in doccache.children(head) if c.dep_ in _MODIFIERS]
    return next((w for w in [*modifiers, head.lemma_.casefold()] if w in forms), None)


def _states_described(head: Token) -> frozenset[str] | None:
    """The states a description headed by ``head`` can name: those of its form (``form_of``) and of its
    modifiers of ``state_descriptions`` on a plain noun of a state ("the Gulf kingdom": both); None when
    it names neither."""
    form = form_of(head)
    sets = [state_forms()[form]] if form is not None else []
    lemma = head.lemma_.casefold()
    if lemma in _DESCRIBED_HEADS or lemma in state_forms():
        described = state_descriptions()
        words = {c.lemma_.casefold() for c in doccache.children(head) if c.dep_ in _MODIFIERS}
        sets += [described[w] for w in sorted(words) if w in described]
    return frozenset.intersection(*sets) if sets else None


def state_of_form(actors: DocActors, head: Token) -> str | None:
    """The state of the form ``head`` names that the article named before it, the most often named of
    them (None when the phrase names no form, or no state of it was named)."""
    states = _states_described(head)
    if states is None:
        return None
    # (the one named most often before it, the later on a tie: "Saudi Arabia severed ties with Iran and
    # gave its diplomats 48 hours to leave Saudi soil. Bahrain followed suit. Iran warned the kingdom"
    # is Saudi Arabia, the story's party, not Bahrain, named last in passing)
    named = [m.iso3 for m in actors.mentions if m.start < head.i and m.names_party]
    found = [(named.count(iso3), i, iso3) for i, iso3 in enumerate(named) if iso3 in states]
    return max(found)[2] if found else None
