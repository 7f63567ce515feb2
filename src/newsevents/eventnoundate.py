"""A date in the prepositional phrase of an event noun dates that noun, not the clause around it: "prosecutors
took over the inquiry into the killing of a Chechen exile in August" tells an inquiry taken over now, of a
killing in August; the parser hangs "in August" on "killing", and the date's anchor, the first verb above,
took August for the taking over.

Only a noun of an act told with its object ("the killing OF X", "the invasion OF Y": an ``event_nouns``
lemma of ``coding/data/words.toml`` with an "of" phrase) that is itself inside a phrase of the clause
("into the killing", "over the invasion"): a subject or object of the verb may be the verb's own occasion
("the killing of X in June shocked the town" is still June's; ``occasiondate`` reads a bound subject).
Only "in" and "on" phrases: "during", "since" and "until" are read by their own rules.

Helper of ``dateclause.bound_noun``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import lexicon

_PREPS = frozenset({"in", "on"})


def event_noun_dated(root: Token, head: Token) -> Token | None:
    """The event noun a date expression (its linking word ``root``, hung from ``head``) is bound to, when
    ``head`` is an "in"/"on" phrase of such a noun inside a phrase of its clause; else None."""
    if root.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in _PREPS:
        return None
    noun = head.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.lemma_.casefold() not in lexicon().event_nouns:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in doccache.children(noun)):
        return None
    return noun
