"""A span of time granted after a relative clause on a verb's object: "gave the officers who seized
power TEN DAYS to step down".

With two objects the parser keeps the party as the direct object and reads the counted span of time
("one week", "72 hours", "a month") as an adverbial noun; after a relative clause on the object it hangs
the span on that clause's verb, where the verb's object words never see it. The span is what tells an
ultimatum (139) from the bare verb's code ("gave the military" alone reads as a show of force, 150), so
its word joins the verb's object words. Only a counted unit of time counts: a bare adverbial noun ("met
the envoy Monday", "left last week") dates the act and grants nothing. A span hung on the verb itself
beside its object ("gave the junta a week") is left as it was (syntax.object_lemmas reads such a span
only without a direct object): read there it also codes ultimatums whose unnamed givers ("leaders of
the bloc, at a summit in the dateline's city") the actor stage still places in the city's country.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table

_FILE = "coding/data/time_limit.toml"
# Words that count a span: a number ("72 hours") or an article standing for one ("a month").
_COUNTERS = frozenset({"a", "an", "one"})


@dataclass(frozen=True, slots=True)
class TimeLimitWords:
    """``coding/data/time_limit.toml``."""

    span_units: frozenset[str]


@functools.lru_cache(maxsize=1)
def time_limit_words() -> TimeLimitWords:
    """The units of a span of time, checked: every key present, a list of words."""
    return word_table(TimeLimitWords, _FILE)


def _counted(noun: Token) -> bool:
    """Whether ``noun`` is a counted span ("ten days", "a week"), not a date ("last week", "Monday")."""
    return any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in _COUNTERS) for c in doccache.children(noun)
    )


def _spans(head: Token) -> list[Token]:
    units = time_limit_words().span_units
    return [
        c
        for c in doccache.children(head)
        if c.dep_ == "npadvmod" and c.lemma_.casefold() in units and _counted(c)
    ]


def granted_spans(verb: Token) -> set[str]:
    """Lemmas of the counted spans of time granted after a relative clause on ``verb``'s direct object."""
    objects = [c for c in doccache.children(verb) if c.dep_ == "dobj"]
    found: list[Token] = []
    for obj in objects:
        # the span placed after the object's relative clause is read as that clause's adverbial noun
        for clause in (c for c in doccache.children(obj) if c.dep_ == "relcl"):
            found.extend(s for s in _spans(clause) if s.i == clause.right_edge.i or _ends_clause(s, clause))
    return {s.lemma_.casefold() for s in found}


def _ends_clause(span: Token, clause: Token) -> bool:
    """Whether ``span`` closes ``clause`` but for an infinitive hanging from it ("ten days TO free X")."""
    after = [t for t in doccache.subtree(clause) if t.i > span.right_edge.i]
    return bool(after) and after[0].dep_ == "aux" and after[0].lower_ == "to"
