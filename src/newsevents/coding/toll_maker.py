"""Tolls told after the act of force that caused them: "Jets of the Ruritanian air force bombed a market in
Zenda on Monday. At least 30 people were killed." The agentless passive of the second sentence names no
maker, so the arguments stage gave it the country of its place or dateline (``source:unattributed``) and
coded the victims' own country as their killer. Its maker is the one the story named for the act of force
on the same country before it.

When that act is already coded and the toll does not date itself apart from it, the toll is that act's
outcome, not an event of its own (one gold event per real event, corpus/README.md), and it is folded into
it. When the toll dates itself apart ("three more were killed on Friday"), it keeps its event with the
named maker as source. An earlier act of force with no named maker, or on another country, says nothing.
A toll whose "in the strikes" phrase gave it its maker (referred_maker.py) is left as it is: folding it
too lost a match (the victims' side often tells its toll as an event of its own) and won nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.crackdown_toll import dateline_victims, just_before, tolling_act
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.roles import passive_conjunct
from newsevents.coding.rules import declare

TOLL_MAKER = declare(
    "source",
    "toll-maker",
    "an agentless passive toll of force on a country whose earlier act of force the story gave a maker is "
    "that maker's",
    "Zendan gunboats shelled the port of Lagado. Two fishermen were killed, port officials said.",
)
TOLL_OF_NAMED = declare(
    "select",
    "toll-of-named",
    "an agentless toll of force on the country an earlier named act of force hit, undated apart from it, "
    "is that act's outcome, not an event of its own",
    "Zendan jets bombed Lagado on Monday. At least 30 people were killed.",
)
_FILE = "coding/data/toll_maker.toml"
# Modalities of an act told as done: a toll follows from it, not from a threat or a plan.
_DONE = frozenset({"asserted", "reported"})
# Tags of a counted subject: a plural noun ("civilians", "dozens"), a bare number ("two were killed").
_COUNTED = frozenset({"NNS", "NNPS", "CD"})


@dataclass(frozen=True, slots=True)
class TollWords:
    """``coding/data/toll_maker.toml``."""

    toll_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> TollWords:
    return word_table(TollWords, _FILE)


def named_tolls(mine: list[Draft], kept: list[Draft]) -> list[Draft]:
    """The drafts of one sentence, its agentless tolls of force given the maker of the story's last earlier
    named act of force on the same country (``kept``: the drafts of the earlier sentences), or folded into
    that act when they do not date themselves apart from it."""
    out: list[Draft] = []
    for d in mine:
        named = _named_act(d, kept) if _toll(d) else None
        if named is None:
            out.append(d)
        elif not _dated_apart(d, named):
            continue  # (the named act's outcome: TOLL_OF_NAMED, the named act keeps its record)
        else:
            out.append(d.step(TOLL_MAKER, source=named.source, facts=d.facts - {"unattributed"}))
    return out


def _toll(d: Draft) -> bool:
    """An act of force whose maker the text leaves unnamed, told by an agentless passive of counted victims
    ("17 people were killed")."""
    tok = d.token
    return (
        d.code.startswith(FORCE_ROOTS)
        and syntax.verb_lemma(tok) in _words().toll_verbs
        and "unattributed" in d.facts
        and not d.trigger.noun
        and (syntax.is_passive(tok) or passive_conjunct(tok))
        and any(_counted(s) for v in (tok, tok.head) for s in doccache.children(v) if s.dep_ == "nsubjpass")
    )


def _counted(noun: Token) -> bool:
    """Victims told as a count ("17 people", "dozens of soldiers", "two were killed"), as a toll is; one
    victim named or described ("the rebel leader was killed") is a killing of its own, whose maker may be
    another than the last attack's."""
    return noun.tag_ in _COUNTED or any(c.dep_ == "nummod" for c in doccache.children(noun))


def _hit_country(d: Draft) -> str | None:
    """The country an act of force was done to: its target's, else the country it happened in."""
    if d.target is not None and d.target.country:
        return d.target.country
    return d.implicit_target.country if d.implicit_target is not None else None


def _named_act(toll: Draft, kept: list[Draft]) -> Draft | None:
    """The story's last earlier act of force (or violent repression: crackdown_toll.py) with a named maker
    done to the country the toll hit, told as done (asserted or reported, not intended or hypothetical);
    for a toll whose victims only the dateline placed, else the last such act of the sentence just before."""
    hit = _hit_country(toll)
    if hit is None:
        return None
    named = [d for d in reversed(kept) if tolling_act(d) and d.source.country and d.modality in _DONE]
    found = next((d for d in named if _hit_country(d) == hit), None)
    if found is None and dateline_victims(toll):
        found = next((d for d in named if just_before(d, toll)), None)
    return found


def _dated_apart(toll: Draft, named: Draft) -> bool:
    """Whether the toll gives itself a day of its own that differs from the named act's."""
    return toll.date_own and toll.when is not None and named.when is not None and toll.when != named.when
