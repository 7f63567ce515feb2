"""Parse repair: "closed the crossing TO AID convoys", "opened the border to aid shipments".

The small English model reads "aid" after "to" as an infinitive verb ("to" its auxiliary, the noun after it
its object), so "to aid convoys" becomes a purpose clause, "in order to help convoys": the aid is coded as
an act of its own (070), with no recipient, and the verb that opened or closed the way for the aid loses
its "to" phrase. When the noun right after "aid" is one that carries an event (``carrier_nouns`` in
``coding/data/words.toml``: convoys, shipments, flights, supplies), "aid" is that noun's modifier: "to" is
put back as the governing verb's preposition, the noun as its object and "aid" as the noun's compound.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsevents.coding.lexicon import lexicon
from newsevents.coding.rules import declare

AID_NOUN = declare(
    "trigger",
    "aid-noun",
    "'to aid convoys' read as an infinitive ('to' + verb 'aid' + object) before a noun that carries aid is "
    "a 'to' phrase: 'aid' modifies the noun",
    "Egypt closed the Rafah crossing to aid convoys on Monday.",
)
# The word the parser misreads as a verb: modifiers of carrier nouns that are also verbs.
_AID = frozenset({"aid"})


def _misread(word: Token, carriers: frozenset[str]) -> tuple[Token, Token] | None:
    """The infinitive marker "to" and the carrier noun of ``word`` when it is "aid" read as a verb before
    such a noun, or None."""
    if word.lower_ not in _AID or word.pos_ != "VERB" or word.head.i == word.i:
        return None
    children = list(word.children)  # (spaCy's own: doccache's tables are built after this stage)
    marker = next((c for c in children if c.dep_ == "aux" and c.lower_ == "to" and c.i == word.i - 1), None)
    noun = next((c for c in children if c.dep_ == "dobj" and c.i == word.i + 1), None)
    if marker is None or noun is None or noun.lemma_.casefold() not in carriers:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and c.i != noun.i for c in children):
        return None
    return marker, noun


def aid_nouns(aids: Iterable[Token]) -> int:
    """Mend each "to aid <carrier noun>" read as an infinitive into a "to" phrase of the verb above; the
    number mended. ``aids``: the article's words "aid"."""
    carriers = lexicon().carrier_nouns
    mended = 0
    for word in aids:
        found = _misread(word, carriers)
        if found is None:
            continue
        marker, noun = found
        verb = word.head
        for child in list(word.children):
            if child.i not in (marker.i, noun.i):
                child.head = noun if child.i < noun.i else verb
        marker.head, marker.dep_ = verb, "prep"
        noun.head, noun.dep_ = marker, "pobj"
        word.head, word.dep_, word.pos_, word.tag_ = noun, "compound", "NOUN", "NN"
        mended += 1
    return mended

