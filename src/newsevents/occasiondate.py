"""A date bound to a noun that also dates the clause around it: the clause's subject ("Sunday's blast
killed nine"), an occasion the act took place at ("spoke at Saturday's summit", "flew in for Sunday's
ceremony", "walked out during Monday's talks"), any act told as done during a dated one ("arrested the
editor during the June 17 raid") or within hours of it ("sent rescuers within hours of the May 4
earthquake"), and a vote or a medium the act was done in ("rejected the plan in Saturday's referendum",
"said in a speech on Sunday"). Other dated nouns ("condemned Sunday's attack") keep their date to
themselves: the condemnation is not the attack's day.

Helper of ``newsevents.when``; the occasion nouns and prepositions are in ``data/dates.toml``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare
from newsevents.datewords import date_table
from newsevents.errors import DataFileError

OCCASION_DAY = declare(
    "date",
    "occasion-day",
    "an act told at, during or for a dated occasion ('at Saturday's summit', 'for Sunday's ceremony') "
    "takes the occasion's date",
    "The Sudanese president flew in for Saturday's ceremony in the new capital.",
)


@functools.lru_cache(maxsize=1)
def occasions() -> tuple[frozenset[str], frozenset[str]]:
    """``data/dates.toml`` [occasion]: the occasion nouns and the prepositions that place an act at one."""
    try:
        table = date_table()["occasion"]
        return frozenset(table["nouns"]), frozenset(table["prepositions"])  # type: ignore[index]
    except (KeyError, TypeError) as exc:
        raise DataFileError(f"data/dates.toml: bad [occasion] ({exc})") from exc


def dates_clause(noun: Token, heads: set[int]) -> bool:
    """Whether the date bound to ``noun`` also dates the clause of ``heads``: the noun is its subject, or
    an occasion it is placed at ("at Saturday's summit")."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.i in heads
    nouns, preps = occasions()
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in preps
        and prep.head.i in heads
        and noun.lemma_.casefold() in nouns
    )


def dates_undated(noun: Token, heads: set[int]) -> bool:
    """Whether the date bound to ``noun`` dates the clause of ``heads`` when it has no date of its own: a
    dated act it was done during or within hours of ("during the June 17 raid", "within hours of the May 4
    earthquake"), or a vote or medium it was done in ("in Saturday's referendum", "in a speech on Sunday").
    Not beside a date of the clause: "dropped the charges on Saturday over killings during the 2011
    uprising" dates the killings, where the parser may hang the phrase on the verb."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    # (a vote or medium with its article or owner: not the idiom "in response to")
    placed = any(c.dep_ in ("det", "poss") for c in doccache.children(noun))
    if prep.head.i in heads and (
        prep.lower_ == "during" or (prep.lower_ in _IN and placed and noun.lemma_.casefold() in _done_in())
    ):
        return True
    span = prep.head  # ("within hours of the May 4 earthquake": the act followed it the same day)
    return (
        prep.lower_ == "of"
        and span.lower_ in _HOURS
        and span.dep_ == "pobj"
        and span.head.lower_ == "within"
        and span.head.head.i in heads
    )


# The prepositions that place an act in a vote or a medium ("IN Saturday's referendum").
_IN = frozenset({"in", "through", "via"})
# The spans "within ... of" an act that keep to its day.
_HOURS = frozenset({"hours", "minutes", "hour", "moments"})


@functools.lru_cache(maxsize=1)
def _done_in() -> frozenset[str]:
    """The votes and media an act is done in (``data/dates.toml`` [occasion] votes and [medium] nouns)."""
    try:
        table = date_table()
        votes = table["occasion"]["votes"]  # type: ignore[index]
        media = table["medium"]["nouns"]  # type: ignore[index]
        return frozenset(votes) | frozenset(media)  # type: ignore[arg-type]
    except (KeyError, TypeError) as exc:
        raise DataFileError(f"data/dates.toml: bad [occasion] votes or [medium] nouns ({exc})") from exc
