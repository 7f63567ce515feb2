"""A complaint lodged with a body that belongs to no state is aimed at the party it accuses: "Lima lodged a
complaint with the United Nations, accusing Chilean jets of violating its airspace" is Peru's complaint
about Chile. The corpus conventions aim a complaint made to one party about another at the other; here the
"about" is told by the accusation in the participle on the complaint, which the coder reads as an event of
its own. Read over the drafts of the argument stage (``coding/companions.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsevents import doccache
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

COMPLAINT_ACCUSED = declare(
    "target",
    "complaint-accused",
    "a complaint lodged with a body of no state, told with the accusation that makes it, is aimed at the "
    "accused",
    "Peru lodged a complaint with the United Nations, accusing Chilean jets of violating its airspace.",
)
COMPLAINT_OVER_MEASURE = declare(
    "target",
    "complaint-over-measure",
    "a complaint lodged with a body of no state over a measure that a state's act tells ('over the duties "
    "X slapped on its wine') is aimed at the state that took the measure",
    "Chile filed a complaint with the World Trade Organization over the tariffs Peru imposed on its copper.",
)
# Prepositions that name what a complaint is about: "a complaint OVER the duties", "AGAINST the ban".
# Roots of the measures a complaint is lodged over: reducing relations, coercion, force.
_MEASURE_ROOTS = frozenset({"16", "17", "18", "19", "20"})
_ABOUT = frozenset({"over", "against", "about"})
# The root of disapproval (CAMEO 11: criticise, accuse, complain officially).
_DISAPPROVAL = "11"


def accused(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts`` with a complaint whose target has no country aimed at the state its participle of
    accusation accuses ("..., accusing X of ...": a disapproval of the same source on a clause of it)."""
    made = list(drafts)
    for d in made:
        if not d.code.startswith(_DISAPPROVAL) or (d.target is not None and d.target.country is not None):
            yield d
            continue
        charge = next(
            (
                c
                for c in made
                if c.token.dep_ == "advcl"
                and c.token.head.i == d.token.i
                and c.token.tag_ == "VBG"
                and c.code.startswith(_DISAPPROVAL)
                and c.source.country == d.source.country
                and c.target is not None
                and c.target.country not in (None, d.source.country)
            ),
            None,
        )
        if charge is not None:
            yield d.step(COMPLAINT_ACCUSED, target=charge.target)
            continue
        measure = _measure_about(d, made)
        yield d if measure is None else d.step(COMPLAINT_OVER_MEASURE, target=measure.source)


def _measure_about(d: Draft, made: list[Draft]) -> Draft | None:
    """The act of another state told inside the phrase that says what complaint ``d`` is about ("lodged a
    complaint over the duties Lima imposed", "a complaint over ...": on the verb or on its object)."""
    spans = [(p.left_edge.i, p.right_edge.i) for p in doccache.verb_or_object_preps(d.token, _ABOUT)]
    return next(
        (
            c
            for c in made
            if any(lo <= c.token.i <= hi for lo, hi in spans)
            and c.source.country not in (None, d.source.country)
            and c.code[:2] in _MEASURE_ROOTS
        ),
        None,
    )
