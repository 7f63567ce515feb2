"""Where a date expression hangs when the parser misreads a noun phrase's years.

"the 1998 and 2002 contracts": the recogniser makes each year a date of its own and the parser hangs the
second on the first, so the second seems to date the clause; "the 2018 and 2022 World Cups": the parser
reads the first year as the "both" of "both ... and" (``preconj``) on the article. Either way the years
name which contracts or tournaments, and must not date the event of the sentence (``dateclause.bound_noun``
reads the word returned here).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.coding.rules import declare

YEAR_OF_NOUN = declare(
    "date",
    "year-of-noun",
    "years coordinated before a noun ('the 1998 and 2002 contracts', 'the 2014 and 2018 Games') name the "
    "noun's instances and date no event of the sentence, however the parser hangs them",
    "Police arrested two officials on Monday over the 1998 and 2002 stadium contracts.",
)
# Coordinated years that can stand in one phrase ("the 1998, 2002 and 2006 contracts").
_MAX_YEARS = 4


def link(ent: Span) -> tuple[Token, Token]:
    """The word of ``ent`` that links it to the rest of the sentence, and the word it hangs from: the first
    of coordinated dates for a later one, the noun for a year read as the "both" of an article."""
    root = ent.root
    for _ in range(_MAX_YEARS):
        first = root.head
        if root.dep_ != "conj" or first.ent_type_ != "DATE" or first.i >= ent.start:
            break
        root = first
    head = root.head
    if root.dep_ == "preconj" and head.pos_ == "DET" and head.head.pos_ in ("NOUN", "PROPN"):
        return root, head.head
    return root, head
