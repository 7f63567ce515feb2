"""The party a reported clause says did wrong: "Oslo said Moscow had VIOLATED the accord", "said Tehran
had NOT COMPLIED", and wrongs told by their manner rather than their verb: "said the trawler had fished
ILLEGALLY in its waters", "said the survey ship had operated WITHOUT PERMISSION", "said the crews had kept
sailing IN BREACH OF the ban"; a wrong told by a verb coordinated with the reported one ("said the plane
had crossed the coast AND LANDED WITHOUT PERMISSION"); and a wrong suspected in the past ("said Moscow
MAY HAVE TAMPERED with the site"), which the corpus codes as an accusation too.

Read by ``coding/judgement.py`` (its reported-wrong step, CAMEO 112) on each clause a reporting verb
reports. Verbs of wrongdoing are ``wrongdoing_verbs`` in ``coding/data/words.toml``; the manner words and
the modals of suspicion, and the phrases that make a deed a wrong ("worked AGAINST", "crossed a RED
line"), are in ``coding/data/wrongdoer.toml``. A party's report of its own acts (a pronoun
subject), an act done lawfully or with leave, and plans, facts or praise carry none of these words and
stay uncoded here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.breach_claim import breaching_party
from newsevents.coding.lexicon import Lexicon
from newsevents.coding.resources import word_table

__all__ = ["WrongWords", "wrong_words", "wrongdoer"]

# Subjects that are the speaker itself ("said WE had breached"): its own wrongs are an admission.
_SELF = frozenset({"i", "we", "me", "us"})


@dataclass(frozen=True, slots=True)
class WrongWords:
    """``coding/data/wrongdoer.toml``."""

    wrongful_adverbs: frozenset[str]
    leave_nouns: frozenset[str]
    suspicion_modals: frozenset[str]
    against_verbs: frozenset[str]
    fought_ills: frozenset[str]
    crossing_verbs: frozenset[str]
    crossed_marks: frozenset[str]


@functools.lru_cache(maxsize=1)
def wrong_words() -> WrongWords:
    """The words of ``coding/data/wrongdoer.toml``, checked."""
    return word_table(WrongWords, "coding/data/wrongdoer.toml")


def wrongdoer(clause: Token, words: Lexicon) -> Token | None:
    """The named party a reported ``clause`` (its verb) says did wrong (``wrongdoing_verbs`` or a wrongful
    manner, asserted) or broke a commitment (``compliance_verbs``, negated), in a clause with no modal but
    one of past suspicion; never a pronoun or the speaker itself; else None."""
    lemma = clause.lemma_.casefold()
    negated = doccache.negated(clause, words.negations)
    if any(c.tag_ == "MD" for c in doccache.children(clause)) and not _suspected(clause, negated):
        return None  # "could breach", "would not cooperate": a fear or a refusal, no wrong done
    if negated:
        wrong = lemma in words.compliance_verbs
    else:
        wrong = lemma in words.wrongdoing_verbs or _wrongful_manner(clause, words) or _wrong_deed(clause)
    if not wrong:  # ("said Iran was in breach of its commitments": coding/breach_claim.py)
        return None if negated else breaching_party(clause, words) or _conjunct(clause, words)
    return _named(clause)


def _named(clause: Token) -> Token | None:
    """The clause's subject if it names a party: not a pronoun, not the speaker itself."""
    subject = next((c for c in doccache.children(clause) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or subject.lower_ in _SELF:
        return None
    return subject


def _conjunct(clause: Token, words: Lexicon) -> Token | None:
    """ "said the plane had entered its airspace AND LANDED WITHOUT PERMISSION": a wrong told by a verb
    coordinated with the reported one that shares its subject."""
    for verb in doccache.children(clause):
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or doccache.negated(verb, words.negations):
            continue
        if any(c.tag_ == "MD" for c in doccache.children(verb)):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in doccache.children(verb)):
            continue  # (a subject of its own, "and that bodies LAY in the street", is another clause)
        if verb.lemma_.casefold() in words.wrongdoing_verbs or _wrongful_manner(verb, words):
            return _named(clause)
    return None


def _suspected(clause: Token, negated: bool) -> bool:
    """ "MAY HAVE tampered", "MUST HAVE known": a modal of suspicion with a perfect, a wrong thought done
    (not "could breach", a fear of one to come)."""
    if negated or clause.tag_ != "VBN":
        return False
    kids = doccache.children(clause)
    modal = any(c.tag_ == "MD" and c.lower_ in wrong_words().suspicion_modals for c in kids)
    return modal and any(c.dep_ == "aux" and c.lemma_.casefold() == "have" for c in kids)


def _wrong_deed(clause: Token) -> bool:
    """Whether the clause tells a deed that is a wrong by its phrase, not its verb alone: working against
    others ("said the envoys had WORKED AGAINST its interests", ``against_verbs``; not against an ill of
    ``fought_ills``, "worked against the gangs") or crossing a line
    drawn as a limit ("said Lima had CROSSED all RED LINES", ``crossing_verbs`` with a line of
    ``crossed_marks``). "Worked with" and "crossed the border" are no wrong."""
    table = wrong_words()
    lemma = clause.lemma_.casefold()
    kids = doccache.children(clause)
    if clause.tag_ == "VB":
        return False  # (a bare verb, "insisted that Lima WORK against the gangs", is a demand, no deed)
    if lemma in table.against_verbs:
        preps = (c for c in kids if c.dep_ == "prep" and c.lower_ == "against")
        foes = [o for p in preps for o in doccache.children(p) if o.dep_ == "pobj"]
        return bool(foes) and not any(o.lemma_.casefold() in table.fought_ills for o in foes)
    if lemma not in table.crossing_verbs:
        return False
    lines = (c for c in kids if c.dep_ == "dobj" and c.lemma_.casefold() == "line")
    marks = (m for o in lines for m in doccache.children(o) if m.dep_ == "amod")
    return any(m.lower_ in table.crossed_marks for m in marks)


def _wrongful_manner(clause: Token, words: Lexicon) -> bool:
    """Whether the clause's act is told as done unlawfully: "ILLEGALLY", "WITHOUT PERMISSION", "IN BREACH
    OF the accord" (the breach nouns of ``breach_nouns``)."""
    table = wrong_words()
    for child in doccache.children(clause):
        if child.dep_ == "advmod" and child.lower_ in table.wrongful_adverbs:
            return True
        if child.dep_ != "prep" or child.lower_ not in ("without", "in"):
            continue
        nouns = table.leave_nouns if child.lower_ == "without" else words.breach_nouns
        if any(o.dep_ == "pobj" and o.lemma_.casefold() in nouns for o in doccache.children(child)):
            return True
    return False
