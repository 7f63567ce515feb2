"""Along which clause links an undated clause shares the date of the clause it hangs from
(``newsevents.when``, the rule date:enclosing-clause).

A subordinate, infinitive, coordinated, participle or reported clause shares it ("said on Tuesday that the
mayor had been dismissed" takes the report's date, the corpus convention for an act told only through its
announcement). So does a relative clause that sets a scene by place or time ("broke up the rally on Monday
outside the hall, WHERE hundreds had gathered to demand ..."): what the crowd did there is the same day's
story. A relative clause that describes its noun ("the rebels, who seized the town") tells a time of its
own, and an undated one keeps the report's date.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.rules import declare

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
# Links from a relative clause's noun up to its clause's verb ("the hall" <- "outside" <- "broke").
_NOUN_REACH = 5


def shares_date(clause: Token) -> bool:
    """Whether the undated clause headed by ``clause`` takes the date of the clause it hangs from."""
    if clause.dep_ in _SHARING:
        return True
    return clause.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ in _SCENE_WORDS for c in doccache.children(clause)
    )


def governor(clause: Token) -> Token:
    """The word whose clause's date ``clause`` shares: its head, or for a relative clause the verb of the
    clause its noun is in ("broke up the rally outside the hall, where ...": broke)."""
    if clause.dep_ != "relcl":
        return clause.head
    tok = clause.head
    for _ in range(_NOUN_REACH):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok
