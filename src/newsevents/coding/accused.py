"""Attacks told as what a party is blamed, charged or held for.

"Police blamed the Red Hand group for a bombing at a Belfast pub": the bombing is a real event the text
asserts, and the only maker it names is the party blamed for it. An event noun has no subject of its own,
so without this rule the bombing has no source and is lost (only the accusation is coded). The corpus
codes such attacks with any source accepted (the maker is not established), so the accused party is the
source the text offers. Only acts of force (assault, fight, mass violence) are taken this way: a speech act
named as the ground of an accusation is the accuser's account of it (coding/triggers.py, governor-act),
and a definite noun ("blamed X for THE bombing") names an act told before, coded where it was told.

The module also places acts of force and coercion whose parties the text leaves implicit: arrests told by
a plural noun with nobody making them are the story's police's ("a wave of arrests"), an appeal to end
fighting with no addressee is made to the story's country, and a foreign force's act or withdrawal with
no target or place is aimed at the story's country rather than its own (coding/targets.py reads these).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.condemned_deed import condemned_deed, condemned_victims
from newsevents.coding.roles import Head
from newsevents.coding.rules import declare
from newsevents.coding.tolled import toll_victims, tolled_attack

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors
    from newsevents.coding.records import Draft, Trigger

__all__ = [
    "ACCUSED_PARTY",
    "accused_act_of_force",
    "accused_ground",
    "accused_party",
    "accused_scene",
    "arrested_of",
    "foreign_scene",
    "noun_sources",
    "unowned_arrests",
]

ACCUSED_PARTY = declare(
    "source",
    "accused-party",
    "an attack named as what a party is blamed, charged or arrested for has that party as its maker, as "
    "far as the text goes",
    "Police in Belfast blamed the Red Hand group for a bombing at a pub that killed four people.",
)
# Verbs whose object (or passive subject) is held to have done the act named after "for", "over" or
# "of": accusations and the legal steps that follow them.
_ACCUSING = frozenset(
    {"blame", "accuse", "charge", "hold", "suspect", "indict", "convict", "arrest", "detain", "sentence"}
)
# Prepositions that introduce the act a party is accused of ("blamed X FOR", "charged X OVER").
_GROUNDS = frozenset({"for", "over", "of"})
# Nouns that gather acts into a run ("a wave of bombings", "a string of attacks").
_RUNS = frozenset({"wave", "string", "series", "spate", "spree", "campaign"})
# Determiners that refer back to something told before.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Prepositions that make a noun the scene of another event.
_SCENES = frozenset({"after", "before", "during", "following", "amid", "since", "despite", "until"})
# Appeals to de-escalate ("called for an end to the fighting"), made to those fighting in the story.
_DE_ESCALATION = frozenset({"0256"})
# Nouns of arrest and detention.
_ARRESTS = frozenset({"arrest", "detention", "roundup", "round-up"})


def _definite(tok: Token) -> bool:
    """A definite noun ("THE attack", "ITS bombing") names an act the reader is taken to know."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in doccache.children(tok)
    )


def _charge_name(tok: Token) -> bool:
    """A bare singular noun ("accused Myanmar of GENOCIDE") names the charge, not an act the text tells:
    a told act comes with an article, a number or a plural ("for a bombing", "for attacks")."""
    return tok.tag_ == "NN" and not any(c.dep_ in ("det", "nummod", "poss") for c in doccache.children(tok))


def _told_before(tok: Token) -> bool:
    """Whether the event noun refers back to an act the story has told already: a definite noun after
    the lead sentence ("The detentions came days after ..." names the detentions of its lead)."""
    return _definite(tok) and doccache.sent(tok).start > 0


def accused_party(tok: Token) -> Token | None:
    """The head of the party blamed for the event noun ``tok`` ("blamed THE GROUP for the bombing"), if the
    noun (or the first of coordinated nouns: "over a car bomb and a shooting spree") is such a ground."""
    if _definite(tok) or _charge_name(tok):
        # ("blamed X for the bombing of Y": an act the story or the news told before, coded there; "a
        # string of bombings", "a car bomb" are told here; "accused X of genocide" names a charge)
        return None
    noun = tok
    for _ in range(4):
        if noun.dep_ != "conj":
            break
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.casefold() in _RUNS:
        noun = noun.head.head  # "blamed X for A WAVE OF bombings"
    if noun.dep_ != "pobj" or noun.head.lower_ not in _GROUNDS:
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.casefold() not in _ACCUSING:
        return None
    parties = [c for c in doccache.children(verb) if c.dep_ == "dobj"] or [
        c for c in doccache.children(verb) if c.dep_ == "nsubjpass"
    ]
    return parties[0] if parties else None


def accused_act_of_force(tok: Token, code: str) -> bool:
    """Whether the event noun ``tok`` coded ``code`` is an act of force a party is blamed for, or acts
    gathered in a run ("a wave of arrests"): an event, not the scene of another, though it sits under
    "for", "over" or "of"."""
    if code.startswith(FORCE_ROOTS) and (accused_party(tok) is not None or tolled_attack(tok, code)):
        return True  # (or told with its toll: coding/tolled.py)
    if condemned_deed(tok, code):
        return True  # ("condemned the sinking of its boat by a Chinese ship": coding/condemned_deed.py)
    return code.startswith(("17", *FORCE_ROOTS)) and in_run(tok)


