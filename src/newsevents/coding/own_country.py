"""The foreign counterpart of an act whose target fell back to its source's own country.

An event's target reaches the source's own country in weak ways: an unnamed group read in the context of
the story's country ("the rebels", "the victims", "a tanker"), a place in that country ("the highway",
"12 settlements"), or the implicit target of an act that names none. Where the sentence names one foreign
country and nothing in the target phrase names the source's own, the foreign country is the party the act
touches ("Kenyan troops pounded militant camps, Somali officials said"; "Greek ships rammed a Turkish boat
and seized the catch"): the conventions code an act inside one country on both sides only when the text
keeps it at home. A country in a place phrase, in the source phrase or across a scene clause is no party.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.ethnic_kin import ethnic_kin
from newsevents.actors.implied import country_actor
from newsevents.actors.mentions import Mention
from newsevents.actors.resolve import DocActors
from newsevents.coding import counterpart, home_groups
from newsevents.coding.arguments import COORDINATED_SUBJECT
from newsevents.coding.asides import is_aside
from newsevents.coding.domestic_measure import at_home
from newsevents.coding.emergency_home import kept_home
from newsevents.coding.excluded import EXCLUDED_COOPERATION
from newsevents.coding.flown_home import flown_home
from newsevents.coding.home_yield import HOME_YIELD, yields_at_home
from newsevents.coding.inquiry_home import inquiry_home
from newsevents.coding.lexicon import lexicon
from newsevents.coding.own_advisory import without_own_advisories
from newsevents.coding.records import Draft
from newsevents.coding.referred import REFERRED_EVENT
from newsevents.coding.refused_office import REFUSED_OFFICE
from newsevents.coding.rules import declare
from newsevents.coding.sanctioned_firms import unplaced_firm
from newsevents.coding.withdrawn import left_country

FOREIGN_COUNTERPART = declare(
    "target",
    "foreign-counterpart",
    "an act whose target fell back to its source's own country (an unnamed group, a place, no target) "
    "targets the one foreign country its sentence names as a party, unless the target phrase names the "
    "own country or a people the state acts on",
    "Egyptian guards intercepted a Sudanese convoy on the border and confiscated the weapons.",
)

# Roles of a named target that may stand in for the foreign party: armed groups (whom the conventions
# leave without a target, so the foreign country costs nothing where the story keeps them at home) and
# places (role None). A people, an opposition or a state organ named as target is the state's own.
_STAND_IN_ROLES = frozenset({None, "REB", "UAF", "INS", "RAD", "SEP", "MUS", "CRM"})
# A people named as target is the state's own when the state acts on it (frees, kills, arrests it), but
# a statement, an appeal or a criticism about a people is made to the people's country when the sentence
# names a foreign one ("Tokyo apologised to the victims", "Ottawa urged the release of jailed activists").
_PUBLIC_ROLES = frozenset({"CVL", "PPL", "OPP"})
_VERBAL_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})  # (not 03: a pledge to free them)
# A company of the source's own country named in such an act is spoken for even where its name is in the
# target phrase (pactor): "Beijing demanded the release of a Huawei executive" is made to the country
# holding her, the one foreign party of the sentence.
_SPOKEN_FOR_ROLES = frozenset({"MNC", "BUS"})
# Emergency rule that names no target (curfew 1723, martial law or state of emergency 1724) rules the
# source's own country: "Armenia declared martial law" amid a war with Azerbaijan is not aimed at Baku.
_HOME_RULE = frozenset({"1723", "1724"})


def _stands_in(role: str | None, code: str) -> bool:
    """Whether a named target of ``role`` in an act of ``code`` may stand in for the foreign party."""
    spoken = role in _PUBLIC_ROLES or role in _SPOKEN_FOR_ROLES
    return role in _STAND_IN_ROLES or (spoken and code[:2] in _VERBAL_ROOTS)


def _spoken_for(d: Draft) -> bool:
    """Whether ``d`` is a verbal act about a company of its source's own country (named in its target)."""
    return d.target is not None and d.target.role in _SPOKEN_FOR_ROLES and d.code[:2] in _VERBAL_ROOTS


# Prepositions of a place phrase: a country adjective in one places the act, it names no party.
_PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "inside", "outside", "across", "around", "along", "off", "to", "from"}
)


def settle(drafts: list[Draft], implicit: str, actors: DocActors, state_roles: frozenset[str]) -> list[Draft]:
    """``drafts`` with story counterparts (coding/counterpart.py), organisations coerced at home
    (coding/home_groups.py), then foreign counterparts, set; sanctions left at home are coercion
    (coding/domestic_measure.py); withdrawals are aimed at the country they leave (coding/withdrawn.py);
    a declared emergency and an inquiry into a stateless party's event are aimed at home
    (coding/emergency_home.py, inquiry_home.py; resignations and troops ordered to keep order: rivals.py)."""
    drafts = flown_home(drafts)  # (a captive flown to the captor's own soil is no handover: flown_home.py)
    drafts = without_own_advisories(drafts)  # (advice to one's own nationals: own_advisory.py)
    drafts = counterpart.with_counterparts(drafts, implicit, actors, state_roles)
    drafts = [left_country(d, actors) for d in drafts]
    drafts = [_with_foreign(home_groups.placed(d, actors, state_roles), actors) for d in drafts]
    drafts = [at_home(unplaced_firm(d, actors)) for d in drafts]  # (coding/sanctioned_firms.py)
    drafts = [kept_home(d, actors) for d in drafts]  # (a declared emergency stays at home: emergency_home.py)
    # (so does an inquiry into a stateless party's event: inquiry_home.py)
    return [inquiry_home(d, actors) for d in drafts]


