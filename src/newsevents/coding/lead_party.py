"""The lead's acting party as the article's counterpart (issue 10, wrong targets: errsrc).

``targets.article_counterpart`` aims an act that needs a counterpart and names none ("Washington said all
options were on the table") at the other country the article names most often. News leads with its main
act and reports the reactions after it, so those reactions answer the lead's actor; but that actor is
often named by a few words while the scene or the victims are named again and again ("North Korea fired a
missile over Japan ... Tokyo ... Japanese ..."), and the count alone picks the scene. Here the country of
the subject of the article's first sentence wins when it is a counterpart the article names at least half
as often as the most-named one; otherwise (a lead actor named in passing) the count decides.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from newsevents import doccache
from newsevents.actors.mentions import Mention
from newsevents.actors.resolve import DocActors

__all__ = ["lead_party"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def lead_party(
    actors: DocActors, counts: Counter[str], country_of: Callable[[DocActors, Mention], str | None]
) -> str | None:
    """The country (one of ``counts``, the counterparts the article names and how often) of the first
    party named in the subject of the article's first sentence, when it is named at least half as often
    as the most-named counterpart; else None. ``country_of`` reads a mention as a party's country."""
    doc = actors.doc
    if not counts or not len(doc):
        return None
    lead = doccache.sent(doc[0])
    subject = {
        t.i for c in doccache.children(lead.root) if c.dep_ in _SUBJECT_DEPS for t in doccache.subtree(c)
    }
    top = max(counts.values())
    for m in actors.mentions:
        if m.start >= lead.end:
            break
        if m.start not in subject:
            continue
        iso3 = country_of(actors, m)
        if iso3 is not None and iso3 in counts and 2 * counts[iso3] >= top:
            return iso3
    return None
