"""A speaker's own outlook: "said it was optimistic about the talks" is an optimistic comment (013),
"said she was worried about the troop build-up" a pessimistic one (012), "said it was disappointed by
Rome's decision" criticism of what it is about (111).

A bare "said" is no event by the corpus conventions; what makes this one a statement is a word of the
speaker's own hope or fear as the predicate of the reported clause, with the speaker (a pronoun) as its
subject. What the outlook is about ("about the talks with Lima") names the target. The words are in
``coding/data/feelings.toml``; the judgement rules (coding/judgement.py) ask this module.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.culpable import names_a_party
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

REPORTED_FEELING = declare(
    "trigger",
    "reported-feeling",
    "a speaker saying it is hopeful or worried ('said it was optimistic about the talks', 'said she was "
    "deeply concerned over the build-up') makes an optimistic (013) or pessimistic (012) comment; one "
    "saying it is disappointed or angered ('said it was disappointed by the decision') criticises (111); "
    "each aimed at what the outlook is about",
    "Lisbon said it was optimistic about the talks with Rabat.",
)
_FILE = "coding/data/feelings.toml"
# CAMEO codes of an optimistic and a pessimistic comment, and of criticism (disappointment, anger).
_OPTIMISTIC, _PESSIMISTIC, _CRITICAL = "013", "012", "111"
_COMMENTS = frozenset({_OPTIMISTIC, _PESSIMISTIC})
# Each code with the feelings.toml list of its words.
_KINDS = ((_OPTIMISTIC, "optimistic"), (_PESSIMISTIC, "pessimistic"), (_CRITICAL, "critical"))
# The subject of a clause the outlook is about, when it is a name or a noun, may be the party it is about.
_SUBJECTS, _NOMINAL = frozenset({"nsubj", "nsubjpass"}), frozenset({"PROPN", "NOUN"})


@dataclass(frozen=True, slots=True)
class FeelingWords:
    """``coding/data/feelings.toml``."""

    optimistic: frozenset[str]
    pessimistic: frozenset[str]
    critical: frozenset[str]
    rued: frozenset[str]
    about: frozenset[str]


@functools.lru_cache(maxsize=1)
def feeling_words() -> FeelingWords:
    """The outlook words, checked: every key present, each a list of strings."""
    return word_table(FeelingWords, _FILE)


def felt(complement: list[Token]) -> tuple[str, tuple[Token, ...] | None] | None:
    """(code, the heads of what it is about, or None) when the first of a reported clause's complements
    is a word of outlook, not negated ("was not optimistic" says less than the opposite: no event) and
    not said beside another act of the speaker's."""
    if not complement:
        return None
    word, words = complement[0], feeling_words()
    lemma = word.lemma_.casefold()
    # (the participle's own form too: "disappointed" may be lemmatised as the verb)
    code = next((c for c, s in _KINDS if {lemma, word.lower_} & getattr(words, s)), None)
    party = others_deed(word) if code is None and lemma in words.rued else None
    if party is not None:
        code = _CRITICAL  # ("said it was sorry that Lima had not replied": criticism, no apology)
        if word.head.head.dep_ == "conj" and word.head.head.head.pos_ == "VERB":
            return None  # ("condemned the speech and said it was sorry that ...": one criticism, told once)
    if code is None or any(c.dep_ == "neg" for t in (word, word.head) for c in doccache.children(t)):
        return None
    said = (word, word.head, word.head.head)  # (the parser hangs the act beside on any of the three)
    beside = [c for t in said for c in doccache.children(t) if c.dep_ == "conj" and c.pos_ == "VERB"]
    beside = [c for c in beside if not _reported_apart(c)]
    # A speaker's disappointment or anger is criticism of its own, a second root beside the act it goes
    # with ("said it was deeply disappointed and urged a return to democracy": 111 and 02, as the tuning
    # and probe gold code it), aimed, when it says at nothing, at the party that act names; only a hope or
    # a worry folds into that act as its colour.
    if beside and code != _CRITICAL:
        return None  # ("said it was alarmed and urged restraint": the outlook folds into the act beside it)
    about = (party,) if party is not None else _about(word, words.about)
    return code, about or _named_in(beside) or None


def _named_in(acts: list[Token]) -> tuple[Token, ...]:
    """The names in the phrases of the acts beside an outlook ("and urged BEIJING not to retaliate",
    "and postponed a meeting with ARGENTINE officials"): the party it is about when it says nothing."""
    return tuple(t for a in acts for t in doccache.subtree(a) if names_a_party(t))


def others_deed(word: Token) -> Token | None:
    """The party whose deed or failure a word of regret is about: the subject of a clause that names a
    party, or of one that says what was not done ("sorry THAT LIMA HAD CHOSEN to leave", "sorry that the
    envoy had NOT replied"); None for "sorry that lives were lost", which rues a loss (an apology still).
    The parser may hang the clause on the copula ("was") rather than on the word."""
    heads = (word, word.head) if word.dep_ == "acomp" else (word,)
    for clause in (c for h in heads for c in doccache.children(h) if c.dep_ == "ccomp"):
        kids = doccache.children(clause)
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        negated = any(c.dep_ == "neg" for c in kids)
        if subject is not None and (subject.pos_ == "PROPN" or (negated and subject.pos_ == "NOUN")):
            return subject
    return None


def _reported_apart(conj: Token) -> bool:
    """ "said it was disappointed AND THAT Obama was reconsidering ...": a second reported clause, with its
    own "that" and subject, is no act of the speaker's beside the outlook; nor is a clause with a subject
    of its own that names a party ("said she was dismayed, AND SPAIN recalled its envoy": another
    speaker's act, told beside)."""
    children = doccache.children(conj)
    subjects = [c for c in children if c.dep_ in _SUBJECTS]
    if any(c.dep_ == "mark" for c in children) and subjects:
        return True
    return any(s.pos_ in _NOMINAL for s in subjects)


def _about(word: Token, about: frozenset[str]) -> tuple[Token, ...]:
    """The heads of the phrases what the outlook is about may name a party in: the object of an "about"
    preposition and the objects nested in it ("about a deal WITH MOSCOW"), or the nouns of a clause
    ("confident that the talks with Vilnius would succeed")."""
    roots = [
        o
        for p in doccache.children(word)
        if p.lower_ in about
        for o in doccache.children(p)
        if o.dep_ == "pobj"
    ]
    clauses = [c for c in doccache.children(word) if c.dep_ == "ccomp"]
    # (a clause names its party as the object of a preposition in it or as its subject: "worried that
    # LIMA was arming"; tokens of a subtree are new objects each time, so they are compared by index)
    subjects = {s.i for c in clauses for s in doccache.children(c) if s.dep_ in _SUBJECTS}
    return tuple(
        t
        for r in roots + clauses
        for t in r.subtree
        if t.dep_ == "pobj" or (t.i in subjects and t.pos_ in _NOMINAL)
    )


def folded_comment(verb: Token, code: str, coded: frozenset[int]) -> bool:
    """Whether a comment (012, 013) on ``verb`` folds into another coded act of the same speaker that
    ``verb`` is conjoined with ("said the handover was a good start AND ASKED Rome to ...", "DISMISSED the
    concern AND said the drills were defensive"): one statement, told once, as the act."""
    if code not in _COMMENTS:
        return False
    beside = [c for c in doccache.children(verb) if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        beside.append(verb.head)
    return any(t.i in coded for t in beside)
