"""Acts told as a party's decision: "Uganda's decision to recall its ambassador", "Tokyo's move last week
to tighten curbs on exports". The infinitive on a decision noun is not the noun's background content (the
scene rules set such clauses aside) but the act decided, and the decision's owner (its possessor) is the
one who acts. Wires tell a measure this way when they report the reaction to it ("regretted Beijing's
decision to ..."): the reaction is one event and the measure another. An intention told the same way
("Ankara's offer to mediate", ``intent_nouns``) is the owner's too, but intended (modality reads the noun
as the infinitive's governor). Nouns: ``decision_nouns`` and ``intent_nouns`` in ``data/words.toml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.enacted_order import signers
from newsevents.coding.lexicon import Lexicon
from newsevents.coding.negated_refusal import intention_holders, refused_intention

# Roles of the decision noun in which its act is news: a verb's object or subject ("regretted Beijing's
# decision to ...", "Beijing's decision to ... angered Vilnius").
_CLAUSE_ROLES = frozenset({"dobj", "nsubj", "nsubjpass"})


def decided_act(clause: Token, words: Lexicon) -> bool:
    """Whether ``clause`` is a to-infinitive on a decision noun that has an owner ("CHINA'S decision TO
    recall"), so the act is the owner's, told as done."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.lemma_.casefold() not in words.decision_nouns | words.intent_nouns:
        return False
    # (a decision that a verb reacts to is told as news; one "against" or "over" which people protest is
    # the ground of the protest, an act told before)
    if noun.dep_ not in _CLAUSE_ROLES:
        return False
    if not doccache.infinitive_to(clause):
        return False
    return any(c.dep_ == "poss" for c in doccache.children(noun))


def owners(clause: Token, words: Lexicon) -> list[Token]:
    """The possessor of the decision noun a decided act hangs on ("CHINA'S decision to recall"), else
    none: the one who acts."""
    if not decided_act(clause, words):
        # ("it had no intention of leaving": coding/negated_refusal.py; "signed orders imposing duties":
        # coding/enacted_order.py)
        return intention_holders(clause) or signers(clause)
    return [c for c in doccache.children(clause.head) if c.dep_ == "poss"]


def held_intention(clause: Token) -> bool:
    """Whether ``clause`` is an act a party refuses by a denied intention ("no intention OF LEAVING"), whose
    refuser is found through the intention noun (``owners``)."""
    return refused_intention(clause)


def intending_noun(clause: Token, words: Lexicon) -> Token | None:
    """The intent noun a decided act hangs on ("Ankara's OFFER to mediate"), which makes it intended
    (``intent_nouns``), else None."""
    noun = clause.head
    return noun if decided_act(clause, words) and noun.lemma_.casefold() in words.intent_nouns else None
