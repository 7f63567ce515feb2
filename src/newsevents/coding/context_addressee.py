"""The addressee of a foreign state's words, placed by its sentence in the state's own country.

The actors stage places an unnamed group or a common noun the text does not place ("the leaders", "all
political actors", "the victims", "the publication of the results") by the countries its sentence names
(``agent-in-context``, actors/phrases.py); where the sentence names only the speaker's country, the group
lands in it. But an appeal, a warning, an apology or a criticism of a state (an act aimed at another
party: ``counterpart.answers_another``) in a story filed from another country is made to that country's
people: "BEIRUT - The French president warned the leaders that no aid would come without reform" warns
Lebanese leaders, not French ones. Here such a target moves to the dateline's country; a story filed from
the speaker's own country (or from nowhere) keeps it at home, where a government's appeals to its own
people are told.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.arguments import COORDINATED_SUBJECT
from newsevents.coding.counterpart import answers_another
from newsevents.coding.own_country import foreign_in_sentence
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.semantics import symmetric
from newsevents.coding.targets import placed_by_own_words
from newsevents.when import role_day

__all__ = ["DATELINE_ADDRESSEE", "addressed_abroad"]

DATELINE_ADDRESSEE = declare(
    "target",
    "dateline-addressee",
    "an unnamed group a foreign state's appeal, warning, apology or criticism is aimed at, placed only by "
    "its sentence in the speaker's own country, belongs to the country the story is filed from",
    "KABUL - The British envoy urged the elders to back the ceasefire.",
)
# The actors stage's rule for a common noun placed by the countries of its sentence.
_CONTEXT_RULE = "agent-in-context"
# Source roles of a state speaking for itself (a country named as such has no role).
_STATE_VOICES = frozenset({"GOV", "ELI"})
# Roles of a state's institutions, named by a common noun that is always the speaker's own ("asked
# Congress to lift the embargo", "told parliament").
_HOME_INSTITUTIONS = frozenset({"LEG", "JUD"})


def addressed_abroad(d: Draft, actors: DocActors) -> Draft:
    """``d`` with its target moved to the dateline's country when the rule applies (module doc)."""
    target, own = d.target, d.source.country
    if target is None or own is None or target.country != own or not answers_another(d.code):
        return d
    if symmetric(d.code) or COORDINATED_SUBJECT in d.steps:
        return d  # (a joint act's partner, a co-agent: "aides of the president and the opposition signed")
    if d.source.role is not None and d.source.role not in _STATE_VOICES:
        return d
    home = actors.home_country
    if home is None or home == own or target.role in _HOME_INSTITUTIONS:
        return d
    if foreign_in_sentence(d, actors, own) or _home_named(d, actors, own):
        return d
    head = _head(d.sent, target.text)
    if head is None or placed_by_own_words(head):
        return d
    if actors.rule_of(head, role_day(d.when)) != _CONTEXT_RULE:
        return d
    code = home + (target.role or "")
    moved = replace(target, name=actors.country_name(home) or home, country=home, code=code)
    return d.step(DATELINE_ADDRESSEE, target=moved)


def _home_named(d: Draft, actors: DocActors, own: str) -> bool:
    """Whether the sentence of ``d`` names the speaker's country outside the speaker's own phrase ("In
    Riga, the Latvian leadership asked residents to gather"): the words are then told at home."""
    sent, source = d.sent, d.source.text
    return any(
        m.iso3 == own
        and sent.start <= m.start < sent.end
        and not (source and doccache.text(actors.doc, m.start, m.end) in source)
        for m in actors.mentions
    )


def _head(sent: Span, text: str) -> Token | None:
    """The head of the phrase ``text`` of the sentence ``sent`` (its first occurrence), if found."""
    start = sent.text.find(text) if text else -1
    if start < 0:
        return None
    span = sent.doc.char_span(sent.start_char + start, sent.start_char + start + len(text), "expand")
    return span.root if span is not None else None
