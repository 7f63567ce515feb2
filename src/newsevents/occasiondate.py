"""A date bound to a noun that also dates the clause around it: the clause's subject ("Sunday's blast
killed nine") and an occasion the act took place at ("spoke at Saturday's summit", "flew in for Sunday's
ceremony", "walked out during Monday's talks"). Other dated nouns ("condemned Sunday's attack") keep
their date to themselves: the condemnation is not the attack's day.

Helper of ``newsevents.when``; the occasion nouns and prepositions are in ``data/dates.toml``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

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
