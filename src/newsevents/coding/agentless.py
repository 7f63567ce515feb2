"""Acts whose maker the text leaves to the reader: agentless passives of acts only a state does ("More
than 200 miners were arrested") and waves of protest with nobody named ("weeks of street protests").

The arguments stage gives an agentless passive the country of the place it happened in (``source:
unattributed``); where the sentence names no place, an attack, a fight or a massacre with nobody named
("a car bomb ripped through the market") happened in the dateline's country (``source:
unattributed-dateline``), and another act makes no event. An arrest, a detention, a
deportation or an execution is done by a state's police, army or courts, so the story's own country (the
dateline's, else the one it names most) is the plain source, as the corpus codes it ("police implied").
Acts that anyone may do ("was shot dead") are left alone: their maker is not plain from the text. Protests
named by a plural noun with nobody named ("after weeks of protests") are the country's public's, as the
corpus codes them (a single rally has an organiser, named or not, and is left alone).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.actors.resolve import DocActors
from newsevents.coding import accused, syntax
from newsevents.coding.protest import public_protest
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.roles import passive_conjunct
from newsevents.coding.rules import declare
from newsevents.dateline import dateline_country
from newsevents.records import Actor
from newsevents.when import DocDates, When, role_day
from newsevents.where import DocPlaces

DATELINE_PLACE = declare(
    "source",
    "unattributed-dateline",
    "an unattributed event whose clause names no place happened in the country of the dateline",
    "KANDAHAR, Afghanistan - A car bomb ripped through a crowded market on Saturday.",
)
UNNAMED_TOLL = declare(
    "select",
    "unnamed-toll",
    "an act of force with no maker named, in a sentence that tells an act of force whose maker it names, "
    "is that act's toll, not an event of its own",
    "Turkish jets struck the town, where residents said bombs fell and killed a dozen people.",
)
# CAMEO roots of acts of force (an unnamed maker's, and the named maker's of the same sentence).
_FORCE_ROOTS = ("18", "19", "20")
STATE_PASSIVE = declare(
    "source",
    "state-passive",
    "an agentless passive of an act only a state does (arrest, detention, expulsion) with no place named "
    "is the story's country's",
    "More than 200 dockers were arrested, the interior ministry said.",
)
PUBLIC_PROTEST = declare(
    "source",
    "public-protest",
    "protests named by a noun with nobody named making them are the story's country's people's",
    "The government fell after weeks of street protests.",
)
# CAMEO roots of acts that only a state's police, army or courts do: coercion (arrests, detentions,
# expulsions, executions, curfews).
_STATE_ROOTS = frozenset({"17"})
# CAMEO roots of acts a country's public does when nobody is named: protests ("weeks of protests").
_PUBLIC_ROOTS = frozenset({"14"})
# The arm of the state each such act is plainly done by: arrests and detentions by the police, the rest
# (expulsions, curfews, executions) by the government.
_ARM = {"173": "COP"}
_DEFAULT_ARM = "GOV"


def _agentless(trigger: Trigger) -> bool:
    tok = trigger.token
    # (a passive conjunct shares its first verb's auxiliary and agent: "were beaten and DETAINED")
    verbs = [tok, tok.head] if passive_conjunct(tok) else [tok]
    return (
        not trigger.noun
        and tok.pos_ == "VERB"
        and (syntax.is_passive(tok) or passive_conjunct(tok))
        and not any(c.dep_ == "agent" for v in verbs for c in v.children)
    )


def state_passives(
    triggers: list[Trigger],
    drafted: set[int],
    sent: Span,
    actors: DocActors,
    dates: DocDates,
    last_dated: When | None,
) -> list[Draft]:
    """Drafts for the kept agentless state passives of ``sent`` that the arguments stage left without one
    (``drafted``: the trigger positions that have drafts), sourced on the story's country."""
    home = actors.story_country
    if home is None:
        return []
    indices = {t.token.i for t in triggers}
    out: list[Draft] = []
    for trigger in triggers:
        code = trigger.code or trigger.pattern.code
        if not trigger.kept or trigger.token.i in drafted:
            continue
        state = code[:2] in _STATE_ROOTS and (_agentless(trigger) or accused.unowned_arrests(trigger.token))
        # (a plural: a wave of protests is the public's; one rally has an organiser, named or not)
        public = code[:2] in _PUBLIC_ROOTS and public_protest(trigger)
        if not (state or public):
            continue
        tok = trigger.token
        whens, own, date_rule = dates.event_dates(tok, sent, indices, last_dated)
        when = whens[0] if whens else None
        day = role_day(when) or dates.story_day
        patients = [c for c in tok.children if c.dep_ == "nsubjpass"] or accused.arrested_of(tok)
        targets = [a for p in patients for a in actors.resolve_all(p, day) if a.code and a.country]
        role = _ARM.get(code[:3], _DEFAULT_ARM) if state else None
        name = actors.country_name(home)
        source = Actor(text="", name=name, country=home, role=role, code=f"{home}{role or ''}")
        out.append(
            Draft(
                trigger=trigger,
                sent=sent,
                source=source,
                target=targets[0] if targets else None,
                modality=trigger.modality or "asserted",
                code=code,
                when=when,
                date_own=own,
                place=None,
                facts=frozenset({"unattributed"}),
                steps=(
                    *trigger.steps,
                    STATE_PASSIVE if state else PUBLIC_PROTEST,
                    *((date_rule,) if when and date_rule else ()),
                ),
            )
        )
    return out


