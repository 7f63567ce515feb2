"""Which subordinate clauses and scene phrases only set the scene, and which tell an event of their own.

Used by the trigger stage when it sets triggers aside. A clause that only elaborates another event ("...,
killing four", "the attack, which wounded six") or gives the content of a noun ("an admission that troops
fired") gives way to the main clause's event. A clause with its own actor is an event of its own, dated by
its own words: "after troops fired on the crowd", "the rebels, who seized the town on Monday", "a demand
the government rejected", "during which riot police charged the marchers". So is an event noun in a scene
phrase that names its own parties ("following talks in Doha between Kabul and the Taliban").
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from newsevents.coding.lexicon import Lexicon
from newsevents.coding.rules import declare

OWN_CLAUSE = declare(
    "select",
    "own-clause-event",
    "a time or relative clause with its own actor tells an event of its own, not the scene",
    "Accra recalled its envoy a day after soldiers fired on the crowd.",
)
SCENE_NOUN_PARTIES = declare(
    "select",
    "scene-noun-parties",
    "an event noun in a scene phrase that names its own parties is an event",
    "The deal followed two rounds of talks in Doha between Kabul and the Taliban.",
)

# Relative pronouns: as a relative clause's subject they stand for the noun the clause hangs on.
_RELATIVE = frozenset({"which", "that", "who", "whom", "whose"})
# Named-entity kinds that can act: a relative clause on them tells what they did.
_ACTOR_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# Subordinators after which the clause has not happened yet ("until Belgrade halts", "once the
# ceasefire holds"): a condition, not a scene.
_PENDING_MARKS = frozenset({"until", "till", "once"})


def clause_of(tok: Token) -> Token:
    """The head of the clause ``tok`` tells: coordinated verbs share their first conjunct's clause, an
    object or subject noun its verb's, and a controlled verb ("trying TO force", "used TO support") the
    clause of the verb that controls it."""
    clause = tok
    for _ in range(6):
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            clause = clause.head
        elif clause.dep_ == "xcomp" and clause.head is not clause:
            clause = clause.head
        else:
            break
    return clause


def _subject(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def relative_is_event(clause: Token, events: Container[int], event_nouns: frozenset[str]) -> bool:
    """Whether a relative clause tells an event of its own: its subject is a noun of its own ("a demand
    the government rejected", "during which police charged"), or a relative pronoun standing for an
    actor ("the Taliban, who took Kabul"). A pronoun standing for an event ("the attack, which killed
    six") or a thing ("the bill, which would allow ...") only elaborates that noun."""
    subject = _subject(clause)
    if subject is None:
        return False
    if subject.lower_ not in _RELATIVE:
        return True
    antecedent = clause.head
    if antecedent.i in events or antecedent.lemma_.casefold() in event_nouns:
        return False
    return subject.lower_ in ("who", "whom") or antecedent.ent_type_ in _ACTOR_ENTITIES


def adverbial_is_event(clause: Token, marks: set[str]) -> bool:
    """Whether a time clause ("after troops fired", "as protesters marched") tells an event of its own:
    it has its own subject and has already happened (not "until ...", "once ...")."""
    return not (marks & _PENDING_MARKS) and _subject(clause) is not None


def background_clause(tok: Token, events: Container[int], words: Lexicon) -> bool:
    """Whether ``tok`` sits in a clause that only sets the scene: an elaborating participle ("...,
    wounding four"), a noun's content ("an admission that troops fired"), a relative or participle
    clause that elaborates its noun, or a time clause without an actor of its own."""
    clause = clause_of(tok)
    if clause.dep_ == "relcl":
        return not relative_is_event(clause, events, words.event_nouns)
    if clause.dep_ == "acl" and clause.head.pos_ in ("NOUN", "PROPN"):
        # "a ceasefire brokered by Paris": a participle with its own agent is that agent's act
        return not any(c.dep_ == "agent" for c in clause.children)
    if clause.dep_ == "ccomp" and clause.head.pos_ in ("NOUN", "PROPN"):
        return True
    if clause.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if not marks:
        return clause.tag_ == "VBG" and not any(c.dep_ == "aux" for c in clause.children)
    return bool(marks & words.scene_marks) and not adverbial_is_event(clause, marks)


def scene_noun_is_event(tok: Token) -> bool:
    """Whether an event noun under a scene preposition ("after the talks", "during the raid") names its own
    parties ("talks between Kabul and the Taliban", "the raid by commandos"), which makes it an event."""
    for prep in (c for c in tok.children if c.dep_ in ("prep", "agent")):
        if prep.lower_ in ("between", "by") and any(c.dep_ == "pobj" for c in prep.children):
            return True
    return False


def kept_by(tok: Token, words: Lexicon) -> str | None:
    """The rule of this module that kept ``tok``'s event when its clause or phrase would otherwise only
    set the scene (for the event's steps), or None."""
    if tok.dep_ == "pobj" and tok.head.lower_ in words.scene_prepositions and scene_noun_is_event(tok):
        return SCENE_NOUN_PARTIES
    clause = clause_of(tok)
    if clause.dep_ == "relcl" or (clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children)):
        return OWN_CLAUSE
    if clause.dep_ == "acl" and any(c.dep_ == "agent" for c in clause.children):
        return OWN_CLAUSE
    return None
