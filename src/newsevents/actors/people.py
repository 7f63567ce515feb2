"""Reading a named person as an actor: who a person acts for comes from their own description.

"Sri Lankan President Ana Ruiz", "Ruiz, Chile's ambassador", "the U.N. rights chief, Ana Ruiz": the
words around a name (its description: the phrase without the name, and the phrase the name stands in
apposition to) say whose official the person is. They decide over another actor named nearby, and over
a dictionary entry whose roles the text contradicts (an entry that stops in 2015 knows no later office).
An official of a body ("NATO's secretary-general", "the IAEA chief") acts for the body, whatever their
passport.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.actors.dictionary import region_codes, split_code
from newsevents.actors.mentions import Mention
from newsevents.actors.owner import described_owner_country
from newsevents.actors.words import packaged_words
from newsevents.annotations import doc_text
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors

__all__ = ["entry_actor", "named_actor_of", "span_text"]

_WORDS = packaged_words()
# Codes without a country whose holder acts for the body, not for their nationality: the UN's
# Secretary-General is IGOUNO whatever their passport.
_NON_STATE_ROLES = ("IGO", "NGO", "MNC")
# Years out of every listed office after which a titled person of the same name the story's own country
# places is a namesake (people._stale_namesake): longer than a term or two, so that a returning minister
# keeps the entry's country.
_STALE_YEARS = 10
# The role of an opposition title word ("Opposition Socialist leader"), which outranks the title's head.
_OPPOSITION = "OPP"
# Prepositions after which a name in a description is a counterpart, not the employer: "Chile's envoy
# to the Organization of American States" speaks for Chile.
_COUNTERPART_PREPS = frozenset({"to", "at", "in", "with", "for", "against", "on", "from"})


def named_actor_of(
    actors: DocActors, m: Mention, tokens: list[Token], countries: list[Mention], day: dt.date | None
) -> Actor | None:
    """The actor a named mention stands for in the phrase ``tokens`` on ``day``."""
    desc = description(actors, m, tokens)
    if m.kind == "person":
        # A surname we have seen in full earlier in the article resolves to that person.
        earlier = actors.earlier_name(m)
        body = _body_of(actors, desc)
        if earlier is not None and earlier.kind == "entry":
            m = earlier
        elif body is not None:
            # "Andean Community Secretary-General Ana Ruiz": an official speaks for the body.
            return entry_actor(body, tokens, day)
        else:
            return _unlisted_person(actors, m, earlier, tokens, desc)
    if m.entry is not None and m.entry.kind == "person":
        described = _described_entry(actors, m, tokens, desc, day)
        if described is not None:
            return described
    return entry_actor(m, tokens, day)


def description(actors: DocActors, m: Mention, tokens: list[Token]) -> list[Token]:
    """The words that describe the person named by ``m``: the phrase ``tokens`` without the name, plus,
    when the name stands in apposition ("the envoy, Ana Ruiz,"), the phrase it is in apposition to."""
    inside = range(m.start, m.end)
    desc = [t for t in tokens if t.i not in inside]
    name_head = actors.doc[m.end - 1]
    if name_head.dep == labels.APPOS:
        own = {t.i for t in doccache.subtree(name_head)}
        parent = actors.phrase_tokens(name_head.head)
        desc.extend(t for t in parent if t.i not in own and t not in desc)
    return sorted((t for t in desc if t.i not in actors.dateline_tokens), key=lambda t: t.i)


def _owners(actors: DocActors, desc: list[Token]) -> list[Mention]:
    """The mentions of a description that can employ the person: not those after "to"/"at"/...
    ("Chile's envoy to the Organization of American States")."""
    inside = {t.i for t in desc}
    out: list[Mention] = []
    for m in actors.mentions_in(desc):
        tok = actors.doc[m.end - 1]
        path = [a for a in tok.ancestors if a.i in inside]
        if any(a.dep == labels.PREP and a.lower_ in _COUNTERPART_PREPS for a in path):
            continue
        out.append(m)
    return out


def _body_of(actors: DocActors, desc: list[Token]) -> Mention | None:
    """A body ("NATO", "the IAEA") a description makes the person an official of: it names the body and
    an office ("chief", "secretary-general", "envoy", a title)."""
    bodies = [
        o
        for o in _owners(actors, desc)
        if o.kind == "entry" and o.entry is not None and o.entry.kind != "person"
    ]
    if not bodies:
        return None
    office = any(
        t.lemma_.casefold() in _WORDS.office_nouns or actors.resolver.agent_role(t)
        for t in desc
        if t.pos_ != "PROPN"
    ) or any(t.lower_ in _WORDS.office_nouns for t in desc)
    return bodies[0] if office else None


def _described_entry(
    actors: DocActors, m: Mention, tokens: list[Token], desc: list[Token], day: dt.date | None
) -> Actor | None:
    """A dictionary person whose description says otherwise than the entry: an office of a body ("the
    IAEA chief, Rafael Grossi"), or a title of a country ("Greek Prime Minister ...") where the entry
    gives another country, or no office on the day."""
    body = _body_of(actors, desc)
    if body is not None:
        return entry_actor(body, tokens, day)
    countries = [o for o in _owners(actors, desc) if o.kind == "country" and o.iso3]
    role = _title_role(actors, desc)
    if role is None:
        return None
    assert m.entry is not None
    listed = entry_actor(m, tokens, day)
    if not countries:
        # "President Ana Ruiz" where the dictionary knows her only out of office (ELI) on the day: the text's
        # current title is the fresher word ("former" titles are read later, phrases.as_former)
        if listed.country is None or not _fresher(role, listed.role):
            return None
        home = actors.home_country if _stale_namesake(actors, m, tokens, day) else None
        home = home or listed.country
        return Actor(text=span_text(tokens), name=m.entry.name, country=home, role=role[:3], code=home + role)
    iso3 = countries[0].iso3
    assert iso3 is not None
    if listed.country == iso3 and not _fresher(role, listed.role):
        return None  # the entry agrees, and may be more precise ("GOVMIL")
    return Actor(text=span_text(tokens), name=m.entry.name, country=iso3, role=role[:3], code=iso3 + role)


def _stale_namesake(actors: DocActors, m: Mention, tokens: list[Token], day: dt.date | None) -> bool:
    """Whether the titled person ``m`` names a dictionary namesake, not the person listed: every office
    the entry knows ended ``_STALE_YEARS`` or more before ``day``, the phrase calls them no "former" one,
    and the story never names the entry's country itself (its name, adjective or capital; the person's
    own entry does not count). "Information Minister Ana Ruiz", listed as a Peruvian minister of the
    1990s, in a story of 2020 from Quito that never names Peru is Ecuador's official: the story's home
    country (its dateline's, when the story names it), where there is one."""
    entry = m.entry
    if day is None or entry is None or not entry.roles or any(t.lower_ in _WORDS.former for t in tokens):
        return False
    if any(r.end is None or (day - r.end).days < _STALE_YEARS * 365 for r in entry.roles):
        return False  # (in office, out only lately, or listed for a later office: "President-elect ...")
    return not any(o.kind == "country" and o.iso3 == entry.country for o in actors.mentions)


def _fresher(title_role: str, listed_role: str | None) -> bool:
    """Whether the text's title says more than the entry's role on the day: any title beats no office
    (None, ELI); an opposition title beats any office, for a dictionary role that runs on with no end date
    may be long out of date ("opposition figure Ana Ruiz", listed a lawmaker from 1998, is in opposition)."""
    return listed_role in (None, "ELI") or (title_role[:3] == _OPPOSITION and listed_role != _OPPOSITION)


def _title_role(actors: DocActors, desc: list[Token]) -> str | None:
    # (the last title word heads the title: "Industry Minister" is a minister, not the BUS agent "industry";
    # but an opposition title stays the opposition's whatever party word stands before its head:
    # "Opposition Socialist leader Ana Ruiz" leads no government)
    roles = [r for t in reversed(desc) if (r := actors.resolver.agent_role(t))]
    return _OPPOSITION if _OPPOSITION in roles else next(iter(roles), None)


def _unlisted_person(
    actors: DocActors, m: Mention, earlier: Mention | None, tokens: list[Token], desc: list[Token]
) -> Actor:
    """A person the dictionary lacks: the country and role their description gives ("Peruvian envoy Ana
    Ruiz"), else those of the phrase that first named them in full; a bare title ("Foreign Minister Ana
    Ruiz") belongs to the country of the dateline, else of the sentence before the name."""
    role = _title_role(actors, desc)
    countries = [o for o in _owners(actors, desc) if o.kind == "country" and o.iso3]
    iso3 = countries[0].iso3 if countries else described_owner_country(actors, desc, None)  # (the junta's)
    if earlier is not None and (iso3 is None or role is None):
        prior = actors.resolve_phrase(actors.doc[earlier.end - 1], None)
        if prior:
            iso3 = iso3 or prior[0].country
            role = role or prior[0].role
    name = doccache.text(actors.doc, m.start, m.end)
    if iso3 is None and role is not None:
        iso3 = _title_country(actors, m, tokens)
    if iso3 is None and role is None:
        return Actor(text=span_text(tokens), name=name, country=None, role=None, code=None)
    return Actor(
        text=span_text(tokens),
        name=name,
        country=iso3,
        role=role[:3] if role else None,
        code=(iso3 or "") + (role or ""),
    )


def _title_country(actors: DocActors, m: Mention, tokens: list[Token]) -> str | None:
    """The country of a titled person with no country of their own: "in/of X" on their phrase, a place
    fronted before them ("In Madrid, Industry Minister Ana Ruiz said"), the dateline's (when the story
    names it), a country named before them in their sentence, else the article's."""
    head = actors.doc[m.end - 1]
    placed = actors.placed_country(head) or _fronted_place_country(actors, head)
    if placed:
        return placed
    if actors.home_country:
        return actors.home_country
    sent = doccache.sent(head)
    before = [
        o.iso3
        for o in actors.mentions
        if o.names_party and o.iso3 and sent.start <= o.start < tokens[0].i
    ]
    return before[-1] if before else actors.context_country(head, tokens)


def entry_actor(m: Mention, tokens: list[Token], day: dt.date | None) -> Actor:
    """A dictionary actor with the code in force on ``day``."""
    assert m.entry is not None
    code = m.entry.code_on(day) or m.entry.country or ""
    iso3, role = split_code(code) if code else (None, None)
    if iso3 is None and (role not in _NON_STATE_ROLES or (role == "MNC" and m.entry.kind == "business")):
        # (a firm, unlike its staff, is of its home country: "rioters burned a Panasonic plant" -> JPN)
        iso3 = m.entry.country
    if iso3 in region_codes():
        iso3 = None  # "INTREB": a group of no single state
    # "GOVMIL", "IGOUNO": the record's role is the first segment, but a legislator in office ("GOVLEG":
    # a Speaker, a senator) acts for the legislature, LEG; the full code keeps the rest.
    return Actor(
        text=span_text(tokens),
        name=m.entry.name,
        country=iso3,
        role=("LEG" if code[3:] == "GOVLEG" else role[:3]) if role else None,
        code=code or None,
    )


def span_text(tokens: list[Token]) -> str:
    """The text from the first to the last of ``tokens`` (sorted)."""
    if not tokens:
        return ""
    first, last = tokens[0], tokens[-1]
    # a slice of the article's text: the same string as the Span's, without making the Span
    return doc_text(first.doc)[first.idx : last.idx + len(last)]


def _fronted_place_country(actors: DocActors, head: Token) -> str | None:
    """The country of the place a clause sets off before its subject ``head`` ("In Madrid, Industry
    Minister Ana Ruiz called the move hostile"): the wire's way of placing a reaction abroad, which beats
    the dateline's country for a titled official the dictionary lacks."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    start = head.left_edge.i
    for prep in doccache.children(head.head):
        if prep.dep != labels.PREP or prep.lower_ != "in" or prep.right_edge.i >= start:
            continue
        if not any(t.text == "," for t in actors.doc[prep.right_edge.i + 1 : start]):
            continue
        for tok in doccache.subtree(prep):
            found = actors.by_token.get(tok.i)
            iso3 = found.iso3 if found is not None and found.kind == "country" else actors.places.get(tok.i)
            if iso3:
                return iso3
    return None
