"""The aim of a show of force: the rival it is shown to, where its sentence says whom it answers or faces.

A deployment, a mobilisation or an alert (CAMEO 15, or the threat or pledge of one) is coded on the party it
is shown to. The stages before aim it by weaker evidence: the place its forces go to (coding/destination.py:
the host), the country it falls back to, the story's other country (coding/rivals.py). Two shapes of one
sentence say more and decide:

- the move's purpose names the party faced: "sent troops to the kingdom to defend it AGAINST Ruritania",
  "moved warships to the strait to DETER Freedonia";
- a scene clause or phrase tells a hostile act of another foreign state (a threat, a show of force, coercion,
  an assault or fighting: an event the coder itself found there) that the move answers: "sent a frigate to
  the island AS Ruritania began drills", "put its forces on alert AFTER Freedonia fired missiles". A scene
  with no such act ("hours after Ruritania flew the president out") tells when, not whom.

The one foreign country named there (not the source's own, not the party already aimed at) becomes the
target, when the target is a state, its forces, the place of the move or missing. A scene naming two
countries or none, or only the source's own, decides nothing; non-state senders and police measures
(151, 153: measures at home) are left as they were.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.implied import country_actor
from newsevents.actors.resolve import DocActors
from newsevents.coding.destination import posture_draft
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

FORCE_AIM = declare(
    "target",
    "force-aim",
    "a show of force whose purpose names the party it faces ('against X', 'to deter X') or whose scene "
    "clause tells the act of another foreign state it answers ('as X staged drills', 'after X's build-up') "
    "is aimed at that state, not at the place or the side it is sent to",
    "Ruritania sent two frigates to the islands on Monday as Freedonia began naval drills nearby.",
)
_FILE = "coding/data/force_aim.toml"
# Police alert and police build-up are measures at home (coding/rivals.py keeps them there too).
_POLICE_CODES = ("151", "153")
# Roles of a target the rival may replace: a state, its forces or police, its armed men, the country itself.
_STATE_ROLES = frozenset({None, "GOV", "MIL", "COP", "UAF"})
# A noun beside the move that names it ("..., a show of force after X's tests").
_NAMING_DEPS = frozenset({"appos", "npadvmod", "dobj"})
# A move told as a conjunct or a reported clause shares the scene of its head.
_CLIMB_DEPS = frozenset({"conj", "ccomp"})


@dataclass(frozen=True, slots=True)
class AimWords:
    """``coding/data/force_aim.toml``."""

    scene_marks: frozenset[str]
    scene_prepositions: frozenset[str]
    facing_prepositions: frozenset[str]
    facing_verbs: frozenset[str]
    closed_dependencies: frozenset[str]
    answered_roots: frozenset[str]


@functools.lru_cache(maxsize=1)
def aim_words() -> AimWords:
    """The words of ``force_aim.toml``, checked: every key present, a list of words."""
    return word_table(AimWords, _FILE)


@dataclass(frozen=True, slots=True)
class Hostile:
    """A hostile act of a state found in the article: what a show of force may answer."""

    index: int  # its trigger's token
    source: str


def faced_all(drafts: list[Draft], actors: DocActors) -> list[Draft]:
    """``drafts`` with each show of force aimed at the state its sentence says it faces or answers."""
    answered = aim_words().answered_roots
    hostile = [
        Hostile(d.token.i, d.source.country)
        for d in drafts
        if d.source.country and d.source.role in _STATE_ROLES and d.code[:2] in answered
    ]
    return [faced(d, actors, hostile) for d in drafts]


def faced(d: Draft, actors: DocActors, hostile: list[Hostile]) -> Draft:
    """``d`` aimed at the foreign state its sentence says the show of force faces or answers."""
    own = d.source.country
    if own is None or d.trigger.noun or not posture_draft(d):
        return d
    if d.code.startswith(_POLICE_CODES) or d.trigger.pattern.code.startswith(_POLICE_CODES):
        return d
    if d.source.role in lexicon().non_state_armed_roles:
        return d
    target = d.aimed
    if target is not None and target.role not in _STATE_ROLES and target.country != own:
        return d
    rival = _rival(d.token, actors, own, hostile)
    if rival is None or (target is not None and target.country == rival):
        return d
    actor = country_actor(actors, rival)
    if d.target is not None:
        return d.step(FORCE_AIM, target=replace(actor, text=d.target.text))
    return d.step(FORCE_AIM, target=actor, implicit_target=None)


def _rival(verb: Token, actors: DocActors, own: str, hostile: list[Hostile]) -> str | None:
    """The one foreign country the move's purpose faces, else the one whose hostile act its scene tells."""
    words = aim_words()
    facing: set[str] = set()
    scene: set[str] = set()
    for tok in _clause(verb, words.closed_dependencies):
        if tok.dep_ == "prep" and tok.lower_ in words.facing_prepositions:
            facing |= _countries(actors, _objects(tok), own)
        elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in words.facing_verbs:
            facing |= _countries(actors, [tok], own)
    for child in (c for head in _scene_heads(verb) for c in doccache.children(head)):
        marked = child.dep_ == "advcl" and _marked(child, words.scene_marks)
        if marked or (child.dep_ == "prep" and child.lower_ in words.scene_prepositions):
            start, end = child.left_edge.i, child.right_edge.i + 1
            scene |= {h.source for h in hostile if start <= h.index < end and h.source != own}
    for found in (facing, scene):
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _scene_heads(verb: Token) -> list[Token]:
    """The words whose scene clauses tell what the move at ``verb`` answers: the verb, a noun that names the
    move ("ordered the carrier north, a show of force after X's tests"), and up to two heads it hangs from
    as a conjunct or a reported clause ("declared martial law and mobilised after X attacked", "said it was
    sending ships, as X prepared drills")."""
    heads = [verb, *(c for c in doccache.children(verb) if c.dep_ in _NAMING_DEPS)]
    tok = verb
    for _ in range(2):
        if tok.dep_ not in _CLIMB_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
        heads.append(tok)
    return heads


def _clause(verb: Token, closed: frozenset[str]) -> list[Token]:
    """The tokens under ``verb`` not inside another clause (a conjoined act, a quote, a relative clause)."""
    out: list[Token] = []
    stack = list(doccache.children(verb))
    while stack:
        tok = stack.pop()
        if tok.dep_ in closed:
            continue
        out.append(tok)
        stack.extend(doccache.children(tok))
    return out


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in doccache.children(clause))


def _objects(prep: Token) -> list[Token]:
    return [c for c in doccache.children(prep) if c.dep_ == "pobj"]


def _countries(actors: DocActors, heads: list[Token], own: str) -> set[str]:
    """The foreign countries named in the phrases of ``heads``."""
    found: set[str] = set()
    for head in heads:
        start, end = head.left_edge.i, head.right_edge.i + 1
        for m in actors.mentions:
            if m.iso3 and m.iso3 != own and m.names_party and start <= m.start < end:
                found.add(m.iso3)
    return found
