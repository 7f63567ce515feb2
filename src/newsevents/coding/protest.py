"""Protest events (CAMEO 14) told through their crowds and through their names.

News tells a protest by what its crowd does ("thousands poured onto the Ring Road", "protesters stormed
the embassy") or by naming it with no agent at all ("a general strike paralysed Athens", "the sit-in
entered its third week"). Patterns code the verbs as movements or military force, and an event noun with
no agent phrase has no source; the rules here make them protests by their crowd, and give a named protest
the story's country.

Read by the trigger stage (``crowd_acts``), the arguments stage (``protest_phrase``), selection's
agentless drafts (``named_protest``) and selection's merging (``distinct_protests``). Word lists:
``data/protest.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.lexicon import kind_of
from newsevents.coding.patterns import construction
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.resources import packaged_table
from newsevents.coding.rules import declare
from newsevents.errors import DataFileError

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FILE = "coding/data/protest.toml"

CROWD_FORCE = declare(
    "trigger",
    "crowd-force",
    "a crowd that storms, torches or blockades does so as a violent protest (145) or an obstruction "
    "(144), not as an armed force",
    "Thousands of students stormed the parliament building in Jakarta.",
)
CROWD_MOVEMENT = declare(
    "trigger",
    "crowd-movement",
    "a protesting crowd that pours, streams or packs into a place demonstrates (141)",
    "Tens of thousands of Chileans poured into Plaza Italia chanting against the government.",
)
PROTEST_PHRASE = declare(
    "source",
    "protest-phrase",
    "'in protest' on an uncoded verb makes the verb's subject the protesters",
    "Dockers stayed off work in protest at the privatisation plan.",
)
PROTEST_SCENE = declare(
    "select",
    "protest-stretch",
    "a protest named as a stretch of time ('the fifth day of rioting', 'weeks of strikes') or as 'in "
    "protest' on a verb is an event, not the scene of another",
    "Shops stayed shut on the third day of a general strike in Dhaka.",
)
PROTEST_MANNER = declare(
    "select",
    "protest-manner",
    "'in protest' on a coded act says why the act was done; it is no demonstration of its own",
    "Jordan recalled its ambassador in protest.",
)
CELEBRATION = declare(
    "select",
    "other-gathering",
    "a crowd that gathers to celebrate, mourn or watch is no demonstration",
    "Thousands of Argentines poured into the streets to celebrate the title.",
)
MONTH_NAME = declare(
    "select",
    "month-name",
    "'March' capitalised is the month, not a protest march",
    "Talks resumed on March 3 after the march on parliament.",
)
AT_MISSION = declare(
    "target",
    "at-mission",
    "a protest at a foreign embassy or consulate is against the state whose mission it is",
    "Hundreds of students staged a sit-in outside the Japanese embassy in Seoul.",
)
DISPERSED_PROTEST = declare(
    "select",
    "dispersed-protest",
    "a protest that police break up or disperse took place: it is an event of its own, not the object "
    "or purpose of the dispersal",
    "Riot police fired tear gas to break up a student rally in Dhaka.",
)
DISTINCT_PROTESTS = declare(
    "select",
    "distinct-protests",
    "two protests of one country told as different kinds (a strike and a riot, a march and an arson) "
    "are two events, unless one names protest in general",
    "A general strike shut Athens as youths rioted for a fifth night.",
)
# Roots of force that a crowd's act is coded as by its verb alone.
_FORCE_ROOTS = frozenset({"17", "18", "19"})
_RIOT, _OBSTRUCT, _DEMONSTRATE, _STRIKE = "145", "144", "141", "143"
# Prepositions that make a protest noun the topic of another event, not a protest that happened.
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "for", "against", "to"})


@dataclass(frozen=True, slots=True)
class ProtestWords:
    """The lists of ``data/protest.toml`` (what each is for: that file)."""

    crowd_nouns: frozenset[str]
    crowd_counts: frozenset[str]
    public_nouns: frozenset[str]
    not_protesters: frozenset[str]
    force_verbs: frozenset[str]
    obstruct_verbs: frozenset[str]
    movement_verbs: frozenset[str]
    protest_cues: frozenset[str]
    generic_nouns: frozenset[str]
    killing: frozenset[str]
    mass_nouns: frozenset[str]
    stretches: frozenset[str]
    other_gatherings: frozenset[str]
    dispersal_verbs: frozenset[str]
    missions: frozenset[str]


@functools.lru_cache(maxsize=1)
def protest_words() -> ProtestWords:
    """The packaged lists (read once per process)."""
    return packaged_table(_FILE, _protest_words)


def _protest_words(table: dict[str, Any]) -> ProtestWords:
    fields = set(ProtestWords.__dataclass_fields__)
    if set(table) != fields:
        raise DataFileError(f"{_FILE}: lists {sorted(table)} differ from {sorted(fields)}")
    for name, words in table.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w == w.lower() for w in words):
            raise DataFileError(f"{_FILE}: {name} must be a list of lowercase strings")
    return ProtestWords(**{name: frozenset(words) for name, words in table.items()})


def crowd_subject(verb: Token) -> str | None:
    """``"crowd"`` when the active verb's subject is a protesting crowd by its head ("protesters"),
    ``"count"`` when it is a counted crowd of people ("tens of thousands of Argentines"), ``"public"``
    when it is a group of the public ("students", "workers"), else None."""
    if syntax.is_passive(verb):
        return None  # ("three protesters were killed": the crowd suffered the act)
    words = protest_words()
    lemmas = syntax.subject_lemmas(verb)
    if not lemmas and verb.dep_ == "xcomp":  # ("thousands tried to force their way in": the trier's)
        lemmas = syntax.subject_lemmas(verb.head)
    if not lemmas or not lemmas.isdisjoint(words.not_protesters):
        return None
    if not lemmas.isdisjoint(words.crowd_nouns):
        return "crowd"
    if not lemmas.isdisjoint(words.crowd_counts):
        return "count"
    # ("students occupied the parliament": a group of the public, a protest only by its act or cues)
    return "public" if not lemmas.isdisjoint(words.public_nouns) else None


def crowd_acts(found: list[Trigger], sent: Span) -> list[Trigger]:
    """The sentence's triggers with a crowd's acts of force recoded as protest, a protest noun that only
    says why a coded act was done set aside, and a protesting crowd's movements added."""
    coded = {t.token.i for t in found if t.kept}
    out = [_embassy(_celebration(_month(_manner(_crowd_force(t), coded)))) for t in found]
    return out + _movements(sent, coded)


