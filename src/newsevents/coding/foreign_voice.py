"""An act a foreign party takes on a story set elsewhere, naming nobody, is aimed at that story's party,
not at its own country: "the Dutch consulate voiced worry over the riots", "Oman complained that a stray
drone had entered its skies", "Tokyo declined to take back the remarks".

``targets.implicit_country`` places an act that may be domestic (a comment, a protest, a refusal to
yield, an intent to pull back) and names no target on its source's own country: a statement on home
affairs is the source's own business. That holds in a story about the source's country. In a story set in
another country and about another one (its dateline's, else the one it names most), a foreign state's
comment, protest or refusal reacts to that story's events: its counterpart is the article's other party
(``targets.article_counterpart``). In a digest each dateline's section is a story of its own: its dateline
country (else the country it names most) is the story's, and the counterpart is the section's
(``section_counterpart``). Coercive acts at home (arrests, curfews: 17) and acts of force keep their place.
"""

from __future__ import annotations

from newsevents.actors.resolve import DocActors
from newsevents.actors.sections import section_home, section_start
from newsevents.coding.embassy_owner import EMBASSY_OWNER, embassy_owner
from newsevents.coding.foreign_patients import FOREIGN_PATIENTS, foreign_patients
from newsevents.coding.opposed_target import OPPOSED_PARTY, opposed_party
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.section_counterpart import section_bounds, section_counterpart
from newsevents.coding.targets import article_counterpart

FOREIGN_VOICE = declare(
    "target",
    "foreign-voice",
    "an act that may be domestic and names no target, by a state the story is neither set in nor mostly "
    "about, is aimed at the story's counterpart, not at the source's own country",
    "LIMA - Peru's congress removed the president on Monday. The Chilean embassy voiced concern.",
)
# Roots whose acts at home are no reaction to a foreign story: coercion (17) and force (18-20).
_AT_HOME_ROOTS = ("17", "18", "19", "20")


def foreign_voice(
    d: Draft, actors: DocActors, iso3: str | None, rule: str | None
) -> tuple[str | None, str | None]:
    """``(iso3, rule)``, the implicit target ``targets.implicit_country`` chose for ``d``, or the story's
    counterpart and ``FOREIGN_VOICE`` when it chose the source's own country by default for an act of a
    state the story is not about."""
    if (opposed := opposed_party(d, actors)) is not None:  # ("anti-Japanese marchers": opposed_target.py)
        return opposed, OPPOSED_PARTY
    if iso3 in (None, d.source.country) and (owner := embassy_owner(d, actors)) is not None:
        return owner, EMBASSY_OWNER  # ("a crowd stormed the embassy": another state's, embassy_owner.py)
    if iso3 == d.source.country and rule is None and (kin := foreign_patients(d, actors)) is not None:
        return kin, FOREIGN_PATIENTS  # ("two Chilean sailors ... sentenced them": foreign_patients.py)
    own = d.source.country
    if (
        rule is not None
        or own is None
        or iso3 != own
        or d.place is not None
        or d.code.startswith(_AT_HOME_ROOTS)
    ):
        return iso3, rule
    if section_bounds(d.token) is not None:  # (a digest's section is a story of its own)
        story = section_home(actors, d.token) or section_counterpart(actors, d.token, set())
        if own == story or (section_start(d.token) == 0 and own == actors.home_country):
            return iso3, rule
        other = section_counterpart(actors, d.token, {own})
        return (other, FOREIGN_VOICE) if other is not None else (iso3, rule)
    if own in (actors.story_country, actors.main_country):  # (DocActors memo)
        return iso3, rule
    other = article_counterpart(actors, own)
    return (other, FOREIGN_VOICE) if other is not None else (iso3, rule)
