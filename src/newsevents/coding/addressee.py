"""Whom an appeal is made to when its verb names nobody but follows a verb that does: "Blinken telephoned
Aliyev and urged an end to the fighting" is an appeal to Aliyev. A pure function of the parse that
``roles.fixed_role_targets`` reads for the codes of ``target_roles.toml`` ``addressee_codes``."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare
from newsevents.coding.target_table import target_roles

CONJUNCT_ADDRESSEE = declare(
    "target",
    "conjunct-addressee",
    "an appeal or demand that names no addressee, coordinated after a verb with a person or state as its "
    "object, is made to that object",
    "Blinken telephoned Aliyev and urged an immediate end to the fighting.",
)
# The parts of speech an addressee can be: a named party or a pronoun standing for one.
_PARTY_POS = frozenset({"PROPN", "PRON"})


def conjunct_addressees(tok: Token, code: str) -> list[Token]:
    """The direct objects of the verb ``tok`` is coordinated after, when ``code`` is an addressee code,
    that verb one of meeting or calling ("shelled Kharkiv and demanded ..." is no appeal to Kharkiv) and
    ``tok`` has no object or dative of its own."""
    if not code.startswith(target_roles().addressee_codes) or tok.dep_ != "conj":
        return []
    if any(
        c.dep_ in ("dative", "iobj") or (c.dep_ == "dobj" and c.pos_ in _PARTY_POS)
        for c in doccache.children(tok)
    ):
        return []
    first = tok.head
    if first.pos_ != "VERB" or first.lemma_.casefold() not in target_roles().addressee_verbs:
        return []
    return [
        c
        for c in doccache.children(first)
        if c.dep_ in ("dobj", "dative") and (c.pos_ in _PARTY_POS or c.ent_type_)
    ]
