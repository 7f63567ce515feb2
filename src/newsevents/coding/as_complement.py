"""Parse repair: "dismissed the report AS biased", "described the move AS unjustified".

The small English model often reads the "as" of a verb's complement as the mark or adverb of an adverbial
clause headed by the adjective or participle ("as" mark, "biased" advcl), so the verb has no "as" phrase:
the patterns that need one ("dismiss ... as", a rejection) and the judgement rule (``coding/judgement.py``,
"described X as Y") find none, and the object's own row or nothing is coded. With an object before it and
no subject or auxiliary of its own, such a clause is the verb's "as" complement: "as" is put back as the
verb's preposition and the word as its object.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.coding.rules import declare

AS_COMPLEMENT = declare(
    "trigger",
    "as-complement",
    "an adjective or participle after 'as' read as an adverbial clause of a verb with an object "
    "('dismissed the report as biased') is the verb's 'as' complement",
    "Warsaw described the Russian move as unjustified.",
)
# Tags of the complement word: an adjective ("unjustified") or a participle ("biased").
_COMPLEMENT_TAGS = frozenset({"JJ", "VBN"})
# Dependents that make the word a clause of its own ("as it was agreed", "as was expected").
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})


def as_complements(doc: Doc, words: Sequence[Token] | None = None) -> int:
    """Mend each "as" + adjective or participle read as an adverbial clause of a verb with an object into
    the verb's "as" phrase; the number mended."""
    mended = 0
    for word in doc if words is None else words:
        verb = word.head
        if word.dep_ != "advcl" or word.tag_ not in _COMPLEMENT_TAGS:
            continue
        if verb.pos_ != "VERB" or word.i < verb.i:
            continue
        children = list(word.children)  # (spaCy's own: doccache's tables are built after this stage)
        marker = next((c for c in children if c.lower_ == "as" and c.i == word.i - 1), None)
        if marker is None or marker.dep_ not in ("mark", "advmod"):
            continue
        if any(c.dep_ in _CLAUSE_DEPS for c in children):
            continue
        if not any(c.dep_ == "dobj" and c.i < marker.i for c in verb.children):
            continue
        marker.head, marker.dep_ = verb, "prep"
        word.head, word.dep_ = marker, "pobj"
        mended += 1
    return mended
