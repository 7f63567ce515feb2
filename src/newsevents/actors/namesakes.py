"""Armed groups that share a name across countries: "the National Liberation Army" is Colombia's ELN in a
story on Colombia, Bolivia's in one on Bolivia, and neither in a story on Macedonia.

The dictionary holds several groups under such a generic name; a mention picks one by fixed preferences
(``mentions._pick_entry``), blind to the story. The story's countries decide instead: the namesake whose
country the article names is the one meant; when the article names none of theirs but names countries of
its own, the group is an unknown armed group of the country it names most (its role kept: a rebel group
stays a rebel group), not a far-off namesake. State bodies that share a name ("the Joint Chiefs of Staff"
of the United States and of South Korea) are read the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from newsevents.actors.dictionary import Entry

__all__ = ["local_entry", "placed_namesakes"]

if TYPE_CHECKING:
    from newsevents.actors.mentions import Mention

# Entry kinds whose generic names recur across states: armed or political groups, and state bodies
# ("the Joint Chiefs of Staff" is South Korea's in a story from Seoul, the United States' in one from
# Washington).
_GROUP_KINDS = frozenset({"group", "body"})
# The role an unknown namesake takes when its entries' codes name none ("REB": a rebel group).
_DEFAULT_ROLE = "REB"


def _namesakes(found: tuple[Entry, ...]) -> bool:
    """Whether the entries an alias names are groups of several different countries."""
    return all(e.kind in _GROUP_KINDS for e in found) and len({e.country for e in found}) > 1


def local_entry(entry: Entry, iso3: str) -> Entry:
    """``entry`` as an unknown group of ``iso3`` with the same role segment."""
    role = entry.default[3:] if entry.default and len(entry.default) > 3 else _DEFAULT_ROLE
    return replace(entry, id=f"{entry.id}@{iso3}", country=iso3, roles=(), default=iso3 + role)


def placed_namesakes(mentions: list[Mention], shared: Mapping[int, tuple[Entry, ...]]) -> list[Mention]:
    """``mentions`` with each mention of a name several countries' groups share (``shared``: the index of
    the mention -> the entries) read by the countries the article names."""
    if not shared:
        return mentions
    # (the countries the article names, by name or through the named actors of theirs it names:
    # "President Ivan Duque" names Colombia)
    counts = Counter(m.iso3 for i, m in enumerate(mentions) if m.iso3 and i not in shared)
    out = list(mentions)
    for index, found in shared.items():
        if not _namesakes(found) or not counts:
            continue
        named = [e for e in found if e.country in counts]
        if named:
            entry = max(named, key=lambda e: counts[e.country or ""])
        else:
            entry = local_entry(out[index].entry or found[0], counts.most_common(1)[0][0])
        out[index] = replace(out[index], iso3=entry.country, entry=entry)
    return out
