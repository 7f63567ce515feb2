"""Acts of a bygone age told as backstory: "treasures looted by colonial troops in 1897 arrived home on
Tuesday", "a century after soldiers seized the masks in 1902". A clause hung from a noun or from the
main act (a participle, a relative or a time clause) that dates its act twenty years or more before the
report (a generation: another era's history) describes a thing or an occasion of today's news; the corpus
codes no event for it (corpus/README.md: the events a careful coder takes from a report). An act the
report tells as its own main clause ("He was jailed for life in 1964") is kept: an obituary or a
chronology tells it as news. A time clause may give the age as a span instead of a year ("a century
after soldiers seized the masks", "decades after the army killed forty farmers", "30 years after
refusing"): a span of twenty years or more before its "after", "since" or "before" is the same backstory.

Read by selection (coding/selection.py) after its drafts are kept, before restatements are merged.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.datewords import NUMBERS
from newsevents.when import DocDates

BYGONE_BACKSTORY = declare(
    "select",
    "bygone-backstory",
    "an act dated twenty years or more before the report, told in a clause that hangs from a noun or "
    "from the main act (participle, relative or time clause), or set back by a span of twenty years or "
    "more ('decades after'), is backstory: no event",
    "Masks taken by colonial troops in 1902 arrived in Luanda on Tuesday.",
)
# How many years before the report an act's own date must lie for a subordinate clause to be backstory
# (tried on the tuning and probe material: 20 drops more history wrongly coded than 50, at one cost).
_YEARS = 20
# Links by which a clause describes a noun or sets the main act's occasion (not the report's own acts:
# the main verb, its conjuncts and what a speaker says).
_SUBORDINATE = frozenset({"acl", "relcl", "advcl", "nsubj", "nsubjpass", "dobj", "pobj"})
# Words that set a clause's act apart from the report's day by a span ("a century after ...").
_LINKS = frozenset({"after", "since", "before"})
# A span noun -> (years in one, how many a plural with no number means): "decades" is at least two.
_SPANS: dict[str, tuple[int, int]] = {
    "year": (1, 1),
    "years": (1, 1),
    "decade": (10, 1),
    "decades": (10, 2),
    "century": (100, 1),
    "centuries": (100, 2),
    "generation": (25, 1),
    "generations": (25, 2),
}


def without_backstory(drafts: list[Draft], dates: DocDates) -> list[Draft]:
    """``drafts`` less the acts of a bygone age told as backstory (``BYGONE_BACKSTORY``)."""
    reference = dates.reference
    if reference is None:
        return drafts
    return [d for d in drafts if not _bygone(d, reference.year) and _span_before(d.token) < _YEARS]


def _bygone(d: Draft, year: int) -> bool:
    if d.when is None or not d.date_own or d.token.dep_ not in _SUBORDINATE:
        return False
    head = d.when.date[:4]
    return head.isdigit() and int(head) <= year - _YEARS


def _span_before(tok: Token) -> int:
    """How many years the span right before the time word that governs ``tok``'s clause sets it back
    ("more than a century after troops seized ...": 100); 0 when there is none. Only the clause's own
    time word counts: the walk up stops at the main clause."""
    for node in (tok, *tok.ancestors):
        links = [c for c in node.children if c.dep_ == "mark" and c.lower_ in _LINKS]
        if node.lower_ in _LINKS and node.dep_ in ("prep", "mark"):
            links.append(node)
        for link in links:
            years = _span_years(link)
            if years:
                return years
        if node.dep_ in ("ROOT", "conj", "ccomp"):
            return 0
    return 0


def _span_years(link: Token) -> int:
    """The span noun just before ``link`` ("decades after"), as years, with its number if it has one."""
    if link.i == 0:
        return 0
    span = link.doc[link.i - 1]
    unit = _SPANS.get(span.lower_)
    if unit is None or span.dep_ != "npadvmod":
        return 0
    numbers = [c.lower_ for c in span.children if c.dep_ == "nummod" and c.like_num]
    if not numbers:
        return unit[0] * unit[1]
    count = int(numbers[0]) if numbers[0].isdigit() else NUMBERS.get(numbers[0], 1)
    return unit[0] * count
