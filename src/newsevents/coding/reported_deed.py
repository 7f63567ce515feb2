"""A charge told as a plain deed in a reported clause: "Kabul said Islamabad harbours the militants",
"Minsk said Vilnius was using the migrants as a weapon", "Ottawa said its planes had been harassed by
Chinese jets". The speaker names another party doing a deed no party owns up to doing to another, with
no word of blame: that is an accusation (CAMEO 112) by the speaker, aimed at the doer.

Kept narrow (``data/reported_deed.toml``): a verb of saying told before its clause (a trailing "..., a
group said" tells news, and "the raid showed that" has no speaker); the clause's verb is a deed of that
kind, or an ongoing use told with a purpose ("was using the courts to silence critics") or a role ("as a
weapon"); the doer is named in its own words
(``pointed_blame.named_phrase``: a name or a name's adjective), is not a pronoun nor the speaker's own
("its troops", "Vilnius" said by Lithuania); the clause is neither negated nor hedged by a modal ("could
destabilise" foresees harm: the judgement rules read it). A passive names its doer by "by".
``judgement._reported`` calls this through ``speech_blame``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.own_voice import speaker_of
from newsevents.coding.patterns import construction
from newsevents.coding.pointed_blame import named_phrase
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

REPORTED_DEED = declare(
    "trigger",
    "reported-deed",
    "a speaker saying a named other party harbours, interferes, harasses or uses a thing as a weapon "
    "('said Islamabad harbours the militants') accuses it (112)",
    "Kabul said Islamabad harbours the militants.",
)
_FILE = "coding/data/reported_deed.toml"
# CAMEO code of an accusation (112: accuse, not specified).
_ACCUSE = "112"


@dataclass(frozen=True, slots=True)
class DeedWords:
    """``coding/data/reported_deed.toml``."""

    reporting_verbs: frozenset[str]
    deed_verbs: frozenset[str]
    using_verbs: frozenset[str]
    negations: frozenset[str]


@functools.lru_cache(maxsize=1)
def deed_words() -> DeedWords:
    """The verbs of the rule (``word_table`` checks every key)."""
    return word_table(DeedWords, _FILE)


def reported_deed(tok: Token, clause: Token) -> Trigger | None:
    """The accusation a reporting verb ``tok`` makes when its reported ``clause`` tells a named other party
    doing a deed of blame; its target is the doer's phrase."""
    words = deed_words()
    if tok.lemma_.casefold() not in words.reporting_verbs or clause.i < tok.i:
        return None  # ("the raid showed that ...", "..., a rights group said": no speaker's own charge)
    lemma = clause.lemma_.casefold()
    children = doccache.children(clause)
    if lemma in words.using_verbs:
        # an ongoing use with a purpose is a policy charged ("was using the law to target critics"); a
        # past use told with its purpose is the act told ("used explosives to demolish the church")
        if clause.tag_ != "VBG" or not any(_purpose(c) for c in children):
            return None
    elif lemma not in words.deed_verbs:
        return None
    if doccache.negated(clause, words.negations) or any(c.tag_ == "MD" for c in children):
        return None  # ("had not interfered", "could undermine the talks": no charge)
    doer = _doer(clause, children)
    if doer is None or not named_phrase(doer) or _own(tok, doer):
        return None
    pattern = construction("ne.reported-deed", _ACCUSE, tok, "a named party said to do a deed of blame")
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=(doer,), steps=(REPORTED_DEED,))


def _purpose(child: Token) -> bool:
    """ "using migrants TO PRESSURE Europe", "using the law AS a weapon"."""
    if child.dep_ == "prep":
        return child.lower_ == "as"
    return child.dep_ in ("xcomp", "advcl") and any(c.tag_ == "TO" for c in doccache.children(child))


def _doer(clause: Token, children: Sequence[Token]) -> Token | None:
    """The active subject, or the passive's "by" agent; a pronoun or the speaker's own ("its troops") is
    nobody: the speaker telling its own side's deed."""
    passive = any(c.dep_ == "nsubjpass" for c in children)
    if passive:
        agents = (a for a in children if a.dep_ == "agent")
        doer = next((o for a in agents for o in doccache.children(a) if o.dep_ == "pobj"), None)
    else:
        doer = next((c for c in children if c.dep_ == "nsubj"), None)
    if doer is None or doer.pos_ == "PRON" or any(t.tag_ == "PRP$" for t in doccache.subtree(doer)):
        return None
    return doer


def _own(said: Token, doer: Token) -> bool:
    """Whether the doer names the speaker's own country ("Lithuania said Vilnius had ..."), or the speaker
    is unknown (no charge from nobody)."""
    speaker = speaker_of(said)
    actors = doer.doc._.ne_actors
    if speaker is None or actors is None:
        return speaker is None
    by = {a.country for a in actors.resolve_phrase(doer, None)}
    spoken_by = {a.country for a in actors.resolve_phrase(speaker, None)}
    return bool(by & spoken_by - {None})

