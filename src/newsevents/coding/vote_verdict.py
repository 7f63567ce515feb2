"""Observers' verdicts on a vote: "the OSCE said the poll had not met the standards it set for members",
"the mission said the poll fell short of its commitments", "the army said the vote was marred by fraud".

Each criticises the vote's conduct (CAMEO 111), so the party that held it, with no word of blame a
pattern or the judgement rules could read: the copula rules of ``judgement`` read "was flawed", not a
negated "meet", a "fall short" or a passive "marred". Kept narrow: the reported clause's subject is a noun
of a vote, and the clause is a negated verb of meeting a yardstick with a yardstick noun in it, a
shortfall, or an unnegated verb that spoils the vote (``data/vote_verdict.toml``); a modal hedges it away
("could fall short" is a fear). The target is the vote's phrase, which the target rules resolve to the
country that held it, else the winner its own clause names ("the vote, won by the Zendan League").
``judgement._reported`` calls this, through ``speech_blame``.
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

VOTE_VERDICT = declare(
    "trigger",
    "vote-verdict",
    "a speaker saying a vote did not meet standards, fell short of them or was marred by fraud criticises "
    "its conduct (111)",
    "The OSCE said the poll in Belarus did not meet the standards of a free vote.",
)
_FILE = "coding/data/vote_verdict.toml"
# CAMEO code of criticism (111: criticise or denounce).
_CRITICISE = "111"
_SUBJECTS = ("nsubj", "nsubjpass")
# The clauses on the vote noun that may name its winner, the verb that does, and relative pronouns.
_OWN_CLAUSES = frozenset({"acl", "relcl"})
_WIN = "win"
_RELATIVE = frozenset({"WDT", "WP"})


@dataclass(frozen=True, slots=True)
class VerdictWords:
    """``coding/data/vote_verdict.toml``."""

    vote_nouns: frozenset[str]
    standard_verbs: frozenset[str]
    standard_nouns: frozenset[str]
    shortfall_verbs: frozenset[str]
    shortfall_adverbs: frozenset[str]
    flaw_verbs: frozenset[str]
    negations: frozenset[str]


@functools.lru_cache(maxsize=1)
def verdict_words() -> VerdictWords:
    """The nouns and verbs of the rule (``word_table`` checks every key)."""
    return word_table(VerdictWords, _FILE)


def vote_verdict(tok: Token, clause: Token) -> Trigger | None:
    """The criticism a reporting verb ``tok`` makes when its reported ``clause`` says a vote failed a
    yardstick or was spoilt; its target is the vote's phrase."""
    words = verdict_words()
    children = doccache.children(clause)
    vote = next((c for c in children if c.dep_ in _SUBJECTS), None)
    if vote is None or vote.lemma_.casefold() not in words.vote_nouns:
        return None
    if any(c.tag_ == "MD" for c in children):
        return None  # ("could fall short": a fear, not a verdict)
    negated = doccache.negated(clause, words.negations)
    if not (_failed(clause, negated, words) or _spoilt(clause, negated, words)):
        return None
    pattern = construction("ne.vote-verdict", _CRITICISE, tok, "a verdict that a vote failed its yardstick")
    heads = (vote, *_winners(vote))  # (a vote no country places is held where its winner stands)
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=heads, steps=(VOTE_VERDICT,))


def _winners(vote: Token) -> list[Token]:
    """The parties the vote's own clause names as its winners: "the election, WON BY the Zendan League",
    "the vote, which THE LEAGUE won"."""
    found: list[Token] = []
    for clause in doccache.children(vote):
        if clause.dep_ not in _OWN_CLAUSES or clause.lemma_.casefold() != _WIN:
            continue
        for c in doccache.children(clause):
            if c.dep_ == "agent":
                found.extend(p for p in doccache.children(c) if p.dep_ == "pobj")
            elif c.dep_ == "nsubj" and c.tag_ not in _RELATIVE:
                found.append(c)
    return found


def _failed(clause: Token, negated: bool, words: VerdictWords) -> bool:
    """ "did NOT MEET international STANDARDS", "FELL SHORT of standards"."""
    lemma = clause.lemma_.casefold()
    if lemma in words.standard_verbs:
        return negated and any(t.lemma_.casefold() in words.standard_nouns for t in doccache.subtree(clause))
    if lemma in words.shortfall_verbs and not negated:
        return any(c.lower_ in words.shortfall_adverbs for c in doccache.children(clause))
    return False


def _spoilt(clause: Token, negated: bool, words: VerdictWords) -> bool:
    """ "was MARRED by fraud", "was TAINTED by intimidation" (not "was not marred")."""
    return not negated and clause.lemma_.casefold() in words.flaw_verbs
