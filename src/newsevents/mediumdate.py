"""The date of an act told through a dated medium: "In a statement issued on Monday, the ministry condemned
the raid" condemned on Monday. The day hangs on the participle that describes the statement ("issued on
Monday"), which the clause rules leave to the noun it describes; but the act was done in that statement,
speech or letter, so its day is the act's. Only nouns of a medium or an occasion an act is done in count
(``data/dates.toml`` [medium]): "in a town seized on Monday, residents fled" is not told on that day.

Helper of ``newsevents.when`` (read with the participles of the same occasion, after the event's own clause
gives no date).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare
from newsevents.datewords import date_table
from newsevents.errors import DataFileError

MEDIUM_DAY = declare(
    "date",
    "medium-day",
    "an undated act told in a medium whose participle gives a day ('in a statement issued on Monday', "
    "'in a speech broadcast on Sunday') takes that day: the act was done in it",
    "In a statement issued on Monday, the Chilean foreign ministry condemned the raid.",
)
# The tags of a past participle describing a noun (the tagger often reads "the ban, announced on Friday" as a
# past tense).
_PAST = frozenset({"VBN", "VBD"})


@functools.lru_cache(maxsize=1)
def media() -> tuple[frozenset[str], frozenset[str]]:
    """``data/dates.toml`` [medium]: the medium nouns and the prepositions that place an act in one."""
    try:
        table = date_table()["medium"]
        return frozenset(table["nouns"]), frozenset(table["prepositions"])  # type: ignore[index]
    except (KeyError, TypeError) as exc:
        raise DataFileError(f"data/dates.toml: bad [medium] ({exc})") from exc


def medium_participles(tok: Token) -> list[Token]:
    """The past participles describing a medium noun that ``tok``'s act is placed in ("condemned ... in a
    statement ISSUED on Monday"; "the ministry, in a statement RELEASED on Monday, condemned"; "...,
    according to a report SUBMITTED on Thursday") or that is its subject ("a report PUBLISHED on Tuesday
    found ..."), whose dates also date ``tok``."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    nouns, preps = media()
    subjects = [c for c in doccache.children(tok) if c.dep_ == "nsubj"]
    # ("a report PUBLISHED on Monday found ...": the report's finding is told on its day)
    placed = [s for s in subjects if s.lemma_.casefold() in nouns]
    for prep in (c for h in [tok, *subjects] for c in doccache.children(h) if c.dep_ == "prep"):
        if prep.lower_ in preps:
            objects = list(doccache.children(prep))
        elif prep.lower_ == "according":  # ("found ..., ACCORDING TO a report submitted on Thursday")
            objects = [o for t in doccache.children(prep) if t.lower_ == "to" for o in doccache.children(t)]
        else:
            continue
        placed += [o for o in objects if o.dep_ == "pobj" and o.lemma_.casefold() in nouns]
    return [c for noun in placed for c in doccache.children(noun) if c.dep_ == "acl" and c.tag_ in _PAST]


# Determiners of a noun that tells again an act already told ("THE ban, announced on Friday, ...").
_RETELLING = frozenset({"the", "this", "that"})


def retold_participles(root: Token) -> list[Token]:
    """The participles that give the day of the act the lead told with none, in the sentence after it
    (``newsevents.leaddate``): one describing its subject, a noun that tells that act again ("The ban,
    ANNOUNCED late on Friday, came a week after ..."), and one describing the medium its main act was done
    in ("In a letter DELIVERED on Friday, the minister urged ...")."""
    found = medium_participles(root)
    for subject in (c for c in doccache.children(root) if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.pos_ == "NOUN" and any(
            d.dep_ == "det" and d.lower_ in _RETELLING for d in doccache.children(subject)
        ):
            found += [c for c in doccache.children(subject) if c.dep_ == "acl" and c.tag_ in _PAST]
    return found
