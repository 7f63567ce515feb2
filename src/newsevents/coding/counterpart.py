"""The counterpart of an act that names none, read from the story's other events.

The selection stage places an event that names no target on its country (``target:implicit``). For an act
that is always aimed at another party (a criticism, a rejection, an appeal, a threat: ``counterpart`` yes
and ``domestic`` no in ``data/cameo_semantics.tsv``), or a denial, the source's own country is never the
right target: a story about two countries reports one side's reaction to the other ("Seoul halted trade
with Pyongyang. Pyongyang denied sinking the ship."). Such an act targets the country the story pairs the
source's country with; where the story pairs it with nobody but the sentence names a foreign party, a
state organ's act is left without a target rather than given its own country (in a story about one
country, an apology or an appeal with no object is made at home, as the corpus codes it). A state's
reply that CAMEO lets stand at home (coding/state_replies.py) takes the story's counterpart too, and
stays at home when there is none.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.home_yield import HOME_YIELD, yields_at_home
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.semantics import may_be_domestic, needs_counterpart
from newsevents.coding.state_replies import state_reply

STORY_COUNTERPART = declare(
    "target",
    "story-counterpart",
    "an act aimed at another party that names none targets the country the story pairs its source's "
    "country with (the other side of the nearest event between them)",
    "Seoul halted trade with Pyongyang. Pyongyang denied sinking the ship.",
)
NO_OWN_COUNTERPART = declare(
    "target",
    "no-own-counterpart",
    "an act aimed at another party that names none, in a story that pairs its source with nobody, is left "
    "without a target rather than aimed at its own country when its source is a state organ and its "
    "sentence names a foreign party",
    "Oslo, which has a fishing dispute with Reykjavik, condemned the decision.",
)
# Codes that answer another party although CAMEO lets a statement stand alone: a denial answers an
# accusation, made by (or about) the other side of the story.
_ANSWERING_STATEMENTS = ("016",)


def answers_another(code: str) -> bool:
    """Whether an act of ``code`` is aimed at a party other than its source's own country."""
    if code.startswith(_ANSWERING_STATEMENTS):
        return True
    return needs_counterpart(code) and not may_be_domestic(code)


def _other_side(d: Draft, iso3: str) -> str | None:
    """The country on the other side of ``d`` from ``iso3``, when ``d`` pairs ``iso3`` with another."""
    if d.target is None:
        return None
    src, tgt = d.source.country, d.target.country
    if src == iso3 and tgt and tgt != iso3:
        return tgt
    if tgt == iso3 and src and src != iso3:
        return src
    return None


def story_counterpart(drafts: list[Draft], at: int) -> str | None:
    """The country the story pairs the source of ``drafts[at]`` with: the other side of the nearest
    earlier event between them (news reports the reaction after the act), else of the nearest later."""
    iso3 = drafts[at].source.country
    if iso3 is None:
        return None
    order = [*range(at - 1, -1, -1), *range(at + 1, len(drafts))]
    for i in order:
        other = _other_side(drafts[i], iso3)
        if other is not None:
            return other
    return None


def _names_foreign(d: Draft, actors: DocActors) -> bool:
    """Whether the sentence of ``d`` names an actor of a country other than its source's."""
    sent, own = d.sent, d.source.country
    return any(m.iso3 and m.iso3 != own and sent.start <= m.start < sent.end for m in actors.mentions)


def with_counterparts(
    drafts: list[Draft], implicit: str, actors: DocActors, state_roles: frozenset[str]
) -> list[Draft]:
    """``drafts`` with the own-country implicit target of each act aimed at another party replaced by the
    story's counterpart (or by none). ``implicit`` is the name of the rule that set implicit targets."""
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        own, reply = d.implicit_target, False
        if (
            d.target is not None
            or own is None
            or implicit not in d.steps
            or own.country != d.source.country
            or not (answers_another(d.code) or (reply := state_reply(d)))
        ):
            out.append(d)
            continue
        if reply and yields_at_home(d):  # (a measure of its own rule undone: coding/home_yield.py)
            out.append(d.step(HOME_YIELD))
            continue
        other = story_counterpart(drafts, i)
        if other is None and reply:  # (a reply that answers nobody stands at home: coding/state_replies)
            out.append(d)
            continue
        if other is None:
            # (a denial with nobody to answer is a statement at home, as CAMEO lets one stand)
            # (a people, a party or rebels may address their own state: only a state's own organs
            # cannot be aimed at their own country)
            keep = (
                d.code.startswith(_ANSWERING_STATEMENTS)
                or d.source.role not in state_roles
                or not _names_foreign(d, actors)
            )
            out.append(d if keep else d.step(NO_OWN_COUNTERPART, implicit_target=None))
            continue
        actor = country_actor(actors, other)
        out.append(replace(d, implicit_target=actor, steps=(*d.steps, STORY_COUNTERPART)))
    return out
