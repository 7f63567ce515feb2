"""A span of time given to a party is an object of the verb of giving: "gave the junta one week to restore
the president", "gave the council ten days to act".

The rows that tell an ultimatum (139) or an expulsion (174) by the span given ("give ... week", "give
&MILITARY day", "give diplomat hour" in verbs.curated.tsv) read the verb's object words. With the party as
the direct object and a long phrase after it ("the military junta in the neighbouring state"), spaCy
often reads the counted span as an adverbial noun (npadvmod) of the verb, not as its second object, and
the span's rows never see it: a junta given a week was a junta given military aid (150, "give
&MILITARY"). Here a counted span of time (a number, or "a"/"one", with a unit of ``dateshift.UNITS``)
hanging from the verb as such a noun counts among its object words, when the verb also has a direct
object (the party given the time) and an infinitive clause (what the time is for). Read by
``coding/objects.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding.rules import declare
from newsevents.dateshift import UNITS

__all__ = ["TIME_GIVEN", "span_words"]

TIME_GIVEN = declare(
    "trigger",
    "time-given",
    "a counted span of time read as an adverbial noun of a verb with an object and an infinitive clause is "
    "one of the verb's object words (the time given to the object)",
    "The council gave the rebel commanders in the east ten days to lay down their arms (an ultimatum)",
)

# the dependency labels of a clause of what the time given is for ("to restore the president")
_PURPOSE = frozenset({"advcl", "xcomp"})
# the words that count a span ("ONE week", "TEN days", "A week")
_COUNT_DEPS = frozenset({"nummod", "det"})
_ONE = frozenset({"a", "an", "one"})


def span_words(tok: Token) -> set[str]:
    """The lemmas of the counted spans of time given by ``tok`` (see the module's docstring)."""
    kids = doccache.children(tok)
    if not any(c.dep == labels.DOBJ for c in kids) or not any(_infinitive(c) for c in kids):
        return set()
    return {c.lemma_.casefold() for c in kids if c.dep_ == "npadvmod" and _counted_unit(c)}


def _infinitive(clause: Token) -> bool:
    """A clause of purpose or complement whose verb has "to" ("one week TO restore")."""
    return clause.dep_ in _PURPOSE and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in doccache.children(clause)
    )


def _counted_unit(noun: Token) -> bool:
    """A unit of time with a count: "one week", "ten days", "a month" (not "Sunday", not "weeks")."""
    if noun.lemma_.casefold() not in UNITS:
        return False
    return any(c.dep_ in _COUNT_DEPS and (c.like_num or c.lower_ in _ONE) for c in doccache.children(noun))
