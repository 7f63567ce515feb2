"""Happenings that are no act of a party: accidents, games, everyday places that shut, market moves.

The closing and background paragraphs of a report tell misfortunes and everyday life in words the
dictionaries read as events: an airliner that "crashed near the airport, killing forty" is not a killing
by the airline's country, a cricket side that "beat" another defeats no party, and "schools and shops were
closed for the holiday" is no ban (corpus/README.md: actors are parties; background is no event). Read by
coding/unasserted.py, whose verdict the modality stage applies by dropping the trigger with the rule named
here, as it drops an act of nature. The words are in ``coding/data/mishaps.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import lexicon
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

ACCIDENT = declare(
    "modality",
    "accident",
    "a killing or a destruction told of an accident ('an airliner crashed, killing forty', 'the collapse "
    "killed twelve') is a misfortune, nobody's act",
    "A passenger train derailed near the capital, killing fifty people.",
)
GAME = declare(
    "modality",
    "game",
    "a side beating or defeating another in a game ('the national cricket team beat Lima's') defeats no "
    "party",
    "The national football team defeated Peru in the final.",
)
EVERYDAY_CLOSURE = declare(
    "modality",
    "everyday-closure",
    "everyday places shut with nobody named as closing them ('schools and shops were closed for the "
    "holiday') are no ban nor censorship",
    "Schools and shops were closed on Friday for the holiday.",
)
MARKET_MOVE = declare(
    "modality",
    "market-move",
    "a currency, a market, shares or an index that rally, plunge or tumble ('the won rallied', 'stocks "
    "slumped') move in price; no party acts",
    "The peso and the stock market rallied on the news.",
)
_FILE = "coding/data/mishaps.toml"
# Links by which a verb hangs on the verb that tells its circumstance: a participle ("crashed, KILLING
# forty") or a conjunct ("collapsed and KILLED twelve").
_SHARED_LINKS = frozenset({"advcl", "conj", "xcomp"})
# Links of the phrases in which a game is named: the subject, the object, and a preposition's object.
_PARTY_LINKS = frozenset({"nsubj", "nsubjpass", "dobj", "prep", "agent"})


@dataclass(frozen=True, slots=True)
class MishapWords:
    """``coding/data/mishaps.toml``."""

    accident_verbs: frozenset[str]
    objectless_accident_verbs: frozenset[str]
    accident_nouns: frozenset[str]
    blast_nouns: frozenset[str]
    accident_qualifiers: frozenset[str]
    sport_words: frozenset[str]
    game_verbs: frozenset[str]
    instruments: frozenset[str]
    everyday_places: frozenset[str]
    closing_verbs: frozenset[str]
    market_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def mishap_words() -> MishapWords:
    """The accident, game and closure words, checked: every key present, each a list of words."""
    return word_table(MishapWords, _FILE)


def mishap(tok: Token) -> str | None:
    """The rule by which the trigger ``tok`` tells a happening that is no act (ACCIDENT, ...), or None."""
    if tok.pos_ != "VERB":
        return None
    if _accident(tok):
        return ACCIDENT
    if _game(tok):
        return GAME
    if _market_move(tok):
        return MARKET_MOVE
    return EVERYDAY_CLOSURE if _everyday_closure(tok) else None


def _accident(tok: Token) -> bool:
    """Whether ``tok`` is done by an accident ("the crash killed forty", "a gas explosion killed ten") or
    hangs, without a subject of its own, on a verb of an accident ("the airliner crashed, killing forty") or
    has one as its time clause ("soldiers were killed when their helicopter crashed")."""
    if tok.lemma_.casefold() in lexicon().speech_participles:
        # a verb of speech is said by someone ("said prices had collapsed, ACCUSING X of dumping"): no
        # accident's consequence, whatever verb the parser hangs it on or hangs on it
        return False
    words = mishap_words()
    children = doccache.children(tok)
    doers = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    doers += [p for c in children if c.dep_ == "agent" for p in doccache.children(c) if p.dep_ == "pobj"]
    if any(_accident_noun(d, words) for d in doers):
        return True
    if any(c.dep_ in ("nsubj", "agent") for c in children):
        return False
    if any(c.dep_ == "advcl" and _accident_verb(c, words) for c in children):  # "killed when it crashed"
        return True
    return tok.dep_ in _SHARED_LINKS and tok.head.i != tok.i and _accident_verb(tok.head, words)


def _accident_verb(verb: Token, words: MishapWords) -> bool:
    """Whether ``verb`` tells an accident: "capsized", or "crashed" without an object."""
    lemma = verb.lemma_.casefold()
    if lemma in words.accident_verbs:
        return True
    return lemma in words.objectless_accident_verbs and not any(
        c.dep_ == "dobj" for c in doccache.children(verb)
    )


def _accident_noun(noun: Token, words: MishapWords) -> bool:
    """Whether ``noun`` names an accident: a crash, a collision, or a blast qualified as one ("gas")."""
    lemma = noun.lemma_.casefold()
    if lemma in words.accident_nouns:
        return True
    return lemma in words.blast_nouns and any(
        c.lemma_.casefold() in words.accident_qualifiers for c in doccache.children(noun)
    )


def _game(tok: Token) -> bool:
    """Whether ``tok`` wins a game: a verb of winning with a word of a game in the subject, the object or a
    prepositional phrase."""
    words = mishap_words()
    if tok.lemma_.casefold() not in words.game_verbs:
        return False
    sport = words.sport_words
    for child in doccache.children(tok):
        if child.dep_ in _PARTY_LINKS and not _instrument(child, words.instruments):
            if any(t.lemma_.casefold() in sport for t in child.subtree):
                return True
    return False


def _instrument(child: Token, instruments: frozenset[str]) -> bool:
    """Whether ``child`` is a "with" phrase naming a thing struck with ("beat him WITH A BASEBALL BAT"): a
    game's gear used as a weapon tells an assault, not a game."""
    return child.lower_ == "with" and any(
        c.dep_ == "pobj" and c.lemma_.casefold() in instruments for c in doccache.children(child)
    )


def _everyday_closure(tok: Token) -> bool:
    """Whether ``tok`` shuts everyday places in the passive with no agent ("schools were closed")."""
    words = mishap_words()
    if tok.lemma_.casefold() not in words.closing_verbs:
        return False
    children = doccache.children(tok)
    if any(c.dep_ == "agent" for c in children):
        return False
    return any(c.dep_ == "nsubjpass" and c.lemma_.casefold() in words.everyday_places for c in children)


def _market_move(tok: Token) -> bool:
    """Whether the subject of ``tok``, or each of its conjuncts, names a market, a price or a currency
    ("the won and the stock market rallied"): a market report, not a party's act."""
    market = mishap_words().market_nouns
    subjects = [c for c in doccache.children(tok) if c.dep_ == "nsubj"]
    if not subjects:
        return False
    heads = [t for s in subjects for t in (s, *doccache.conjuncts(s))]
    return all(t.lemma_.casefold() in market or t.text.casefold() in market for t in heads)
