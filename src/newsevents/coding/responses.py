"""Threats of a response: a party saying it will answer another's act is threatening it (CAMEO 13).

News tells many threats without a threatening verb: "said it would respond if its citizens were harmed",
"would take action against those responsible unless the steps were reversed", "warned that any further
provocation would be met with retaliation", "said retaliation would follow". The act in each is a future
or conditional answer, not an event; what happened is the speaker's threat. The selection stage asks this
module for such drafts where the trigger stage coded nothing on the answering verb. The words are in
``coding/data/responses.toml``.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from dataclasses import dataclass, fields
from importlib import resources

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding import syntax
from newsevents.coding.lexicon import lexicon
from newsevents.coding.objects import lacks_all
from newsevents.coding.patterns import construction
from newsevents.coding.records import Draft, Trigger
from newsevents.coding.rules import declare
from newsevents.coding.sources import can_act
from newsevents.datewords import date_words
from newsevents.errors import DataFileError
from newsevents.records import Actor
from newsevents.when import DocDates, When

RESPONSE_THREAT = declare(
    "trigger",
    "response-threat",
    "a party saying it will answer another's act ('would respond if', 'retaliation would follow', 'would "
    "be met with retaliation') threatens that party (13): the answer is no event of its own",
    "Hanoi said it would retaliate if the survey ship returned to its waters.",
)
_FILE = "coding/data/responses.toml"
# The code of a threat that names no particular means (CAMEO 130).
_THREAT = "130"


@dataclass(frozen=True, slots=True)
class ResponseWords:
    """``coding/data/responses.toml``."""

    answers: frozenset[str]  # verbs that are a threat whenever they are future
    weak_answers: frozenset[str]  # verbs that are one only under a condition or against someone
    answer_objects: frozenset[str]  # "take ACTION", "take MEASURES"
    resolve_words: frozenset[str]  # "take NECESSARY measures"
    answer_nouns: frozenset[str]  # "retaliation would follow", "met with REPRISALS"
    coming_verbs: frozenset[str]  # "retaliation would FOLLOW"
    facing_verbs: frozenset[str]  # "would FACE consequences"
    goodwill_adverbs: frozenset[str]  # "would respond POSITIVELY"
    reckoned_acts: frozenset[str]  # "would PAY for its CRIMES"
    reckoning_adverbs: frozenset[str]  # "would pay DEARLY"
    reckoned_pronouns: frozenset[str]  # "made a mistake and would pay for IT"
    vow_forms: frozenset[str]  # "VOWED that it would answer", "VOWED to respond"
    met_nouns: frozenset[str]  # "would be MET with FORCE"


@functools.lru_cache(maxsize=1)
def response_words() -> ResponseWords:
    """The answer words (read once per process)."""
    text = resources.files("newsevents").joinpath(_FILE).read_text(encoding="utf-8")
    try:
        table = tomllib.loads(text)
        return ResponseWords(*(frozenset(str(w) for w in table[f.name]) for f in fields(ResponseWords)))
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise DataFileError(f"{_FILE}: {exc}") from exc


def _lemma(tok: Token) -> str:
    particle = next((c.lower_ for c in doccache.children(tok) if c.dep_ == "prt"), None)
    return f"{tok.lemma_.casefold()} {particle}" if particle else tok.lemma_.casefold()


def _future(tok: Token) -> bool:
    """A future or volition auxiliary on the clause ("would respond", "would have to respond")."""
    future = date_words().future_auxiliaries
    return any(
        c.dep_ == "aux" and c.lower_ in future for t in syntax.clause_chain(tok) for c in doccache.children(t)
    )


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for t in syntax.clause_chain(tok) for c in doccache.children(t))


def _condition(tok: Token) -> Token | None:
    """The "if"/"unless" clause the answer hangs on, if any."""
    conditions = lexicon().conditions
    for t in syntax.clause_chain(tok):
        for c in doccache.children(t):
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in conditions for m in doccache.children(c)
            ):
                return c
    return None


def _answer_noun(tok: Token, words: ResponseWords) -> Token | None:
    """ "RETALIATION would follow", "would be met with REPRISALS", "would face CONSEQUENCES"."""
    lemma = tok.lemma_.casefold()
    args = [c for c in doccache.children(tok) if c.dep_ == "nsubj"] if lemma in words.coming_verbs else []
    if lemma in words.facing_verbs:
        args += [c for c in doccache.children(tok) if c.dep_ == "dobj"]
        args += [
            p
            for prep in doccache.children(tok)
            if prep.dep_ in ("prep", "agent")
            for p in doccache.children(prep)
        ]
    nouns = words.answer_nouns | words.met_nouns if lemma == "meet" else words.answer_nouns
    return next((a for a in args if a.lemma_.casefold() in nouns), None)


def _vowed(tok: Token, words: ResponseWords) -> bool:
    """ "vowed that Pakistan would ANSWER them", "vowed to RESPOND": the answer is the content of a vow."""
    return tok.dep_ in ("ccomp", "xcomp") and tok.head.lower_ in words.vow_forms


def is_answer(tok: Token) -> bool:
    """Whether ``tok`` is a future (or vowed), unnegated answer to another's act."""
    words = response_words()
    vowed = _vowed(tok, words)
    if tok.pos_ not in ("VERB", "AUX") or not (vowed or _future(tok)) or _negated(tok):
        return False
    if tok.dep_ == "advcl" and any(m.lower_ in lexicon().conditions for m in doccache.children(tok)):
        return False  # the condition itself ("if Manila RESPONDS")
    lemma = _lemma(tok)
    if lemma in words.answers or _answer_noun(tok, words) is not None or _pays(tok, words):
        return True
    if any(c.lower_ in words.goodwill_adverbs for c in doccache.children(tok)):
        return False  # a welcome, not a threat
    if _resolved(tok, words):
        return True
    if any(
        c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in doccache.children(c))
        for c in doccache.children(tok)
    ):
        return False  # "would take steps TO ease the rules": a plan whose act is coded on its own
    objects = {c.lemma_.casefold() for c in doccache.children(tok) if c.dep_ == "dobj"}
    weak = lemma in words.weak_answers or (lemma == "take" and bool(objects & words.answer_objects))
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in doccache.children(tok))
    # (a vow to answer is resolve enough: "vowed that it would respond" needs no "if" or "against")
    return weak and (against or vowed or _condition(tok) is not None)


