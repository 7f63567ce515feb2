"""Accusations carried by an ordinary reported clause: "Seoul said the North fired first", "Kyiv said
Moscow had cut gas supplies to zero". A party that reports another party's hostile act charges it with
that act; the corpus codes the speaker's accusation (CAMEO 112) against the party the clause names as the
doer, and the act itself only as far as the text asserts it (the modality stage reads that). Without this
rule the reporting verb is set aside by selection (the coded act in its clause stands for it), so the
accusation is lost.

Kept narrow: only a reporting verb (``coding/data/reported_accusations.toml``) whose own clausal
complement is an act of force, coercion, threat, rejection or reduced relations (its roots in the same
file), done by a party of another country than the speaker's and told as done, not with a modal
("said X would cut the gas" is a forecast). An act of force charges only with a blame word ("fired
FIRST"); a rejection or a measure against a party ("said X had cut off the gas") is a wrong by itself.
A party's report of its own acts, neutral news and judgements of talks ("said the talks went well") make
no accusation. Read over the drafts of the
arguments stage, in the mutual stage (``coding/mutual.py``), before selection.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.lexicon import kind_of, lexicon
from newsevents.coding.patterns import construction
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.coding.sources import can_act

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors
    from newsevents.records import Actor
    from newsevents.when import DocDates

REPORTED_ACCUSATION = declare(
    "source",
    "reported-accusation",
    "a party that reports another party's hostile act in a clause of its own ('Seoul said the North fired "
    "first') accuses that party of it",
    "Lima said Ecuadorean troops had shelled its border posts.",
)
_FILE = "coding/data/reported_accusations.toml"
# CAMEO code of an accusation (112: accuse, not specified).
_ACCUSE = "112"
# Links by which a reported act hangs on its reporting verb: its clause, or a clause coordinated with it
# ("said X fired and Y shelled").
_CLAUSE = "ccomp"
_CONJUNCT = "conj"
# The step of coding/mutual.py's rule (MUTUAL_ACT; that module imports this one): a mutual accusation is
# one act between the pair, told both ways.
_MUTUAL = "target:mutual-act"
# Tags of personal pronouns: a pronoun subject of a reported clause mostly stands for the speaker.
_PRONOUNS = frozenset({"PRP"})
# Link of a passive's "by" phrase, which names the doer ("had been shelled BY Peruvian guns").
_AGENT = "agent"
# Tag of a modal auxiliary ("would", "will", "could").
_MODAL = "MD"


@dataclass(frozen=True, slots=True)
class ReportedWords:
    """``coding/data/reported_accusations.toml``."""

    reporting_verbs: frozenset[str]
    accusing_verbs: frozenset[str]
    blame_words: frozenset[str]
    hostile_roots: frozenset[str]
    charge_roots: frozenset[str]
    news_codes: frozenset[str]
    plain_roles: frozenset[str]
    involvement_codes: frozenset[str]
    helping_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def reported_words() -> ReportedWords:
    """The reporting verbs and hostile roots, checked: every key present, each a list of words."""
    return word_table(ReportedWords, _FILE)


def reported_accusations(drafts: tuple[Draft, ...], doc: Doc) -> tuple[Draft, ...]:
    """``drafts`` with, for each reporting verb whose clause tells another party's hostile act, the
    speaker's accusation of that party (one per reporting verb and accused country)."""
    words = reported_words()
    out = list(drafts)
    made: set[tuple[int, str]] = set()
    verbs = {act.token.i: _reporting_verb(act, words) for act in drafts}
    # (a party's accusation of another told in so many words is the one event: the corpus codes it once;
    # a reporting verb's own draft is set aside by selection for the act in its clause, so it tells none)
    said = {v.i for v in verbs.values() if v is not None}
    told = {(d.source.country, t.country) for d, t in _accusations(drafts) if d.token.i not in said}
    told |= {(d.target.country, d.source.country) for d in drafts if d.target and _MUTUAL in d.steps}
    for act in drafts:
        verb = verbs[act.token.i]
        country = act.source.country
        if verb is None or country is None or (verb.i, country) in made:
            continue
        speakers = _speakers(verb, doc)
        if not speakers or country in {a.country for a in speakers} or not _state_speaker(speakers[0], words):
            continue
        speaker = speakers[0]
        if (speaker.country, country) in told or not _helps_third(act, speaker, words, doc):
            continue
        made.add((verb.i, country))
        out.append(_accusation(verb, speaker, act, doc))
    return tuple(out) if made else drafts


def _accusations(drafts: tuple[Draft, ...]) -> list[tuple[Draft, Actor]]:
    """The accusations among ``drafts``, each with its target."""
    return [(d, d.target) for d in drafts if d.code[:2] == _ACCUSE[:2] and d.target is not None]


