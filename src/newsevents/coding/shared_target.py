"""An act that names no target, joined to an act of the same source that does: aimed at the same party.

"Lima condemned the raid and demanded an apology": the demand names nobody, and ``targets.implicit_country``
would aim it at the article's most named foreign country, or at one named near it. But two verbs of one
subject joined by "and" (not "but": a turn to another matter) tell one reaction in two parts, both aimed
at whom the first names ("accused Quito of bad faith and said the deal was dead" answers Quito). The named
target of the joined verb is taken only when it is another country's (an own-country object, "praised the
police and called for calm", tells nothing of whom the call is made to) and not a place it went to ("sent
a team to Bangkok"), when the two verbs share their subject (not "X vowed revenge, and units allied to it
fired at Y"), when the act is a reaction that needs a counterpart (a statement, a demand, a criticism, a
threat: not an appeal, which is often made to a third party, nor an act done) and when its target was
only guessed from the article (not a home act: coding/home_story.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.semantics import needs_counterpart

SHARED_TARGET = declare(
    "target",
    "shared-target",
    "an act that needs a counterpart and names none, whose verb is joined by a conjunction to a verb of "
    "an act of the same source that names a foreign target, is aimed at that target",
    "Iran condemned the air strikes on Sanaa by Saudi jets and demanded an immediate halt.",
)
_VERBS = frozenset({"VERB", "AUX"})
# Roots of the reactions that answer the party the joined verb names: statements (01), praise and apology
# (05), demands (10), criticism (11), rejection (12), threats (13). An appeal or an offer (02, 03) joined to
# a criticism is most often made to someone else ("accused X of aggression and called for international
# help"), and acts done (14-20) name their own targets ("stormed the building and killed two guards").
_ANSWERING_ROOTS = ("01", "05", "10", "11", "12", "13")
# Steps by which the act's target was guessed from the article, not read from its clause or its home
# story: only those give way to the joined verb's target.
_GUESSED = frozenset(
    {
        "target:implicit",
        "target:article-counterpart",
        "target:sentence-counterpart",
        "target:story-counterpart",
        "target:foreign-voice",
        "target:foreign-counterpart",
        "target:lone-country",
    }
)
# Steps by which the joined verb's target is a place it went to or acted in ("sent a team to Bangkok"):
# where, not at whom.
_PLACE_STEPS = frozenset({"target:place-as-state", "target:locative", "target:journey-destination"})


def shared_targets(drafts: list[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each act that needs a counterpart and names none given the foreign target of an
    act of the same source whose verb its own is coordinated with."""
    named = [d for d in drafts if d.target is not None and d.token.pos_ in _VERBS]
    if not named:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        partner = None if d.target is not None else _partner(d, named)
        iso3 = partner.target.country if partner is not None and partner.target is not None else None
        out.append(d if iso3 is None else d.step(SHARED_TARGET, implicit_target=country_actor(actors, iso3)))
    return out


def _partner(d: Draft, named: list[Draft]) -> Draft | None:
    """The act with a foreign target whose verb is coordinated with the verb of ``d`` (either way round),
    of the same source, when ``d`` needs a counterpart."""
    tok, own = d.token, d.source.country
    if tok.pos_ not in _VERBS or own is None or not needs_counterpart(d.code):
        return None
    read = [s for s in d.steps if s.startswith("target:") and s not in _GUESSED]
    if not d.code.startswith(_ANSWERING_ROOTS) or read:
        return None
    for p in named:
        if p.target is None or p.target.country in (None, own) or p.source.country != own:
            continue
        if _PLACE_STEPS.intersection(p.steps):
            continue
        # (the later verb of the two has no subject of its own: they share the first one's)
        if tok.dep_ == "conj" and tok.head.i == p.token.i and not _own_subject(tok):
            return None if _contrasted(p.token) else p
        if p.token.dep_ == "conj" and p.token.head.i == tok.i and not _own_subject(p.token):
            return None if _contrasted(tok) else p
    return None


def _contrasted(first: Token) -> bool:
    """Whether the verbs joined to ``first`` are joined by "but": a turn to another matter ("welcomed the
    ruling but called for restraint")."""
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in doccache.children(first))


def _own_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own ("X vowed revenge, and units allied to it fired ...")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(verb))
