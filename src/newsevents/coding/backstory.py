"""Acts of a bygone age told as backstory: "treasures looted by colonial troops in 1897 arrived home on
Tuesday", "a century after soldiers seized the masks in 1902". A clause hung from a noun or from the
main act (a participle, a relative or a time clause) that dates its act twenty years or more before the
report (a generation: another era's history) describes a thing or an occasion of today's news; the corpus
codes no event for it (corpus/README.md: the events a careful coder takes from a report). An act the
report tells as its own main clause ("He was jailed for life in 1964") is kept: an obituary or a
chronology tells it as news.

Read by selection (coding/selection.py) after its drafts are kept, before restatements are merged.
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.when import DocDates

BYGONE_BACKSTORY = declare(
    "select",
    "bygone-backstory",
    "an act dated twenty years or more before the report, told in a clause that hangs from a noun or "
    "from the main act (participle, relative or time clause), is backstory: no event",
    "Masks taken by colonial troops in 1902 arrived in Luanda on Tuesday.",
)
# How many years before the report an act's own date must lie for a subordinate clause to be backstory
# (tried on the tuning and probe material: 20 drops more history wrongly coded than 50, at one cost).
_YEARS = 20
# Links by which a clause describes a noun or sets the main act's occasion (not the report's own acts:
# the main verb, its conjuncts and what a speaker says).
_SUBORDINATE = frozenset({"acl", "relcl", "advcl", "nsubj", "nsubjpass", "dobj", "pobj"})


def without_backstory(drafts: list[Draft], dates: DocDates) -> list[Draft]:
    """``drafts`` less the acts of a bygone age told as backstory (``BYGONE_BACKSTORY``)."""
    reference = dates.reference
    if reference is None:
        return drafts
    return [d for d in drafts if not _bygone(d, reference.year)]


def _bygone(d: Draft, year: int) -> bool:
    if d.when is None or not d.date_own or d.token.dep_ not in _SUBORDINATE:
        return False
    head = d.when.date[:4]
    return head.isdigit() and int(head) <= year - _YEARS
