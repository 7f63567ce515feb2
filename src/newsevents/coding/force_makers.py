"""Who makes an act of force named by a noun: a state's adjective on it is the state's military (issue 10).

"Peruvian air strikes destroyed the camp", "a Chilean drone strike killed two men", "Ecuadorean shelling
hit the town": the only party named is the state, through an adjective or a short name modifying the
event noun (source rule ``modifier``, or ``event-subject`` when the noun is the subject of the verb
coded). Force is used by a state's armed forces, and the corpus codes such
acts MIL (corpus/README.md, roles of the security apparatus), while the resolver gives a state's adjective
no role and its name the government's (GOV: "Peru expelled the envoy"). This rule makes such a source its
state's military (``source:state-force-noun``) for the roots of force (15, 18-20); a named person or body
("the army's shelling", "Putin's invasion") keeps the role its own words give. It relabels the source
after the act's code is settled (arguments.py), so the code's own reading of the parties (repression of
a state's own people, fights with armed groups) is unchanged. The agent table
(tools/curated_agents.tsv) gives the same nouns MIL when their phrase is read as an actor ("Peruvian
air strikes destroyed ..."), so that the noun's event and its verb's are one actor and merge.

A state named alone (its name or capital, "Peru", "Lima", or "it" standing for it) as the subject of a
verb of assault, fighting or mass violence (18-20: "Peru shelled the camp", "Lima launched an offensive")
is its military too (``source:state-force-subject``), and so is its adjective on a 'by' agent no word of
its own gives a role ("hit by Peruvian strikes"); so is each state of a coordinated subject ("Peru and
Chile shelled the camp"), and a state named alone as the one accused of the act ("accused Lima of
shelling the town", "blamed Peru for the attack": the source rules ``object-control`` and
``accused-party``). For posture (15) a state that sends, masses, withdraws or tests is its
government (corpus/README.md: a government orders, sends or withdraws troops), but one that fires
missiles or holds drills is named on an act its forces perform (``source:state-posture-act``: "Peru fired
two missiles into the sea", "Lima launched naval drills"; the words are in ``data/force_makers.toml``).
A state named alone (or "its") as the owner of such a noun is named on it as well
(``source:state-force-owner``: "Peru began its naval drills"; not "its nuclear test", a government's,
nor "Peru's shelling", read as the state acting), and so is each state of fighting told "between" them
("fighting between Peru and Chile"), as the corpus codes such acts (MIL); one accused of launching an
attack ("accused Peru of launching an attack") is read as one accused of shelling.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.accused import ACCUSED_PARTY
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Trigger
from newsevents.coding.replied_with import REPLIED_WITH, reply_verb
from newsevents.coding.resources import word_table
from newsevents.coding.roles import (
    BETWEEN,
    EVENT_SUBJECT,
    LIGHT_VERB_SUBJECT,
    MODIFIER,
    OBJECT_CONTROL,
    PASSIVE_AGENT,
    POSSESSOR,
    SHARED_SUBJECT,
    SUBJECT,
)
from newsevents.coding.rules import declare
from newsevents.records import Actor

__all__ = ["STATE_FORCE_NOUN", "STATE_FORCE_OWNER", "STATE_FORCE_SUBJECT", "STATE_POSTURE_ACT", "state_force"]

# The roots of force a state uses through its armed forces: posture (15), assault (18), fight (19),
# mass violence (20).
_FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
# The roles a state named by an adjective or a short name is read with (none, or its government's).
_STATE_READINGS = frozenset({None, "GOV"})
# The roots of force whose verb's subject, a state named alone, is its military: assault, fight, mass
# violence; not posture (15), where a state that sends, masses or tests is its government (corpus/README.md).
_SUBJECT_FORCE_ROOTS = frozenset({"18", "19", "20"})
# Source rules of a verb's (or its light verb's, or its first conjunct's) subject.
_SUBJECT_RULES = frozenset({SUBJECT, SHARED_SUBJECT, LIGHT_VERB_SUBJECT, REPLIED_WITH})
# Source rules of the object of the verb the act hangs from: a state accused of the act ("accused Peru of
# shelling the town", "blamed Lima for the attack").
_OBJECT_RULES = frozenset({OBJECT_CONTROL, ACCUSED_PARTY})
# How far up the parse that verb is looked for (the act, "of", the verb).
_MAX_STEPS = 4
# Kinds of country mention that name the state itself ("China", "North Korea", "Kyiv"), not its people.
_NAMES = frozenset({"name", "alias", "capital"})

STATE_FORCE_NOUN = declare(
    "source",
    "state-force-noun",
    "a state named by an adjective or name on a noun of force is its military (MIL)",
    "Peruvian air strikes destroyed a rebel camp near the border.",
)
STATE_FORCE_SUBJECT = declare(
    "source",
    "state-force-subject",
    "a state named only by its name or capital as the subject of an act of force, or by its adjective on a "
    "'by' agent of no role of its own, is its military (MIL)",
    "Peru shelled a rebel camp near the border; the camp was hit by Peruvian strikes.",
)
STATE_FORCE_OWNER = declare(
    "source",
    "state-force-owner",
    "a state named only by its name, capital or 'its' as the owner of a noun of force its forces carry out "
    "(drills), or as a side of fighting 'between' two states, is its military (MIL)",
    "Peru began its naval drills off the coast on Monday; fighting between Peru and Chile went on.",
)
STATE_POSTURE_ACT = declare(
    "source",
    "state-posture-act",
    "a state named only by its name or capital as the subject of a show of force its armed forces perform "
    "(firing missiles, drills, patrols) is its military (MIL)",
    "Peru fired two missiles into the sea off Ecuador on Monday.",
)


@dataclass(frozen=True, slots=True)
class PostureActWords:
    """``coding/data/force_makers.toml``: posture acts the armed forces perform themselves."""

    verbs: frozenset[str]
    nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def posture_act_words() -> PostureActWords:
    """The posture acts of ``coding/data/force_makers.toml``, checked: every key present."""
    return word_table(PostureActWords, "coding/data/force_makers.toml")


def state_force(
    trigger: Trigger, source_rule: str | None, source: Actor, code: str
) -> tuple[Actor, str | None]:
    """The source of an act of force a state is named on by the noun's own modifier, as the state's
    military, and the rule's step; ``source`` and None otherwise. Read after the code is settled (a
    relabelling only: the act's code stays the one its parties gave, so victims unplaced by their phrase
    are still set free by the victims stage instead of making the act a repression of the state's own)."""
    if code[:2] not in _FORCE_ROOTS or source.country is None or source.role not in _STATE_READINGS:
        return source, None
    if source_rule == EVENT_SUBJECT or (trigger.noun and source_rule == MODIFIER) or _force_noun_subject(
        trigger, source_rule, source, code
    ):
        made = STATE_FORCE_NOUN
    elif code[:2] in _SUBJECT_FORCE_ROOTS and (
        _named_state(trigger, source_rule, source) or (source_rule == PASSIVE_AGENT and source.role is None)
    ):
        # ("China shelled the island": the verb's subject, a state named alone or "it" for it; "hit by
        # Chinese strikes": a 'by' agent its adjective places and no word of its own gives a role)
        made = STATE_FORCE_SUBJECT
    elif code[:2] == "15" and _forces_act(trigger.token) and _named_state(trigger, source_rule, source):
        made = STATE_POSTURE_ACT  # ("Peru fired two missiles", "Lima launched drills": not "sent troops")
    elif _state_owner(trigger.token, source_rule, source, code):
        made = STATE_FORCE_OWNER  # ("Peru began its naval drills", "fighting between Peru and Chile")
    else:
        return source, None
    return source.with_role("MIL"), made