def _crowd_force(trigger: Trigger) -> Trigger:
    code = trigger.coded_as
    tok = trigger.token
    if trigger.noun or code[:2] not in _FORCE_ROOTS or not trigger.kept:
        return trigger
    words = protest_words()
    lemma = tok.lemma_.casefold()
    if _labour_strike(tok) and crowd_subject(tok) is not None:
        # ("the union staged a strike", "workers began a strike": a strike of labour, not of force)
        pattern = replace(trigger.pattern, code=_STRIKE, id=f"{trigger.pattern.id}+crowd")
        return replace(trigger, pattern=pattern, code=None, steps=(*trigger.steps, CROWD_FORCE))
    if lemma not in words.force_verbs and lemma not in words.obstruct_verbs:
        return trigger
    if crowd_subject(tok) is None or not words.killing.isdisjoint(
        t.lemma_.casefold() for t in doccache.subtree(tok)
    ):
        return trigger  # ("a mob set fire to a church, burning alive dozens": a massacre, no protest)
    new = _OBSTRUCT if lemma in words.obstruct_verbs else _RIOT
    pattern = replace(trigger.pattern, code=new, id=f"{trigger.pattern.id}+crowd")
    return replace(trigger, pattern=pattern, code=None, steps=(*trigger.steps, CROWD_FORCE))


