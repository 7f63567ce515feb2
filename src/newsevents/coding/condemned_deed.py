"""Deeds named as what a speaker condemns: "Manila condemned the sinking of its trawler by a Chinese ship".

An event noun that is the object of a coded verb gives way to it (``noun-under-coded-verb``): "imposed an
embargo" is one act. A verb of condemnation or protest is a different act from the deed it names, and
when the noun names its own maker in a "by" phrase and what it struck is the speaker's own ("of ITS
boat") the deed is told as having happened, by that maker, to the speaker: two events, the condemnation
and the deed. Only acts of force (and coercion) are read this way; a speech act condemned ("condemned the
remarks by the envoy") is only the speaker's account, and a deed that struck no party of the speaker's own
("condemned the raid by Thai troops") is the speaker's account of an act told elsewhere. The verbs are in
``coding/data/condemned_deed.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.objects import partitive_whole
from newsevents.coding.resources import word_table
from newsevents.coding.roles import Head, verb_roles
from newsevents.coding.rules import declare

__all__ = ["CONDEMNED_VICTIM", "condemned_deed", "condemned_victims"]

CONDEMNED_VICTIM = declare(
    "target",
    "condemned-victim",
    "a deed of force condemned with its maker named ('condemned the sinking of ITS boat by a Chinese "
    "ship') is aimed at the condemner when the thing it struck is the condemner's own",
    "Chile condemned the shelling of its border post by Peruvian troops.",
)
# Possessive pronouns that make the thing struck the condemner's own ("ITS boat", "one of THEIR posts").
_OWN = frozenset({"its", "their", "our"})

# Roots of the deeds kept under a verb of condemnation: force, and seizure and arrest (17).
_DEED_ROOTS = ("17", *FORCE_ROOTS)


@dataclass(frozen=True, slots=True)
class CondemnedWords:
    """``coding/data/condemned_deed.toml``."""

    condemning_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def condemned_words() -> CondemnedWords:
    """The packaged table (read once per process)."""
    return word_table(CondemnedWords, "coding/data/condemned_deed.toml")


def condemned_deed(tok: Token, code: str) -> bool:
    """Whether event noun ``tok`` (coded ``code``), the object of a verb of condemnation, is a deed of
    force whose maker its own "by" phrase names and that struck something of the condemner's own
    ("condemned the SHELLING of its post by rebel gunners"): without that, the deed is the speaker's
    account of an act told elsewhere or of a stranger's ("condemned the raid by Thai troops")."""
    verb = tok.head
    if not code.startswith(_DEED_ROOTS) or tok.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    if verb.lemma_.casefold() not in condemned_words().condemning_verbs:
        return False
    agents = (p for c in doccache.children(tok) if c.lower_ == "by" for p in doccache.children(c))
    if not any(p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") for p in agents):
        return False
    struck = (p for c in doccache.children(tok) if c.lower_ == "of" for p in doccache.children(c))
    wholes = [partitive_whole(p) for p in struck if p.dep_ == "pobj"]
    return any(c.dep_ == "poss" and c.lower_ in _OWN for w in wholes for c in doccache.children(w))


def condemned_victims(tok: Token, code: str, targets: list[Head]) -> list[Head]:
    """``targets`` with the condemner tried first (CONDEMNED_VICTIM) for a condemned deed, which struck
    something of its own: "Lima protested the shelling of ITS border post by Chilean gunners"."""
    if not condemned_deed(tok, code):
        return targets
    return [Head(h.token, CONDEMNED_VICTIM) for h in verb_roles(tok.head)[0]] + targets
