"""Acts done "likewise": "Bahrain and Sudan followed suit", "Kuwait did the same", "and so did Kuwait", "as
did Qatar", "Oman did so too", "Oman and Qatar followed with their own bans", a bare "Oman and Qatar
followed" or "Oman said it would follow" repeat the act told just before with new parties, against the same
counterpart. News lists a wave of recalls, expulsions, cut ties or recognitions this way; each follower's
act is an event of its own.

Read by the trigger stage (coding/triggers.py) once the sentences' triggers are found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.coding import syntax
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

FOLLOWED_SUIT = declare(
    "trigger",
    "followed-suit",
    "'followed suit', 'did the same', 'so did X', 'as did X', 'did so too' or 'followed with their own "
    "bans' repeats the act told just before, by its own subject, against the same counterpart",
    "Riyadh recalled its ambassador from Tehran. Manama and Khartoum followed suit on Monday, and so did "
    "Doha.",
)
# Roots of acts that states take one after another in a wave (reduce relations, protest, reject, threaten,
# coerce); cooperation is "joined" in other words.
_WAVE_ROOTS = frozenset({"11", "12", "13", "16", "17"})
# Codes outside those roots that also come in waves: the recognition of a state or of a claimant's
# government ("X recognised him; Y and Z followed").
_WAVE_CODES = frozenset({"054"})
# Dependents that make a bare "followed" something other than a repeat: what or whom it followed, a
# passive, a "with" or "by" phrase of its own act, a clause of its own ("followed up", "followed it").
_NOT_BARE = frozenset({"dobj", "nsubjpass", "auxpass", "agent", "ccomp", "xcomp", "prt", "attr", "acomp"})
# Words of a subject that stands for a set of states ("most of Latin America followed").
_QUANTIFIERS = frozenset({"most", "many", "several", "others", "some", "all"})
# Words that make "did" a repeat: "did the same", "did likewise".
_SAME = frozenset({"same", "likewise"})
# How an elided "so did X" / "as did X" hangs on the verb whose act it repeats.
_ELIDED_DEPS = frozenset({"conj", "advcl"})
# Words that make "did so" a repeat by another party: "Doha did so too" (a bare "did so" is the subject's
# own act told again: "it said it would leave, and did so on Monday"; one with a name of its own as subject
# is another party's: ``_named_doer``).
_TOO = frozenset({"too", "also"})
# The verbs _likewise reads (a cheap test before its look at the children).
_LEMMAS = frozenset({"follow", "do"})
_LEMMA_IDS = labels.labels(_LEMMAS)  # (as ``Token.lemma`` gives them: a string's hash, newsevents.labels)
# Pronouns that stand for the person an act was done to ("Washington recognised HIM; Ottawa followed"): the
# followers' counterpart too, found through the pronoun's antecedent.
_PERSON_PRONOUNS = frozenset({"him", "her"})
# How far back the act repeated may be told (sentences).
_BACK = 2


def followed_suit(triggers: tuple[Trigger, ...]) -> tuple[Trigger, ...]:
    """``triggers`` with a repeat of the latest wave act before each "followed suit" / "did the same"."""
    verbs = _likewise_verbs(triggers)
    if not verbs:
        return triggers
    doc = verbs[0].doc
    sentence_of = {t.i: n for n, sent in enumerate(doccache.sents(doc)) for t in doccache.sent_tokens(sent)}
    out = list(triggers)
    for tok in verbs:
        # ("recognised X, as did Y", "condemned X, and so did Y": the verb the ellipsis hangs on is the act
        # repeated, whatever its kind, and no other)
        governor = tok.head if tok.dep_ in _ELIDED_DEPS and _inverted(tok) else None
        earlier = [
            t
            for t in triggers
            if t.kept
            and not t.noun
            and t.token.i < tok.i
            and (_wave(t) if governor is None else t.token.i == governor.i)
            and sentence_of[tok.i] - sentence_of[t.token.i] <= _BACK
        ]
        if not earlier:
            continue
        # the first act of the latest sentence that told one: its main act ("severed ties ... and gave
        # the diplomats 48 hours": the followers severed ties)
        latest = sentence_of[earlier[-1].token.i]
        act = next(t for t in earlier if sentence_of[t.token.i] == latest)
        heads = tuple(
            t for t in syntax.object_phrase_tokens(act.token) if t.pos_ == "PROPN" or t.text[:1].isupper()
        ) or tuple(
            c for c in doccache.children(act.token) if c.dep_ == "dobj" and c.lower_ in _PERSON_PRONOUNS
        )
        if not heads:
            continue  # (no counterpart to repeat the act against)
        pattern = replace(act.pattern, id=f"{act.pattern.id}+likewise")
        out.append(
            Trigger(
                token=tok,
                pattern=pattern,
                noun=False,
                code=act.code,
                target_heads=heads,
                steps=(FOLLOWED_SUIT,),
            )
        )
    return tuple(sorted(out, key=lambda t: t.token.i))


def _wave(trigger: Trigger) -> bool:
    """Whether ``trigger``'s act is one that states take one after another."""
    return trigger.coded_as[:2] in _WAVE_ROOTS or trigger.coded_as in _WAVE_CODES