def _force_noun_subject(trigger: Trigger, source_rule: str | None, source: Actor, code: str) -> bool:
    """Whether the verb's subject is a noun of force a state's adjective alone places ("Israeli strikes
    killed 30 people", "Turkish shelling wounded two"): the strikes are the state's military's, as when
    the noun is itself the event. Only for assault, fight and mass violence, and only when no word of the
    phrase gave a role (the adjective's state, role None)."""
    if source_rule != SUBJECT or source.role is not None or code[:2] not in _SUBJECT_FORCE_ROOTS:
        return False
    subjects = lexicon().event_subjects
    return any(h.pos_ == "NOUN" and h.lemma_.casefold() in subjects for h in syntax.subjects(trigger.token))


def _named_state(trigger: Trigger, source_rule: str | None, source: Actor) -> bool:
    """Whether the subject of the trigger's verb (or of its light verb, or of its first conjunct) is the
    state of ``source`` named by its name or capital alone ("Lima fired rockets", "Peru shelled the town")."""
    tok = trigger.token
    if source_rule in _OBJECT_RULES:
        return _named_object(tok, source)
    if source_rule not in _SUBJECT_RULES:
        return False
    # (a light verb's or a first conjunct's subject only for those rules: a speech verb's is the teller's)
    heads = syntax.subjects(tok.head if source_rule in (SHARED_SUBJECT, LIGHT_VERB_SUBJECT) else tok)
    if not heads and source_rule == LIGHT_VERB_SUBJECT:
        # ("accused Peru of launching an attack": the light verb has no subject of its own; the state is
        # the object of the accusation it hangs from, as in "accused Peru of shelling the town")
        return _named_object(tok.head, source)
    if source_rule == REPLIED_WITH and (answer := reply_verb(tok)) is not None:
        heads = syntax.subjects(answer)  # ("Peru responded with air strikes": the replying state's)
    if _names(heads, source):
        return True
    # ("Peru said it had shot down two jets": "it" stands for the state its antecedent names; a pronoun
    # for an army or a ministry resolves to that body's own role, which this rule leaves alone)
    return any(h.lower_ == "it" for h in heads)


