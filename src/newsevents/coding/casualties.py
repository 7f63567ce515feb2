"""Casualties told with the attack that caused them in a "when" clause.

"Four contractors were killed when insurgents ambushed their convoy": the killing and the ambush are one
event. The main clause names the victims and no maker (an agentless passive, or "died"); the "when"
clause names the maker. Read apart, they give two records, the killing with no known source (the place's
country stands in) and the ambush with no victims of a country. Read together, the killing is the event,
its source is the maker the "when" clause names, and the "when" clause's own act gives way to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding import syntax
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.forces import force_roles
from newsevents.coding.lexicon import lexicon
from newsevents.coding.operative import preamble_heads
from newsevents.coding.records import Trigger
from newsevents.coding.roles import PREP_OBJECT, Head, verb_roles
from newsevents.coding.rules import declare
from newsevents.coding.speaker_conjunct import REPORTED_SPEAKER, fallback_speaker
from newsevents.records import Actor

__all__ = [
    "CLASH_FOE",
    "CLASH_SIDES",
    "clash_sides",
    "FALLEN_TO",
    "WHEN_AGENT",
    "WHEN_SAME_ACT",
    "same_act_as_casualties",
    "when_agent_roles",
]

WHEN_AGENT = declare(
    "source",
    "when-agent",
    "victims killed or wounded with no maker named take as source the maker of the attack a 'when' clause "
    "tells",
    "Six border guards were killed when gunmen ambushed their patrol near the frontier.",
)
CLASH_FOE = declare(
    "source",
    "clash-foe",
    "victims killed in a clash with a named party with no maker named take that party as the source",
    "Nine border guards were killed in a clash with Cameroonian troops on Sunday.",
)
CLASH_SIDES = declare(
    "source",
    "clash-sides",
    "a state's soldiers or police killed in a clash with an armed group fought it: the state's forces are "
    "the source of the fight, the group its target",
    "Nine soldiers were killed on Thursday in a clash with communist rebels.",
)
FALLEN_TO = declare(
    "source",
    "fallen-to",
    "a place that fell to a party was taken by that party: the party is the source, the place the target",
    "The garrison town of Gao fell to Tuareg rebels on Sunday.",
)
WHEN_SAME_ACT = declare(
    "select",
    "when-same-act",
    "the attack a 'when' clause tells is the same event as the casualties of its main clause",
    "Six border guards were killed when gunmen ambushed their patrol near the frontier.",
)
# Violent repression ("when troops broke up the march"): the attack of a crackdown's casualties.
_REPRESSION = "175"
# Verbs of dying, told of the victims with no maker ("five soldiers died when a bomb struck").
_DYING = frozenset({"die", "perish"})
# Words that open a clause whose subject made the casualties of its main clause.
_MAKER_MARKS = frozenset({"when", "as", "after"})


def _casualties(tok: Token) -> bool:
    """Victims as the subject and no maker: "were killed" with no "by" phrase, "died"."""
    if syntax.is_passive(tok):
        return not any(c.dep == labels.AGENT for c in doccache.children(tok))
    return tok.lemma_.casefold() in _DYING


def _when_clause(tok: Token, marks: frozenset[str] = frozenset({"when", "as"})) -> Token | None:
    """The verb of the "when" clause that hangs on ``tok``, if any (``marks``: the words that open it)."""
    for c in doccache.children(tok):
        if c.dep == labels.ADVCL and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in doccache.children(c)
        ):
            return c
    return None


def _maker(clause: Token) -> Token | None:
    """The active subject of the "when" clause when it names somebody, not a thing ("a bomb struck")."""
    subjects = [c for c in doccache.children(clause) if c.dep == labels.NSUBJ]
    if not subjects or syntax.is_passive(clause):
        return None
    subject = subjects[0]
    return subject if subject.pos_ == "PROPN" or subject.ent_type_ or _agentive(subject) else None


def _agentive(noun: Token) -> bool:
    # a plural or named group of people rather than a weapon: "insurgents", "troops", "gunmen"
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and noun.lemma_.casefold().endswith(_PEOPLE_ENDINGS)


# Endings of nouns of people who attack ("insurgent", "gunman", "soldier", "militia", "fighter").
_PEOPLE_ENDINGS = ("ant", "ent", "man", "er", "ier", "ist", "ia", "op", "or", "ee")


def when_agent_roles(trigger: Trigger) -> tuple[list[Head], list[Head]]:
    """``roles.verb_roles``, with the maker a "when" clause names as the source of casualties that name
    none (WHEN_AGENT), else the party they fought ("killed in a clash with X": CLASH_FOE)."""
    tok = trigger.token
    sources, targets = verb_roles(tok)
    sources = sources or preamble_heads(tok)  # ("1. Condemns the coup": the communique's body, operative.py)
    if not trigger.coded_as.startswith(FORCE_ROOTS):  # (a teller makes no attack)
        sources = [*sources, *(Head(s, REPORTED_SPEAKER) for s in fallback_speaker(tok))]
    taker = _taker(tok) if trigger.pattern.lemma == "fall" else None
    if taker is not None:  # ("Gao fell TO THE REBELS": the rebels took the town)
        return [Head(taker, FALLEN_TO)], [
            Head(s, FALLEN_TO) for s in doccache.children(tok) if s.dep == labels.NSUBJ
        ]
    if sources or not trigger.pattern.code.startswith(FORCE_ROOTS) or not _casualties(tok):
        return sources, targets
    # ("were crushed to death AFTER soldiers packed them into trucks": the maker, not the same act)
    clause = _when_clause(tok, _MAKER_MARKS)
    maker = _maker(clause) if clause is not None else None
    if maker is not None:
        return [Head(maker, WHEN_AGENT)], targets
    foe = _clash_foe(tok)
    return ([Head(foe, CLASH_FOE)] if foe is not None else sources), targets


def _taker(tok: Token) -> Token | None:
    """The party a place fell to: "fell TO the rebels"."""
    for prep in (c for c in doccache.children(tok) if c.dep == labels.PREP and c.lower_ == "to"):
        for p in doccache.children(prep):
            if p.dep == labels.POBJ:
                return p
    return None


def _clash_foe(tok: Token) -> Token | None:
    """The other side of the fight the casualties fell in: "killed in clashes WITH SECURITY FORCES"."""
    fights = lexicon().fight_nouns  # (words.toml)
    for prep in (c for c in doccache.children(tok) if c.dep == labels.PREP and c.lower_ in ("in", "during")):
        for fight in (
            p for p in doccache.children(prep) if p.dep == labels.POBJ and p.lemma_.casefold() in fights
        ):
            # ("shot down in a dogfight WITH Turkish jets": the parser may hang the side on the verb)
            for owner in (fight, tok):
                for with_ in (c for c in doccache.children(owner) if c.dep_ == "prep" and c.lower_ == "with"):
                    foes = [p for p in doccache.children(with_) if p.dep == labels.POBJ]
                    if foes:
                        return foes[0]
    return None


def same_act_as_casualties(trigger: Trigger, by_token: dict[int, Trigger]) -> bool:
    """Whether ``trigger`` is the attack of a "when" clause whose main clause tells its casualties, coded
    as an act of force of their own (the attack then gives way to them: WHEN_SAME_ACT)."""
    tok = trigger.token
    if trigger.noun or tok.dep != labels.ADVCL or tok.head.i not in by_token:
        return False
    main = by_token[tok.head.i]
    clause = _when_clause(main.token) if not main.noun else None
    if clause is None or clause.i != tok.i or not main.pattern.code.startswith(FORCE_ROOTS):
        return False
    attack = trigger.pattern.code.startswith((*FORCE_ROOTS, _REPRESSION))
    return attack and _casualties(main.token) and _maker(tok) is not None


def clash_sides(
    trigger: Trigger, rules: tuple[str | None, str | None], source: Actor, target: Actor | None
) -> tuple[Actor, Actor | None, str | None]:
    """The sides of a clash told by the casualties of one side (CLASH_FOE): when the victims are a state's
    forces and the foe an armed group, the fight is the state's on the group (CLASH_SIDES), as a clash
    told by its sides is coded ("troops clashed with rebels": 19), not the group's assault on the state
    (18). So too a fight the group is told to have had WITH the state's forces ("gunmen exchanged fire with
    police", "rebels clashed with troops"). Casualties among civilians ("protesters killed in clashes with
    police") and civilians' clashes keep their maker."""
    if (
        target is None
        or target.country is None
        or not (rules[0] == CLASH_FOE or _reciprocal(trigger, rules[1]))
    ):
        return source, target, None
    roles = force_roles()
    if (target.role or "") not in roles.state_force_roles or (
        source.role or ""
    ) not in roles.armed_group_roles:
        return source, target, None
    return target, source, CLASH_SIDES


def _reciprocal(trigger: Trigger, target_rule: str | None) -> bool:
    """A fight whose other side a "with" phrase names: "exchanged fire WITH police", "clashed WITH troops"."""
    code = trigger.coded_as
    if trigger.noun or not code.startswith("19") or target_rule != PREP_OBJECT:
        return False
    return any(c.dep == labels.PREP and c.lower_ == "with" for c in doccache.children(trigger.token))
