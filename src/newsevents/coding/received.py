"""Who acts when a party is said to receive something: "Kenya received military aid from Japan" is
Japan's aid to Kenya, "the premier received a call from Paris" is the caller's call. A pure function of
the parse that ``arguments`` applies to a verb trigger's heads (hosting a visitor stays the host's act)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.asides import is_aside
from newsevents.coding.fired_at import without_weapons
from newsevents.coding.freed import freedom_word
from newsevents.coding.lexicon import lexicon
from newsevents.coding.ordered_cut import ordered_cut
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
        sources, targets = ordered_done(tok, *received_from(tok, code, sources, targets))
        # ("told Pakistan to cut its mission's staff": the teller's measure, coding/ordered_cut.py)
        sources, targets = ordered_cut(tok, code, sources, targets)
    elif freedom_word(tok):
        return [], targets  # ("walked free": the walker was freed; coding/freed.py finds the releaser)
    # ("crossed the border from Belarus": where the mover comes from is no party it acts on)
    kept = without_weapons(tok, code, without_topics(code, targets))  # ("fired missiles at X": fired_at.py)
    return sources, [h for h in kept if not is_aside(h.token)]


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


ORDERED_BY = declare(
    "source",
    "ordered-by",
    "a measure a party orders done to someone ('the judge ordered him held') is the orderer's act, with "
    "the person as its target",
    "A Kenyan court ordered the opposition leader detained for two weeks.",
)
ORDERED_PERSON = declare(
    "target",
    "ordered-person",
    "the person a measure is ordered done to ('ordered him held') is its target",
    "A Kenyan court ordered the opposition leader detained for two weeks.",
)


def ordered_done(tok: Token, sources: list[Head], targets: list[Head]) -> tuple[list[Head], list[Head]]:
    """ "ordered X held": a participle clause of an ordering verb (``ordering_verbs``) whose subject is
    the person the act is done to; the orderer acts."""
    verb = _ordering_verb(tok)
    if verb is None or not _ordered_participle(tok):
        return sources, targets
    persons = _patients(tok)
    # (a coordinated order shares its first verb's subject: "Lima said ... and ordered the assets frozen")
    orderers = next((found for v in (verb, *syntax.shared_heads(verb)) if (found := syntax.subjects(v))), [])
    if not persons or not orderers:
        return sources, targets
    return [Head(o, ORDERED_BY) for o in orderers], [Head(p, ORDERED_PERSON) for p in persons]


def _ordered_participle(tok: Token) -> bool:
    """Whether ``tok`` is the bare participle an ordering verb (``ordering_verbs``) completes: "ordered
    him HELD", "ordered the assets FROZEN"."""
    if _ordering_verb(tok) is None:
        return False
    # (a bare participle the parser may tag as a past tense: "ordered him HELD"; not "ordered that ...")
    return tok.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in doccache.children(tok)
    )


def _ordering_verb(tok: Token) -> Token | None:
    """The ordering verb (``ordering_verbs``) a participle completes: its head ("ordered him HELD"), or the
    verb whose object it hangs from ("ordered two activists HELD in custody": the parser reads a reduced
    relative)."""
    if tok.dep_ in ("ccomp", "xcomp", "oprd"):
        verb = tok.head
    elif tok.dep_ == "acl" and tok.head.dep_ == "dobj":
        verb = tok.head.head
    else:
        return None
    return verb if verb.lemma_.casefold() in lexicon().ordering_verbs else None


def ordered_patient(tok: Token) -> Token | None:
    """What an ordered measure is done to, the subject of the bare participle ("ordered the ASSETS
    frozen"): the measure's object, which its patterns test ("freeze assets"); None for other verbs."""
    patients = _patients(tok) if _ordered_participle(tok) else []
    return patients[0] if patients else None


def _patients(tok: Token) -> list[Token]:
    """What the bare participle ``tok`` is done to: the parser makes it the participle's subject ("ordered
    him held"), or the ordering verb's object."""
    if tok.dep_ == "acl":
        return [tok.head]
    return [c for c in doccache.children(tok) if c.dep_ == "nsubj"] or [
        c for c in doccache.children(tok.head) if c.dep_ == "dobj"
    ]


def _from_parties(verb: Token) -> list[Token]:
    """The objects of "from" on ``verb`` or on its direct object, or on a noun the object governs by
    "of"/"in" ("a shipment of rice from", "$5 million in aid from")."""
    nouns = [c for c in doccache.children(verb) if c.dep_ == "dobj"]
    frontier = list(nouns)
    for _ in range(_MAX_STEPS):
        frontier = [
            p
            for n in frontier
            for c in doccache.children(n)
            if c.dep_ == "prep" and c.lower_ in ("of", "in")
            for p in doccache.children(c)
            if p.dep_ == "pobj"
        ]
        nouns.extend(frontier)
    return [
        p
        for owner in (verb, *nouns)
        for c in doccache.children(owner)
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in doccache.children(c)
        if p.dep_ == "pobj"
    ]
