"""Doubts about a party's good faith: "doubted that Lima would honour the pact" is disapproval of Lima
(CAMEO 111), not the pessimistic comment (012) a bare doubt is ("doubted the truce would last").

Doubting that a party will keep its word questions its good faith, as the corpus codes the distrust it
voices (criticism, root 11). The doubted clause must name the party as its subject (a name or a noun,
not the speaker's pronoun) and have a verb of keeping one's word with what is kept ("honour its
commitments", "comply with the ruling", "abide by the deal"); the words are in
``coding/data/doubted_faith.toml``. Called from ``coding/stance.py`` beside the forecast warnings.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

DOUBTED_FAITH = declare(
    "code",
    "doubted-faith",
    "doubting that a party will keep its word ('doubted that Lima would honour the pact') questions its "
    "good faith: disapproval of that party (111), not a pessimistic comment (012)",
    "Quito said it doubted that Lima would honour the border pact.",
)
_FILE = "coding/data/doubted_faith.toml"
# Disapproval (CAMEO 111); the pessimistic comment a bare doubt is coded (012, root 01).
_DISAPPROVAL, _COMMENT_ROOT = "111", "01"
_SUBJECTS, _NOMINAL = frozenset({"nsubj", "nsubjpass"}), frozenset({"PROPN", "NOUN"})
# Dependents of the doubted verb that name what is kept ("honour ITS COMMITMENTS", "comply WITH").
_KEPT = frozenset({"dobj", "prep", "prt"})


@dataclass(frozen=True, slots=True)
class DoubtWords:
    """``coding/data/doubted_faith.toml``."""

    verbs: frozenset[str]
    keep_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def doubt_words() -> DoubtWords:
    """The words of doubted good faith, checked: every key present, each a list of strings."""
    return word_table(DoubtWords, _FILE)


def doubted_faith(trigger: Trigger) -> Trigger:
    """``trigger`` recoded as disapproval (111) of the doubted party when it is a verb of doubt coded as
    a comment whose clause tells a party keeping its word; else unchanged."""
    words = doubt_words()
    pattern = trigger.pattern
    if trigger.noun or trigger.code is not None or pattern.lemma not in words.verbs:
        return trigger
    if not pattern.code.startswith(_COMMENT_ROOT) or pattern.object or pattern.prep:
        return trigger
    party = _doubted_party(trigger.token, words)
    if party is None:
        return trigger
    recoded = replace(pattern, code=_DISAPPROVAL, id=f"{pattern.id}+faith")
    return replace(trigger, pattern=recoded, target_heads=(party,), steps=(*trigger.steps, DOUBTED_FAITH))


def _doubted_party(verb: Token, words: DoubtWords) -> Token | None:
    """The subject of the clause ``verb`` doubts when that clause tells it keeping its word."""
    for clause in doccache.children(verb):
        if clause.dep_ != "ccomp" or clause.lemma_.casefold() not in words.keep_words:
            continue
        kids = doccache.children(clause)
        if any(c.dep_ == "neg" for c in kids) or not any(c.dep_ in _KEPT for c in kids):
            continue  # ("doubted Lima would NOT honour it" says the opposite; "would keep" keeps nothing)
        subject = next((c for c in kids if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.pos_ in _NOMINAL:
            return subject
    return None