def _likewise_verbs(triggers: tuple[Trigger, ...]) -> list[Token]:
    """ "followed suit", "did the same", "did likewise": verbs no pattern coded."""
    if not triggers:
        return []
    taken = {t.token.i for t in triggers}
    return [
        tok
        for tok in doccache.tokens(triggers[0].token.doc)
        if tok.lemma in _LEMMA_IDS and tok.i not in taken and tok.pos == labels.POS_VERB and _likewise(tok)
    ]


def _likewise(tok: Token) -> bool:
    kids = doccache.children(tok)
    words = {c.lower_ for c in kids if c.dep_ in ("dobj", "advmod")}
    if tok.lemma_ == "follow":
        return "suit" in words or _with_own(kids) or _bare_follow(tok, kids)
    if words & _SAME:
        return True
    # ("and so did Doha", "as did Doha": the follower told after the verb; "Doha did so too": 'so' with
    # 'too' or 'also', since a bare "did so" is its own subject's act told again; the parser may hang
    # 'so' on 'too')
    told = words | {g.lower_ for c in kids if c.lower_ in _TOO for g in doccache.children(c)}
    return _inverted(tok) or ("so" in told and (bool(told & _TOO) or _named_doer(kids)))


def _named_doer(kids: Sequence[Token]) -> bool:
    """ "Oslo closed its skies on Sunday, and Ottawa did so the same day": a "did so" whose subject is a
    name of its own repeats the act with a new party (a pronoun or no subject is the first party's act told
    again); not a condition ("if Oslo did so first": a party that may act later)."""
    if any(c.dep_ == "mark" for c in kids):
        return False
    return any(c.dep_ == "nsubj" and c.pos == labels.POS_PROPN for c in kids)


def _inverted(tok: Token) -> bool:
    """ "and so did Doha", "as did Doha": the follower told after an elided verb."""
    kids = doccache.children(tok)
    if not any(c.dep_ == "nsubj" and c.i > tok.i for c in kids):
        return False
    return any(c.lower_ == "so" and c.i < tok.i for c in kids) or any(
        c.dep_ == "mark" and c.lower_ == "as" for c in kids
    )


def _bare_follow(tok: Token, kids: Sequence[Token]) -> bool:
    """ "Peru and Chile followed (on Tuesday)", "Chile said it would follow": a verb with no object nor act
    of its own, whose subject names a party (a proper name, "most of Latin America", or "it" for the
    speaker's own state), not an event ("protests followed")."""
    if tok.dep_ not in ("ROOT", "conj", "ccomp") or any(c.dep_ in _NOT_BARE for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "by") for c in kids):
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj" and c.i < tok.i]
    if not subjects:
        return False
    head = subjects[0]
    if head.pos_ == "PRON" and tok.dep_ == "ccomp":
        # ("Chile said it would follow": the speaker's own state follows)
        speakers = [c for c in doccache.children(tok.head) if c.dep_ == "nsubj"]
        return bool(speakers) and speakers[0].pos == labels.POS_PROPN
    if head.pos == labels.POS_PROPN:
        return True
    return head.lower_ in _QUANTIFIERS and any(t.pos == labels.POS_PROPN for t in head.subtree)


def _with_own(kids: Sequence[Token]) -> bool:
    """ "followed with their own bans": a 'with' phrase whose noun is the followers' own."""
    for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ == "with"):
        for noun in (c for c in doccache.children(prep) if c.dep_ == "pobj"):
            if any(c.lower_ == "own" for c in doccache.children(noun)):
                return True
    return False