def _names_own(d: Draft, actors: DocActors, own: str) -> bool:
    """Whether the target phrase of ``d`` itself names an actor of the source's country."""
    text = d.target.text if d.target is not None else ""
    if not text:
        return False
    sent, doc = d.sent, actors.doc
    return any(
        m.iso3 == own and sent.start <= m.start < sent.end and doccache.text(doc, m.start, m.end) in text
        for m in actors.mentions
    )


def _party(m: Mention, actors: DocActors) -> bool:
    """Whether mention ``m`` names a party to the sentence's acts, not a place an act passes through ("a
    visit to Moscow", "fled from Turkey"), a requester, nor a person's nationality ("Jordan's Zeid" as a
    person entry)."""
    if m.kind == "person" or (m.entry is not None and m.entry.kind == "person"):
        return False
    if ethnic_kin(actors.doc, m.start):  # ("ethnic Albanian villages" are no party of Albania's)
        return False
    head = actors.doc[m.end - 1]
    while head.dep_ in ("compound", "conj") and head.head.i != head.i:
        head = head.head  # ("to Russia and Qatar": the second name is in the place phrase too)
    if is_aside(head):  # ("on a German extradition request": the requester)
        return False
    if head.dep_ == "amod":
        # an adjective names a party unless its noun is a place ("near the Somali border"; "fired on
        # Ukrainian boats" names one)
        noun = head.head
        return not (noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPOSITIONS)
    return head.dep_ != "pobj"


def _scene(tok: Token, marks: frozenset[str]) -> int | None:
    """The index of the scene clause ("after ...", "while ...") or phrase on a verb ("after enemy
    shelling") that holds ``tok``, if any."""
    while tok.head.i != tok.i:
        if tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in marks for c in doccache.children(tok)
        ):
            return tok.i
        if tok.dep_ == "prep" and tok.lower_ in marks and tok.head.pos_ in ("VERB", "AUX"):
            return tok.i
        tok = tok.head
    return None


def foreign_in_sentence(d: Draft, actors: DocActors, own: str) -> set[str]:
    """The countries other than ``own`` that the sentence of ``d`` names as parties in its clause."""
    sent, doc, source = d.sent, actors.doc, d.source.text
    # (a party of a scene clause is not the main act's, nor the main clause's the scene act's: "Oslo
    # protested, days after Egyptian police raided the offices")
    marks = lexicon().scene_marks
    scene = _scene(d.token, marks)
    # (a nationality inside the source phrase names its people, not a counterpart: "ethnic Albanians",
    # "Bosnian Serbs" read as the country they live in)
    return {
        m.iso3
        for m in actors.mentions
        if m.iso3
        and m.iso3 != own
        and sent.start <= m.start < sent.end
        and _party(m, actors)
        and _scene(doc[m.start], marks) == scene
        and not (source and doccache.text(doc, m.start, m.end) in source)
    }


def _with_foreign(d: Draft, actors: DocActors) -> Draft:
    own = d.source.country
    if own is None or not d.aimed_at_own or (_names_own(d, actors, own) and not _spoken_for(d)):
        return d
    if d.target is None and d.code in _HOME_RULE:  # (declared at home, whoever the war is with)
        return d
    if d.target is None and yields_at_home(d):  # (a measure of its own rule undone: home_yield.py)
        return d if HOME_YIELD in d.steps else d.step(HOME_YIELD)
    if EXCLUDED_COOPERATION in d.steps or REFUSED_OFFICE in d.steps:  # (a refusal is aimed at the refused
        return d  # act's party, not the one told; nor a refusal to leave office: refused_office.py)
    if REFERRED_EVENT in d.steps:  # ("militants razed a temple ... the premier condemned the demolition
        return d  # and India summoned ...": the act named back is the party, not the sentence's other one)
    if COORDINATED_SUBJECT in d.steps:  # ("signed by both sides": the pair named are the parties, not a
        return d  # third country its sentence names, such as the speaker)
    if d.target is not None and not _stands_in(d.target.role, d.code):
        return d
    foreign = foreign_in_sentence(d, actors, own)
    if len(foreign) != 1:
        return d
    other = foreign.pop()
    actor = country_actor(actors, other)
    if d.target is not None:
        return d.step(FOREIGN_COUNTERPART, target=replace(actor, text=d.target.text))
    return d.step(FOREIGN_COUNTERPART, implicit_target=actor)
