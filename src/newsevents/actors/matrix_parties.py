"""Where the clause above a state body's "after/as/since" clause sends people, which does not place the
body: "the prime minister fled to Gabon after soldiers surrounded his residence" (the soldiers are not
Gabon's), "four suspects were flown from Spain to Morocco hours after the supreme court refused to halt
their removal" (the court is Spain's, which the story is about, not the destination's).

``clause_scope`` leaves out, for a state body that is the subject of its verb, what its own clause acts
on and the subjects of its coordinated clauses. A body in a subordinate clause had its nearest country
taken from the clause it hangs from, and when that clause tells of a journey (a flight, an extradition,
an exodus) the country nearest is most often where the journey ends or starts: the "to", "into" and
"from" phrases of that clause are left out. Its objects are kept: the clause above is often a reaction to
the body's act, naming the body's own state as what it acts on ("sanctions on Myanmar after the military
detained", "recognised Kosovo a day after its leaders declared"), as its subject ("Colombia extradited X
after soldiers captured him") and its scene are.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache, labels

__all__ = ["matrix_journey"]

# How a state body's clause hangs from the clause it is subordinate to ("after", "as", "since", "when").
_SUBORDINATE_DEPS = frozenset({"advcl"})
# The prepositions of where a journey goes or comes from.
_JOURNEY_PREPS = frozenset({"to", "into", "from", "toward", "towards"})


def matrix_journey(verb: Token) -> frozenset[int]:
    """Token indexes of the "to/into/from" phrases of the verb of the clause that ``verb`` (the verb of a
    state body's clause) is an adverbial clause of; empty when it is none."""
    top = verb.head
    if verb.dep_ not in _SUBORDINATE_DEPS or top.i == verb.i or top.pos_ not in ("VERB", "AUX"):
        return frozenset()
    own = range(verb.left_edge.i, verb.right_edge.i + 1)
    return frozenset(
        t.i
        for child in doccache.children(top)
        if child.dep == labels.PREP and child.lower_ in _JOURNEY_PREPS
        for t in doccache.subtree(child)
        if t.i not in own
    )
