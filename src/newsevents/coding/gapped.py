"""Gapped clauses: "Canada sent 200 troops, Spain 150 and Poland 100" leaves out the verb and the noun of
the later clauses, which spaCy reads as appositions or conjuncts of the first object ("Spain" a target
of Canada's). Each party named with an amount of its own after the first clause's counted object makes
the first clause's act, with its target. Read over the drafts of the argument stage
(``coding/companions.py``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.mentions import Mention
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor
from newsevents.when import role_day

GAPPED = declare(
    "source",
    "gapped-party",
    "in a gapped clause ('X sent 200 troops, Y 150 and Z 100') each later party named with an amount of "
    "its own makes the first clause's act, with its target, and is no target of the first party",
    "Canada sent 200 troops, Spain 150 and Poland 100 to the mission.",
)
# The words that open a gapped clause after the first one.
_OPENERS = frozenset({",", "and"})


def gapped(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts`` with each gapped party of a trigger given the trigger's act and target, and no draft
    left aimed at a gapped party."""
    made = list(drafts)
    parties: dict[int, list[Actor]] = {}
    for d in made:
        if d.token.i not in parties:
            parties[d.token.i] = _parties(d)
    last = {d.token.i: j for j, d in enumerate(made)}
    for j, d in enumerate(made):
        found = parties[d.token.i]
        if not any(_same(d.target, a) for a in found):
            yield d
        if not found or j != last[d.token.i]:
            continue
        mine = [e for e in made if e.token.i == d.token.i]
        kept = [e for e in mine if not any(_same(e.target, a) for a in found)]
        base = kept[0] if kept else replace(mine[0], target=None)
        if not kept:
            yield base.step(GAPPED)
        for a in found:
            if not any(_same(e.source, a) for e in mine) and not _same(base.target, a):
                yield base.step(GAPPED, source=a)


def _same(a: Actor | None, b: Actor) -> bool:
    """Whether ``a`` is the party ``b``, or of its country (a target the parse gave as a country)."""
    if a is None:
        return False
    return (a.code == b.code and a.name == b.name) or (a.country is not None and a.country == b.country)


def _parties(d: Draft) -> list[Actor]:
    """The parties named with an amount of their own after the counted object of ``d``'s trigger."""
    tok = d.token
    if tok.pos_ != "VERB" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(tok)):
        return []
    objects = [c for c in doccache.children(tok) if c.dep_ == "dobj" and _counted(c)]
    if not objects:
        return []
    actors: DocActors = tok.doc._.ne_actors
    day, obj = role_day(d.when), objects[0]
    # (the country the object names is the act's patient: "expelled 23 Russian diplomats and Russia 23
    # on Friday" is Russia's own act on another, not one of Britain's co-expellers to leave out)
    patients = {m.iso3 for m in actors.mentions if obj.left_edge.i <= m.start <= obj.i}
    found: list[Actor] = []
    for m in actors.mentions:
        if d.sent.start <= m.start and m.end < d.sent.end and m.start > obj.i and _gapped(m, tok):
            if m.iso3 in patients or any(t.pos_ in ("VERB", "AUX") for t in tok.doc[obj.i : m.start]):
                continue  # (another clause's verb between: "a day after X expelled four and Y two")
            actor = actors.resolve(tok.doc[m.end - 1], day)
            if actor is not None and not _same(d.source, actor) and all(not _same(a, actor) for a in found):
                found.append(actor)
    return found


def _counted(obj: Token) -> bool:
    """Whether an object is counted ("200 troops", "5 million euros")."""
    return any(c.dep_ == "nummod" or c.like_num for c in doccache.children(obj) if c.i < obj.i)


def _gapped(m: Mention, tok: Token) -> bool:
    """Whether a party mention opens a gapped clause: after a comma or "and", followed by an amount and
    then by the end of the clause (a comma, "and", a preposition, the end of the sentence)."""
    doc = tok.doc
    k = m.start - 1 if m.start == 0 or doc[m.start - 1].lower_ != "the" else m.start - 2
    if not m.names_party or k < 0 or doc[k].lower_ not in _OPENERS:
        return False
    j = m.end
    while j < len(doc) and doc[j].like_num and doc[j].ent_type_ not in ("DATE", "TIME"):
        j += 1
    if j == m.end:
        return False
    nxt = doc[j] if j < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.lower_ == "and" or nxt.pos_ == "ADP"
