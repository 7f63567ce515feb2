"""Parse repair of ``coding/verbless``: the verb that opens a numbered point read as a plural noun.

The operative points of a communique or a resolution open on a verb in the third person with no subject
("3. Calls upon the parties to ...", "4. Requests the Commission to ..."); capitalised at the head of the
line, the small English model often tags it a plural noun (NNS), so the point has no verb and the act of
the body its preamble names (``coding/operative.py``) is lost. A word in -s that opens a list-marked line
(after its adverbs), is the root of its sentence and is the present form of a verb with an event pattern
is made that verb (VBZ).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from newsevents.annotations import doc_text
from newsevents.coding import resources
from newsevents.coding.operative import LIST_MARK

# The word after a point's mark and adverbs: capitalised, in -s ("3. Strongly Urges" included).
_OPENING = re.compile(rf"(?m)^{LIST_MARK}\s+(?:[A-Za-z]+ly,?\s+)*([A-Z][a-z]+s)\b")
# The noun tags the word is misread with.
_NOUN_TAGS = frozenset({"NNS", "NNPS", "NNP", "NN"})


@functools.lru_cache(maxsize=1)
def _event_verbs() -> frozenset[str]:
    """The verbs with a pattern of their own."""
    return frozenset(p.lemma.casefold() for p in resources.patterns(()) if p.pos == "verb")


def _lemma(word: str) -> str | None:
    """The verb an -s form is the present of ("calls" -> call, "urges" -> urge, "notes" -> note)."""
    verbs, low = _event_verbs(), word.casefold()
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if low.endswith(cut) and (lemma := low[: -len(cut)] + add) in verbs:
            return lemma
    return None


def point_verbs(doc: Doc) -> int:
    """Retag each point-opening verb read as a noun; the number mended."""
    text = doc_text(doc) if len(doc) else ""
    mended = 0
    for match in _OPENING.finditer(text):
        span = doc.char_span(match.start(1), match.end(1))
        lemma = _lemma(match.group(1)) if span is not None and len(span) == 1 else None
        if span is None or lemma is None:
            continue
        word = span[0]
        if word.tag_ in _NOUN_TAGS and word.dep_ == "ROOT":
            word.tag_, word.pos_, word.lemma_ = "VBZ", "VERB", lemma
            mended += 1
    return mended
