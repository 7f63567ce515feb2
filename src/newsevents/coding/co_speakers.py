"""Co-speakers kept apart: parties named together as the subject of a statement or an appeal speak side
by side about a third party. "Spain and Italy expressed concern" and "Canada, Norway and the EU called
for the prisoners' release" are each party's comment or appeal on the story's subject, never one speaker
addressing another. The argument stage reads a pair's second party as the first's target when the clause
names none (``arguments`` rule target:coordinated-subject), and an object phrase ("the prisoners") may
resolve to the nearest country, which is often a co-speaker's. This pass, run after the co-reactors'
(coding/side_by_side.py), gives each speaker its own act, aimed at the country the article names most
outside the speakers, else at none."""

from __future__ import annotations

from collections.abc import Iterable

from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.arguments import COORDINATED_SUBJECT
from newsevents.coding.co_actors import reciprocal
from newsevents.coding.official_protest import OFFICIAL_PROTEST, officially
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.section_counterpart import section_counterpart
from newsevents.coding.semantics import symmetric
from newsevents.records import Actor

CO_SPEAKERS = declare(
    "target",
    "co-speakers",
    "coordinated subjects of a statement, an appeal or an inquiry act side by side about a third party, "
    "never on each other",
    "Spain and Italy expressed deep concern.",
)
# Roots of the verbal acts a group of speakers makes side by side: comments (01), appeals (02) and protest
# (14: "Tokyo and Seoul protested" against a third party's measure). Not intent (03: "the two sides agreed
# to reopen embassies" is made between them), nor criticism (11: "each side accused the other" is made
# between them), nor the reactions that side_by_side.py already keeps apart. Inquiries (09) too: "Sweden
# and Finland opened separate inquiries into the blasts" are two states looking into a third matter, not
# each investigating the other (an inquiry into a party names it: "into Iranian spying").
_SPEECH_ROOTS = ("01", "02", "09", "14")
# A joint statement (010) is the one comment a pair does make to each other.
_JOINT_CODES = ("010",)


def apart(drafts: Iterable[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each co-speaker's act aimed at a co-speaker re-aimed at the article's counterpart
    outside the speakers (or at none), and the second party of a pair read as a target given its own act."""
    made = [officially(d) for d in drafts]  # ("Tokyo and Seoul protested": coding/official_protest.py)
    speakers: dict[int, set[str]] = {}
    for d in made:
        if _speech(d) and _party(d.source):  # (a body of no state speaks too: "the EU and the US voiced")
            side = speakers.setdefault(d.token.i, set())
            side.add(_party(d.source))
            if COORDINATED_SUBJECT in d.steps and d.target is not None and _party(d.target):
                side.add(_party(d.target))
    out: list[Draft] = []
    for d in made:
        side = speakers.get(d.token.i, set())
        aimed = d.aimed
        if not _speech(d) or len(side) < 2 or aimed is None or _party(aimed) not in side - {_party(d.source)}:
            out.append(d)
            continue
        other = section_counterpart(actors, d.token, side)  # (a digest's: its own section's)
        third = None if other is None else country_actor(actors, other)
        if d.target is None:
            out.append(d.step(CO_SPEAKERS, implicit_target=third))
            continue
        out.append(d.step(CO_SPEAKERS, target=third))
        if COORDINATED_SUBJECT in d.steps:  # ("Spain and Italy expressed concern": Italy spoke too)
            out.append(d.step(CO_SPEAKERS, source=d.target, target=third))
    return out


def _party(actor: Actor) -> str:
    """The key a speaker is known by: its country, else its own code ("the United States and the European
    Union called for ...": the EU, an international body with no country, is a co-speaker too)."""
    return actor.country or (actor.code or "")


def _speech(d: Draft) -> bool:
    """Whether ``d`` is a one-way comment or appeal, the acts speakers make side by side; a protest that
    governments make ("Tokyo and Seoul protested", coded 114 by coding/official_protest.py) is one too."""
    if reciprocal(d.token):  # ("residents of both sides threw stones at each other": at one another)
        return False
    if OFFICIAL_PROTEST in d.steps:
        return True
    return d.code.startswith(_SPEECH_ROOTS) and not d.code.startswith(_JOINT_CODES) and not symmetric(d.code)
