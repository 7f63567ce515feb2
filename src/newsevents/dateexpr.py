"""The dates of an article's date expressions, each resolved on first look (``when.DocDates``): most
expressions sit in sentences with no event, and need not be read at all."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from newsevents import datetense
from newsevents.datewords import When, resolve


class Resolved(dict[int, list[When]]):
    """The dates of each expression of ``when.DocDates``, by its first token, resolved on first look."""

    def __init__(self, ents: list[Span], reference: dt.date | None, anchors: dict[int, Token | None]) -> None:
        super().__init__()  # (no reference back to the DocDates: no cycle to wait for the collector)
        self._ents = {e.start: e for e in ents}
        self._reference = reference
        self._anchors = anchors

    def __missing__(self, start: int) -> list[When]:
        future = datetense.future_clause(self._anchors[start])
        whens = self[start] = resolve_ent(self._ents[start], self._reference, future)
        return whens


def resolve_ent(ent: Span, reference: dt.date | None, future: bool) -> list[When]:
    # "in May 1998 and June 2004" may come as one entity: each part is a date of its own.
    parts = [p for p in ent.text.replace(" and ", "|").replace(" or ", "|").split("|") if p.strip()]
    whens = [w for p in parts if (w := resolve(p, reference, future)) is not None]
    if not whens and len(parts) > 1:
        whole = resolve(ent.text, reference, future)
        whens = [whole] if whole else []
    return whens
