"""What a speaker says of its own part: "said it had NO ROLE in the attack", "said it had NOT KNOWN OF
the raid" (denials), "a letter saying it was very SORRY for the loss" (an apology). Read by
``coding/judgement.py`` on a reported clause; the word lists are ``involvement_words`` and
``apology_words`` of ``coding/data/words.toml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.feelings import others_deed
from newsevents.coding.lexicon import Lexicon
from newsevents.coding.rules import declare
from newsevents.coding.unasserted import news_formula

__all__ = ["DENIED_KNOWLEDGE", "denied_knowledge", "denied_part", "sorry"]

DENIED_KNOWLEDGE = declare(
    "trigger",
    "denied-knowledge",
    "a speaker saying it, or its own side, had not known of an act ('said its government had not known "
    "of the raid') denies a part in it (016), as 'had no role in' does",
    "Quito said its government had not known of the raid on the camp.",
)
# Prepositions that name what a party says it did not know of.
_OF = frozenset({"of", "about"})


def denied_part(clause: Token, words: Lexicon) -> tuple[Token, ...] | None:
    """ "said it had NO ROLE in the attack", "played no part in", "had nothing to do with": a denial; the
    objects of the part's own preposition (what the speaker denies a part in), or None for no denial."""
    if clause.lemma_.casefold() not in ("have", "play", "bear"):
        return None
    part = next((c for c in doccache.children(clause) if c.dep_ == "dobj"), None)
    if part is None:
        return None
    # ("had NOTHING more TO TALK about with Seoul" refuses talks: only "nothing to do with" denies a part)
    nothing = part.lower_ == "nothing" and not any(
        c.dep_ in ("acl", "relcl") and c.lemma_.casefold() != "do" for c in doccache.children(part)
    )
    negated = doccache.negated(clause) or any(
        d.dep_ == "det" and d.lower_ in words.negations for d in doccache.children(part)
    )
    if not (nothing or (negated and part.lemma_.casefold() in words.involvement_words)):
        return None
    return tuple(
        o
        for p in doccache.subtree(part)
        if p.dep_ == "prep"
        for o in doccache.children(p)
        if o.dep_ == "pobj"
    )


def sorry(complement: list[Token], words: Lexicon) -> bool:
    """ "was (very) SORRY", "is deeply REGRETFUL": words of apology as the complement (not "sorry to
    inform you that ...", which brings news: coding/unasserted.py; nor "sorry that Lima had not
    replied", another party's failure: coding/feelings.py criticises it)."""
    if not complement or complement[0].lemma_.casefold() not in words.apology_words:
        return False
    return not news_formula(complement[0]) and others_deed(complement[0]) is None


def denied_knowledge(clause: Token) -> tuple[Token, tuple[Token, ...]] | None:
    """ "said it had NOT KNOWN OF the raid": the subject that says it did not know (judgement.py checks it
    is the speaker's own side) and the acts it names; None for any other clause. Not knowing is the
    usual way a party disowns an act done from its soil or by its people."""
    if clause.lemma_.casefold() != "know" or not doccache.negated(clause):
        return None
    subject = next((c for c in doccache.children(clause) if c.dep_ == "nsubj"), None)
    acts = tuple(
        o
        for p in doccache.children(clause)
        if p.dep_ == "prep" and p.lower_ in _OF
        for o in doccache.children(p)
        if o.dep_ == "pobj"
    )
    return None if subject is None or not acts else (subject, acts)