def _embassy(trigger: Trigger) -> Trigger:
    """ "staged a sit-in outside the Japanese embassy": a protest at a foreign mission is against its
    state, wherever the parser hung the place (on the protest noun or on its light verb)."""
    if not trigger.noun or not trigger.kept or trigger.target_heads is not None:
        return trigger  # (a verb finds the mission in its object phrase: "hurled stones at the embassy")
    if trigger.coded_as[:2] != "14":
        return trigger
    tok = trigger.token
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    missions = protest_words().missions
    for holder in holders:
        for prep in (c for c in doccache.children(holder) if c.dep_ == "prep"):
            # ("outside the embassy", "at the consulate", "in front of the embassy")
            objects = [p for p in doccache.children(prep) if p.dep_ == "pobj"]
            objects += [
                q
                for p in objects
                for r in doccache.children(p)
                if r.dep_ == "prep"
                for q in doccache.children(r)
            ]
            found = [o for o in objects if o.lemma_.casefold() in missions]
            if found:
                steps = (*trigger.steps, AT_MISSION)
                return replace(trigger, target_heads=(found[0],), steps=steps)
    return trigger


def _labour_strike(verb: Token) -> bool:
    """ "staged / began / held a strike": a light verb whose object is a bare "strike"."""
    return kind_of(verb) == "light" and any(
        c.dep_ == "dobj"
        and c.lemma_.casefold() == "strike"
        and not any(m.dep_ == "compound" for m in doccache.children(c))
        for c in doccache.children(verb)
    )


def _manner(trigger: Trigger, coded: set[int]) -> Trigger:
    """ "recalled its ambassador in protest": the noun is the coded act's reason."""
    verb = protest_verb(trigger.token)
    if trigger.kept and verb is not None and (verb.i in coded or _named_party(verb)):
        return replace(trigger, dropped_by=PROTEST_MANNER)
    return trigger


def _named_party(verb: Token) -> bool:
    """A verb whose subject names a state or an organisation ("Pakistan suspended trade in protest"): its
    act in protest is a measure, not a demonstration by the public."""
    return any(s.ent_type_ in ("GPE", "ORG", "NORP") for s in syntax.subjects(verb))


def _celebration(trigger: Trigger) -> Trigger:
    """ "Thousands poured into the streets to celebrate": a crowd massing for joy, grief or a show is no
    demonstration."""
    tok = trigger.token
    if trigger.noun or not trigger.kept or trigger.coded_as[:2] != "14":
        return trigger
    if tok.lemma_.casefold() not in protest_words().movement_verbs:
        return trigger  # ("mourners chanted against Damascus at the funeral": the chant is the protest)
    purposes = protest_words().other_gatherings
    for clause in (c for c in doccache.children(tok) if c.dep_ in ("advcl", "xcomp", "prep")):
        if clause.lemma_.casefold() in purposes or any(
            p.lemma_.casefold() in purposes for p in doccache.children(clause) if p.dep_ == "pobj"
        ):
            return replace(trigger, dropped_by=CELEBRATION)
    return trigger


def _month(trigger: Trigger) -> Trigger:
    """ "on March 20": the month is no march (the protest noun is lowercase)."""
    tok = trigger.token
    if trigger.noun and trigger.kept and tok.lemma_.casefold() == "march" and not tok.text.islower():
        return replace(trigger, dropped_by=MONTH_NAME)
    return trigger


def _movements(sent: Span, coded: set[int]) -> list[Trigger]:
    words = protest_words()
    cued: bool | None = None
    out = []
    for tok in doccache.verbs(sent):
        if tok.i in coded or tok.lemma_.casefold() not in words.movement_verbs:
            continue
        kind = crowd_subject(tok)
        if kind in ("count", "public") and cued is None:
            cued = any(t.lemma_.casefold() in words.protest_cues for t in doccache.sent_tokens(sent))
        if kind == "crowd" or (kind in ("count", "public") and cued):
            pattern = construction("ne.crowd.demonstrate", _DEMONSTRATE, tok, "a protesting crowd masses")
            out.append(Trigger(token=tok, pattern=pattern, noun=False, steps=(CROWD_MOVEMENT,)))
    return out


