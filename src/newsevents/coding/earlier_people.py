"""The victims of "apologised to the victims" when no violent event was named before them: the last group
of people the sentences before name with another country than the apologiser's (``coding/referred.py``
aims the apology there). Moved out of ``referred`` unchanged, which stands at the module size limit.
"""

from __future__ import annotations

from newsevents import doccache
from newsevents.coding.records import Draft
from newsevents.records import Actor


def earlier_people(draft: Draft, sentences: int) -> Actor | None:
    """With no violent event named before, the victims are the last group of people named (in the
    ``sentences`` sentences before) with a country other than the source's: "Chinese labourers made to
    dig in Japanese mines during the war ... the premier apologised to the victims" -> CHN."""
    doc = draft.token.doc
    actors, day = doc._.ne_actors, doc._.ne_dates.story_day if doc._.ne_dates is not None else None
    first = doccache.window_start(doc[draft.sent.start], sentences)
    for tok in reversed(doc[first : draft.sent.start]):
        if tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            found = [
                a for a in actors.resolve_all(tok, day) if a.country and a.country != draft.source.country
            ]
            if found:
                return found[0]
    return None
