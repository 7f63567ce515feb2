"""A harsh judgement of another party's proposal or finding is a rejection: "said the plan was dead".

The judgement stages read "X said Y was <harsh word>" as a pessimistic comment (012,
``selection._judgement``) or a criticism (111, ``judgement``: "called the offer unacceptable"). When Y is
a thing another party put forward for the speaker to take or believe (a plan, an offer, a report, a
declared zone), calling it invalid, incomplete or unacceptable (a word that denies it standing, not a
word of blame: "called the plan cynical" criticises a deed) turns it down: the corpus codes a rejection
(12), as it does for "rejected the plan". Over tuning and the probe sets the comment code was wrong on
these (roots9: gold 12 or 11 on every such subject), right on judgements of a situation or a deed ("the
situation was alarming", "the move was a step backwards"). The nouns are a list in
``coding/data/judged_proposal.toml``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table

_FILE = "coding/data/judged_proposal.toml"
# A rejection not specified further (CAMEO 120): the corpus gives no finer kind for a thing judged void.
REJECTION = "120"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A pessimistic comment (012) and a criticism (111): the harsh judgements a rejection replaces.
_HARSH = frozenset({"012", "111"})


@dataclass(frozen=True, slots=True)
class JudgedWords:
    """``coding/data/judged_proposal.toml``."""

    proposal_things: frozenset[str]
    rejecting_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def judged_words() -> JudgedWords:
    """The nouns, checked: every key present, each a list of words."""
    return word_table(JudgedWords, _FILE)


def judged_code(thing: Token | None, code: str, said: Iterable[Token]) -> str:
    """``code`` of a harsh judgement (012, 111) of ``thing`` in the words ``said``, or a rejection when
    ``thing`` is a proposal or finding and a word of ``said`` denies it standing ("called the offer
    unacceptable", "said the plan was dead"; not "called the plan cynical", a criticism of a deed)."""
    if code not in _HARSH or thing is None:
        return code
    words = judged_words()
    if thing.lemma_.casefold() not in words.proposal_things:
        return code
    return REJECTION if any(t.lower_ in words.rejecting_words for t in said) else code


def judged_clause_code(clause: Token, code: str) -> str:
    """``judged_code`` of the subject of ``clause`` ("the plan" of "the plan was dead")."""
    subject = next((c for c in doccache.children(clause) if c.dep_ in _SUBJECTS), None)
    return judged_code(subject, code, doccache.subtree(clause))
