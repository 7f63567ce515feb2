"""An appeal made to a body of no state that it take a measure against a state is aimed at that state: "Lima
urged the Security Council to impose sanctions on Quito" is Peru's appeal about Ecuador, the council only
the forum that would act (the corpus codes an appeal to the council to embargo a state with the state as
its target, and an appeal to the council with no state named as null, which accepts any). The state is the
object of the measure's verb ("asked the court to order X to stop"), the owner of that object ("to condemn
X's incursion") or the object of an "on" / "against" phrase on the verb or its object ("an embargo on X",
"to act against X"). Read over the drafts of the argument stage (``coding/companions.py``); the words are
in ``coding/data/body_appeal.toml``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.actors.resolve import DocActors
from newsevents.annotations import annotation
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.records import Actor
from newsevents.when import role_day

BODY_APPEAL = declare(
    "target",
    "body-appeal-against",
    "an appeal or demand to a body of no state that it take a measure against a state ('urged the council "
    "to impose an embargo on X', 'asked the court to order X to stop') is aimed at that state, not the body",
    "Lima urged the Security Council on Monday to impose sanctions on Quito.",
)
_FILE = "coding/data/body_appeal.toml"
# Roots of an appeal (CAMEO 02) and of a demand (10): what is asked of the body.
_ASKING_ROOTS = frozenset({"02", "10"})
# The code prefix of intergovernmental bodies (the UN, the ICJ): addressees that belong to no state.
_BODY_PREFIX = "IGO"
# Links by which the clause of what is asked hangs on the appeal ("urged the council TO IMPOSE").
_ASKED_DEPS = frozenset({"xcomp", "ccomp"})
# Links of the measure's object (and of its owner: "to condemn X's incursion").
_OBJECT_DEPS = frozenset({"dobj"})
_OWNER_DEP = "poss"
# The preposition of an appeal's addressee ("called ON the council", "called UPON the court").
_ON = frozenset({"on", "upon"})


@dataclass(frozen=True, slots=True)
class BodyAppealWords:
    """``coding/data/body_appeal.toml``."""

    measure_verbs: frozenset[str]
    against_preps: frozenset[str]


@functools.lru_cache(maxsize=1)
def body_appeal_words() -> BodyAppealWords:
    """The measure verbs and prepositions, checked: every key present, each a list of words."""
    return word_table(BodyAppealWords, _FILE)


def against_state(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts`` with an appeal or demand addressed to a body of no state (an international body, or a
    court or council the coder names no country for) aimed at the state the measure it asks for falls on."""
    for d in drafts:
        if d.code[:2] not in _ASKING_ROOTS or d.source.country is None or not _to_body(d):
            yield d
            continue
        state = _measured_state(d)
        yield d if state is None else d.step(BODY_APPEAL, target=state)


def _to_body(d: Draft) -> bool:
    """Whether ``d`` is addressed to a body of no state: its object, or the object of its "on" ("called ON
    the council"), names a party of no country (a body, a court), whatever fallback its target took."""
    actors: DocActors = annotation(d.token.doc, "ne_actors")
    day = role_day(d.when)
    for head in _addressees(d.token):
        found = actors.resolve_all(head, day)
        if found and all(a.country is None and (a.code or "").startswith(_BODY_PREFIX) for a in found):
            return True
        return not found and head.pos_ != "PRON"
    return False


def _addressees(verb: Token) -> list[Token]:
    """The phrases an appeal ``verb`` is addressed to: its object, else the object of its "on"."""
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in _ON]
    ons = [c for p in preps for c in p.children if c.dep_ == "pobj"]
    return objects or ons


def _measured_state(d: Draft) -> Actor | None:
    """The state of another country than the source's on which the measure asked for in ``d`` falls."""
    words = body_appeal_words()
    actors: DocActors = annotation(d.token.doc, "ne_actors")
    day = role_day(d.when)
    for verb in d.token.children:
        if verb.dep_ not in _ASKED_DEPS or verb.lemma_.casefold() not in words.measure_verbs:
            continue
        for head in _party_heads(verb, words.against_preps):
            for actor in actors.resolve_all(head, day):
                if actor.country is not None and actor.country != d.source.country:
                    return actor
    return None


def _party_heads(verb: Token, preps: frozenset[str]) -> list[Token]:
    """The phrases that may name the party of the measure ``verb``: its object, that object's owner, and
    the objects of an "on" / "against" phrase on the verb or its object, in that order."""
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    heads = [*objects, *(c for o in objects for c in o.children if c.dep_ == _OWNER_DEP)]
    for t in (verb, *objects):
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in preps:
                heads.extend(c for c in p.children if c.dep_ == "pobj")
    return heads