def in_run(tok: Token) -> bool:
    """ "a WAVE of arrests", "a STRING of bombings": the plural noun is told by its run, and the run is not
    itself the scene of another event ("after a wave of arrests")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.tag_ != "NNS":
        return False
    run = tok.head.head
    if run.lemma_.casefold() not in _RUNS:
        return False
    return not (run.dep_ == "pobj" and run.head.lower_ in _SCENES)


def noun_sources(
    tok: Token, code: str, sources: list[Head], targets: list[Head]
) -> tuple[list[Head], list[Head]]:
    """``targets.from_source``, then, for an act of force that names no maker of its own, the party it is
    blamed on (ACCUSED_PARTY)."""
    from newsevents.coding.targets import from_source  # (targets reads accused_scene: import when used)

    sources, targets = from_source(tok, code, sources, targets)
    targets = toll_victims(tok, code, targets)  # ("an air strike that killed 33 Turkish soldiers")
    targets = condemned_victims(tok, code, targets)  # ("condemned the shelling of its post by X")
    if sources or not code.startswith(FORCE_ROOTS):
        return sources, targets
    accused = accused_party(tok)
    if accused is None:
        return sources, targets
    return [Head(accused, ACCUSED_PARTY)], [h for h in targets if h.token.i != accused.i]


def accused_scene(d: Draft, actors: DocActors) -> str | None:
    """The country where an attack blamed on a party happened when its sentence places it nowhere: the
    story's (the dateline's, else the one it names most), not the accused party's own ("Kenyan police
    blamed al Shabaab for the attack": the victims are Kenya's, not Somalia's). So too for an appeal to end
    fighting that names no addressee ("Washington called for an end to the fighting"): it is made to the
    parties fighting in the story's country, not to the caller's own."""
    if ACCUSED_PARTY in d.steps or d.code in _DE_ESCALATION:
        return actors.story_country
    return None


def unowned_arrests(tok: Token) -> bool:
    """Arrests or detentions told by a plural noun that names nobody making them ("a wave of ARRESTS of
    activists", "mass DETENTIONS were reported"): like an agentless passive arrest, the work of the
    story's country's police (agentless.state_passives, rule source:state-passive). A possessor, a "by"
    phrase or a named modifier names the maker ("Chinese arrests", "arrests by the army")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.casefold() not in _ARRESTS:
        return False
    if _told_before(tok):
        return False  # ("The detentions came days after ...": those the lead told)
    for c in doccache.children(tok):
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") or (c.dep_ != "prep" and c.ent_type_):
            return False
    return True


def arrested_of(tok: Token) -> list[Token]:
    """The people an arrest noun names as held: the "of" phrase ("arrests OF union leaders"); for a passive
    conjunct, its first verb's patient ("the two leaders were beaten and DETAINED")."""
    if tok.pos_ != "NOUN":
        return [c for c in doccache.children(tok.head) if c.dep_ == "nsubjpass"] if tok.dep_ == "conj" else []
    return [
        p
        for c in doccache.children(tok)
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in doccache.children(c)
        if p.dep_ == "pobj"
    ]


def foreign_scene(d: Draft, actors: DocActors) -> str | None:
    """The country where a foreign party's act of force happened when its sentence names no target and no
    place: the story's ("ABIDJAN - French helicopters pounded the presidential compound": Ivory Coast's,
    not France's own); so is a foreign force's withdrawal ("KYIV - Russia ordered its troops out of the
    city"). A party acting at home stays at home."""
    if not d.code.startswith(FORCE_ROOTS + ("15", "087")):
        return None
    home = actors.story_country
    return home if home is not None and home != d.source.country else None


# Codes of the acts whose ground ("accused X OF ...") is their account, not an event: accuse, deny, convict.
_GROUND_CODES = ("112", "015", "016", "116")


def accused_ground(trigger: Trigger, by_token: dict[int, Trigger]) -> bool:
    """ "accused Quito of colonialism FOR PRESSING its claim", "accused Lima of PLOTTING A COUP": an act
    other than force named as the ground of an accusation or denial (or the event noun such a gerund
    takes) is the accuser's account of it, not an event the text asserts (an act of force so named is
    still coded: "accused Niger of shelling the camps"); so is any act but force a court convicts of."""
    tok = trigger.token
    if trigger.noun and tok.dep_ == "dobj" and tok.head.dep_ == "pcomp":
        tok = tok.head  # ("of PREPARING a coup": the gerund is the ground, its noun the act)
    while tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.i != tok.i:
        tok = tok.head  # ("of crossing the line AND PROVOKING clashes": each gerund is a ground)
    if tok.dep_ != "pcomp" or tok.head.lower_ not in ("of", "for"):
        return False
    gov = tok.head.head
    gov = gov.head if gov.dep_ == "dobj" else gov  # ("accused SOLDIERS of ...": "of" hung on the accused)
    force = trigger.pattern.code[:2] in ("18", "19", "20")
    # (a conviction's ground is the court's finding, whatever the act: "convicted him of AIDING terrorists")
    return gov.i in by_token and not force and by_token[gov.i].pattern.code[:3] in _GROUND_CODES