def _resolved(tok: Token, words: ResponseWords) -> bool:
    """ "would take NECESSARY measures", "would take firm and decisive action", "would take COUNTERMEASURES":
    "take" with an answer object of resolve (``resolve_words``) is a threat with no condition or target."""
    if tok.lemma_.casefold() != "take":
        return False
    objects = [
        c for c in doccache.children(tok) if c.dep_ == "dobj" and c.lemma_.casefold() in words.answer_objects
    ]
    return any(
        m.lemma_.casefold() in words.resolve_words or m.lower_ in words.resolve_words
        for o in objects
        for m in doccache.subtree(o)
        if m.i == o.i or (m.dep_ in ("amod", "conj", "compound") and m.i < o.i)
    )


def _pays(tok: Token, words: ResponseWords) -> bool:
    """ "Kenya will pay for keeping troops there", "would pay for its crimes", "would pay dearly": a party
    made to pay for its own act (not for goods or another's costs: "will pay for the repairs")."""
    if tok.lemma_.casefold() != "pay":
        return False
    if any(c.lower_ in words.reckoning_adverbs for c in doccache.children(tok)):
        return True
    acts = [
        a
        for p in doccache.children(tok)
        if p.dep_ == "prep" and p.lower_ == "for"
        for a in doccache.children(p)
    ]
    if any(a.lower_ in words.reckoned_pronouns for a in acts) and tok.dep_ == "conj":
        # "made a grave mistake and will pay for it": the pronoun is the act its first conjunct names
        acts += [c for c in doccache.children(tok.head) if c.dep_ == "dobj"]
    return any(a.dep_ == "pcomp" or a.lemma_.casefold() in words.reckoned_acts for a in acts)


