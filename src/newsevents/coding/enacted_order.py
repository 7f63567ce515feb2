"""Measures told as what a signed document does: "Trump signed orders imposing duties on Chinese steel",
"Putin signed a decree banning Turkish fruit". The participle on the document is the measure; the parser
gives it no subject, and the document ("orders") names no actor, so without this rule the measure found
no source and was lost. The one who signed, issued or passed the document is who acts. A passive signing
("a decree was signed") names nobody and is left alone. Read when a subjectless verb looks for the
subject it shares (``decided.owners``, from ``roles._inherited_subjects``). Words:
``data/enacted_order.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding import syntax
from newsevents.coding.resources import word_table


@dataclass(frozen=True, slots=True)
class EnactedOrderWords:
    """``coding/data/enacted_order.toml``."""

    document_nouns: frozenset[str]
    enacting_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def enacted_order_words() -> EnactedOrderWords:
    """The document nouns and enacting verbs of the rule (``word_table`` checks every key)."""
    return word_table(EnactedOrderWords, "coding/data/enacted_order.toml")


def signers(clause: Token) -> list[Token]:
    """The subject of the verb that signed or issued the document ``clause`` (a present participle on it)
    tells the content of ("SIGNED orders imposing ..."), else none."""
    words = enacted_order_words()
    document = clause.head
    if clause.dep_ != "acl" or clause.tag_ != "VBG" or document.dep_ != "dobj":
        return []
    verb = document.head
    if document.lemma_.casefold() not in words.document_nouns:
        return []
    if verb.lemma_.casefold() not in words.enacting_verbs or syntax.is_passive(verb):
        return []
    found = syntax.subjects(verb)
    for head in syntax.shared_heads(verb):
        found = found or syntax.subjects(head)
    return found
