"""Appeals from abroad are made to the story's country: "Canada called for free elections" or "the EU
urged restraint" in a report on a crackdown in Laos appeals to Laos. An appeal for reform or elections
may be domestic (an opposition calling for elections at home), so the target stage falls back to the
source's own country, or to none for an international body; where the story is set in another country,
the appeal is aimed at that country instead. Run after the own-country fallbacks (coding/rivals.py)."""

from __future__ import annotations

from collections.abc import Iterable

from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

FOREIGN_APPEAL = declare(
    "target",
    "foreign-appeal",
    "an appeal naming no target, made by a party from outside the story's country (a foreign state or an "
    "international body), is aimed at the story's country, not at the appealing party's own",
    "Police in Laos detained 40 marchers. Canada called for free and credible elections.",
)
# Appeals (CAMEO 02): the one verbal family whose implicit target may fall back to the speaker's home.
_APPEAL_ROOT = "02"


def aimed_at_story(drafts: Iterable[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each foreign appeal that fell back to its own country (or to none) aimed at the
    country the story is set in."""
    story = actors.story_country
    out: list[Draft] = []
    for d in drafts:
        own, implicit = d.source.country, d.implicit_target
        fell_back = implicit is None or implicit.country == own
        if story is None or own == story or d.target is not None or not d.code.startswith(_APPEAL_ROOT):
            out.append(d)
        elif fell_back:
            out.append(d.step(FOREIGN_APPEAL, implicit_target=country_actor(actors, story)))
        else:
            out.append(d)
    return out
