"""Who acts when a party is said to receive something: "Kenya received military aid from Japan" is
Japan's aid to Kenya, "the premier received a call from Paris" is the caller's call. A pure function of
the parse that ``arguments`` applies to a verb trigger's heads (hosting a visitor stays the host's act)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding import syntax
from newsevents.coding.asides import is_aside
from newsevents.coding.roles import SUBJECT, Head, target_roles
from newsevents.coding.rules import declare
from newsevents.coding.topics import without_topics

RECEIVED_FROM = declare(
    "source",
    "received-from",
    "what a party receives from another is the giver's act: the 'from' party is the source, the receiver "
    "the target",
    "Kenya received military aid from Japan.",
)
RECEIVER = declare(
    "target",
    "receiver",
    "the subject of a verb of receiving is the target of the giver's act",
    "Kenya received military aid from Japan.",
)
# How many "of"/"in" steps the "from" phrase is looked for below the object ("a shipment of food from").
_MAX_STEPS = 2


def turned(tok: Token, code: str, sources: list[Head], targets: list[Head]) -> tuple[list[Head], list[Head]]:
    """The heads of a trigger with a giver named by "from" put first and a consultation's topic left
    out (``code`` is the trigger's)."""
    if tok.pos_ in ("VERB", "AUX"):
        sources, targets = received_from(tok, code, sources, targets)
    # ("crossed the border from Belarus": where the mover comes from is no party it acts on)
    return sources, [h for h in without_topics(code, targets) if not is_aside(h.token)]


def received_from(
    tok: Token, code: str, sources: list[Head], targets: list[Head]
) -> tuple[list[Head], list[Head]]:
    """The heads of a verb of receiving turned round when its object (or the verb) names a "from" party:
    that party as the source, the receiver (the verb's subject) as the target."""
    roles = target_roles()
    if tok.lemma_.casefold() not in roles.receive_verbs or code.startswith(roles.receiver_codes):
        return sources, targets
    givers = _from_parties(tok)
    subjects = [h for h in sources if h.rule == SUBJECT] or [Head(s, SUBJECT) for s in syntax.subjects(tok)]
    if not givers or not subjects:
        return sources, targets
    return [Head(g, RECEIVED_FROM) for g in givers], [Head(s.token, RECEIVER) for s in subjects]


def _from_parties(verb: Token) -> list[Token]:
    """The objects of "from" on ``verb`` or on its direct object, or on a noun the object governs by
    "of"/"in" ("a shipment of rice from", "$5 million in aid from")."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    frontier = list(nouns)
    for _ in range(_MAX_STEPS):
        frontier = [
            p
            for n in frontier
            for c in n.children
            if c.dep_ == "prep" and c.lower_ in ("of", "in")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        nouns.extend(frontier)
    return [
        p
        for owner in (verb, *nouns)
        for c in owner.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children
        if p.dep_ == "pobj"
    ]
