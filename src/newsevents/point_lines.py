"""The unnumbered points of a communique or resolution as sentences of their own, set before the parser.

An African Union or ECOWAS communique, and many a council's conclusions, set their decisions one a line
with no number: a preamble naming the body and ending on a comma ("The Peace and Security Council, at its
meeting held on 1 June,"), then lines that open on the verb and end on a semicolon ("Decides to suspend
the country ...;", "Demands that the army return to barracks."). With one line break between them and no
full stop, the parser read the preamble and every point as one sentence, the first points as clauses of
the last one's verb, so no point opened a sentence and ``coding.operative`` could not give it the body as
its source. A line break after a semicolon, or after a comma or colon when the next line opens on a
capitalised verb of the third person ("Decides", "Condemns", "Calls"), starts a sentence here.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

__all__ = ["point_breaks"]

# A line that opens as a point: a capitalised word in -s ("Decides", "Urges"), maybe after an adverb
# ("Strongly condemns"); a capitalised noun in -s also matches, but only after a preamble's comma.
_POINT_OPENING = re.compile(r"(?:[A-Z][a-z]+ly\s+[a-z]+s|[A-Z][a-z]+s)\b")


def point_breaks(doc: Doc, text: str) -> None:
    """Mark the first word after each single line break that ends a preamble or a point as a sentence
    start (the parser keeps boundaries set before it)."""
    if "\n" not in text:
        return
    starts = {t.idx: t.i for t in doc}
    for m in re.finditer(r"([;,:])[ \t]*\n(?!\s*\n)\s*", text):
        nxt = starts.get(m.end())
        if nxt is None or nxt <= 0:
            continue
        if m.group(1) == ";" or _POINT_OPENING.match(text, m.end()):
            doc[nxt].is_sent_start = True
