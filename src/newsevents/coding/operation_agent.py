"""Parse mending: the doer of a passive act told as who ran the operation it was part of.

"About 200 civilians were evacuated from the town in an operation run by the Red Crescent": the passive
verb has no "by" agent of its own, and the party that did the act hangs on the participle of the
operation ("run", "organised", "led by X"). The operation is the act's own frame, so who ran it did it;
without the mending the act is an agentless passive, coded with no source or dropped. The rule moves the
participle's "by" phrase to the passive verb as its agent, when the verb has none and the operation's
phrase hangs from the verb by a framing preposition ("in", "under", ``coding/data/operation_agent.toml``).
The small model parses the phrase two ways ("an operation run by": "run" the preposition's object with
"operation" its compound, or "operation" the object with "run" on it); both are read. Runs from
``reattach.ReattachStage`` with the other mending rules, on the parse as spaCy gives it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from spacy.tokens import Token

from newsevents.coding.resources import word_sets
from newsevents.coding.rules import declare

OPERATION_AGENT = declare(
    "source",
    "operation-agent",
    "the 'by' agent of the participle of an operation a passive act was done in ('were evacuated in an "
    "operation run by the Red Crescent') is the passive verb's agent",
    "About 200 civilians were evacuated from the town in an operation run by the Red Cross.",
)

__all__ = ["OPERATION_AGENT", "operation_agents"]


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``operation_agent.toml``: the participles and the framing prepositions."""
    return word_sets("coding/data/operation_agent.toml", ("participles", "prepositions"))


def operation_agents(by_words: Iterable[Token]) -> int:
    """Give each operation's "by" phrase to the agentless passive verb the operation frames; the number
    mended. ``by_words``: the article's words "by"."""
    mended = 0
    for by in by_words:
        verb = _framed_passive(by)
        if verb is not None:
            by.head, by.dep_ = verb, "agent"
            mended += 1
    return mended


def _framed_passive(by: Token) -> Token | None:
    """The agentless passive verb the operation ``by`` hangs on (through its participle) frames."""
    words = _words()
    participle = by.head
    if by.dep_ != "agent" or participle.tag_ != "VBN":
        return None
    if participle.lemma_.casefold() not in words["participles"]:
        return None
    # ("in an operation run by": the participle is the preposition's object, or describes it)
    noun = participle.head if participle.dep_ == "acl" else participle
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words["prepositions"]:
        return None
    verb = prep.head
    if verb.tag_ != "VBN" or not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    return verb
