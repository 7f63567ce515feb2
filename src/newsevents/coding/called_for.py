"""Appeals told as an infinitive clause: "called for the sanctions to be lifted", "called for the
inspectors to be allowed in", "called for Ankara to free the reporters". The clause is what the appeal
asks for, no event of its own, and says which appeal it is: easing sanctions asked for is an appeal to
ease them (0254), never the sanctions themselves nor a threat.

The appeal verb ("call") is generic in the dictionary (a call may be a telephone call or a judgement), so
its appeal is made here. Read by the trigger stage through ``subjunctive.demanded_acts``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

CALLED_FOR = declare(
    "trigger",
    "called-for-clause",
    "'called for X to be done' is an appeal (02) for the act its infinitive clause names, coded by that "
    "act where CAMEO names the appeal (an easing of sanctions asked for is 0254); the act is no event; "
    "a clause no row codes ('called for the constitution to be respected') asks for an appeal not specified",
    "The foreign minister called for the sanctions on the island to be lifted.",
)
WISHED_ACT = declare(
    "trigger",
    "wished-act",
    "'wants X to do Y' is an appeal (02) by the wisher to X for the act Y (Phoenix codes WANT with an "
    "object as appeals), coded by that act where CAMEO names the appeal; the act is no event of X's",
    "Quito wants Lima to withdraw its troops from the border.",
)
# Verbs of wishing whose infinitive clause with its own subject is what they ask of that subject
# ("expect" is left out: "analysts expect X to win" forecasts).
_WISH_LEMMAS = frozenset({"want", "wish"})
# Verbs whose "for ... to ..." clause is what they ask for (the dictionary leaves "call" generic).
_APPEAL_LEMMAS = frozenset({"call", "appeal", "press", "push", "plead"})
# The appeal, by the kind of act asked for (CAMEO 08 yield -> 025 appeal to yield); anything else asked
# for is an appeal not specified (020).
_APPEAL = "020"
_ASKED = {
    "081": "0251",
    "082": "0252",
    "083": "025",
    "084": "0253",
    "085": "0254",
    "086": "0255",
    "087": "0256",
}
# Where the clause hangs from the appeal verb ("called for X to be lifted" parses either way).
_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})


def infinitive_appeals(found: list[Trigger], sent: Span) -> list[Trigger]:
    """``found``, the triggers of ``sent``, with an appeal made on each generic appeal verb ("called")
    whose "for ... to ..." clause names a coded act, coded as the appeal for that act, and the act set
    aside; and an appeal not specified on each whose clause no row codes."""
    by_token = {t.token.i: t for t in found}
    out = list(found)
    for n, act in enumerate(found):
        verb = act.token.head
        if act.noun or not act.kept or verb.i == act.token.i or verb.lemma_.casefold() not in _APPEAL_LEMMAS:
            continue
        code = _ASKED.get(act.coded_as[:3])
        if _asked_clause(verb) != act.token or (verb.i in by_token and code is None):
            continue  # (a row codes the verb already: "called for an inquiry", "urged Iran to ...")
        # (a row that read the clause's subject as what is called for, "called for the embargo", gives
        # way: the embargo's lifting is asked for)
        pattern = construction(
            "ne.called-for", code or _APPEAL, verb, "an appeal for the act its clause names"
        )
        made = Trigger(token=verb, pattern=pattern, noun=False, steps=(CALLED_FOR,))
        _set_aside(out, by_token, n, act, made, CALLED_FOR)
    return out + _uncoded_asks(sent, by_token)


def _uncoded_asks(sent: Span, by_token: dict[int, Trigger]) -> list[Trigger]:
    """The appeals of ``sent`` whose "for ... to ..." clause names an act no row codes ("called for the
    constitutional order to be respected", "appealed for the results to be published"): the dictionary
    leaves the verb generic and the clause has no trigger to code the appeal by, yet the speaker asked for
    something (020). A clause with a trigger anywhere in it, kept or set aside, is left to the rules above:
    an appeal made here would set an act told inside it aside ("calling for people to return to the
    protest camps" keeps the sit-in the camps tell of)."""
    made = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in by_token or verb.lemma_.casefold() not in _APPEAL_LEMMAS:
            continue
        clause = _asked_clause(verb)
        if clause is None or any(t.i in by_token for t in doccache.subtree(clause)):
            continue
        pattern = construction("ne.called-for", _APPEAL, verb, "an appeal for the act its clause names")
        made.append(Trigger(token=verb, pattern=pattern, noun=False, steps=(CALLED_FOR,)))
    return made


def _set_aside(
    out: list[Trigger], by_token: dict[int, Trigger], n: int, act: Trigger, made: Trigger, step: str
) -> None:
    """Put the appeal ``made`` on its verb in ``out`` (in place of a trigger the verb had) and set ``act``,
    the act asked for (at ``n``), aside by ``step``."""
    verb = made.token
    if verb.i in by_token:
        out[out.index(by_token[verb.i])] = made
    else:
        out.append(made)
    out[n] = replace(act, dropped_by=step)
    by_token[verb.i] = made


def _asked_clause(verb: Token) -> Token | None:
    """The infinitive clause ``verb`` asks for: "for" (a preposition on the verb or the clause's marker)
    and "to" before it ("called for the curfew to be lifted", "called for Seoul to release them")."""
    has_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in doccache.children(verb))
    for c in doccache.children(verb):
        if c.dep_ not in _CLAUSE_DEPS:
            continue
        kids = doccache.children(c)
        marked = any(k.dep_ == "mark" and k.lower_ == "for" for k in kids)
        if (marked or has_for) and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids):
            return c
    return None


def wished_acts(found: list[Trigger]) -> list[Trigger]:
    """``found`` with an appeal made on each verb of wishing whose infinitive clause has a subject of its
    own ("Quito wants Lima to withdraw its troops"): the wisher's appeal to that subject for the act the
    clause names, and the act (no event: it is asked for) set aside."""
    by_token = {t.token.i: t for t in found}
    out = list(found)
    for n, act in enumerate(found):
        subject = _wished_subject(act)
        if subject is None:
            continue
        verb = act.token.head
        code = _ASKED.get(act.coded_as[:3], _APPEAL)
        pattern = construction("ne.wished-act", code, verb, "an appeal for the act its clause names")
        made = Trigger(
            token=verb, pattern=pattern, noun=False, target_heads=tuple(subject.subtree), steps=(WISHED_ACT,)
        )
        _set_aside(out, by_token, n, act, made, WISHED_ACT)
    return out


def _wished_subject(act: Trigger) -> Token | None:
    """The subject of the infinitive clause ``act`` heads under a verb of wishing ("wants LIMA to
    withdraw"), or None (no such clause, or one with no subject of its own: wanting to act oneself is
    intent, coded as the act's intent twin)."""
    clause = act.token
    if act.noun or not act.kept or clause.dep_ not in _CLAUSE_DEPS or clause.head.i == clause.i:
        return None
    if clause.head.lemma_.casefold() not in _WISH_LEMMAS or clause.head.pos_ != "VERB":
        return None
    kids = doccache.children(clause)
    if not any(k.dep_ == "aux" and k.lower_ == "to" for k in kids):
        return None
    return next((k for k in kids if k.dep_ == "nsubj" and k.pos_ in ("PROPN", "NOUN")), None)
