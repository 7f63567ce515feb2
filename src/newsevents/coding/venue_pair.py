"""The venue of an accord two named parties conclude is no party of it: "negotiators for the government and
the rebels concluded an accord in Oslo" is an accord between the two, held in Norway.

With no target in its clause, the place of a consultation stands for its counterpart (``arguments``
rule target:locative: "the envoy held talks in Kabul"). When the subject itself names both sides, its
second party coordinated inside the subject's phrase ("negotiators for X AND Y", "delegations of X AND
Y"), the act is between them, and the venue only says where: the target is that second party.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor
from newsevents.when import role_day

VENUE_PAIR = declare(
    "target",
    "venue-pair",
    "an accord or talks whose subject names both sides ('negotiators for X and Y') are between them: the "
    "venue where they are held is no counterpart",
    "Negotiators for the Sudanese army and the rebels signed a truce in Jeddah.",
)
# The step of the arguments stage that takes a consultation's place for its counterpart.
_LOCATIVE = "target:locative"
# Roots of acts a pair does together at a venue (as coding/venue.py): consultation, cooperation, agreement.
_AGREED_ROOTS = ("04", "05", "06")
# Codes among them that one side does to the venue's own state: visits, hosting, mediation.
_ONE_SIDED = ("042", "043", "045", "046")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Links by which the parser may hang a coordinated pair on the noun after it.
_MODIFIER_DEPS = frozenset({"nmod", "compound", "amod"})


def venue_pairs(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts``, each accord or talks aimed at its venue re-aimed at the second side its subject names."""
    for d in drafts:
        partner = _partner(d) if _at_venue(d) else None
        yield d if partner is None else d.step(VENUE_PAIR, target=partner)


def _at_venue(d: Draft) -> bool:
    targets = [s for s in d.steps if s.startswith("target:")]
    return (
        bool(targets)
        and targets[-1] == _LOCATIVE
        and d.code.startswith(_AGREED_ROOTS)
        and not d.code.startswith(_ONE_SIDED)
    )


def _partner(d: Draft) -> Actor | None:
    """The actor of the first party coordinated inside the subject's phrase of ``d`` that resolves to a
    country and is not the source itself (the government's partner, the rebels, may share its country)."""
    actors = d.token.doc._.ne_actors
    day = role_day(d.when)
    for subject in (c for c in doccache.children(d.token) if c.dep_ in _SUBJECT_DEPS):
        for noun in _coordinated(subject):
            found = [a for a in actors.resolve_all(noun, day) if a.country and a.code != d.source.code]
            if found:
                return found[0]
    return None


def _coordinated(subject: Token) -> list[Token]:
    """The nouns inside the phrase of ``subject`` that take part in a coordination ("for the army AND the
    RSF"), each conjunct and, where the parser hangs the pair on a later noun as its modifier ("the
    government and ELN rebels": "government" a modifier of "rebels"), that noun too; not ``subject``."""
    out: list[Token] = []
    for t in doccache.subtree(subject):
        if t.dep_ != "conj" or t.i == subject.i or t.head.i == subject.i:
            continue
        out.append(t)
        if t.head.dep_ in _MODIFIER_DEPS and t.head.head.i != subject.i:
            out.append(t.head.head)
    return out
