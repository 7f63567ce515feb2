"""The counterpart of an act told in a story about its source's own country: that country itself, when
the only other country the story names is named once, in passing.

``targets.article_counterpart`` aims an act that needs a counterpart and names none ("the president
condemned the ruling") at the other country the article names most. In a story set in the source's
own country that other country is often a passing mention (where an exile fled, who else commented),
and the act is a domestic one: "MANILA - ... The president condemned the ruling ... Japan's envoy was
also present" is no Philippine condemnation of Japan.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from newsevents.actors.resolve import DocActors
from newsevents.actors.venue import venue_tokens
from newsevents.coding.home_calm import HOME_CALM, home_calm
from newsevents.coding.home_pledge import HOME_PLEDGE, home_pledge
from newsevents.coding.home_public import HOME_PUBLIC, home_public
from newsevents.coding.home_reference import HOME_REFERENCE, home_reference
from newsevents.coding.home_statement import HOME_STATEMENT, home_statement
from newsevents.coding.home_veto import HOME_VETO, home_veto
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

HOME_STORY = declare(
    "target",
    "home-story",
    "an act that needs a counterpart and names none, in a story set in its source's own country whose "
    "only foreign party is named once in passing, is aimed at its own country, not at that passer-by",
    "LIMA - Peru's president dissolved congress on Monday. Critics in Lima denounced the move, and "
    "Peru's congress voted to suspend him. A Chilean diplomat watched the vote.",
)
HOME_CRITIC = declare(
    "target",
    "home-critic",
    "a statement, demand, criticism or refusal that names no counterpart, by the opposition, a former "
    "leader or the rebels of the country the story is set in, is aimed at that country: home politics, "
    "not the story's foreign party",
    "QUITO - Ecuador signed the loan deal with Peru on Monday. The former president denounced the "
    "decision as a betrayal.",
)
# Roles of a state's voices outside its government (the opposition, a former leader, its rebels): with no
# counterpart named, what they say answers their own government's acts.
_HOME_VOICES = frozenset({"OPP", "ELI", "REB"})
# Roots of verbal acts (statements, demands, criticism, refusals) such voices make.
_VERBAL_ROOTS = ("01", "10", "11", "12")
# A story names its own country at least this often before it counts as set there.
_MIN_HOME_MENTIONS = 2
# Codes of acts that always join two states (consultation, agreements, cooperation, aid, yielding): a
# single foreign mention may well be their partner ("signed a treaty making the region part of X").
_JOINT_CODES = ("04", "057", "06", "07", "08")


def home_counterpart(d: Draft, actors: DocActors, own: str, other: str) -> str | None:
    """The rule by which the act ``d`` of a source of country ``own`` is aimed at ``own`` rather than at
    the article's counterpart ``other``, if any: the story is set in ``own``
    (``DocActors.story_country``) and it names ``own`` at least twice and ``other`` only once, outside the
    act's sentence and the clauses of the events told before it (``home-story``), or ``d`` is a home
    voice's verbal act that names no other country in its sentence (``home-critic``), or a pledge of a
    home institution or good (``home-pledge``: coding/home_pledge.py) or a veto of a home bill
    (``home-veto``: coding/home_veto.py), wherever the story is set."""
    if home_pledge(d, actors, own):
        return HOME_PLEDGE
    if home_veto(d, actors, own):
        return HOME_VETO
    if actors.story_country != own:  # (a home voice on "the deal" abroad: coding/home_reference.py)
        return HOME_REFERENCE if home_reference(d, actors, own) else None
    if d.code.startswith(_JOINT_CODES):
        return None
    if home_calm(d, actors, own):  # ("the president urged calm": to its own people, coding/home_calm.py)
        return HOME_CALM
    if _passing_mention(d, actors, own, other):
        return HOME_STORY
    if _home_voice(d, actors, own):
        return HOME_CRITIC
    if home_public(d, actors, own):  # (rights groups, the press, a party: coding/home_public.py)
        return HOME_PUBLIC
    return HOME_STATEMENT if home_statement(d, actors, own, other) else None  # (coding/home_statement.py)


def _home_voice(d: Draft, actors: DocActors, own: str) -> bool:
    """Whether ``d`` is a verbal act of the opposition, a former leader or rebels naming no foreign party."""
    if d.source.role not in _HOME_VOICES or not d.code.startswith(_VERBAL_ROOTS):
        return False
    sent = d.sent
    return not any(m.iso3 not in (None, own) and sent.start <= m.start < sent.end for m in actors.mentions)


def _passing_mention(d: Draft, actors: DocActors, own: str, other: str) -> bool:
    """Whether ``other`` is named once, in passing, in a story that names ``own`` at least twice."""
    parties = [m for m in actors.mentions if m.names_party and m.iso3]
    counts = Counter(m.iso3 for m in parties)
    if counts[other] != 1 or counts[own] < _MIN_HOME_MENTIONS:
        return False
    named = next(m for m in parties if m.iso3 == other)
    if d.sent.start <= named.start < d.sent.end:
        return False  # (named in the act's own sentence, it may be its party: "aid to Albanian rebels")
    if named.start in venue_tokens(actors.doc):
        return True  # (only where a group gathered, no party of the act it met for: actors/venue.py)
    return not _party_of_earlier_act(d, actors.doc[named.end - 1])


def _party_of_earlier_act(d: Draft, tok: Token) -> bool:
    """Whether ``tok`` is in the clause of an event told before ``d``: a foreign party acting or acted
    on before the act is what it answers ("Washington froze aid to Pakistan. Pakistan's foreign ministry
    said the decision was counterproductive"), no passer-by."""
    heads = {t.i for t in tok.ancestors} | {tok.i}
    return any(t.kept and t.token.i < d.token.i and t.token.i in heads for t in tok.doc._.ne_triggers or ())
