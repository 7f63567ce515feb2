"""What a consultation is about is not whom it is with: "talks on Ukraine", "met over the border dispute".
A pure function of the parse that ``arguments`` applies to a trigger's target heads."""

from __future__ import annotations

from newsevents.coding.roles import PREP_OBJECT, Head, target_roles
from newsevents.coding.rules import declare

TOPIC_NOT_PARTY = declare(
    "target",
    "topic-not-party",
    "the object of 'on', 'over' or 'about' on a consultation names its topic, not its counterpart",
    "Xi Jinping and Emmanuel Macron held talks on Ukraine.",
)


def without_topics(code: str, heads: list[Head]) -> list[Head]:
    """``heads`` without the objects of topic prepositions when ``code`` is a consultation's: "Kishida
    held talks with Biden on Iran" is with Biden; "the two leaders conferred on Gaza" is between them."""
    roles = target_roles()
    if not code.startswith(roles.topic_codes):
        return heads
    return [
        h
        for h in heads
        if not (
            h.rule == PREP_OBJECT
            and h.token.dep_ == "pobj"
            and h.token.head.lower_ in roles.topic_prepositions
        )
    ]
