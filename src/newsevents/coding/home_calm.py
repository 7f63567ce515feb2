"""An appeal for calm that names nobody, told in a story set in its speaker's own country, is made to that
country's own people.

``targets.article_counterpart`` aims an appeal that names no addressee at the other country the article
names most. A leader who "urged calm" or "called for calm" amid unrest at home speaks to the home public,
whoever else the story names (a foreign embassy's comment, a donor, the country an exile fled to): the
sets code such appeals on the speaker's own country. A foreign speaker's call for calm is untouched (the
story is not set in its country), and so is an appeal with an addressee or a foreign party in its sentence.
The nouns are in ``coding/data/home_calm.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

HOME_CALM = declare(
    "target",
    "home-calm",
    "an appeal for calm that names no addressee, by a party of the country the story is set in and with no "
    "party of another state in its sentence, is made to its own country",
    "CARACAS - Looters ransacked shops in Caracas. A Spanish diplomat said the vote was fair. The president "
    "urged calm.",
)
_FILE = "coding/data/home_calm.toml"
# The root of appeals (CAMEO 02).
_APPEAL_ROOT = "02"


@dataclass(frozen=True, slots=True)
class CalmWords:
    """``coding/data/home_calm.toml``."""

    calm_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def calm_words() -> CalmWords:
    """The calm nouns, checked: the key present, a list of words."""
    return word_table(CalmWords, _FILE)


def home_calm(d: Draft, actors: DocActors, own: str) -> bool:
    """Whether ``d`` is an appeal for calm ("urged calm", "called for calm") by a party of ``own``, in a story
    set in ``own`` (checked by the caller), with no party of another state in its sentence."""
    if not d.code.startswith(_APPEAL_ROOT) or not _asks_calm(d):
        return False
    sent = d.sent
    return not any(m.iso3 not in (None, own) and sent.start <= m.start < sent.end for m in actors.mentions)


def _asks_calm(d: Draft) -> bool:
    """Whether the appeal's object, or the object of its "for", is a calm noun."""
    nouns = calm_words().calm_nouns
    for child in doccache.children(d.token):
        if child.dep_ == "dobj" and child.lemma_.casefold() in nouns:
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            if any(g.dep_ == "pobj" and g.lemma_.casefold() in nouns for g in doccache.children(child)):
                return True
    return False
