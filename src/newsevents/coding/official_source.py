"""An unattributed official complaint is its country's government's.

"The Peruvian ambassador was summoned to the foreign ministry in Santiago": the passive names nobody who
summoned, and the arguments stage gives the act to the country where it happened (source rule
``unattributed``) with no role, as it does a bomb that went off there, whose maker nobody knows. But a
formal protest (CAMEO 114, summoning an envoy to hear it among them) is lodged by a government and by
nothing else, so the country where it was lodged acts through its government (``GOV``), as the corpus
codes such summonses. Acts of force keep no role: an unnamed bomber is nobody's army. (An envoy named as the
passive's subject of a summons, an expulsion or a deadline to leave is given the government already by
``envoys.host_government``; this rule covers a formal protest with no envoy named, and leaves a source
that has a role as it is.)

An arrest, a detention, an expulsion or an investigation placed in a country with nobody named ("Ana Ruiz
was arrested in Lima in 2004") is done by that state's police, courts or government, as the agentless
passives of coding/agentless.py with no place named are (``source:state-passive``): the source gets that
arm's role (``STATE_ARM``), as the corpus codes such arrests ("police implied"). Acts of force still keep
none.
"""

from __future__ import annotations

from newsevents.coding.rules import declare
from newsevents.records import Actor

__all__ = ["OFFICIAL_ACT", "STATE_ARM", "official_sources", "state_arm"]

OFFICIAL_ACT = declare(
    "source",
    "official-act",
    "an unattributed formal protest (an envoy summoned) is lodged by its country's government (GOV)",
    "The Peruvian ambassador was summoned to the foreign ministry in Santiago on Monday.",
)
STATE_ARM = declare(
    "source",
    "state-arm",
    "an unattributed arrest, detention, expulsion or investigation placed in a country is that state's "
    "police's (arrests), courts' (investigations) or government's",
    "Ana Ruiz was arrested in Lima in 2004 and jailed for ten years.",
)
# CAMEO codes of acts only a government does: a formal complaint, which a summons to a ministry lodges.
_GOVERNMENT_CODES = ("114",)
# CAMEO roots of acts that only a state's police, army or courts do: coercion (arrests, detentions,
# expulsions, executions, curfews), and investigations of a person ("was placed under investigation").
STATE_ROOTS = frozenset({"17", "09"})
# The arm of the state each such act is plainly done by: arrests and detentions by the police,
# investigations by prosecutors and judges, the rest (expulsions, curfews, executions) by the government.
_ARM = {"173": "COP", **{f"09{n}": "JUD" for n in range(5)}}
_DEFAULT_ARM = "GOV"


def state_arm(code: str) -> str:
    """The role of the arm of the state that does state act ``code`` (a root of ``STATE_ROOTS``)."""
    return _ARM.get(code[:3], _DEFAULT_ARM)


def official_sources(sources: list[Actor], code: str, steps: list[str]) -> list[Actor]:
    """``sources`` (the country where an unattributed act happened) as that country's government when
    ``code`` is an act only a government does, or as the arm of the state that does a state act (an
    arrest: its police), the rule's step added to ``steps``; else unchanged."""
    official, state = code.startswith(_GOVERNMENT_CODES), code[:2] in STATE_ROOTS
    if not (official or state) or not sources:
        return sources
    if any(s.country is None or s.role is not None for s in sources):
        return sources
    steps.append(OFFICIAL_ACT if official else STATE_ARM)
    return [s.with_role("GOV" if official else state_arm(code)) for s in sources]
