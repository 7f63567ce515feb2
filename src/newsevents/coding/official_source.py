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
"""

from __future__ import annotations

from newsevents.coding.rules import declare
from newsevents.records import Actor

__all__ = ["OFFICIAL_ACT", "official_sources"]

OFFICIAL_ACT = declare(
    "source",
    "official-act",
    "an unattributed formal protest (an envoy summoned) is lodged by its country's government (GOV)",
    "The Peruvian ambassador was summoned to the foreign ministry in Santiago on Monday.",
)
# CAMEO codes of acts only a government does: a formal complaint, which a summons to a ministry lodges.
_GOVERNMENT_CODES = ("114",)


def official_sources(sources: list[Actor], code: str, steps: list[str]) -> list[Actor]:
    """``sources`` (the country where an unattributed act happened) as that country's government when
    ``code`` is an act only a government does, the rule's step added to ``steps``; else unchanged."""
    if not code.startswith(_GOVERNMENT_CODES) or not sources:
        return sources
    if any(s.country is None or s.role is not None for s in sources):
        return sources
    steps.append(OFFICIAL_ACT)
    return [s.with_role("GOV") for s in sources]
