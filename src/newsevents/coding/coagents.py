"""Parties named together as the subject of an attack aimed at something act together: "U.S., British and
French forces fired missiles at sites near Damascus" is three attacks on Syria, not the United States
attacking Britain. A pure function of the parse that ``arguments`` reads for its coordinated sources
(``coding/data/referred.toml`` ``coagent_roots``, ``reciprocal_verbs``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.co_actors import CO_ACTORS, co_actors
from newsevents.coding.drawn import drawn_reaction
from newsevents.coding.records import Draft
from newsevents.coding.referred import referred_words
from newsevents.coding.rules import declare
from newsevents.coding.semantics import symmetric
from newsevents.coding.signed_among import signed_among

CO_AGENTS = declare(
    "target",
    "co-agents",
    "coordinated subjects of an attack aimed at an object or a place act together, never on each other",
    "U.S. and British ships fired cruise missiles at air defences near Tripoli.",
)
CO_GIVERS = declare(
    "target",
    "co-givers",
    "coordinated subjects of a giving verb give together, never to each other",
    "Oman and Bahrain flew in field hospitals and tents.",
)
CO_REACTORS = declare(
    "target",
    "co-reactors",
    "coordinated subjects of a reaction (praise, a demand, criticism) react side by side to a third "
    "party, never to each other",
    "Oslo and Rome welcomed the accord.",
)
CO_MEDIATORS = declare(
    "target",
    "co-mediators",
    "coordinated parties that host or mediate an act (its subjects or its 'by' agents) do it together "
    "for the parties to it, never for each other",
    "The talks were brokered by Oslo and Havana.",
)
BY_CO_AGENTS = declare(
    "target",
    "by-co-agents",
    "parties coordinated in a passive's 'by' phrase act side by side, never on each other, unless their act "
    "is an agreement or cooperation between them ('signed by Chile and Peru')",
    "The plan was rejected by Chile and Peru on Monday.",
)
# Roots of acts a pair named in a "by" phrase makes with each other ("the pact was signed by A and B"):
# intent, agreement and cooperation (03, 05, 06); any other act is done by the pair side by side.
_PAIRED_BY_ROOTS = ("03", "05", "06")
# Codes of reactions aimed at a third party: praise or approval (051), demand (10), criticism (11) and
# threat (13: "Minsk and Vilnius warned that any incursion would be an act of war"). Not agreement (050),
# joint statements (010), appeals (02: "asked their teams") or refusals (12: "failed to agree"), which a
# pair as often make to each other.
REACTION_CODES = ("051", "10", "11", "13")
# The prepositions that aim an attack at its patient ("fired at", "rocket fire into"; not "on", which
# as often sets the scene: "clashes erupted on the ridge").
_AIMING_PREPS = frozenset({"at", "into", "against"})


def group(tok: Token, code: str, parties: int, steps: list[str]) -> bool:
    """Whether the ``parties`` coordinated subjects of trigger ``tok`` act side by side, never on each
    other: three or more ("Britain, France and Germany urged ..."), unless their act is one between
    them that names no one else (a summit of four leaders pairs the first two, not each with the host
    city's country), or two or more that act together (``joint``)."""
    # (a truce or an accord a list signs is made among them: coding/signed_among.py)
    return (parties >= 3 and not symmetric(code) and not signed_among(tok)) or joint(tok, code, steps)


def joint(tok: Token, code: str, steps: list[str]) -> bool:
    """Whether the coordinated subjects of trigger ``tok`` (coded ``code``) attack something together:
    a violent code, a verb that is not reciprocal ("clashed", "exchanged fire"), and an object or an
    aimed preposition (the rule's step is added to ``steps`` when it is); or the parties a reaction is
    drawn from (coding/drawn.py)."""
    if drawn_reaction(tok):
        return True  # ("drew criticism from Berlin and Paris": each reacts to the act, not to the other)
    if _by_agents(tok, code, steps):
        return True  # ("the plan was rejected by Chile and Peru": each rejects it)
    words = referred_words()
    if code.startswith(REACTION_CODES) and not symmetric(code):
        return _reactors(tok, steps)
    if code.startswith(words.cogiver_roots):
        return _givers(tok, steps)
    if code.startswith(words.comediator_codes):
        return _mediators(tok, steps)
    if co_actors(tok, code, steps):
        return True  # ("Oslo and Rome offered help": coding.co_actors)
    if not code.startswith(words.coagent_roots) or tok.lemma_.casefold() in words.reciprocal_verbs:
        return False
    if tok.pos_ != "VERB":  # ("clashes between Kyrgyz and Tajik guards on the ridge": a reciprocal noun)
        return False
    if any(s.lemma_.casefold() in words.reciprocal_verbs for s in syntax.subjects(tok)):
        return False  # ("fighting between X and Y killed 50": the toll of a reciprocal fight)
    # (only a subject that coordinates parties: "U.S. and British ships", "Britain and France")
    if not _coordinated(syntax.subjects(tok)):
        return False
    aimed = any(c.dep_ == "dobj" or (c.dep_ == "prep" and _aims(c)) for c in doccache.children(tok))
    if aimed and CO_AGENTS not in steps:
        steps.append(CO_AGENTS)
    return aimed


def _by_agents(tok: Token, code: str, steps: list[str]) -> bool:
    """Whether passive ``tok`` names coordinated parties in its "by" phrase who act side by side (the
    rule's step is added to ``steps`` when it is): not a symmetric act, nor one of ``_PAIRED_BY_ROOTS``."""
    if (
        tok.pos_ != "VERB"
        or symmetric(code)
        or code.startswith(_PAIRED_BY_ROOTS)
        or not syntax.is_passive(tok)
    ):
        return False
    if not any(c.dep_ == "conj" for a in _by_parties(tok) for c in doccache.children(a)):
        return False
    if BY_CO_AGENTS not in steps:
        steps.append(BY_CO_AGENTS)
    return True


def _by_parties(tok: Token) -> list[Token]:
    """The objects of the "by" phrase of passive ``tok`` ("rejected by CHILE and Peru")."""
    agents = (c for c in doccache.children(tok) if c.dep_ == "agent")
    return [p for c in agents for p in doccache.children(c) if p.dep_ == "pobj"]


def _from_parties(noun: Token) -> list[Token]:
    """The objects of the "from" phrase of an act noun ("aid FROM Oman and Bahrain")."""
    froms = (c for c in doccache.children(noun) if c.dep_ == "prep" and c.lower_ == "from")
    return [p for c in froms for p in doccache.children(c) if p.dep_ == "pobj"]


def _coordinated(heads: Iterable[Token]) -> bool:
    """Whether a phrase of ``heads`` coordinates parties ("Britain and France", "U.S. and British ships"),
    or is "they" standing for the coordinated speakers of the clause's reporting verb ("France and Spain
    said they regretted the move": each regrets it, neither regrets the other)."""
    return any(t.dep_ == "conj" for h in _speakers_for_they(heads) for t in doccache.subtree(h))


def _speakers_for_they(heads: Iterable[Token]) -> list[Token]:
    """``heads``, with a subject "they" of a reported clause replaced by its reporting verb's subjects."""
    out: list[Token] = []
    for h in heads:
        clause = h.head
        if h.lower_ == "they" and clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
            out.extend(syntax.subjects(clause.head))
        else:
            out.append(h)
    return out


def _aims(prep: Token) -> bool:
    """Whether a preposition aims the act at a patient ("fired at the base"), not at a time ("on Monday")."""
    return prep.lower_ in _AIMING_PREPS and any(
        p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in doccache.children(prep)
    )


def _reactors(tok: Token, steps: list[str]) -> bool:
    """Whether the coordinated subjects of a reaction ("Oslo and Rome welcomed it") react side by side:
    not when they react to each other ("blamed each other", "traded accusations")."""
    # (the subjects first: most have none coordinated, and the reciprocal test reads the whole clause)
    if not _coordinated(syntax.subjects(tok)):
        return False
    if tok.lemma_.casefold() in referred_words().reciprocal_verbs or _reciprocal(tok):
        return False
    if CO_REACTORS not in steps:
        steps.append(CO_REACTORS)
    return True


def _reciprocal(tok: Token) -> bool:
    """Whether the clause of ``tok`` names its parties' acts on each other ("each other", "one another")."""
    doc = tok.doc
    return any(
        t.lower_ in ("other", "another") and t.i > 0 and doc[t.i - 1].lower_ in ("each", "one")
        for t in doccache.subtree(tok)
    )


def _givers(tok: Token, steps: list[str]) -> bool:
    """Whether the coordinated subjects of a giving verb ("Oman and Bahrain flew in field hospitals")
    give together: a verb (the pattern has named the thing given) with coordinated subjects, or an aid
    noun whose "from" phrase coordinates its givers ("relief flights from Oman and Bahrain": each
    sends its own, neither to the other)."""
    if tok.lemma_.casefold() in referred_words().reciprocal_verbs:
        return False
    givers = syntax.subjects(tok) if tok.pos_ == "VERB" else _from_parties(tok) if tok.pos_ == "NOUN" else []
    if not _coordinated(givers):
        return False
    if CO_GIVERS not in steps:
        steps.append(CO_GIVERS)
    return True


def _mediators(tok: Token, steps: list[str]) -> bool:
    """Whether a hosting or mediating act has coordinated parties as its subject or its 'by' agent
    ("Kenya and Ethiopia mediated", "talks hosted by Bonn and Paris"): they act side by side."""
    if not _coordinated([*syntax.subjects(tok), *_by_parties(tok)]):
        return False
    if CO_MEDIATORS not in steps:
        steps.append(CO_MEDIATORS)
    return True


def _side_by_side(steps: Iterable[str]) -> str | None:
    """The rule that made coordinated parties act side by side (givers, mediators), if one did."""
    return next((r for r in (CO_GIVERS, CO_MEDIATORS, CO_ACTORS) if r in steps), None)


def apart(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts`` with no co-giver (or co-mediator) aimed at another of the same act: a target that only
    the object phrase or the sentence's context gave ("field hospitals" read as the nearest giver's) is
    dropped."""
    made = list(drafts)
    givers: dict[int, set[str]] = {}
    for d in made:
        if d.source.country and _side_by_side(d.steps) is not None:
            givers.setdefault(d.token.i, set()).add(d.source.country)
    for d in made:
        if d.target is not None and d.target.country in givers.get(d.token.i, ()):
            yield d.step(_side_by_side(d.steps) or CO_GIVERS, target=None)
        else:
            yield d
