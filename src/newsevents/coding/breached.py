"""Acts of force done in breach of a truce: "the rebels kept up their assault on the town in breach of the
ceasefire", "troops shelled the villages in violation of the truce". CAMEO codes violating a ceasefire
196 (fight), whatever the act's own verb says ("assault", "shelled", "attacked"); the phrase that says so
hangs on the act's clause, not on a verb of breaking, so no verb pattern reads it. This recodes an act
of assault or fighting (18, 19) whose own clause carries "in breach/violation/defiance of" a truce noun.
Its parties stay those the act's clause names.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

__all__ = ["IN_BREACH", "in_breach"]

IN_BREACH = declare(
    "code",
    "in-breach",
    "an assault or a fight done 'in breach of' (violation, defiance of) a ceasefire or truce violates it "
    "(196)",
    "The militia shelled the port in breach of the truce on Monday.",
)
# CAMEO roots of acts that can break a truce: assault and fighting (mass violence keeps its own code).
_BREAKING_ROOTS = ("18", "19")
# CAMEO's code for violating a ceasefire.
_VIOLATE_CEASEFIRE = "196"
# Parts of speech of the clause heads that carry the phrase ("shelled ... in breach of").
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def in_breach(drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """``drafts`` with acts of force told as breaking a truce recoded 196."""
    return tuple(_recoded(d) for d in drafts)


def _recoded(draft: Draft) -> Draft:
    if not draft.code.startswith(_BREAKING_ROOTS) or draft.code == _VIOLATE_CEASEFIRE:
        return draft
    if not any(_breach_phrase(prep) for prep in _clause_preps(draft.token)):
        return draft
    return draft.step(IN_BREACH, code=_VIOLATE_CEASEFIRE)


def _clause_preps(tok: Token) -> list[Token]:
    """The prepositions on the act and on the clause it is in, down to the clause's next verb: the
    parser hangs "in breach of" on the verb, its object noun or the object's own phrase."""
    clause = tok
    while clause.pos_ not in _CLAUSE_POS and clause.head.i != clause.i:
        clause = clause.head
    found: list[Token] = []
    stack = [clause]
    while stack:
        head = stack.pop()
        for child in doccache.children(head):
            if child.dep_ == "prep":
                found.append(child)
            if child.pos_ not in _CLAUSE_POS:
                stack.append(child)
    return found


def _breach_phrase(prep: Token) -> bool:
    """Whether ``prep`` is "in" with a breach noun whose "of" names a truce ("in breach of the truce")."""
    if prep.lower_ != "in":
        return False
    words = lexicon()
    for noun in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
        if noun.lemma_.casefold() not in words.breach_nouns:
            continue
        for of in (c for c in doccache.children(noun) if c.dep_ == "prep" and c.lower_ == "of"):
            objects = (o for o in doccache.children(of) if o.dep_ == "pobj")
            if any(o.lemma_.casefold() in words.truce_nouns for o in objects):
                return True
    return False
