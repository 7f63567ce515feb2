"""Along which clause links an undated clause shares the date of the clause it hangs from
(``newsevents.when``, the rule date:enclosing-clause).

A subordinate, infinitive, coordinated, participle or reported clause shares it ("said on Tuesday that the
mayor had been dismissed" takes the report's date, the corpus convention for an act told only through its
announcement). So does a relative clause that sets a scene by place or time ("broke up the rally on Monday
outside the hall, WHERE hundreds had gathered to demand ..."): what the crowd did there is the same day's
story. A relative clause that describes its noun ("the rebels, who seized the town") tells a time of its
own, and an undated one keeps the report's date. A gerund after "after", "while" or "by" ("recalled its
envoy on Monday after accusing Vienna of ...") is the same occasion's act, and so is an event noun after
"during" ("freed two sailors on Monday during a visit by the minister"), or a journey after "on" (",
on the first visit by the king").
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.clausebreak import across_break
from newsevents.coding.rules import declare
from newsevents.datewords import date_table
from newsevents.errors import DataFileError
from newsevents.offsetconj import back_to_main

SAME_OCCASION_GERUND = declare(
    "date",
    "same-occasion-gerund",
    "an undated gerund after 'after', 'while' or 'by' shares the date of the verb it hangs from",
    "Turkey recalled its envoy on Monday after accusing Austria of insulting its flag.",
)
SCENE_RELATIVE_DATE = declare(
    "date",
    "scene-relative",
    "an undated relative clause of place or time ('..., where hundreds had gathered') shares the date of "
    "the clause its noun is in",
    "Police broke up a rally outside the court on Monday, where hundreds had gathered to demand a retrial.",
)

# Clause links along which an undated clause shares its head clause's date.
_SHARING = frozenset({"advcl", "xcomp", "conj", "acl", "ccomp"})
# Relative adverbs of a scene: the place or the time where the head clause's event happened.
_SCENE_WORDS = frozenset({"where"})
# Prepositions whose gerund tells an act of the same occasion as the verb they hang from ("recalled its
# envoy on Monday after accusing ...", "while visiting ...", "by firing ..."); not "before" or "since".
_SAME_TIME_PREPOSITIONS = frozenset({"after", "while", "by", "during", "upon", "on"})
# Prepositions whose event noun goes on at the time of the verb they hang from ("released the men on
# Wednesday during a visit by the minister": the visit's day too).
_DURING = frozenset({"during"})


@functools.lru_cache(maxsize=1)
def _journeys() -> frozenset[str]:
    """``data/dates.toml`` [occasion] journeys: nouns of a journey an act is done on ("on a visit")."""
    try:
        return frozenset(date_table()["occasion"]["journeys"])  # type: ignore[index]
    except (KeyError, TypeError) as exc:
        raise DataFileError(f"data/dates.toml: bad [occasion] journeys ({exc})") from exc
# Links from a relative clause's noun up to its clause's verb ("the hall" <- "outside" <- "broke").
_NOUN_REACH = 5


def shares_date(clause: Token) -> bool:
    """Whether the undated clause headed by ``clause`` takes the date of the clause it hangs from."""
    if back_to_main(clause):
        return True  # (the main clause's date: ``governor``)
    if clause.dep_ in _SHARING:
        return not apart(clause)
    if clause.dep_ == "pcomp" and clause.head.lower_ in _SAME_TIME_PREPOSITIONS:
        return clause.pos_ in ("VERB", "AUX") and clause.head.head.pos_ in ("VERB", "AUX")
    if clause.dep_ == "pobj" and clause.head.lower_ in _DURING:  # ("freed them on Monday during a visit")
        return clause.pos_ == "NOUN" and clause.head.head.pos_ in ("VERB", "AUX")
    if clause.dep_ == "pobj" and clause.head.lower_ == "on" and clause.lemma_.casefold() in _journeys():
        return clause.pos_ == "NOUN" and clause.head.head.pos_ in ("VERB", "AUX")  # (", on a visit to ...")
    return clause.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ in _SCENE_WORDS for c in doccache.children(clause)
    )


def apart(clause: Token) -> bool:
    """Whether ``clause`` is a clause of its own that the parser hung, across a semicolon, on the verb
    after it ("Togo accepts the plan; the rebels reject it the next day": "accepts" a complement of
    "reject"): it takes neither that verb's date nor its offset (``coding.clausebreak``). So is a conjunct
    that returns from an offset clause to the sentence's time (``newsevents.offsetconj``)."""
    return (clause.dep_ == "ccomp" and across_break(clause)) or back_to_main(clause)


def governor(clause: Token) -> Token:
    """The word whose clause's date ``clause`` shares: its head, or for a relative clause the verb of the
    clause its noun is in ("broke up the rally outside the hall, where ...": broke), and for a conjunct
    back from an offset clause the verb that clause hangs from."""
    if back_to_main(clause):
        return clause.head.head  # (", three days after X crossed, and Y CONDEMNED": the main clause's verb)
    if clause.dep_ in ("pcomp", "pobj"):
        return clause.head.head  # ("recalled its envoy on Monday after ACCUSING ...": recalled)
    if clause.dep_ != "relcl":
        return clause.head
    tok = clause.head
    for _ in range(_NOUN_REACH):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok
