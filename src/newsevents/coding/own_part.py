"""What a speaker says of its own part: "said it had NO ROLE in the attack" (a denial), "a letter saying it
was very SORRY for the loss" (an apology). Read by ``coding/judgement.py`` on a reported clause; the word
lists are ``involvement_words`` and ``apology_words`` of ``coding/data/words.toml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.feelings import others_deed
from newsevents.coding.lexicon import Lexicon
from newsevents.coding.unasserted import news_formula

__all__ = ["denied_part", "sorry"]


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
