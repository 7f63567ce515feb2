"""The subject of a verb after a fronted participle: "Demanding a truce in Libya, the Council imposed ...".

A release often opens with a participle phrase ("Demanding ...", "Adopting resolution 1973, ...",
"Citing security concerns, ..."). The parser may make that phrase the verb's clausal subject (csubj) and
hang the real subject on its last noun as an apposition ("Libya, the Security Council"): the verb then has
no nominal subject and its act no source. The last apposition inside the fronted phrase, before the verb,
is the subject. The parser reads the same phrase as an adverbial clause (advcl) as often, with the same
apposition; that reading counts only when the participle opens its sentence, so that a participle after
the verb ("..., citing X, the minister") or inside a longer opening is never read as fronted.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

__all__ = ["fronted_subject"]


def fronted_subject(verb: Token) -> list[Token]:
    """The subject the parser hung as an apposition inside a fronted participle that it made ``verb``'s
    clausal subject or opening adverbial clause, or nothing."""
    for child in doccache.children(verb):
        if child.tag_ != "VBG" or child.i > verb.i or not _fronted(child):
            continue
        appositions = [t for t in doccache.subtree(child) if t.dep_ == "appos" and t.i < verb.i]
        if appositions:
            return [appositions[-1]]
    return []


# Clause relations a fronted participle is read with: clausal subject, adverbial clause.
_FRONTED_DEPS = frozenset({"csubj", "advcl"})


def _fronted(participle: Token) -> bool:
    """Whether ``participle`` heads a fronted phrase: a clausal subject, or an adverbial clause that opens
    its sentence (an advcl elsewhere is an ordinary clause of the verb's, with a subject of its own)."""
    if participle.dep_ not in _FRONTED_DEPS:
        return False
    return participle.dep_ == "csubj" or participle.i == participle.sent.start
