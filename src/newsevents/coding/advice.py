"""The writer's advice: what a commentary says a party should do is no act of that party.

Op-eds and analyses close with recommendations in the narration's own voice: "Brussels should dispatch
monitors of its own, and soon", "Washington should lean on Riyadh to reopen the port instead".
The modality stage read "should" as a hypothetical auxiliary, under which an act keeps its code, so each
recommendation came out as an investigation, a demand or an aid pledge by the party named. Nobody in the
text makes it: the writer is no party (corpus README: statements are coded for their speakers), and the
party advised has not acted nor said it will. A recommendation someone makes, reported ("Berlin said the
union should send ...") or quoted, is that speaker's appeal and is coded by the reporting verb's rules, so
only a main clause of the narration with no quotation mark in its sentence counts. Read by the modality
stage through ``coding/unasserted.py``; the words are in ``coding/data/advice.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding import syntax
from newsevents.coding.conjecture import clause_verb
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

WRITERS_ADVICE = declare(
    "modality",
    "writers-advice",
    "an act a commentary's own narration says a party should or ought to do ('the union should send "
    "investigators') is the writer's recommendation, no act nor intent of that party",
    "The African Union should dispatch monitors to the border at once.",
)
_FILE = "coding/data/advice.toml"


@dataclass(frozen=True, slots=True)
class AdviceWords:
    """``coding/data/advice.toml``."""

    advice_modals: frozenset[str]
    quote_marks: frozenset[str]


@functools.lru_cache(maxsize=1)
def advice_words() -> AdviceWords:
    """The advice modals and quotation marks, checked: every key present, each a list of words."""
    return word_table(AdviceWords, _FILE)


def writers_advice(tok: Token) -> str | None:
    """WRITERS_ADVICE when the act at ``tok`` is advised in a main clause of the narration, else None."""
    verb = clause_verb(tok)  # (the clause an event noun is the act of: coding/conjecture.py)
    if verb is None:
        return None
    chain = [verb, *syntax.shared_heads(verb)]  # ("should press Riyadh ... and WORK with Oman")
    words = advice_words()
    modals = words.advice_modals
    advised = any(c.dep_ == "aux" and c.lower_ in modals for v in chain for c in doccache.children(v))
    top = chain[-1]
    if top.dep_ == "xcomp" and top.head.lower_ in words.advice_modals:
        advised, top = True, top.head  # ("OUGHT to press": the parser makes the modal the verb)
    if not advised or top.dep != labels.ROOT:
        return None  # (a reported or embedded clause is somebody's, not the narration's)
    sent = doccache.sent_tokens(doccache.sent(top))
    return None if any(t.text in words.quote_marks for t in sent) else WRITERS_ADVICE

