"""Aid that names no recipient goes where the story's earlier aid went.

"Berlin will send 14 tanks to Kyiv. Washington has pledged 31 more." The second pledge names no
recipient and no place, so ``targets.implicit_country`` would aim it at the story's country
(``recipients.aid_scene``: often the dateline's, here the giver of the first pledge) or at the other
country the article names most. But a story that tells one state's aid to a country and then another
state's aid without a receiver tells the same relief effort: the second gift goes where the first went.
So aid given or offered (07, 033, 0312: ``recipients`` codes, without its inquiries) by a state, naming no
target and no place, is aimed at the recipient of the latest earlier aid of the story (of the same digest
section) that named one of another country than both givers', unless the story's own country
(``aid_scene``) is no earlier giver: then it is the stricken country the story is set in, and an earlier
gift's receiver may be a helper there ("Britain lent planes to ferry French troops to Mali").
"""

from __future__ import annotations

from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.recipients import aid_scene
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.section_counterpart import section_bounds

AID_RECIPIENT = declare(
    "target",
    "aid-recipient",
    "aid given or offered by a state that names no recipient and no place goes to the recipient of the "
    "story's latest earlier aid that named one (of another country than both givers')",
    "Berlin will send 14 tanks to Kyiv. Washington has pledged 31 Abrams tanks.",
)
# Codes of aid given (root 07) and of material or military aid offered (033x, 0312): an inquiry (09),
# which ``recipients`` places like aid, is no gift that follows another.
_AID_CODES = ("07", "033", "0312")


def with_aided(d: Draft, previous: list[Draft], actors: DocActors) -> Draft:
    """``d`` aimed at the recipient of the latest earlier aid in ``previous`` (the article's drafts before
    its sentence) when it is aid by a state naming no target and no place; else ``d`` unchanged."""
    giver = d.source.country
    if d.target is not None or d.place is not None or giver is None or not d.code.startswith(_AID_CODES):
        return d
    # (a digest's section is a story of its own: coding/section_counterpart.py)
    begin, end = section_bounds(d.token) or (0, len(d.token.doc))
    aid = [p for p in previous if begin <= p.token.i < end and p.code.startswith(_AID_CODES)]
    # (the story's country takes aid naming none unless it is itself a giver: "MANILA - Japan sent boats
    # to the flooded island. Korea sent a team" is aid to the Philippines whatever Japan's boats helped)
    scene = aid_scene(d, actors)
    if scene is not None and scene not in {p.source.country for p in aid}:
        return d
    for p in reversed(aid):
        got = p.target.country if p.target is not None else None
        if got is not None and got != giver and got != p.source.country:
            return d.step(AID_RECIPIENT, target=country_actor(actors, got))
    return d
