"""Where the parties of a clause sit relative to one another in the parse: coordinated phrases and
appositions set off by commas. Pure functions of the parse that the resolver uses to keep one party's
country from placing another."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache, labels


def coordinated(noun: Token) -> list[Token]:
    """The phrases coordinated after ``noun`` or after its apposition ("the mayor, Peter Okello, and three
    traders": the parser hangs the traders from the apposition)."""
    named = [noun, *(c for c in doccache.children(noun) if set_off(c))]
    listed = [c for c in named[1:] if _listed(noun, c)]
    return sorted(
        [
            *listed,
            *(c for n in named for c in doccache.conjuncts(n) if c.i > n.i and not _described(noun, n, c)),
        ],
        key=lambda t: t.i,
    )


def _described(noun: Token, named: Token, conjunct: Token) -> bool:
    """Whether ``conjunct`` goes on describing an apposition that describes the name ``noun`` ("Peru, the
    largest grower and a big buyer of Chilean fruit, said": the buyer is Peru again, not a second party):
    a name, a common-noun apposition and a common-noun conjunct joined without a comma. A comma before the
    "and" closes the apposition ("Ana Ruiz, the mayor's wife, and ten traders"), a name coordinated after
    it is a party of its own ("Peru, the largest grower, and Chile"), and nouns in apposition to a common
    noun are a list ("a British diplomat, a Thai economist and a Dutch filmmaker")."""
    if noun.pos_ != "PROPN" or named.dep != labels.APPOS or named.pos_ != "NOUN" or conjunct.pos_ != "NOUN":
        return False
    before = conjunct.doc[conjunct.left_edge.i - 2] if conjunct.left_edge.i >= 2 else None
    return before is None or before.text != ","


def object_clauses(obj: Token) -> list[Token]:
    """The tokens of the participle clauses that describe an object phrase ("stop WATER being sent to the
    United States", "to stop TRUCKS reaching Chile", "agreed to a TRUCE brokered by Russian peacekeepers"): a
    country named there is the object's destination or maker, no country of the party acting on it (the
    farmers who block the trucks are not Chilean). Only participles, read by ``resolve.other_parties``."""
    if obj.dep_ not in ("dobj", "dative", "pobj"):
        return []
    clauses = (c for c in doccache.children(obj) if c.dep == labels.ACL and c.tag_ in ("VBG", "VBN"))
    return [t for c in clauses for t in c.subtree]


def passive_patients(agent: Token) -> list[Token]:
    """The subject of the passive whose "by" phrase ``agent`` heads, when its own words give it a
    nationality ("an Indian PILOT was taken into custody by troops"): a party marked as a foreigner, whose
    country does not place the one acting on it, as an object's does not in the active ("troops took an
    Indian pilot"). A patient named without one ("the country's president was overthrown by the army") is
    most often the agent's compatriot, and still places it. Read by ``resolve.other_parties``."""
    by = agent.head
    if agent.dep != labels.POBJ or by.dep_ != "agent":
        return []
    subjects = [c for c in doccache.children(by.head) if c.dep_ == "nsubjpass"]
    return [s for s in subjects if any(_nationality(c) for c in doccache.children(s))]


def _nationality(word: Token) -> bool:
    """Whether ``word`` gives its noun a nationality: "INDIAN pilot", "a U.S. drone"."""
    return (word.dep_, word.ent_type_) in (("amod", "NORP"), ("compound", "GPE"))


def _listed(noun: Token, appos: Token) -> bool:
    """Whether an apposition is the second item of a list of places the parser hung from the first
    ("Canada, Mexico, Peru and Chile": Mexico is no other name of Canada): both places, and the
    apposition goes on with conjuncts of its own."""
    return (
        noun.ent_type_ == "GPE"
        and appos.ent_type_ == "GPE"
        and any(c.dep == labels.CONJ for c in doccache.children(appos))
    )


# Words that make a country named under them a landmark a place is located by, not where things are
# ("in the village of Solhan near the border with Niger": the villagers are not Nigerien).
_LANDMARK_WORDS = frozenset({"near", "border", "frontier", "boundary", "coast"})
# A state's mission stands in another state: the country that owns it is a landmark, the place it is in
# is not ("students stoned the French embassy in Niamey": the students are Nigerien, not French).
_MISSION_WORDS = frozenset({"embassy", "consulate"})


def landmark(tok: Token) -> bool:
    """Whether the country named at ``tok`` only locates a place ("near the border with Niger", "off
    the coast of Somalia"): a landmark word among the prepositional phrases it hangs from."""
    through_prep = False
    for _ in range(4):
        head = doccache.head(tok)
        if tok.dep_ not in ("pobj", "prep", "compound", "amod", "poss", "nmod") or head.i == tok.i:
            return False
        through_prep = through_prep or tok.dep == labels.POBJ
        tok = head
        if tok.lemma_.casefold() in _LANDMARK_WORDS:
            return True
        if tok.lemma_.casefold() in _MISSION_WORDS:
            return not through_prep
    return False


def set_off(tok: Token) -> bool:
    """Whether ``tok`` is an apposition set off by a comma ("the mayor, Peter Okello,"), not a name
    after its title ("Presidents Obama and Putin")."""
    return tok.dep == labels.APPOS and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def acting_head(head: Token, dateline: range) -> Token:
    """``head``, or, when the parser made the dateline's city (tokens ``dateline``) the phrase ("NAIROBI,
    May 2 (Wire) - President Ana Ruiz and her rival signed ..." with "NAIROBI" the subject and "Ruiz" hung
    from it), the first noun hung from the dateline after it: the phrase that acts; its sender when it
    is a team sent by another (``sender``)."""
    if head.i in dateline:
        hung = (
            t
            for t in head.doc[dateline.stop : doccache.sent(head).end]
            if t.head.i in dateline and t.pos_ in ("PROPN", "NOUN", "PRON")
        )
        head = next(hung, head)
    return sender(head) or head


# Verbs by which a party sends a team, mission or force that then acts for it.
_SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "appoint", "commission", "mandate"})


def sender(head: Token) -> Token | None:
    """The party that sent the team, mission or force at ``head`` ("a team of experts SENT BY the WHO",
    with the parser hanging the participle on the team or its members): the team acts for its sender,
    whose phrase is read in its place. None when no such "by" phrase is there."""
    ofs = (c for c in doccache.children(head) if c.lower == labels.OF)
    nouns = [head, *(p for c in ofs for p in doccache.children(c))]
    for noun in nouns:
        for acl in doccache.children(noun):
            if acl.dep != labels.ACL or acl.lemma_.casefold() not in _SENDING_VERBS:
                continue
            by = next((c for c in doccache.children(acl) if c.dep == labels.AGENT), None)
            party = next((c for c in doccache.children(by) if c.dep == labels.POBJ), None) if by else None
            if party is not None:
                return party
    return None
