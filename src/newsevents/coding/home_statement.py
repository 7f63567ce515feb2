"""A statement, denial, appeal, demand or rejection told in a story set in its source's own country, with
no foreign party near it, is aimed at that country, not at the story's foreign party.

``targets.article_counterpart`` aims an act that needs a counterpart and names none at the other country
the article names most. In a story set in the source's own country ("KINGSTON - ... the army denied the
charge", "the electoral board rejected the fraud claims", "the opposition leader called for an inquiry
into the deaths") the foreign country named elsewhere (a donor, a mediator, a country that commented) is
seldom the party such a verbal act answers: its counterpart is at home. When neither the act's sentence
names a party of another state nor the sentences on either side of it name the article's counterpart,
the act is domestic. Criticism and intents are left to the counterpart: they answer a foreign act as
often as not.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

HOME_STATEMENT = declare(
    "target",
    "home-statement",
    "a statement, denial, appeal, demand or rejection that names no counterpart, in a story set in its "
    "source's country, with no foreign party in its sentence and the story's counterpart not named in the "
    "sentences next to it, is aimed at its own country",
    "KINGSTON - Jamaica asked the United States for help. Days later, residents accused soldiers of "
    "looting. The army denied the charge.",
)
# Roots of verbal acts that, with nobody named, answer home affairs in a home story: statements and
# denials (01), appeals (02), demands (10), rejections (12).
_HOME_ROOTS = ("01", "02", "10", "12")


def home_statement(d: Draft, actors: DocActors, own: str, other: str) -> bool:
    """Whether the verbal act ``d`` of a source of ``own`` is domestic: a root of ``_HOME_ROOTS``, a story
    set in ``own``, no party of another state in its sentence and ``other`` (the article's counterpart)
    not in the sentences on either side."""
    if not d.code.startswith(_HOME_ROOTS) or actors.story_country != own or _datelined(actors, other):
        return False
    sent = d.sent
    doc = sent.doc
    near = (
        doc[sent.start - 1].sent.start if sent.start > 0 else sent.start,
        doc[sent.end].sent.end if sent.end < len(doc) else sent.end,
    )
    for m in actors.mentions:
        if not m.names_party or m.iso3 in (None, own):
            continue
        if sent.start <= m.start < sent.end or (m.iso3 == other and near[0] <= m.start < near[1]):
            return False
    return True


def _datelined(actors: DocActors, other: str) -> bool:
    """Whether a dateline of two places ("MOSCOW/BERLIN -") names ``other`` as one of them: the story
    is set in both countries, and acts in it answer each other."""
    line = actors.dateline
    if line is None or "/" not in line.place:
        return False
    places = line.place.split("/")
    return any(actors.resolver.dateline_country(replace(line, place=p.strip())) == other for p in places)
