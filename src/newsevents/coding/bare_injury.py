"""Injuries told with nobody hurting: "two people were hurt", "a girl was wounded in the north".

A passive verb of injury with no agent and no phrase naming an attack or a fight tells a toll: of an
event the report tells in its own sentence (a strike, a charge of the police), or of none it codes. Read
alone it borrows the reporter's or the dateline's country for its source and codes the victims' country
assaulting itself, an event no careful coder records (corpus/README.md: one gold event per real event;
actors are parties). An injury with a "by" agent ("wounded by soldiers") or an occasion named in its own
clause ("hurt in clashes with troops", "wounded in the assault", "wounded when gunmen attacked") stays, as
do the active ones ("shelling wounded five") and killings, which a report codes on their own far more
often. Read by the modality stage
through ``coding/unasserted.py``; the words are in ``coding/data/bare_injury.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.lexicon import lexicon
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

BARE_INJURY = declare(
    "modality",
    "bare-injury",
    "people told as hurt or wounded in a passive with no agent and no attack or fight named in the clause "
    "('two people were hurt') are a toll, no act of a party; 'wounded by soldiers', 'hurt in clashes' stay",
    "Three people were hurt on Monday, the mayor of the border town said.",
)
_FILE = "coding/data/bare_injury.toml"


@dataclass(frozen=True, slots=True)
class BareInjuryWords:
    """``coding/data/bare_injury.toml``."""

    injury_verbs: frozenset[str]
    occasion_nouns: frozenset[str]
    occasion_preps: frozenset[str]


@functools.lru_cache(maxsize=1)
def bare_injury_words() -> BareInjuryWords:
    """The injury, occasion and preposition words, checked: every key present, each a list of words."""
    return word_table(BareInjuryWords, _FILE)


def bare_injury(tok: Token) -> str | None:
    """BARE_INJURY when ``tok`` is a passive verb of injury (or the conjunct of one, "were killed and 400
    wounded") with no agent and no occasion named in its clause, else None."""
    words = bare_injury_words()
    if tok.pos_ != "VERB" or tok.lemma_.casefold() not in words.injury_verbs:
        return None
    passive = syntax.is_passive(tok) or (tok.dep_ == "conj" and syntax.is_passive(tok.head))
    if not passive or tok.tag_ != "VBN":
        return None
    children = doccache.children(tok)
    # a "by" agent names the doer; a time clause ("wounded when gunmen attacked") the act whose toll it is,
    # which coding/casualties.py reads
    if any(c.dep_ in ("agent", "advcl") for c in children):
        return None
    return None if any(names_occasion(c, words) for c in children) else BARE_INJURY


def names_occasion(prep: Token, words: BareInjuryWords) -> bool:
    """Whether ``prep`` is an "in", "during", "at" or "amid" phrase whose object is an attack or a fight."""
    if prep.dep_ != "prep" or prep.lower_ not in words.occasion_preps:
        return False
    lex = lexicon()
    for obj in doccache.children(prep):
        if obj.dep_ != "pobj":
            continue
        lemma = obj.lemma_.casefold()
        if lemma in words.occasion_nouns or lemma in lex.event_subjects or lemma in lex.fight_nouns:
            return True
    return False
