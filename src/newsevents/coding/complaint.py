"""A complaint lodged with a body that belongs to no state is aimed at the party it accuses: "Lima lodged a
complaint with the United Nations, accusing Chilean jets of violating its airspace" is Peru's complaint
about Chile. The corpus conventions aim a complaint made to one party about another at the other; here the
"about" is told by the accusation in the participle on the complaint, which the coder reads as an event of
its own, or by the measure it is lodged over, or by the state a phrase "over" or "against" names as the
measure's owner ("against Tokyo's curbs on chemicals", where the curbs are no event of their own). One that
tells none of these ("Lima said it would file a complaint with the UN") is about the foreign state of its
sentence, else the article's other country: the body is only where it is lodged. A case taken to or
challenged at such a body ("would take the dispute to the WTO") is read the same way. Read over the drafts
of the argument stage (``coding/companions.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.annotations import annotation
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.section_counterpart import party_country
from newsevents.coding.targets import article_counterpart, nearby_foreign
from newsevents.records import Actor

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
COMPLAINT_AGAINST_PARTY = declare(
    "target",
    "complaint-against-party",
    "a complaint lodged with a body of no state over or against a measure no event tells, but whose owner "
    "the phrase names ('against Lima's curbs on its fish'), is aimed at that owner",
    "Chile filed a complaint with the World Trade Organization against Peru's limits on its copper.",
)
COMPLAINT_FORUM = declare(
    "target",
    "complaint-forum",
    "a complaint lodged with a body of no state that names neither an accused nor a measure is aimed at "
    "the foreign state of its sentence, else at the other country the article is about: the body is "
    "where it is lodged, not whom it is about",
    "After two border posts were shelled, Peru said it would file a complaint with the United Nations.",
)
# The code of an official complaint (CAMEO 114), the act lodged with a forum.
_OFFICIAL_COMPLAINT = "114"
# The code of a case brought against a party (CAMEO 115), taken to a forum: "took the dispute to the WTO".
_CASE_BROUGHT = "115"
# Prepositions of the forum a case is taken to or fought at: "TO the WTO", "AT the WTO", "BEFORE the court".
_BODY_VENUE = frozenset({"to", "at", "before"})
# Prepositions of the forum a complaint is lodged with: "a complaint WITH the UN", "complain TO the UN".
_FORUM = frozenset({"with", "to"})
# The code prefix of intergovernmental bodies (the UN, the WTO): forums that belong to no state.
_BODY_PREFIX = "IGO"
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
        # (a case announced is a threat, 130, by its pattern still a case: intent.tsv)
        complaint = d.code.startswith(_DISAPPROVAL) or d.trigger.pattern.code.startswith(_CASE_BROUGHT)
        if not complaint or (d.target is not None and d.target.country is not None):
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
        if measure is not None:
            yield d.step(COMPLAINT_OVER_MEASURE, target=measure.source)
            continue
        named = _party_about(d)
        yield _forum_complaint(d) if named is None else d.step(COMPLAINT_AGAINST_PARTY, target=named)


def _forum_complaint(d: Draft) -> Draft:
    """``d`` aimed at its sentence's foreign state, else the article's other country, when it is an
    official complaint whose target is a body of no state it is lodged with ("filed a complaint with the
    UN"), or a case taken to such a body with no party as target; else ``d`` as it is."""
    own = d.source.country
    if own is None:
        return d
    actors = annotation(d.token.doc, "ne_actors")
    if not (_lodged_complaint(d) or _case_taken_to_body(d, actors)):
        return d
    # (its own sentence only: the party named just before is often a bystander, the article's rival is not)
    other = nearby_foreign(d, actors, own, earlier=False) or article_counterpart(actors, own)
    return d if other is None else d.step(COMPLAINT_FORUM, target=country_actor(actors, other))


def _lodged_complaint(d: Draft) -> bool:
    """Whether ``d`` is an official complaint whose target is the body of no state it is lodged with."""
    body = d.target
    if not d.code.startswith(_OFFICIAL_COMPLAINT) or body is None or body.code is None:
        return False
    return body.code.startswith(_BODY_PREFIX) and _lodged_with(d)


def _case_taken_to_body(d: Draft, actors: DocActors) -> bool:
    """Whether ``d`` is a case brought (115) with no party as target, told with the body of no state it is
    taken to or challenged at ("take the case TO the WTO", "challenge the duties AT the WTO")."""
    if not d.trigger.pattern.code.startswith(_CASE_BROUGHT) or (d.target is not None and d.target.country):
        return False
    preps = doccache.verb_or_object_preps(d.token, _BODY_VENUE)
    venues = [o for p in preps for o in doccache.dep_children(p, "pobj")]
    bodies = [actors.resolve(o, None) for o in venues]
    return any(b is not None and b.code is not None and b.code.startswith(_BODY_PREFIX) for b in bodies)


def _lodged_with(d: Draft) -> bool:
    """Whether the complaint's target was read under "with" or "to" on its verb or object."""
    doc, text = d.token.doc, d.target.text if d.target is not None else ""
    return bool(text) and any(
        text in doc[p.i : p.right_edge.i + 1].text for p in doccache.verb_or_object_preps(d.token, _FORUM)
    )


def _party_about(d: Draft) -> Actor | None:
    """The foreign state named in the phrase that says what complaint ``d`` is about, when the measure
    there is no event of its own ("a complaint against Tokyo's curbs on chemicals": the curbs' owner)."""
    own = d.source.country
    if own is None:
        return None
    actors = annotation(d.token.doc, "ne_actors")
    for p in doccache.verb_or_object_preps(d.token, _ABOUT):
        named = [m for m in actors.mentions if p.i < m.start <= p.right_edge.i]
        countries = [c for c in (party_country(actors, m) for m in named) if c not in (None, own)]
        if countries:
            return country_actor(actors, countries[0])
    return None


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
