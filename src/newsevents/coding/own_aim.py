"""The aim of an act a verb of saying names by its object: "the army announced a ceasefire to allow aid in".

A verb of saying or deciding gives way to the event its clause reports (coding/selection.py,
embedded-event: "agreed to resume talks" is the talks). An infinitive of purpose hung on the verb is not
what was said, though: when the verb's own object names the act ("declared a truce", "announced a
ceasefire"), the infinitive after it says why the act was done ("to let aid through"), and the act named by
the object is the event. The aim is dropped with it: what an act is meant to bring about ("to speed relief
efforts") is no second act of the same actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents import doccache, labels
from newsevents.coding.lexicon import kind_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.coding.records import Draft

__all__ = ["aim_of_own_act", "without_aims"]


def aim_of_own_act(embedded: Token, verb: Token) -> bool:
    """Whether ``embedded`` sits in an infinitive of purpose on ``verb`` (the infinitive itself or a noun of
    its clause, "to speed relief EFFORTS") while ``verb``'s direct object names the verb's own act."""
    clause = embedded
    for _ in range(4):  # (from the event word up to the clause hung on the verb, as syntax.governors walks)
        if clause.head.i == clause.i or clause.head.i == verb.i:
            break
        clause = clause.head
    if clause.head.i != verb.i or clause.dep != labels.ADVCL or not doccache.infinitive_to(clause):
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in doccache.children(verb))


def without_aims(drafts: list[Draft], embedding: frozenset[str]) -> list[Draft]:
    """``drafts`` less the aims of acts told by a verb of saying or deciding (kinds ``embedding``) that is
    coded too: "announced a truce to speed relief" is the truce; the relief it is meant to speed is its
    purpose, no act of its own."""
    verbs = [d.token for d in drafts if d.token.pos == labels.POS_VERB and kind_of(d.token) in embedding]
    return [d for d in drafts if not any(v.i != d.token.i and aim_of_own_act(d.token, v) for v in verbs)]
