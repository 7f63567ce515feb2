"""A plan told in the simple present: "the envoy travels to Cairo on Friday", "the talks open on Monday".
News tells a scheduled move or meeting in the present tense; a bare weekday on it is the coming one, not
the last (read backwards, "flies to Washington on Sunday" in a Monday paper would be the day before), and
what it is for ("flies to Lomé on Friday TO MEET ...") is still to come too. Only a verb of moving or
meeting (``data/dates.toml`` [tense] present_plan_verbs) with no auxiliary, in a sentence dated by a bare
weekday, in a text with no dated line heads (a chronology's present is a historical one: "2018: Abiy
flies to Asmara on Sunday").

Helper of ``newsevents.datetense`` (``future_clause``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.annotations import doc_text
from newsevents.linehead import head_spans

# A weekday alone ("on Friday", "Friday evening"): not "last Friday" or a calendar date.
_BARE_WEEKDAY = re.compile(
    r"^(?:on |early |late )*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: (?:morning|afternoon|evening|night))?$"
)
# Links up to the present verb whose plan a clause is part of ("flies ... TO MEET", "lands and MEETS").
_PART_OF_PLAN = frozenset({"conj", "xcomp", "advcl"})


def present_plan(anchor: Token, verbs: frozenset[str]) -> bool:
    """Whether ``anchor`` is, or is part of (a coordinated verb, its to-infinitive), a verb of ``verbs``
    in the simple present, in a sentence that a bare weekday dates."""
    verb = anchor
    for _ in range(3):
        if verb.tag_ in ("VBZ", "VBP") or verb.dep_ not in _PART_OF_PLAN or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.casefold() not in verbs:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in doccache.children(verb)):
        return False
    sent = doccache.sent(verb)
    return not _chronology(verb.doc) and any(
        e.label_ in ("DATE", "TIME") and _BARE_WEEKDAY.match(" ".join(e.text.casefold().split()))
        for e in sent.ents
    )


def _chronology(doc: Doc) -> bool:
    """Whether the text has dated line heads (a chronology, a timeline, a bulletin), read once per Doc."""
    answers = doccache.memo(doc, _CHRONOLOGY_MEMO)
    found: bool | None = answers.get(0)
    if found is None:
        found = answers[0] = bool(head_spans(doc_text(doc)))
    return found


_CHRONOLOGY_MEMO = "newsevents.presentplan.chronology"
