"""Agent roles read past a proper name: the role of an agent noun whose own name stands between its role
word and its head ("the opposition Labour party" read as "opposition party"), and the state organs a
name does not take out of their country ("the Information Ministry").

``Resolver.agent_role`` reads the one or two words right before a head ("opposition party" -> OPP); a
party's or a body's proper name in between hides the role word, and the phrase is read as a named
organisation with no role at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.actors.dictionary import ActorDictionary

# Roles of a state's own organs (a ministry, an army, a police force, a court, a legislature, a service)
# and of its domestic politics (an opposition, a party): none acts outside one country.
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY"})
# Dependency labels of the proper-name words that may stand between a role word and its head.
_NAME_DEPS = frozenset({"compound", "amod", "nmod", "cc", "conj"})
_NAME_DEP_IDS = labels.labels(_NAME_DEPS)  # (as ``Token.dep`` gives them: newsevents.labels)


def named_agent_role(dictionary: ActorDictionary, head: Token) -> str | None:
    """The agent or title role of ``head`` read past the proper name right before it ("the opposition
    Congress party" -> the role of "opposition party"), else None."""
    doc, i = doccache.tokens(head.doc), head.i - 1  # (the cached tokens: no Token made per look)
    while i >= 0 and doc[i].pos == labels.POS_PROPN and doc[i].dep in _NAME_DEP_IDS and doc[i].head.i >= i:
        i -= 1
    if i == head.i - 1 or i < 0 or doc[i].pos_ not in ("NOUN", "ADJ", "VERB"):
        return None  # (no name in between, or nothing before it that could say the role)
    phrase = f"{doc[i].lemma_.casefold()} {head.lemma_.casefold()}"
    return dictionary.title_role(phrase) or dictionary.agent_role(phrase)


def state_organ(role: str | None) -> bool:
    """Whether an agent role is a state organ's or a domestic political body's: "the Information
    Ministry" or "the opposition Freedom Party", which the recogniser takes for an organisation of its
    own, is of the country its context places it in."""
    return role is not None and role[:3] in _STATE_ORGANS
