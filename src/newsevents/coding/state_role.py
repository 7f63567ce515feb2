"""The role of a state's source the actor stage left without one: "Ruritanian guns fired back",
"Ruritanian artillery pounded the camp", "the Ruritanian side expelled two diplomats", "Ruritania's mission
in Geneva rejected the report".

The actor stage gives a phrase whose head is no agent word no role at all, so a gold ``source_role`` could
never match (no role matches none). Two shapes are recoded; the country and the code stay as they were:

- on an act of force or posture (roots 15, 18, 19, 20), a source with a country and no role is that
  state's armed forces (corpus/README.md: a state's guns, warships, units acting by force are ``MIL``).
  An act whose doer the text leaves unnamed ("a car bomb exploded", the unattributed rules of
  ``coding/agentless.py``) keeps no role: nobody is named, so no state's forces are either; only
  fighting (root 19) read off the dateline is the state's forces, as the corpus codes it;
- on any other act, a role-less source whose phrase ends in a word of a state's own envoys and offices
  ("side", "delegation", "mission", ``coding/data/state_role.toml``) speaks for its government (GOV).

A bare state name on an event noun of force ("Ruritania's shelling") keeps the government's role the
actor stage gives it (tests/coding/test_force_makers.py reads the possessor as the state acting); but a
bare state name on a coup ("Ruritania's attempted coup", "the Ruritania coup") is its military (MIL): the
corpus codes every coup as the armed forces' act, and the state's government is the coup's object.
Runs on the merged drafts of ``coding/selection``: a role made equal never merges two drafts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding.agentless import PUBLIC_PROTEST
from newsevents.coding.records import Draft
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

ARMED_STATE = declare(
    "source",
    "armed-state",
    "a state's doer of force or posture with no role ('Ruritanian guns', 'Ruritanian artillery') is its "
    "military (MIL)",
    "Ruritanian guns fired back at the border posts on Monday.",
)
STATE_BODY = declare(
    "source",
    "state-body",
    "a state's source with no role whose phrase ends in a word of its envoys or offices ('the Ruritanian "
    "side', 'Ruritania's mission') speaks for its government (GOV)",
    "The Ruritanian side expelled two Bordurian diplomats on Monday.",
)
PROTEST_PARTY = declare(
    "source",
    "protest-party",
    "a wave of protest nobody is named making is the opposition's (OPP) when its sentence names the "
    "opposition, the workers' (LAB) when it names a union or workers",
    "Weeks of opposition protests forced the Ruritanian cabinet out.",
)
COUP_MAKER = declare(
    "source",
    "coup-maker",
    "a state named bare as the maker of a coup ('Ruritania's attempted coup') is its military (MIL), as the "
    "corpus codes coups",
    "Ruritania's attempted coup collapsed on Friday.",
)
_FILE = "coding/data/state_role.toml"
# Force, posture and assault: the acts a state does through its armed forces.
_FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
# Fighting: the one act of force an unattributed draft (agentless.py) gives the dateline state's forces.
_FIGHTING = "19"
# The fact agentless.py records on a draft whose doer the text leaves unnamed.
_UNATTRIBUTED = "unattributed"
_GOVERNMENT = "GOV"
# Protest (14), and the roles of the parties a wave of protest is told of (_protest_party).
_PROTEST = "14"
_OPPOSITION = "OPP"
_LABOUR = "LAB"
_MILITARY = "MIL"
_WORD = re.compile(r"[a-z]+")
_CASED_WORD = re.compile(r"[A-Za-z]+")
_SAY = "say"


@dataclass(frozen=True, slots=True)
class StateRoleWords:
    """``coding/data/state_role.toml``."""

    government_heads: frozenset[str]
    coup_nouns: frozenset[str]
    force_context: frozenset[str]
    military_speakers: frozenset[str]
    opposition_words: frozenset[str]
    labour_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def state_role_words() -> StateRoleWords:
    """The packaged list (read once per process)."""
    return word_table(StateRoleWords, _FILE)


def with_state_roles(drafts: Iterable[Draft]) -> list[Draft]:
    """``drafts`` with each role-less state source given its role: its forces' on acts of force, its
    government's where its phrase names a side, delegation or mission of the state."""
    return [_with_role(d) for d in drafts]


def _with_role(d: Draft) -> Draft:
    source = d.source
    if _coup_by_state(d):
        return d.step(COUP_MAKER, source=source.with_role(_MILITARY))
    if source.country is None or source.role is not None:
        return d
    if d.code[:2] == _PROTEST and PUBLIC_PROTEST in d.steps and (party := _protest_party(d.token)):
        return d.step(PROTEST_PARTY, source=source.with_role(party))
    if d.code[:2] in _FORCE_ROOTS:
        if _UNATTRIBUTED in d.facts and d.code[:2] != _FIGHTING and not _amid_force(d.token):
            return d  # (a car bomb with nobody named is nobody's forces)
        return d.step(ARMED_STATE, source=source.with_role(_MILITARY))
    if _head_word(source.text) in state_role_words().government_heads:
        return d.step(STATE_BODY, source=source.with_role(_GOVERNMENT))
    return d


def _coup_by_state(d: Draft) -> bool:
    """Whether ``d`` is a coup noun whose source is a state named bare ("Ruritania's", "Ruritanian"), with
    no body of its own ("Ruritania's government" keeps its role)."""
    source = d.source
    if not d.trigger.noun or source.country is None or source.role not in (None, _GOVERNMENT):
        return False
    if d.trigger.token.lemma_.casefold() not in state_role_words().coup_nouns:
        return False
    words = [w for w in _WORD.findall(source.text.casefold()) if w not in ("the", "s")]
    return bool(words) and " ".join(words) == (source.name or "").casefold()


def _protest_party(trigger: Token) -> str | None:
    """The party a wave of protest with nobody named is told of in its sentence: the opposition ("weeks of
    protests led by the opposition"), else a union or workers ("protests by dock workers"), else None."""
    words = state_role_words()
    lemmas = {tok.lemma_.casefold() for tok in trigger.sent}
    if lemmas & words.opposition_words:
        return _OPPOSITION
    return _LABOUR if lemmas & words.labour_words else None


def _amid_force(trigger: Token) -> bool:
    """Whether the sentence of an unattributed act names the weapons or battles of a state's forces
    ("killed in fighting", "rockets slammed into ...") or has its army tell it ("..., the army said")."""
    words = state_role_words()
    for tok in trigger.sent:
        lemma = tok.lemma_.casefold()
        if lemma in words.force_context:
            return True
        if lemma in words.military_speakers and tok.dep_ == "nsubj" and tok.head.lemma_ == _SAY:
            return True
    return False


def _head_word(text: str) -> str:
    """The last word of the phrase before any apposition or relative clause ("the Ruritanian side, which
    ..." -> "side"), or the lowercase title before a name that ends it ("Ruritania's antiquities chief Anna
    Berg" -> "chief": an official the actor tables do not list, known by the title alone)."""
    words = _CASED_WORD.findall(text.split(",")[0])
    named = len(words)
    while named > 1 and words[named - 1][:1].isupper():
        named -= 1  # (the capitalised name at the end)
    if named < len(words) and words[named - 1].islower():
        return words[named - 1]
    return words[-1].casefold() if words else ""