def _speaker(tok: Token, actors: DocActors, day: dt.date | None) -> Actor | None:
    """The answering party: the verb's own subject, else the speaker of the clause it is told in ("the
    world would have to respond", "Pyongyang would face consequences": the speaker's)."""
    verbs = syntax.governors(tok)
    words = response_words()
    if _answer_noun(tok, words) is None and not _pays(tok, words):
        verbs.insert(0, tok)  # (with an answer noun the clause's subject is the one answered, or nobody)
    found = [
        a
        for verb in verbs
        for head in _subjects(verb)
        for a in actors.resolve_all(head, day)
        if can_act(a, lexicon().state_roles)
    ]
    # ("the premier warned that the army would move in": the speaker threatens with her own state's forces;
    # another state's answer told by a speaker stays that state's)
    own = [a for a in found[1:] if found[0].country and a.country == found[0].country]
    return own[-1] if own else (found[0] if found else None)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, or that of the verb it is coordinated with ("called the move a provocation and
    SAID retaliation would follow")."""
    for _ in range(3):
        found = syntax.subjects(verb)
        if found or verb.dep_ != "conj" or verb.head.i == verb.i:
            return found
        verb = verb.head
    return []


def _answered(tok: Token, source: Actor, actors: DocActors, day: dt.date | None) -> Actor | None:
    """The party whose act would be answered: named in the condition, after "against", or the subject
    that would face the answer ("any country that interferes would face consequences")."""
    places: list[Token] = []
    cond = _condition(tok)
    if cond is not None:
        places.extend(doccache.subtree(cond))
    places += [
        t for prep in doccache.children(tok) if prep.lower_ == "against" for t in doccache.subtree(prep)
    ]
    # (a conjunct's subject is its first conjunct's: "Iran erred and will pay for it")
    subjects = [c for c in doccache.children(tok) if c.dep_ in ("nsubj", "nsubjpass")] or _subjects(tok)
    places += [t for c in subjects for t in doccache.subtree(c)]
    # (an armed group placed only by its sentence may threaten the country it is placed in)
    armed = source.role in lexicon().non_state_armed_roles
    for t in places:
        for a in actors.resolve_all(t, day):
            if a.country and (a.country != source.country or armed):
                return a
    return None


def threats(
    sent: Span, coded: dict[int, str], actors: DocActors, dates: DocDates, last_dated: When | None
) -> list[Draft]:
    """The response threats of ``sent`` whose answering verb carries no coded event (``coded``: token
    index -> code), or carries another than a threat under an answer noun ("Israel would PAY a heavy
    price" is no payment): the caller drops the drafts these replace."""
    out: list[Draft] = []
    words = response_words()
    if lacks_all(sent, date_words().future_auxiliaries) and lacks_all(sent, words.vow_forms):
        return out  # (an answer is told in the future or vowed: no such word, no answer to look for)
    for tok in doccache.sent_tokens(sent):
        if not is_answer(tok):
            continue
        # (a threat coded on the answering verb itself is replaced too when the verb takes an answer noun
        # or pays for an act: "warned that Washington would pay a price for leading the push" is the
        # speaker's threat, not one of the payer)
        if tok.i in coded and _answer_noun(tok, words) is None and not _pays(tok, words):
            continue
        source = _speaker(tok, actors, dates.story_day)
        if source is None:
            continue
        whens, own, rule = dates.event_dates(tok, sent, set(coded), last_dated)
        pattern = construction(
            "ne.response-threat", _THREAT, tok, "a party says it will answer another's act"
        )
        trigger = Trigger(token=tok, pattern=pattern, noun=False, target_heads=(), modality="intended")
        out.append(
            Draft(
                trigger=trigger,
                sent=sent,
                source=source,
                target=_answered(tok, source, actors, dates.story_day),
                modality="intended",
                code=_THREAT,
                when=whens[0] if whens else None,
                date_own=own,
                place=None,
                steps=(RESPONSE_THREAT, *((rule,) if whens and rule else ())),
            )
        )
    return out


def replaced(answers: list[Draft]) -> set[int]:
    """The tokens whose drafts ``answers`` recode: each answering verb and the answer noun it takes ("Moscow
    would face SANCTIONS": the sanctions are the speaker's threat, not Moscow's own act)."""
    words = response_words()
    nouns = (_answer_noun(a.token, words) for a in answers)
    return {a.token.i for a in answers} | {n.i for n in nouns if n is not None}
