"""A speaker's own state as the subject of the clause it speaks: no counterpart of its words.

The arguments stage reads the counterpart of a verbal act from its complement clause when the act names
none of its own (``target:clause-object``: "urged that Tripoli hold talks"). But a speaker often tells
what its own state will or did do: "the Serbian premier said Belgrade would never recognise the new
state", "Vucic denied that Belgrade had any role", "Moscow warned that Russia would defend its
territory". Where a state speaks, the state in that clause is its own side, not whom the denial, refusal
or warning answers (an opposition's words about its state are home politics): the clause's subject is
then no target, and the act's counterpart is read elsewhere (its object, the story's other side).
``targets.own_speaker`` does the same for acts of force and pledges.
"""

from __future__ import annotations

from newsevents.coding.fought_pair import fought_pair
from newsevents.coding.own_pair_side import own_pair_side
from newsevents.coding.own_people import own_people
from newsevents.coding.roles import CLAUSE_OBJECT, Head
from newsevents.coding.targets import own_speaker
from newsevents.records import Actor

__all__ = ["own_side", "own_state_clause"]

# Roots of verbal acts that answer another party: statements (a denial), rejection and threats. (An
# appeal or a demand that the speaker's own state act is made at home: "the opposition urged that Kenya
# pull its troops out".)
_VERBAL_ROOTS = ("01", "12", "13")
# Dependencies of a clause's subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Roles of the state itself: a country named as such (none) or its government.
_STATE = frozenset({None, "GOV"})
# Entity labels of a state named by its name or its capital ("Belgrade", "Russia"): a person of the
# speaker's country in the clause ("demanded that President Mugabe resign") is a counterpart at home.
_STATE_NAMES = frozenset({"GPE"})


def own_state_clause(head: Head, candidate: Actor, sources: list[Actor], code: str) -> bool:
    """Whether ``candidate``, read at ``head`` as the target of an act of ``code`` by ``sources``, is the
    sources' own state as the subject of the clause the act speaks."""
    return (
        code.startswith(_VERBAL_ROOTS)
        and head.rule == CLAUSE_OBJECT
        and head.token.dep_ in _SUBJECTS
        and head.token.ent_type_ in _STATE_NAMES
        and candidate.role in _STATE
        and all(s.role in _STATE for s in sources)
        and candidate.country is not None
        and candidate.country in {s.country for s in sources}
    )


def own_side(head: Head, candidate: Actor, sources: list[Actor], code: str) -> bool:
    """Whether ``candidate`` at ``head`` is the sources' own side rather than a target: a speaker in its
    own force's object clause or its own pledge (``targets.own_speaker``), or its state in the clause
    its words speak (``own_state_clause``); the toll of a fight between two coordinated states is neither
    side's counterpart (``fought_pair``: the second side is); nor are its own people in the "of" phrase of
    what is done to them (``own_people``: "condemned the treatment of Afghan refugees"); nor its own side
    of a "between" pair (``own_pair_side``)."""
    return (
        own_speaker(head, candidate, sources, code)
        or own_state_clause(head, candidate, sources, code)
        or fought_pair(head, sources, code)
        or own_people(head, candidate, sources, code)
        or own_pair_side(head, candidate, sources)  # ("flights between X and Y" by X)
    )
