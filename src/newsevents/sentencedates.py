"""A sentence's date expressions as ``newsevents.when`` hands them to the rules that date an undated act
from a clause below it (``purposedate``, ``scenedate``, through ``belowdate``): plain mappings ``DocDates``
keeps by each expression's first token, in one record, so those rules never call back into the caller.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents.datewords import When


@dataclass(frozen=True)
class SentenceDates:
    """The date expressions of one sentence (``ents``), the first tokens of those bound to a noun
    (``bound``: "the killing of X in June" dates the killing), each expression's anchor and resolved dates
    by its first token, and the report's day (``reference``)."""

    ents: list[Span]
    bound: Collection[int]
    anchors: Mapping[int, Token | None]
    resolved: Mapping[int, list[When]]
    reference: dt.date | None

    def anchored(self) -> list[tuple[Span, Token]]:
        """The expressions bound to no noun, each with the token the parser hangs it on."""
        pairs: list[tuple[Span, Token]] = []
        for ent in self.ents:
            anchor = self.anchors.get(ent.start)
            if ent.start not in self.bound and anchor is not None:
                pairs.append((ent, anchor))
        return pairs

    def day_records(self, ent: Span) -> list[When]:
        """The ``When`` records of ``ent`` that name a day."""
        return [w for w in self.resolved[ent.start] if w.precision == "day"]
