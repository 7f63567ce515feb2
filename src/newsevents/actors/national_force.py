"""A state's troops or police serving in an international force are their state's, not the body's.

"Fijian U.N. peacekeepers", "Kenyan police officers of a U.N.-backed force", "Nepalese peacekeepers of
the AU mission": the phrase names an international organisation and, before it, a state's adjective on a
noun of armed forces or police. Troop contingents stay under their state's command, and the corpus
codes what is done by or to them with the state's code (corpus/README.md, unnamed specialists placed by
their adjective), so the named-actor rule yields to the country modifier (actors/phrases.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.actors.mentions import Mention
    from newsevents.actors.phrases import Phrase

__all__ = ["national_contingent"]

# Agent roles of a state's uniformed contingents: its armed forces and its police.
_FORCE_ROLES = frozenset({"MIL", "COP"})
# Dictionary kinds of the international bodies such contingents serve in.
_BODY_KINDS = frozenset({"igo"})


def national_contingent(p: Phrase, m: Mention) -> bool:
    """Whether the phrase ``p`` names a state's troops or police (a country word before the head) whose
    named actor ``m`` is the international body they serve in, or one named after the head ("Kenyan
    peacekeepers of an AU force")."""
    if p.role not in _FORCE_ROLES:
        return False
    head = p.head.i
    if p.role == "MIL" and m.start > head and any(c.end <= head for c in p.countries):
        return True
    body = m.entry is not None and m.entry.kind in _BODY_KINDS
    return body and any(c.end <= min(m.start, head) for c in p.countries)
