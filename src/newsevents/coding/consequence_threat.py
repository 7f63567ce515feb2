"""Threats told by a reported clause with no threatening verb: "Ankara said the raid would have serious
consequences for Athens", "an official said the strikes would not go unpunished", "said the Greek raid
would carry a heavy price".

The speaker foretells its own answer to another party's act: a threat (CAMEO 130) on the verb of saying,
aimed at whoever does the act (``responses`` reads the same threat when the answering party is named, "X
would pay a price"; ``forecast`` when the verb is "warn"). Kept narrow: the clause is told with a modal
("would", "will"), its subject is a hostile act (``act_nouns`` in ``data/consequence_threat.toml``), and it
either is said not to go unanswered ("would not go unpunished") or brings a price ("have consequences",
"carry a price") aimed at a party it names ("for Athens", "the Greek raid"). A law or a measure said to
have grave consequences foresees harm (a criticism the judgement rules read), not an answer.
``judgement._reported`` calls this through ``speech_blame``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.patterns import construction
from newsevents.coding.pointed_blame import named_phrase
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

CONSEQUENCE_THREAT = declare(
    "trigger",
    "consequence-threat",
    "a speaker saying another's act would have consequences, carry a price or not go unpunished ('said the "
    "raid would have serious consequences') threatens its doer (130)",
    "Ankara said the raid would have serious consequences.",
)
_FILE = "coding/data/consequence_threat.toml"
# CAMEO code of a threat (130: threaten, not specified).
_THREATEN = "130"
# Tag of a modal auxiliary: the price is foretold ("would", "will"), not told as paid.
_MODAL = "MD"
# Links of the adjective of an act left unanswered ("go UNPUNISHED", "be left UNANSWERED").
_COMPLEMENTS = frozenset({"acomp", "oprd", "xcomp", "attr"})


@dataclass(frozen=True, slots=True)
class ConsequenceWords:
    """``coding/data/consequence_threat.toml``."""

    unanswered_words: frozenset[str]
    unanswered_verbs: frozenset[str]
    bearing_verbs: frozenset[str]
    consequence_nouns: frozenset[str]
    act_nouns: frozenset[str]
    negations: frozenset[str]


@functools.lru_cache(maxsize=1)
def consequence_words() -> ConsequenceWords:
    """The words of the rule (``word_table`` checks every key)."""
    return word_table(ConsequenceWords, _FILE)


def consequence_threat(tok: Token, clause: Token) -> Trigger | None:
    """The threat a reporting verb ``tok`` makes when its reported ``clause`` foretells a price for a
    hostile act, or says it will not go unanswered; its target is the act (its doer, where named)."""
    words = consequence_words()
    children = doccache.children(clause)
    if not any(c.dep_ == "aux" and c.tag_ == _MODAL for c in children):
        return None
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.casefold() not in words.act_nouns:
        return None
    if _unanswered(clause, words):
        aimed: Token | None = subject
    else:
        aimed = _priced_party(clause, subject, words) if _price(clause, words) else None
    if aimed is None:
        return None
    pattern = construction("ne.consequence-threat", _THREATEN, tok, "a price foretold for another's act")
    steps = (CONSEQUENCE_THREAT,)
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=(aimed,), steps=steps)


def _price(clause: Token, words: ConsequenceWords) -> bool:
    """ "would HAVE serious CONSEQUENCES", "would CARRY a high PRICE", not negated."""
    if clause.lemma_.casefold() not in words.bearing_verbs or doccache.negated(clause, words.negations):
        return False
    return any(
        c.dep_ == "dobj" and c.lemma_.casefold() in words.consequence_nouns for c in doccache.children(clause)
    )


def _priced_party(clause: Token, subject: Token, words: ConsequenceWords) -> Token | None:
    """The party a price is aimed at: named by a "for" phrase ("consequences FOR ATHENS") or by the act
    itself ("the GREEK raid"). With neither, the doer is told elsewhere and the threat's target would be a
    guess from the context (pcyber: the story's other party, wrong): no threat read."""
    nouns = [c for c in doccache.children(clause) if c.lemma_.casefold() in words.consequence_nouns]
    fors = (p for n in nouns for p in doccache.children(n) if p.dep_ == "prep" and p.lower_ == "for")
    named = [o for p in fors for o in doccache.children(p) if o.dep_ == "pobj" and named_phrase(o)]
    if named:
        return named[0]
    return subject if named_phrase(subject) else None


def _unanswered(clause: Token, words: ConsequenceWords) -> bool:
    """ "would NOT go UNPUNISHED", "would not be left UNANSWERED": negated, so the answer will come."""
    if clause.lemma_.casefold() not in words.unanswered_verbs:
        return False
    if not doccache.negated(clause, words.negations):
        return False  # ("would go unpunished without evidence": a fear that nobody will answer)
    complements = (c for c in doccache.children(clause) if c.dep_ in _COMPLEMENTS)
    return any(c.lower_ in words.unanswered_words for c in complements)
