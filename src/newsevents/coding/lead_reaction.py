"""Which earlier act a reaction to "the attack" answers (read by ``coding.referred``).

An act whose source is only the dateline's country (``agentless`` rule source:unattributed-dateline: "more
than 100 people were killed", filed from a neighbouring capital) is a guess, not a party a reaction can
be aimed at when the text names that country nowhere else: "Washington condemned the strike" answers the
strike's named maker, not the country the report was filed from.

A third party's reaction to "the attack" answers the story's lead attack, not the nearest one.

The reference rule (``coding.referred``) aims a reaction named by a definite event noun ("condemned the
attack") at the nearest earlier act of that kind by another country. Where the story tells an act and the
other side's answer ("Ruritania shelled the port; Freedonia fired rockets back"), a reaction by a third
country that took part in neither refers, as news leads with its event and reports the reactions to
it after, to the first such act: the lead's, not the answer's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from newsevents.coding.agentless import DATELINE_PLACE
from newsevents.coding.earlier_act import EarlierAct
from newsevents.coding.records import Draft

A = TypeVar("A", bound=EarlierAct)


def guessed(d: Draft) -> bool:
    """Whether the source of ``d`` is only the dateline's country, a guess no reaction answers, when the
    text names that country nowhere (a report filed from a third country's capital; a bombing at home,
    "condemned the bombing", is the home country's to answer)."""
    if DATELINE_PLACE not in d.steps or d.source.country is None:
        return False
    mentions = d.token.doc._.ne_actors.mentions
    return all(m.iso3 != d.source.country or not m.names_party for m in mentions)


def lead_of_kind(draft: Draft, found: A | None, acts: list[A], fits: Callable[[A], bool]) -> A | None:
    """``found`` (the nearest earlier act that ``fits``), or the first act before it that ``fits`` when
    the reacting country is a party to neither and the nearest answers that first act."""
    if found is None:
        return None
    own = draft.source.country
    before = [a for a in acts if a.token.i < found.token.i and fits(a)]
    for lead in before:
        parties = {p.country for p in (lead.source, lead.target, found.source, found.target) if p is not None}
        if own in parties or None in parties or lead.source is None or lead.target is None:
            continue
        if found.source is not None and _answers(found, lead):
            return lead
    return found


def _answers(later: EarlierAct, lead: EarlierAct) -> bool:
    """Whether ``later`` is the other side's answer to ``lead``: its source is the lead's target and its
    target, if any, the lead's source."""
    src, tgt = later.source, later.target
    return (
        src is not None
        and lead.target is not None
        and lead.source is not None
        and src.country == lead.target.country
        and (tgt is None or tgt.country == lead.source.country)
    )
