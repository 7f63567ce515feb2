"""The annotations the coding stages write on a spaCy ``Doc``, declared in one place.

The stages are spaCy components (``Pipeline.stages``); each reads the annotations of the stages before it
and writes its own, so any stage can be tested alone on a hand-built ``Doc`` or replaced by a user's own
component that writes the same attribute. The runner sets the article's own facts first.

=====================  =========================  ==============================================
attribute              written by                 what it holds
=====================  =========================  ==============================================
``doc._.ne_article``   the runner                 article id (str)
``doc._.ne_published`` the runner                 publication date (``datetime.date`` or None)
``doc._.ne_title``     the runner                 the article's title (str or None)
``doc._.ne_dateline``  ``newsevents_actors``      ``dateline.Dateline`` or None: the dateline that
                                                  opens the report ("OSLO, May 3 (Wire) -"): its
                                                  place, region, date, agency and token span; no
                                                  actor is read inside it
``doc._.ne_actors``    ``newsevents_actors``      ``actors.DocActors``: actor mentions, and the
                                                  reading of any noun phrase as actors on a day
``doc._.ne_dates``     ``newsevents_dates``       ``when.DocDates``: date expressions resolved
                                                  against the publication date
``doc._.ne_places``    ``newsevents_places``      ``where.DocPlaces``: place names and their
                                                  gazetteer entries
``doc._.ne_triggers``  ``newsevents_triggers``    tuple of ``coding.records.Trigger``
``doc._.ne_sides``     ``newsevents_arguments``   list of ``actors.event_sides.PairEvent``: the
                                                  two parties of each meeting, agreement or fight
                                                  drafted, noted sentence by sentence for the pair
                                                  phrases of later sentences ("the two sides")
``doc._.ne_drafts``    arguments, modality,       tuple of ``coding.records.Draft`` (frozen; each
                       mutual, victims,           stage replaces the tuple)
                       selection
``doc._.ne_events``    ``newsevents_confidence``  tuple of ``records.Event``: the coder's output
=====================  =========================  ==============================================
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

ATTRIBUTES = (
    "ne_article",
    "ne_published",
    "ne_title",
    "ne_dateline",
    "ne_actors",
    "ne_dates",
    "ne_places",
    "ne_triggers",
    "ne_sides",
    "ne_drafts",
    "ne_events",
)

for _name in ATTRIBUTES:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


# The article's text (== ``doc.text``) in ``Doc.user_data``: ``Doc.text`` rebuilds the string from every
# token at each access, and a ``doc._`` attribute costs microseconds per read, which phrase texts repeat.
_TEXT = "newsevents.text"


def set_doc_text(doc: Doc, text: str) -> None:
    """Record ``doc``'s text (the runner, which has the article's): ``text`` must equal ``doc.text``."""
    doc.user_data[_TEXT] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per Doc (recorded by ``set_doc_text``, else on the first call)."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def annotation(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` for one of ``ATTRIBUTES`` (None until written), read where spaCy keeps it: a
    ``doc._`` read makes an ``Underscore`` object each time, which a rule asked per word or per mention
    repeats thousands of times an article."""
    stored: dict[Any, Any] = doc.user_data  # (spaCy's key for a Doc's extension: the stubs type str keys)
    return stored.get(("._.", name, None, None))