def dispersed(trigger: Trigger) -> bool:
    """Whether ``trigger`` is a protest noun that a verb of dispersal takes ("broke up the rally", "fired
    tear gas to disperse the protests"): the protest took place, as an event of its own."""
    if not trigger.noun or trigger.coded_as[:2] != "14":
        return False
    return dispersal_object(trigger.token)


def dispersal_object(tok: Token) -> bool:
    """Whether ``tok`` is the object of a verb of dispersal: its protesters are not the dispersers."""
    if tok.dep_ != "dobj":
        return False
    verb = tok.head
    lemma = verb.lemma_.casefold()
    particle = next((c.lower_ for c in doccache.children(verb) if c.dep_ == "prt"), None)
    verbs = protest_words().dispersal_verbs
    return lemma in verbs or f"{lemma} {particle}" in verbs


def protest_phrase(tok: Token) -> bool:
    """A protest noun in "in protest" hanging from a verb ("walked out in protest at the ruling")."""
    return protest_verb(tok) is not None


def protest_verb(tok: Token) -> Token | None:
    """The verb "in protest" says the manner of, wherever the parser hung the phrase ("suspended trade on
    Wednesday in protest": on the verb, its object or its date)."""
    if (
        tok.pos_ != "NOUN"
        or tok.lemma_.casefold() != "protest"
        or tok.dep_ != "pobj"
        or tok.head.lower_ != "in"
    ):
        return None
    verb = tok.head.head
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ == "VERB" else None


def protest_scene_event(tok: Token) -> bool:
    """Whether a protest noun under a preposition that otherwise only sets the scene is an event of its
    own: a stretch of protest ("the fifth day of rioting", "after weeks of strikes") goes on as the story
    is told, and "in protest" on a verb makes the verb's act a protest ("stayed off work in protest")."""
    words = protest_words()
    if tok.lemma_.casefold() not in words.mass_nouns:
        return False
    if protest_phrase(tok):
        return True
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.casefold() in words.stretches


def public_protest(trigger: Trigger) -> bool:
    """Whether a protest trigger that found no party is the story's country's public's: a wave of protests
    ("weeks of protests"), a mass action named by a singular noun (``named_protest``), or a protest act
    by people the text places nowhere ("3,000 miners walked out", "a fruit seller set himself on fire")."""
    if not trigger.noun:
        return True
    return trigger.token.tag_ == "NNS" or named_protest(trigger)


def named_protest(trigger: Trigger) -> bool:
    """A singular protest noun that names a mass action of the public, which like a wave of protests is
    the story's country's when nobody is named ("a general strike paralysed Athens", "the sit-in entered
    its third week"); so is "in protest" on a verb whose subject names no country ("dockers stayed off work
    in protest"), which the arguments stage gives the verb's subject first (``protest_phrase``)."""
    tok = trigger.token
    # ("an agreement on (holding) a peaceful demonstration": what was talked about)
    phrase = tok.head if tok.dep_ == "dobj" and tok.head.dep_ == "pcomp" else tok
    if phrase.dep_ in ("pobj", "pcomp") and phrase.head.lower_ in _TOPIC_PREPOSITIONS:
        return False
    return tok.lemma_.casefold() in protest_words().mass_nouns


def distinct_protests(a: Draft, b: Draft) -> bool:
    """Two protest drafts of one pair told as different kinds of protest ("143" strike, "145" riot) are
    two events, unless either names protest in general ("the protests", "the marches", 140)."""
    if a.code[:2] != "14" or b.code[:2] != "14" or a.code[:3] == b.code[:3]:
        return False
    return not (_generic(a) or _generic(b))


def _generic(d: Draft) -> bool:
    if d.code[:3] == "140":
        return True
    # ("the marches", "the strikes": a plural names the protests in general, whatever their kind)
    return d.trigger.noun and (
        d.token.tag_ == "NNS" or d.token.lemma_.casefold() in protest_words().generic_nouns
    )
