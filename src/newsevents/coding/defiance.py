"""Negated acts that voice resolve, not a refusal: "we will not forgive", "would not escalate", "will not
tolerate the test", "will not allow them to threaten us".

The modality stage recodes a negated future of a cooperative act as a rejection (12: "Bern will not
extradite the banker"). Some negated acts refuse nothing that was asked: not forgiving vows revenge, not
escalating reassures, and not tolerating or allowing another's hostile act warns its maker. The clause
reports no act either, so such a trigger is dropped as negated (coding/modality.py asks this module). The
words are in ``coding/data/defiance.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table

_FILE = "coding/data/defiance.toml"
# what a verb of permitting governs: its object, and the act it permits ("allow them TO THREATEN us",
# which the parser may hang as an adverbial clause)
_PERMITTED = ("dobj", "xcomp", "ccomp", "advcl", "nsubjpass")


@dataclass(frozen=True, slots=True)
class DefianceWords:
    """``coding/data/defiance.toml``."""

    resolve_verbs: frozenset[str]
    permitting_verbs: frozenset[str]
    hostile_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def defiance_words() -> DefianceWords:
    """The words of resolve, checked: every key present, each a list of words."""
    return word_table(DefianceWords, _FILE)


def resolve(tok: Token) -> bool:
    """Whether ``tok``, negated, voices resolve rather than refusing a cooperative act: a verb of resolve,
    or a verb of permitting whose object or permitted act is hostile (the object's own head or a word
    compounded to it: "the missile test")."""
    words, lemma = defiance_words(), tok.lemma_.casefold()
    if lemma in words.resolve_verbs:
        return True
    if lemma not in words.permitting_verbs:
        return False
    for child in doccache.children(tok):
        if child.dep_ not in _PERMITTED:
            continue
        if child.lemma_.casefold() in words.hostile_words:
            return True
        # "allow Chile TO THREATEN": the parser may hang the act under the object
        acts = (g for g in doccache.children(child) if g.dep_ in ("xcomp", "relcl", "acl"))
        if any(g.lemma_.casefold() in words.hostile_words for g in acts):
            return True
    return False
