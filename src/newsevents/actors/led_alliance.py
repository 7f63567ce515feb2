"""A bare "the coalition" that takes up a coalition named before by the state leading it: "The Saudi-led
coalition bombed the port. ... The coalition said ..." -> Saudi Arabia. Part of the phrase rule
``group-referent`` of ``actors.phrases`` (actors/groups.py); the nouns are the ``led-bodies`` list of
``actors/data/words.tsv``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents import doccache
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase

__all__ = ["led_body_referent"]

_WORDS = packaged_words()


def led_body_referent(p: Phrase) -> list[Actor] | None:
    """ "the coalition" with no words of its own: the country of the last "<state>-led coalition" named
    before it in the article, with the role that phrase has; None when the article names none (a coalition
    of parties at home, or one nobody leads, is no state's)."""
    head = p.head
    lemma = head.lemma_.casefold()
    if p.named or p.countries or p.orgs or lemma not in _WORDS.led_bodies:
        return None
    if [t.lower_ for t in p.tokens if t.i != head.i] != ["the"]:
        return None
    for tok in reversed(head.doc[: p.tokens[0].i]):
        if tok.lemma_.casefold() != lemma or not any(c.lower_ == "led" for c in doccache.children(tok)):
            continue
        found = [a for a in p.actors.resolve_all(tok, p.day) if a.country]
        if found:
            return [Actor(text=p.text, name=found[0].name, country=found[0].country, role=found[0].role,
                          code=found[0].code)]
    return None
