"""Firms a state sanctions that the text places in no country are no party of the sanctioning state.

"Washington imposed sanctions on companies laying the pipeline": the companies are named with no country,
and the actors stage, reading them in a story told about the United States, gives them its country. The
sanction then looks aimed at home and becomes coercion of its own people (coding/domestic_measure.py,
172). But a state sanctions foreign firms far more often than its own, and the text gives them no
country: the target is the firms, country unknown (an economic sanction, 163, with no target country).
A firm the phrase places at home ("its own companies", "local firms", "American banks") stays at home,
and so does one it names ("manufacturer Acme") or refers back to ("the company", named before).
Word list: ``coding/data/sanctioned_firms.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

UNPLACED_FIRM = declare(
    "target",
    "unplaced-firm",
    "firms a state sanctions that the text places in no country take no country of the sanctioning "
    "state's: the sanction is aimed abroad (163), not at home (172)",
    "Ottawa imposed sanctions on Tuesday on firms that shipped drone engines.",
)
_FILE = "coding/data/sanctioned_firms.toml"
# The code of an economic sanction.
_SANCTION = "163"


@dataclass(frozen=True, slots=True)
class FirmWords:
    """``coding/data/sanctioned_firms.toml``."""

    firm_roles: frozenset[str]
    home_words: frozenset[str]
    referring_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def firm_words() -> FirmWords:
    """The firm roles and the words that keep a firm at home, checked."""
    return word_table(FirmWords, _FILE)


def unplaced_firm(d: Draft, actors: DocActors) -> Draft:
    """``d`` with its target's country taken away when it is an economic sanction on firms that took the
    sanctioning state's country though their phrase names none; else unchanged."""
    t, own = d.target, d.source.country
    words = firm_words()
    if d.code != _SANCTION or t is None or own is None or t.country != own or t.role not in words.firm_roles:
        return d
    text = t.text or ""
    if not text or any(w in words.home_words for w in text.casefold().split()):
        return d
    if text.split()[0].casefold() in words.referring_words or text != text.lower():
        return d  # ("the company's assets": a firm named before; "manufacturer 3M": named, its own country)
    sent, doc = d.sent, actors.doc
    if any(
        m.iso3 == own and sent.start <= m.start < sent.end and doccache.text(doc, m.start, m.end) in text
        for m in actors.mentions
    ):
        return d  # ("American banks": the phrase names the state's own country)
    firm = replace(t, name=text, country=None, code=t.role)
    return d.step(UNPLACED_FIRM, target=firm)
