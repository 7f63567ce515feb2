"""An acronym the article defines for a named group names that group wherever it is used again: "the
Andean Miners' Federation (AMF) called a strike ... The AMF said" -> the federation, the second time too.

Groups the dictionary lacks are read under their full name (an unlisted organisation, a country's body or
union: "the Ruritanian Labour Congress"), but the short form used after the definition is a lone
capitalised word that no mention covers (a one-word ORG is too often a misread capitalised noun), so it
named no actor and the acts told of it were lost. The phrase rule ``defined-acronym`` of
``actors.phrases`` reads such a word as the phrase that defined it, with its country and role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase

__all__ = ["defined_acronym"]

# How long a defined short form may be, in characters.
_MIN_LEN, _MAX_LEN = 2, 8


def defined_acronym(p: Phrase) -> list[Actor] | None:
    """A bare acronym ("the AMF") defined earlier in brackets after a name: the actors that name gives,
    read as the acronym's own text."""
    head = p.head
    if p.named or p.countries or p.orgs or not _acronym_shaped(head.text):
        return None
    if any(t.i != head.i and t.pos_ not in ("DET", "PUNCT") for t in p.tokens):
        return None  # ("the AMF leadership" is headed by its noun; "AMF chief X" by the person)
    definer = _definer(head)
    if definer is None:
        return None
    found = p.actors.resolve_all(definer, p.day)
    named = [Actor(text=p.text, name=a.name, country=a.country, role=a.role, code=a.code) for a in found]
    return named or None


def _definer(head: Token) -> Token | None:
    """The head of the phrase an earlier "(ACRONYM)" defines, when the acronym fits its initials."""
    tokens = doccache.tokens(head.doc)
    for i in range(head.i - 2, 0, -1):
        short = tokens[i]
        if short.text != head.text or tokens[i - 1].text != "(" or tokens[i + 1].text != ")":
            continue
        named = tokens[i - 1].head if tokens[i - 1].head.i < i - 1 else tokens[i - 2]
        definer = short.head if short.dep_ == "appos" and short.head.i < i else named
        initials = {t.text[:1] for t in doccache.subtree(definer) if t.i < i - 1}
        return definer if head.text[:1] in initials else None  # ("said (AFP)": a credit, no short form)
    return None


def _acronym_shaped(text: str) -> bool:
    """A short form: two to eight letters (digits, "-" or "&" too), starting with a capital and with at
    least two ("KCTU", "FoKE"); not a word in capitals of a title ("A")."""
    if not (_MIN_LEN <= len(text) <= _MAX_LEN) or not text[:1].isupper():
        return False
    return sum(1 for ch in text if ch.isupper()) >= 2 and all(ch.isalnum() or ch in "-&" for ch in text)
