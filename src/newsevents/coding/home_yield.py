"""A yielding that undoes a measure of the state's own rule stays at home: "President Ortega withdrew the
pension overhaul after a week of protests", "the president lifted martial law six hours after declaring
it", "the incumbent conceded defeat".

``coding/counterpart.py`` aims a state's yielding that names no target (080, 081: ``data/state_replies.toml``)
at the country the story pairs the state with, as "Ottawa rescinded the tax" after a quarrel with Washington
yields to it. A measure the state laid on its own people (martial law, a curfew, a decree, a reform, a
bill) or an election lost is undone at home, whatever foreign party the story names besides (an envoy's
visit, a foreign minister's mediation): the corpus codes it with the same country on both sides
(corpus/README.md: lifting a state of emergency is 0814 at home). Its words are ``home_measures`` in
``data/state_replies.toml``: a word of the yielded thing's phrase (its object, or the subject of a passive).
"""

from __future__ import annotations

from newsevents import doccache
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.state_replies import state_replies

__all__ = ["HOME_YIELD", "yields_at_home"]

HOME_YIELD = declare(
    "target",
    "home-yield",
    "a state's yielding that undoes a measure of its own rule (martial law, a curfew, a decree, a reform) "
    "or concedes an election stays at home: no counterpart from the story",
    "President Ortega withdrew the pension overhaul after a week of protests.",
)
# The root of yielding (the state replies of this root are 080 and 081).
_YIELDING = "08"
# Dependencies of the thing yielded: the object of "withdrew the decree", the subject of "the curfew was
# lifted", the object of an infinitive ("voted to lift the curfew") is the infinitive's own.
_YIELDED_DEPS = frozenset({"dobj", "nsubjpass", "attr"})


def yields_at_home(d: Draft) -> bool:
    """Whether the thing ``d`` (a yielding) gives up is a measure of its source's own rule: a word of its
    phrase, or a two-word phrase of it ("martial law"), is in ``home_measures``."""
    if not d.code.startswith(_YIELDING):
        return False
    measures = state_replies().home_measures
    for obj in doccache.children(d.token):
        if obj.dep_ not in _YIELDED_DEPS:
            continue
        words = [t.lemma_.casefold() for t in doccache.subtree(obj) if not t.is_punct]
        pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
        if any(w in measures for w in words + pairs):
            return True
    return False
