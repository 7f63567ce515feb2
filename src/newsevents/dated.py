"""``DocDates.event_dates`` kept per Doc (issue 10, throughput).

The arguments stage dates every kept trigger; the selection stage dates again, with the same sentence,
triggers and last date, each kept trigger that the arguments stage left without a draft (an agentless
state passive, ``coding/agentless.py``). The answer depends only on those and on the article's dates, so
the second asking reads the first answer (about one trigger in seven on the bench texts).

``own_dates``: the dates of a clause's own that the story-day rules read (``newsevents.leaddate``), for the
main clauses of the sentences around every undated trigger: the same few clauses, asked again and again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.datewords import When

if TYPE_CHECKING:  # (newsevents.when reads this module's memos: only the annotations name its class)
    from newsevents.when import DocDates

_MEMO = "newsevents.dated.event_dates"  # (its ``Doc.user_data`` key)
_OWN_MEMO = "newsevents.dated.own_dates"

_Key = tuple[int, frozenset[int], When | None]
_Dated = tuple[list[When], bool, str | None]


def event_dates(
    dates: DocDates, tok: Token, sent: Span, triggers: set[int], last_dated: When | None
) -> tuple[list[When], bool, str | None]:
    """``dates.event_dates(tok, sent, triggers, last_dated)``, computed once per Doc for the same
    trigger, sentence triggers and last date (``sent`` is the trigger's own: it adds nothing to the key);
    the list is a copy each time, so that no caller changes another's."""
    user_data = tok.doc.user_data
    kept: tuple[DocDates, dict[_Key, _Dated]] | None = user_data.get(_MEMO)
    if kept is None or kept[0] is not dates:  # (a Doc dated anew, against another reference, starts afresh)
        kept = user_data[_MEMO] = (dates, {})
    memo = kept[1]
    key = (tok.i, frozenset(triggers), last_dated)
    found = memo.get(key)
    if found is None:
        found = memo[key] = dates.event_dates(tok, sent, triggers, last_dated)
    return list(found[0]), found[1], found[2]


def own_dates(dates: DocDates, root: Token) -> list[When]:
    """``dates._own(root, dates.ents, set())[0]``: the dates hanging from the clause of ``root`` itself,
    computed once per Doc and clause (a copy each time)."""
    user_data = root.doc.user_data
    kept: tuple[DocDates, dict[int, list[When]]] | None = user_data.get(_OWN_MEMO)
    if kept is None or kept[0] is not dates:
        kept = user_data[_OWN_MEMO] = (dates, {})
    found = kept[1].get(root.i)
    if found is None:
        found = kept[1][root.i] = dates._own(root, dates.ents, set())[0]
    return list(found)
