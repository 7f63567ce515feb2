"""Blame for starting a fight told in a reported clause: "Kigali said Ugandan forces had started the
clashes", "Beijing said Washington had begun the trade war" are accusations (CAMEO 112) of the party
that began it, with no word of blame: who began a fight is the charge each side lays on the other.

The fight itself, when a pattern codes its noun, stays an event of its own; this adds the speaker's
charge on the reporting verb. ``reported_accusations`` reads blame words ("fired FIRST") in clauses whose
verb is the act; here the act is the object of a verb of starting, which no list there holds. Kept narrow:
a verb of starting whose object is a noun of a fight (``data/started_blame.toml``), a named subject (not a
pronoun, not the speaker's own "its troops"), neither negated nor hedged by a modal.
``judgement._reported`` calls this through ``speech_blame``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

STARTED_BLAME = declare(
    "trigger",
    "started-blame",
    "a speaker saying a named party started a fight ('said Ugandan forces had started the clashes') "
    "accuses it (112)",
    "Kigali said Ugandan forces had started the border clashes.",
)
_FILE = "coding/data/started_blame.toml"
# CAMEO code of an accusation (112: accuse, not specified).
_ACCUSE = "112"


@dataclass(frozen=True, slots=True)
class StartedWords:
    """``coding/data/started_blame.toml``."""

    start_verbs: frozenset[str]
    conflict_nouns: frozenset[str]
    negations: frozenset[str]


@functools.lru_cache(maxsize=1)
def started_words() -> StartedWords:
    """The verbs and nouns of the rule (``word_table`` checks every key)."""
    return word_table(StartedWords, _FILE)


def started_blame(tok: Token, clause: Token) -> Trigger | None:
    """The accusation a reporting verb ``tok`` makes when its reported ``clause`` says a named party
    started a fight; its target is that party's phrase."""
    words = started_words()
    if clause.lemma_.casefold() not in words.start_verbs:
        return None
    children = doccache.children(clause)
    if doccache.negated(clause, words.negations) or any(c.tag_ == "MD" for c in children):
        return None  # ("had not started", "could spark a war": no charge)
    if not any(c.dep_ == "dobj" and c.lemma_.casefold() in words.conflict_nouns for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or any(t.tag_ == "PRP$" for t in doccache.subtree(subject)):
        return None  # ("said it had started", "said its troops began": the speaker's own account)
    pattern = construction("ne.started-blame", _ACCUSE, tok, "a named party said to have started a fight")
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=(subject,), steps=(STARTED_BLAME,))
