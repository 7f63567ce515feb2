"""The last-resort target of an inquiry or an accusation is the doer of the deed it is about.

An investigation or a charge is aimed at whoever did what it looks into, not at those it was done to:
"opened an investigation into the spying on French journalists by Ruritania's intelligence service" is
an inquiry into Ruritania, and "accused them of the killing of Dutch tourists by Borduria's police" an
accusation against Borduria. The last-resort target (``object-phrase``, ``arguments._target``) takes the
first country found in the object's phrase, the victims' here, as the phrase names them first. For the
roots of investigation (09) and accusation (11) a country named in a "by" phrase of a deed inside the
object's phrase (the deed's agent) is tried first; every other root keeps the phrase's order (aid "for
the victims of the shelling by X" goes to the victims).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.doers import object_phrase_outside_doer

__all__ = ["agents_first"]

# Roots whose act is aimed at the doer of the deed it is about: investigate (09), accuse (11).
_DOER_ROOTS = frozenset({"09", "11"})


def agents_first(trigger: Token, code: str) -> list[Token]:
    """The trigger's object phrase (``object_phrase_outside_doer``), with, for an inquiry or an accusation,
    the words of a "by" agent's phrase moved to the front (in their own order)."""
    tokens = object_phrase_outside_doer(trigger)
    if code[:2] not in _DOER_ROOTS:
        return tokens
    agents = [t for t in tokens if _in_agent(t, trigger)]
    if not agents:
        return tokens
    taken = {t.i for t in agents}
    return agents + [t for t in tokens if t.i not in taken]


def _in_agent(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` sits in a "by" phrase hung on a word below the trigger ("the spying on X BY Y",
    "a raid carried out BY Y"): the agent of the deed the object's phrase tells."""
    cur = tok
    while cur.i != trigger.i and cur.head.i != cur.i:
        cur = cur.head
        if cur.dep_ in ("prep", "agent") and cur.lower_ == "by" and cur.head.i != trigger.i:
            return True
    return False