def unattributed(tok: Token, event_subjects: frozenset[str]) -> bool:
    """A passive without its agent ("was arrested"), or a verb whose subject is an event or a thing
    ("a blast wounded")."""
    if tok.pos_ != "VERB":
        return False
    if syntax.is_passive(tok) or passive_conjunct(tok):
        verbs = [tok, tok.head] if passive_conjunct(tok) else [tok]
        return not any(c.dep_ == "agent" for v in verbs for c in v.children)
    # A dateline the parser hung on the first verb ("KABUL, Afghanistan - A bomb ripped...") is no subject.
    dateline = tok.doc._.ne_dateline
    subjects = [
        s for s in syntax.subjects(tok) if dateline is None or not dateline.start <= s.i < dateline.end
    ]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and s.ent_type_ == "" and s.lemma_ in event_subjects for s in subjects
    )


def dateline_source(doc: Doc, places: DocPlaces, actors: DocActors) -> list[Actor]:
    """The country of the article's dateline ("OMAGH, Northern Ireland -"), as an unnamed actor."""
    iso3 = dateline_country(doc, places.gazetteer.lookup)  # ("GAO, Mali -": Mali's, not another Gao's)
    if iso3 is None:
        return []
    return [Actor(text="", name=actors.country_name(iso3), country=iso3, role=None, code=iso3)]


def caused_source(tok: Token, causers: list[Actor], places: DocPlaces, actors: DocActors) -> list[Actor]:
    """The country where an event caused by another ("..., sparking riots") happened: its own place's,
    else its causer's; the causer did not riot."""
    place = places.event_place(tok)
    iso3 = place.country if place is not None and place.country else None
    iso3 = iso3 or next((a.country for a in causers if a.country), None)
    if iso3 is None:
        return []
    return [Actor(text="", name=actors.country_name(iso3), country=iso3, role=None, code=iso3)]


def unnamed_tolls(drafts: list[Draft]) -> list[Draft]:
    """The drafts of one sentence less the acts of force whose maker the text leaves unnamed (placed by
    the agentless rules: "unattributed") when the sentence tells another act of force whose maker it
    names: "Turkish jets struck the town, where residents said bombs fell and killed dozens" is the
    strike and its toll, not a second attack by the town's own country (UNNAMED_TOLL)."""
    named = any(d.code.startswith(_FORCE_ROOTS) and "unattributed" not in d.facts for d in drafts)
    if not named:
        return drafts
    return [d for d in drafts if not (d.code.startswith(_FORCE_ROOTS) and "unattributed" in d.facts)]
