"""Event nouns held by the clause they hang from: "Biden approved the loan after a long telephone call
with Lula" tells a call Biden held, though the noun has no possessor or "by" phrase of its own. A noun
under a preposition of the clause that names its counterpart with "with" (or a journey its destination,
"during a visit to Nairobi") is an act of the clause's subject (as "in protest" on a verb makes the
verb's subject the protesters, coding/protest.py).

A pure function of the parse, read by ``roles.noun_roles`` for the noun's source. A noun naming its
counterpart (``syntax.with_counterpart``) under a preposition of setting is an event, not a scene
(``scene.scene_noun_is_event``), and not the content of the clause's verb (``syntax.setting_act``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.journey_part import journey_clause
from newsevents.coding.pair_talks import PAIR_TALKS, pair_talks
from newsevents.coding.protest import PROTEST_PHRASE, protest_verb
from newsevents.coding.rules import declare

CLAUSE_PARTY = declare(
    "source",
    "clause-party",
    "an event noun that names its counterpart with 'with' ('a telephone call with X', 'talks with X'), or "
    "a journey its destination ('a visit to X'), under a preposition of a clause is held by the clause's "
    "subject",
    "The Chilean president, in a telephone call with his Peruvian counterpart, said the border would stay "
    "open.",
)
HOSTED_TALKS = declare(
    "select",
    "hosted-talks",
    "talks between two parties that a third hosts, mediates or brokers are an event of their own, "
    "besides the third party's act",
    "Ecuador hosted talks between Colombian and Venezuelan envoys on Monday.",
)
# Parts of speech of the word a clause-level prepositional phrase hangs from.
_CLAUSE_HEADS = frozenset({"VERB", "AUX"})


def clause_party(tok: Token) -> tuple[Token, str] | None:
    """The verb whose subject holds the act of event noun ``tok``, and the rule that found it: "in
    protest" on a verb (``source:protest-phrase``), or a noun naming its counterpart under a
    preposition of the clause (``source:clause-party``); None for any other noun."""
    verb = protest_verb(tok)
    if verb is not None:
        return verb, PROTEST_PHRASE
    if (pair := pair_talks(tok)) is not None:  # ("X and Y agreed ... after talks in Z")
        return pair, PAIR_TALKS
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    clause = journey_clause(tok) or tok.head.head  # ("signed a deal at the end of a visit to X")
    if clause.dep_ == "nsubj" and tok.head.i > 0 and tok.head.nbor(-1).text == ",":
        clause = clause.head  # ("The president, in a call with ..., said": set off after the subject)
    if clause.pos_ not in _CLAUSE_HEADS or not (syntax.with_counterpart(tok) or syntax.journey_to(tok)):
        return None
    return clause, CLAUSE_PARTY


def hosted_talks(tok: Token, governor_code: str) -> bool:
    """Whether event noun ``tok``, the object of a verb of consultation (``governor_code`` 04x: hosted,
    mediated, brokered), names its own parties with "between": then it does not give way to the verb."""
    if governor_code[:2] != "04":
        return False
    preps = (c for c in doccache.children(tok) if c.dep_ == "prep" and c.lower_ == "between")
    return any(c.dep_ == "pobj" for prep in preps for c in doccache.children(prep))
