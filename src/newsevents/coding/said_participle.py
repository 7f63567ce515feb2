"""A toll participle after a parenthetical speaker belongs to the act the speaker reports.

"Zendan jets bombed a market in Lagado on Monday, the army said, KILLING twelve people": the speaker's
"said" is the sentence's root and the bombing its reported clause, so spaCy hangs the participle that
closes the sentence on "said". Read there, the killing is a detail of nobody's act: it is coded as an
event of its own, dated by the day the speaker spoke, beside the bombing it only counts the dead of (one
gold event per real event, corpus/README.md). A participle of a toll verb (``toll_verbs`` in
``coding/data/toll_maker.toml``: kill, wound, injure ...) tells what the reported act did, never what the
speaker did, so it is made an adverbial clause of the reported clause's verb, where the scene rules read
it as that act's elaborating participle. A participle of speech ("..., the ministry said, CALLING the
step hostile") stays the speaker's (``coding/clause_acts.py``). Run by the parse-mending stage
(``coding/reattach.py``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding.lexicon import kind_of
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

__all__ = ["SAID_TOLL_PARTICIPLE", "lower_toll_participles"]

SAID_TOLL_PARTICIPLE = declare(
    "trigger",
    "said-toll-participle",
    "a toll participle after a parenthetical 'X said' ('bombed a market, the army said, killing twelve') "
    "tells what the reported act did: it elaborates that act, not the speaker's words",
    "Zendan jets bombed a market in Lagado on Monday, the army said, killing twelve people.",
)

_FILE = "coding/data/toll_maker.toml"


@dataclass(frozen=True, slots=True)
class _TollWords:
    """The toll verbs of ``coding/data/toll_maker.toml`` (the file ``coding/toll_maker.py`` reads)."""

    toll_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def _toll_verbs() -> frozenset[str]:
    return word_table(_TollWords, _FILE).toll_verbs


def lower_toll_participles(doc: Doc) -> int:
    """Re-hang on the reported clause's verb each comma-led toll participle the parser hung on a verb of
    saying that follows its reported clause; the number moved."""
    moved = 0
    for part in doccache.adverbial_participles(doc):
        reported = _reported_clause(part)
        if reported is None:
            continue
        part.head = reported
        moved += 1
    return moved


def _reported_clause(part: Token) -> Token | None:
    """The verb of the clause that the speaker ``part`` hangs on reports before it, when ``part`` is a
    comma-led toll participle with no subject or conjunction of its own; else nothing."""
    said = part.head
    if part.i == 0 or part.doc[part.i - 1].text != "," or said.i >= part.i or kind_of(said) != "report":
        return None
    if part.lemma_.casefold() not in _toll_verbs():
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in doccache.children(part)):
        return None
    # the reported clause comes first ("X bombed Y, the army said, ..."): a clause after the speaker
    # ("the army said X bombed Y, killing ...") is already the participle's own head's
    reported = [c for c in doccache.children(said) if c.dep_ == "ccomp" and c.i < said.i]
    return reported[-1] if reported else None
