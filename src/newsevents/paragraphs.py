"""Paragraph breaks as sentence boundaries, set before the parser runs.

Copy from other desks opens with lines that are not sentences: a bulletin's heading ("AFRICA IN BRIEF"),
a live blog's title, a release's reference number. The parser reads such a line and the dateline under it
as one sentence ("AFRICA IN BRIEF CALABAR, Nigeria - Nigeria handed ..."), so the dateline is not found
and the real subject hangs off the heading. A blank line (two line breaks in one whitespace token) ends a
paragraph in every desk's copy: the token after it starts a sentence. The parser keeps boundaries set
before it and decides the rest as before.
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.linehead import head_spans

__all__ = ["PARAGRAPHS"]

PARAGRAPHS = "newsevents_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after each blank line as the start of a sentence."""
    # (only the space tokens are read, found in one array read: a Token per word of the Doc before)
    for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    _line_heads(doc, doc.text)  # (Doc.text joins every word anew: made once)
    return doc


def _line_heads(doc: Doc, text: str) -> None:
    """A chronology's or bulletin's line head ("March 24 -", "AUG 9, 16:00 - TBILISI -", "06:10 -") is a
    sentence of its own, and so is the entry after it (``newsevents.linehead``)."""
    spans = head_spans(text) if "\n" in text or text[:1].isdigit() else []
    if not spans:
        return
    starts = {t.idx: t.i for t in doc}
    for start, end in spans:
        while end < len(text) and text[end].isspace():
            end += 1
        for char in (start, end):
            i = starts.get(char)
            if i is not None and 0 < i < len(doc):
                doc[i].is_sent_start = True
        if (entry := starts.get(end)) is not None:
            _one_sentence(doc, entry)


def _one_sentence(doc: Doc, entry: int) -> None:
    """The entry's words up to its first full stop are one sentence: without its head the parser cuts a
    headless entry's subject off its verb ("Rebels" | "led by ... take the port")."""
    for tok in doc[entry + 1 :]:
        if tok.text in (".", "!", "?") or "\n" in tok.text:
            return
        tok.is_sent_start = False
