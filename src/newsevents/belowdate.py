"""The day of an undated past act told by a clause below it, when the sentence rule left that day to the
lower clause's own event: its purpose infinitive's ("arrived to guard X on Sunday": ``purposedate``), else
a same-scene clause's ("fired at supporters who marched on Thursday": ``scenedate``).

Helper of ``newsevents.when``: one call after the sentence's free dates and the object clause gave none; it
reads ``DocDates``' plain mappings (anchors, resolved dates, noun-bound expressions by first token) in one
``sentencedates.SentenceDates``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.datewords import When
from newsevents.purposedate import PURPOSE_DAY, purpose_day
from newsevents.scenedate import SCENE_DAY, scene_day
from newsevents.sentencedates import SentenceDates


def dated_below(tok: Token, dates: SentenceDates) -> tuple[When, str] | None:
    """The day a clause below the act ``tok`` gives it, and the rule's step; else None."""
    if (day := purpose_day(tok, dates)) is not None:
        return day, PURPOSE_DAY
    if (day := scene_day(tok, dates)) is not None:
        return day, SCENE_DAY
    return None
