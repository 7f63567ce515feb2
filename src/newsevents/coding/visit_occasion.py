"""A visit named as the occasion of what a party said or did: "the minister criticised the plan on a visit
to Lima", "spoke on her first trip to Seoul".

The journey noun is the object of an "on" phrase on the clause's verb. Read as that verb's content, the
visit gave way to the act it hangs on (governor-act, coding/triggers.py), as "criticised X for the raid"
keeps only the criticism. An "on" phrase on a verb of speech or action names the occasion, not what was
said or done: the visit took place and is an event of its own (its visitor from its "by" phrase or the
clause's subject, its host from its "to" phrase, which "during" needs), beside the act told on it. Verbs
whose "on" phrase is their content ("agreed on a visit next year", "embarked on a tour": the journey's
own verb) are left out.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

if TYPE_CHECKING:
    from newsevents.coding.records import Trigger

__all__ = ["VISIT_OCCASION", "OccasionPrepositions", "visit_occasion"]

VISIT_OCCASION = declare(
    "select",
    "visit-occasion",
    "a visit or trip named in an 'on' phrase of the clause's verb is the occasion of that act, and an "
    "event of its own, not its content",
    "The minister criticised the plan on a visit to Lima.",
)
_FILE = "coding/data/visit_occasion.toml"
# CAMEO codes of a journey (make a visit, host a visit).
_VISITS = frozenset({"042", "043"})


@dataclass(frozen=True, slots=True)
class OccasionPrepositions:
    """``coding/data/visit_occasion.toml``."""

    prepositions: frozenset[str]
    content_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def occasion_prepositions() -> OccasionPrepositions:
    """The prepositions and verbs, checked: every key present, each a list of words."""
    return word_table(OccasionPrepositions, _FILE)


def visit_occasion(trigger: Trigger) -> bool:
    """Whether ``trigger`` is a journey noun in an occasion phrase ("on a visit to ...") of a verb: it keeps
    its event whatever act the verb codes."""
    if not trigger.noun or trigger.coded_as[:3] not in _VISITS:
        return False
    tok = trigger.token
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in occasion_prepositions().prepositions:
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.casefold() in occasion_prepositions().content_verbs:
        return False
    # "On a visit" hangs on the visitor's own act ("was welcomed in Asmara on the first visit by ..."), so
    # the act's place is the host; "during a visit" may time a third party's act ("jets flew in during a
    # visit by an envoy"), and without a "to" phrase it names no host: a fallback host would be a guess.
    return prep.lower_ != "during" or any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