def _reporting_verb(act: Draft, words: ReportedWords) -> Token | None:
    """The reporting verb whose own clause tells ``act``, a hostile act asserted or reported and not
    negated, or None."""
    involved = _helping(act, words) is not None
    if act.modality not in ("asserted", "reported") or not (act.code[:2] in words.hostile_roots or involved):
        return None
    tok = act.token
    if tok.pos_ != "VERB" or doccache.negated(tok):
        return None  # ("said X did not fire" charges nobody)
    doers = _doers(tok)
    if tok.dep_ == _CONJUNCT and tok.head.i != tok.i:
        tok = tok.head  # ("said X crossed the line and FIRED": the subject is the first conjunct's)
        doers = doers or _doers(tok)
    if not doers or any(_own(d) for d in doers):
        return None  # (an agentless passive or a toll, "said 50 were killed", names no doer; "said IT shot"
        # is its own; a passive's "by" phrase names one, "said its boats were rammed BY X")
    if _forecast(act.token) or _forecast(tok):
        return None  # ("said X WOULD cut the gas" forecasts; a charge tells a deed done)
    verb = tok.head
    lemma = verb.lemma_.casefold()
    if (
        tok.dep_ != _CLAUSE
        or verb.pos_ != "VERB"
        or lemma not in words.reporting_verbs | words.accusing_verbs
    ):
        return None
    if lemma not in words.accusing_verbs | ({lemma} if involved else set()) and not _charge(
        act.code, words
    ) and not any(
        t.lower_ in words.blame_words for t in doccache.subtree(tok)
    ):
        return None  # (a plain report of another's act attributes it; a charge marks it as a wrong)
    if verb.i > tok.i:
        return None  # ("X shelled Y, officials said": the wire's attribution of a fact, not a charge)
    if kind_of(verb) != "report" or doccache.negated(verb):
        return None
    return verb


def _helping(act: Draft, words: ReportedWords) -> Token | None:
    """The purpose clause by which a deployment or military aid is sent to help someone ("sent fighters TO
    HELP Baku", "troops to back the rebels"), or None: such an act told by a state is a charge of
    involvement whatever its root."""
    if act.code[:3] not in words.involvement_codes:
        return None
    tok = act.token
    heads = [tok, *(c for c in doccache.children(tok) if c.dep_ == "dobj")]
    return next(
        (
            c
            for h in heads
            for c in doccache.children(h)
            if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.casefold() in words.helping_verbs
        ),
        None,
    )


def _helps_third(act: Draft, speaker: Actor, words: ReportedWords, doc: Doc) -> bool:
    """Whether ``act`` is no deployment sent to help, or helps a party its purpose clause names of a third
    country or rebels of the speaker's own: not the speaker ("said Kenya had sent police to help restore
    order") nor the doer."""
    clause = _helping(act, words)
    if clause is None:
        return True
    actors: DocActors = doc._.ne_actors
    day = doc._.ne_dates.story_day
    armed = lexicon().non_state_armed_roles
    helped = [a for t in doccache.subtree(clause) for a in actors.resolve_all(t, day) if a.country]
    # (a third country, or armed rebels at home: "sent troops to back the rebels in Tigray")
    return any(
        a.country != act.source.country and (a.country != speaker.country or a.role in armed) for a in helped
    )


def _doers(tok: Token) -> list[Token]:
    """The doers a reported clause names: its subject, or in the passive the object of its "by" phrase
    ("said its boats had been rammed BY the Peruvian coast guard"), whose subject is the one wronged."""
    subjects = [c for c in doccache.children(tok) if c.dep_ == "nsubj"]
    if subjects or not any(c.dep_ == "nsubjpass" for c in doccache.children(tok)):
        return subjects
    agents = (c for c in doccache.children(tok) if c.dep_ == _AGENT)
    return [o for a in agents for o in doccache.children(a) if o.dep_ == "pobj"]


def _charge(code: str, words: ReportedWords) -> bool:
    """Whether an act of ``code`` told by another party is a charge with no blame word: a rejection or a
    measure against a party, but not a diplomatic measure ("said X had expelled two envoys"), news."""
    return code[:2] in words.charge_roots and code[:3] not in words.news_codes


def _forecast(tok: Token) -> bool:
    """Whether a reported clause is told with a modal ("would", "will", "could"): a forecast, an
    intention or a possibility, not a deed the speaker charges another with."""
    return any(c.dep_ == "aux" and c.tag_ == _MODAL for c in doccache.children(tok))


def _own(subject: Token) -> bool:
    """Whether a reported act's subject is the speaker's own: a pronoun ("said IT had shot down") or a
    phrase with a possessive pronoun ("said ITS strikes targeted")."""
    return subject.tag_ in _PRONOUNS or any(t.tag_ == "PRP$" for t in doccache.subtree(subject))


def _state_speaker(speaker: Actor, words: ReportedWords) -> bool:
    """Whether the speaker is a state's party other than its armed forces: a body of no state (a UN
    office, an aid agency) reporting an act bears witness rather than charging a rival."""
    return speaker.country is not None and speaker.role not in words.plain_roles


def _speakers(verb: Token, doc: Doc) -> list[Actor]:
    """The parties the reporting verb's subject names that can act (a coordinated subject names several)."""
    actors: DocActors = doc._.ne_actors
    day = doc._.ne_dates.story_day
    roles = lexicon().state_roles
    return [a for h in syntax.subjects(verb) for a in actors.resolve_all(h, day) if can_act(a, roles)]


def _accusation(verb: Token, speaker: Actor, act: Draft, doc: Doc) -> Draft:
    """The speaker's accusation of the act's doer, told by the reporting verb, dated by its clause."""
    pattern = construction(
        "ne.accuse.reported", _ACCUSE, verb, "a party's report of another party's hostile act (accusation)"
    )
    trigger = Trigger(token=verb, pattern=pattern, noun=False, target_heads=(act.token,), modality="asserted")
    dates: DocDates = doc._.ne_dates
    whens, own, rule = dates.event_dates(verb, act.sent, {act.token.i}, None)
    steps = (REPORTED_ACCUSATION, *((rule,) if whens and rule else ()))
    return Draft(
        trigger=trigger,
        sent=act.sent,
        source=speaker,
        target=act.source,
        modality="asserted",
        code=_ACCUSE,
        when=whens[0] if whens else None,
        date_own=own,
        place=None,
        steps=steps,
    )
