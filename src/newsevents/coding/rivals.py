"""A show of force aimed at its own country: the rival it is shown to instead.

A deployment, a mobilisation or an alert (CAMEO 15, or the threat or pledge of one) whose target fell back
to the source's own country ("would send troops to the region", "ordered the country's first
mobilisation", "soldiers are deployed in the border district") is coded on the side the force faces: the
one foreign country its sentence names as a party ("facing Chinese troops"); else, for a build-up of
forces (not a display such as a missile test) not placed at home, the other country the article is most
about (the rival the story explains the build-up by). An act the text keeps at home with no foreign
party named (troops sent into the capital) stays domestic, a bare "the capital" in a story filed from the
force's own country included ("tanks were deployed at key points in the capital").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding import co_speakers, foreign_appeals, side_by_side
from newsevents.coding.camps_abroad import camps_abroad
from newsevents.coding.captured_in_fight import captors_in_fight
from newsevents.coding.context_addressee import addressed_abroad
from newsevents.coding.coup_reaction import coup_reactions
from newsevents.coding.crew_flag import flags_aboard
from newsevents.coding.destination import aimed_at_destination
from newsevents.coding.force_aim import faced_all
from newsevents.coding.freed_own import freed_at_home
from newsevents.coding.held_abroad import holders_asked
from newsevents.coding.home_party_refused import home_parties_refused
from newsevents.coding.joint_own import joint_own_copies
from newsevents.coding.lexicon import lexicon
from newsevents.coding.order_at_home import kept_in_order
from newsevents.coding.own_country import foreign_in_sentence
from newsevents.coding.own_country import settle as settle_own
from newsevents.coding.own_purpose import OWN_PURPOSE
from newsevents.coding.own_settlement import own_settlements
from newsevents.coding.records import Draft
from newsevents.coding.resigned_home import resigned_home
from newsevents.coding.rules import declare
from newsevents.coding.sent_forces import sent_forces
from newsevents.coding.served_host import served_hosts
from newsevents.coding.shared_target import shared_targets
from newsevents.coding.swap_return import swap_returns
from newsevents.coding.targets import article_counterpart
from newsevents.coding.told_to_leave import all_leave
from newsevents.records import Actor

POSTURE_RIVAL = declare(
    "target",
    "posture-rival",
    "a show of force (or a threat or pledge of one) whose target fell back to its source's own country is "
    "aimed at the foreign party its sentence names, else, unless placed at home, at the article's other "
    "country",
    "Ruritania said it would send 2,000 troops to the Gulf. Its rival Freedonia called the move a threat.",
)
_FORCE_ROOT = "15"
# A show of force told for itself (150: a missile test, an exercise) faces only a rival its sentence
# names; a build-up of forces (152 alert, 154 mobilisation, deployment) faces the story's rival too.
_DISPLAY_CODE = "150"
# Police alert and police build-up (151, 153) are measures at home ("declared a state of emergency").
_POLICE_CODES = ("151", "153")
# Prepositions of a place phrase that keeps the force at home ("deploy the army to American cities").
_HOME_PREPOSITIONS = frozenset({"in", "into", "to", "across", "inside", "throughout"})
# Bare place nouns that, filed from the force's own country, name a place at home ("in the capital").
_HOME_PLACE_NOUNS = frozenset({"capital"})
# Roots of the threat or pledge of a show of force ("would send troops": 13 or 03 by its modality).
_ANNOUNCED_ROOTS = ("03", "13")
# Roles of a target that the show of force is no act on: the source's own state, forces and police, or
# the country itself (role None); "UAF" is its own unnamed fighting men or aircraft put on show, which the
# agent table reads as armed men ("scrambled fighters": the fighters are the force shown, not its target).
_OWN_ARMED = "UAF"
_OWN_SIDE_ROLES = frozenset({None, "GOV", "MIL", "COP", _OWN_ARMED})


def settle(drafts: list[Draft], implicit: str, actors: DocActors, state_roles: frozenset[str]) -> list[Draft]:
    """``drafts`` with their own-country fallbacks settled (coding/own_country.py), co-reactors and
    co-speakers kept apart (coding/side_by_side.py, co_speakers.py), a state's words to a group placed at
    its home sent abroad (coding/context_addressee.py), foreign appeals aimed at the story's
    country (coding/foreign_appeals.py), releases asked for one's nationals aimed at their holder
    (coding/held_abroad.py), a pair's joint act dropped where it falls back to one of the pair
    (coding/joint_own.py), then each show of force aimed at its own country turned on its
    rival, each deployment to a named foreign place aimed at that place (coding/destination.py), each
    show of force whose sentence names the state it faces or answers aimed at it (coding/force_aim.py), and
    another state's troops sent in a passive aimed at the dateline's country (coding/sent_forces.py); last,
    a show of force ordered to keep order at home and a resignation aimed at home (coding/order_at_home.py,
    coding/resigned_home.py)."""
    settled = [addressed_abroad(d, actors) for d in settle_own(drafts, implicit, actors, state_roles)]
    settled = shared_targets(settled, actors)  # ("condemned the raid and demanded a halt": shared_target.py)
    settled = joint_own_copies(side_by_side.apart(settled, actors))  # (the pair's act: joint_own.py)
    settled = foreign_appeals.aimed_at_story(co_speakers.apart(settled, actors), actors)
    settled = own_settlements(settled)  # ("A and B said they wanted a solution": own_settlement.py)
    settled = holders_asked(settled, actors)  # (a release asked for one's nationals: held_abroad.py)
    settled = coup_reactions(settled, actors)  # ("called the takeover illegal": coup_reaction.py)
    settled = home_parties_refused(settled, actors)  # ("would not recognise Ortega": home_party_refused.py)
    settled = flags_aboard(settled, actors)  # ("the Sea Star 3 was seized": a boat's flag, crew_flag.py)
    settled = freed_at_home(settled, actors)  # (a state's freed placed by a third dateline: freed_own.py)
    settled = swap_returns(settled, actors)  # ("freed 40 soldiers in exchange for 12": swap_return.py)
    settled = captors_in_fight(settled)  # ("its pilot was captured": captured_in_fight.py)
    settled = all_leave(settled, actors)  # ("told its staff to leave": told_to_leave.py)
    settled = camps_abroad(settled, actors)  # ("struck rebel camps in X": camps_abroad.py)
    settled = served_hosts(settled, actors)  # ("ended the mission in X": served_host.py)
    settled = sent_forces(settled, actors)  # ("the troops were sent by X": sent_forces.py)
    settled = [aimed_at_destination(rival(d, actors), actors) for d in settled]
    settled = faced_all(settled, actors)  # ("as X began drills", "against X": force_aim.py)
    # ("ordered troops to restore order": order_at_home.py; "resigned under a deal with X": resigned_home.py)
    return [resigned_home(kept_in_order(d, actors), actors) for d in settled]


def _force(d: Draft) -> bool:
    """Whether ``d`` is a show of force or the announcement of one."""
    pattern = d.trigger.pattern.code
    if d.code.startswith(_POLICE_CODES) or pattern.startswith(_POLICE_CODES):
        return False
    return d.code.startswith(_FORCE_ROOT) or (
        d.code.startswith(_ANNOUNCED_ROOTS) and pattern.startswith(_FORCE_ROOT)
    )


def rival(d: Draft, actors: DocActors) -> Draft:
    """``d`` aimed at the rival its force faces when its target fell back to its own country."""
    own = d.source.country
    target = d.aimed
    if own is None or target is None or not d.aimed_at_own or not _force(d):
        return d
    if d.source.role in lexicon().non_state_armed_roles or target.role not in _OWN_SIDE_ROLES:
        return d
    if OWN_PURPOSE in d.trigger.steps:  # ("deployed the army to help the police": it faces nobody abroad)
        return d
    foreign = foreign_in_sentence(d, actors, own) or _faced_in_scene(d, actors, own, target)
    if len(foreign) == 1:
        other: str | None = foreign.pop()
    elif not foreign and _build_up(d, own) and not _sent_home(d, actors, own):
        other = article_counterpart(actors, own)
    else:
        other = None
    if other is None:
        return d
    actor = country_actor(actors, other)
    if d.target is not None:
        return d.step(POSTURE_RIVAL, target=replace(actor, text=d.target.text))
    return d.step(POSTURE_RIVAL, implicit_target=actor)


def _faced_in_scene(d: Draft, actors: DocActors, own: str, target: Actor) -> set[str]:
    """For a show of its own armed men or aircraft ("scrambled fighters"), the foreign countries its whole
    sentence names, scene clauses included: the jets go up because of what the scene clause tells ("after
    Chinese bombers approached"), so the party there is the one they face."""
    if target.role != _OWN_ARMED:
        return set()
    sent = d.sent
    return {m.iso3 for m in actors.mentions if m.iso3 and m.iso3 != own and sent.start <= m.start < sent.end}


def _build_up(d: Draft, own: str) -> bool:
    """Whether ``d`` is a build-up of forces (not a display) that is not placed at home."""
    display = d.code.startswith(_DISPLAY_CODE) or d.trigger.pattern.code.startswith(_DISPLAY_CODE)
    return not display and (d.place is None or d.place.country != own)


def _sent_home(d: Draft, actors: DocActors, own: str) -> bool:
    """Whether the sentence of ``d`` names a place of the source's own country the force goes to or is
    in ("to American cities", "into the Russian border regions")."""
    doc, sent = actors.doc, d.sent
    for m in actors.mentions:
        if m.iso3 != own or not sent.start <= m.start < sent.end:
            continue
        head = doc[m.end - 1]
        while head.dep_ in ("amod", "compound") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in _HOME_PREPOSITIONS:
            return True
    return actors.dateline_country == own and any(_home_capital(t) for t in sent)


def _home_capital(tok: Token) -> bool:
    """Whether ``tok`` is a bare "the capital" a force is sent to or placed in: in a story filed from the
    force's own country and naming no foreign party in its sentence, that is the home capital ("tanks
    were deployed at key points in the capital")."""
    if tok.lemma_ not in _HOME_PLACE_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in _HOME_PREPOSITIONS:
        return False
    kids = doccache.children(tok)
    return any(c.lower_ == "the" and c.dep_ == "det" for c in kids) and not any(
        c.dep_ in ("poss", "compound", "amod") for c in kids
    )
