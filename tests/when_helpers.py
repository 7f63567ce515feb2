"""Helpers shared by the dates-stage tests: run the stages up to dates on a text, and ask for the date of
the event at one word as if every verb and noun of its sentence were a trigger."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from newsevents.pipeline import Pipeline
from newsevents.when import DocDates, When


def dates_of(pipeline: Pipeline, text: str, published: dt.date) -> tuple[Doc, DocDates]:
    """The Doc of ``text`` after the dates stage, and its dates."""
    doc = pipeline.nlp(text)
    doc._.ne_article, doc._.ne_published = "t", published
    for name, stage in pipeline.stages.pipeline:
        doc = stage(doc)
        if name == "newsevents_dates":
            return doc, doc._.ne_dates
    raise AssertionError("no dates stage")


def date_of(pipeline: Pipeline, text: str, word: str, published: dt.date) -> tuple[str | None, str | None]:
    """The date and rule of the event at the last token ``word`` (a verb, or a word of another part of
    speech named here), every verb and noun of its sentence counting as a trigger."""
    doc, dates = dates_of(pipeline, text, published)
    last: When | None = None
    found: tuple[str | None, str | None] = (None, None)
    for sent in doc.sents:
        triggers = {t.i for t in sent if t.pos_ in ("VERB", "NOUN")}
        for tok in sent:
            if tok.pos_ != "VERB" and tok.text != word:
                continue
            whens, own, rule = dates.event_dates(tok, sent, triggers, last)
            if own and whens:
                last = whens[0]
            if tok.text == word:
                found = (whens[0].date if whens else None, rule)
    return found