def _names(heads: Sequence[Token], source: Actor) -> bool:
    """Whether one of ``heads`` (or of their conjuncts: "Peru and Chile shelled the camp") is the state
    of ``source`` named by its name or capital."""
    if not heads:
        return False
    heads = [*heads, *(c for h in heads for c in doccache.conjuncts(h))]
    named = [m for m in heads[0].doc._.ne_actors.mentions if m.kind == "country" and m.country_kind in _NAMES]
    return any(m.start <= h.i < m.end and m.iso3 == source.country for h in heads for m in named)


def _state_owner(tok: Token, source_rule: str | None, source: Actor, code: str) -> bool:
    """Whether the state of ``source`` is named alone as the owner of a noun of force its forces carry out:
    the possessor of a show of force ("Peru began its naval drills"; not "Lima's missile tests", a test is
    the government's), or a side of fighting told "between" two states ("fighting between Peru and Chile")."""
    if tok.pos_ != "NOUN" or code[:2] not in _FORCE_ROOTS:
        return False
    if source_rule == BETWEEN and code[:2] in _SUBJECT_FORCE_ROOTS:
        between = [c for c in doccache.children(tok) if c.dep_ == "prep" and c.lower_ == "between"]
        return any(_names([o for o in doccache.children(b) if o.dep_ == "pobj"], source) for b in between)
    # (not the possessor of an assault or fight, "Peru's shelling": it stays the state acting, GOV, so an echo
    # of the act aimed at another country stays apart from the forces' own act, tests/coding/test_echoes.py)
    if source_rule != POSSESSOR or code[:2] != "15" or not _forces_act(tok):
        return False
    owners = [c for c in doccache.children(tok) if c.dep_ == "poss"]
    return _names(owners, source) or any(o.lower_ == "its" for o in owners)


def _named_object(tok: Token, source: Actor) -> bool:
    """Whether the state of ``source`` is named alone as the object of the verb act ``tok`` hangs from
    ("accused Lima of shelling the town": Lima's shelling is its military's)."""
    for _ in range(_MAX_STEPS):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB":
            objects = [c for c in doccache.children(tok) if c.dep_ == "dobj"]
            return _names(objects, source) or any(o.lower_ == "it" for o in objects)
    return False


def _forces_act(tok: Token) -> bool:
    """Whether posture trigger ``tok`` is an act the armed forces perform: a verb of firing or patrolling,
    or a noun of missiles or drills as the trigger or its direct object ("launched drills")."""
    words = posture_act_words()
    if tok.pos_ == "VERB" and tok.lemma_.casefold() in words.verbs:
        return True
    if tok.pos_ == "NOUN":
        return tok.lower_ in words.nouns
    return any(c.dep_ == "dobj" and c.lower_ in words.nouns for c in doccache.children(tok))
