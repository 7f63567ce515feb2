"""A verb's object read as a modifier of the time offset after it: "visited Baku days after the vote",
"struck Kyiv hours after the talks". The small English model makes the place or party a compound of the
offset noun ("Baku days") and leaves the verb with no object, so the visit names nobody visited and the
strike nobody struck; the reference rules then guess the target from the rest of the article. The name is
put back as the verb's direct object. Run by the parse-mending stage (``coding/reattach.py``)."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding.rules import declare

OFFSET_OBJECT = declare(
    "target",
    "offset-object",
    "a name read as a compound of the time offset after a verb with no object ('visited Baku days after "
    "the vote') is that verb's object",
    "The Turkish president visited Baku days after the ceasefire.",
)
# Nouns of a time offset ("days after", "hours before", "a week after").
_OFFSET_NOUNS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def offset_objects(doc: Doc) -> int:
    """Mend each object read as a compound of the offset noun after its verb; the number mended."""
    if not len(doc):
        return 0
    deps = doc.to_array([DEP]).reshape(-1)
    tokens = doccache.tokens(doc)
    mended = 0
    for i in numpy.flatnonzero(deps == doc.vocab.strings["npadvmod"]):
        offset = tokens[int(i)]
        name = _misread_object(offset)
        if name is None:
            continue
        verb = doccache.token(doc, name.left_edge.i - 1)
        name.head, name.dep_ = verb, "dobj"
        mended += 1
    return mended


def _misread_object(offset: Token) -> Token | None:
    """The name read as a compound of ``offset`` ("Baku" of "Baku days"), when the word before the name
    is a verb with no object of its own."""
    if offset.lemma_.casefold() not in _OFFSET_NOUNS or offset.i == 0:
        return None
    name = doccache.token(offset.doc, offset.i - 1)
    if name.dep_ != "compound" or name.head.i != offset.i or name.pos_ != "PROPN" or name.left_edge.i == 0:
        return None
    verb = doccache.token(offset.doc, name.left_edge.i - 1)
    if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):  # (heads may still move: no cache)
        return None
    return name
