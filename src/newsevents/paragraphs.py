"""Paragraph breaks as sentence boundaries, set before the parser runs.

Copy from other desks opens with lines that are not sentences: a bulletin's heading ("AFRICA IN BRIEF"),
a live blog's title, a release's reference number. The parser reads such a line and the dateline under it
as one sentence ("AFRICA IN BRIEF CALABAR, Nigeria - Nigeria handed ..."), so the dateline is not found
and the real subject hangs off the heading. A blank line (two line breaks in one whitespace token) ends a
paragraph in every desk's copy: the token after it starts a sentence. The parser keeps boundaries set
before it and decides the rest as before.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["PARAGRAPHS"]

PARAGRAPHS = "newsevents_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after each blank line as the start of a sentence."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc
