"""Home countries the actor tables do not give (issue 10): outlets' reporters and settlers.

Two kinds of unnamed people resolve to no country, or to the wrong one, because their phrase names a
party that has none or the place they live in rather than the state they belong to
(``actors/data/homes.tsv``):

- a reporter of a national outlet ("a CNN correspondent", "the BBC's reporter", "Washington Post
  correspondent Ana Ruiz"): the outlet is a non-state MED body, so the phrase was MED with no country;
  such an outlet's reporters abroad are, as a rule, its home country's (corpus/README.md: reporters take
  their nationality), and a country for a non-state target costs nothing where the text gives none;
- settlers the text places in a territory whose settlements another state holds ("a settler in the West
  Bank shot ..."): the territory's country is the victims', not the settlers' (ISR, not PSE).

Read by the phrase rules ``outlet-staff`` (before ``named-actor``) and ``settlers`` (actors/phrases.py).
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

from newsevents.errors import DataFileError
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase

__all__ = ["outlet_staff", "settlers"]

_ORIGIN = "actors/data/homes.tsv"
_HEADER = "kind\tkey\tiso3\tnote"
_KINDS = ("outlet", "settlers")
_SETTLER_LEMMAS = frozenset({"settler"})


@functools.lru_cache(maxsize=1)
def _homes() -> dict[str, dict[str, str]]:
    """kind -> key -> home iso3, read once from the packaged table."""
    text = resources.files("newsevents").joinpath(_ORIGIN).read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or lines[0] != _HEADER:
        raise DataFileError(f"{_ORIGIN}:1: expected the header {_HEADER!r}")
    out: dict[str, dict[str, str]] = {kind: {} for kind in _KINDS}
    for number, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4 or cells[0] not in out or len(cells[2]) != 3 or not cells[2].isupper():
            raise DataFileError(f"{_ORIGIN}:{number}: expected kind (outlet|settlers), key, ISO3, note")
        out[cells[0]][cells[1]] = cells[2]
    return out


def outlet_staff(p: Phrase) -> list[Actor] | None:
    """A reporter named by a national outlet and no country of their own: "a CNN correspondent" -> USAMED;
    None otherwise (the outlet itself, "the BBC", stays the non-state body)."""
    # A capital before the reporter's noun is the posting, not the nationality ("a Moscow correspondent of
    # the Wall Street Journal", "Beijing-based Wall Street Journal reporters").
    if not p.named or any(m.country_kind != "capital" for m in p.countries):
        return None
    head = p.head.i
    outlets = _homes()["outlet"]
    if any(m.start <= head < m.end for m in p.named if m.kind == "entry"):
        return None  # (the outlet itself, or a person the dictionary knows)
    homes = {outlets.get(m.entry.id) if m.entry is not None else None for m in p.named if m.kind == "entry"}
    if len(homes) != 1 or None in homes:
        return None
    resolver = p.actors.resolver
    if not any(t.pos_ == "NOUN" and resolver.agent_role(t) == "MED" for t in p.tokens):
        return None  # ("a BBC documentary", "CNN's owner": no reporter)
    iso3 = homes.pop()
    return [p.actor(iso3, "MED")] if iso3 else None


def settlers(p: Phrase) -> list[Actor] | None:
    """Settlers placed in a territory another state settles: "a settler in the West Bank" -> ISRCVL."""
    if p.head.lemma_.casefold() not in _SETTLER_LEMMAS or p.named or (role := p.role) is None:
        return None
    homes = _homes()["settlers"]
    if any(m.iso3 and m.iso3 not in homes for m in p.countries):
        return None  # ("Israeli settlers" are read by their adjective)
    territory = p.actors.context_country(p.head, p.tokens, p.day)
    home = homes.get(territory or "")
    return [p.actor(home, role)] if home else None
