"""Threats of retaliation: "vowed to respond in kind", "said it would respond militarily", "warned that
Turkey would respond to any aggression with full force". "Respond" names no event of its own; future or
vowed, with a manner of force or an act of hostility it answers, it is a threat (CAMEO 13). A pure function
of the parse (``coding/data/retaliation.toml``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding import syntax
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.red_line import NEGATIONS, THREATEN, red_lines
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

BARE_REPLY = declare(
    "trigger",
    "bare-reply-threat",
    "a party saying it will respond, with nothing said of what to or how ('said it would respond', "
    "'would respond soon'), after another's measure threatens a reply in kind (130)",
    "Canberra called the expulsions unjustified and said it would respond.",
)
RETALIATION_THREAT = declare(
    "trigger",
    "retaliation-threat",
    "a party saying it will respond with force, in kind, at a time of its choosing or to an act of "
    "hostility threatens (130); it replaces a 'warned' that only carries the threat",
    "Minsk warned that it would respond militarily to any provocation.",
)


@dataclass(frozen=True, slots=True)
class RetaliationWords:
    """The word lists of ``coding/data/retaliation.toml``."""

    verbs: frozenset[str]
    vow_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    adverbs: frozenset[str]
    manner_nouns: frozenset[str]
    hostile_nouns: frozenset[str]
    manner_prepositions: frozenset[str]
    bare_adverbs: frozenset[str]
    bare_governors: frozenset[str]


@functools.lru_cache(maxsize=1)
def retaliation_words() -> RetaliationWords:
    """The packaged table (read once per process)."""
    return word_table(RetaliationWords, "coding/data/retaliation.toml")


def threats(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """``found`` with a threat for each retaliation ``sent`` announces; a threat verb ("warned") that
    governs it gives way to it, so that one threat is told, with the party it is aimed at."""
    words = retaliation_words()
    coded = {t.token.i for t in found if t.kept}
    new: list[Trigger] = []
    for verb in doccache.verbs(sent):
        if verb.i in coded or verb.lemma_.casefold() not in words.verbs:
            continue
        if not _announced(verb, words) or doccache.negated(verb, NEGATIONS):
            continue
        hostile = _hostile(verb, words)
        if hostile is not None or _forceful(verb, words):
            step = RETALIATION_THREAT
        elif _bare_reply(verb, words):
            step = BARE_REPLY
        else:
            continue
        note = "a retaliation announced: a threat"
        pattern = construction(f"ne.{step.partition(':')[2]}", THREATEN, verb, note)
        aimed = tuple(doccache.subtree(hostile)) if hostile is not None else None
        new.append(Trigger(token=verb, pattern=pattern, noun=False, target_heads=aimed, steps=(step,)))
    drawn = list(red_lines(sent))  # ("said any attack would be an act of war": no judgement, a threat)
    if not new and not drawn:
        return found
    over = {g.i for t in new for g in syntax.governors(t.token)}
    # (the vow a reply is the infinitive of is that threat: "promised to respond" is no promise of aid, 03)
    vows = {t.token.head.i for t in new if t.token.dep_ == "xcomp"}
    at = {t.token.i for t in drawn}
    kept = [
        t
        for t in found
        if not (t.kept and t.token.i in over and (t.coded_as.startswith("13") or t.token.i in vows))
        and t.token.i not in at
    ]
    return kept + new + drawn


def _announced(verb: Token, words: RetaliationWords) -> bool:
    """A future ("would respond") or a vowed act ("vowed to respond")."""
    if any(c.dep_ == "aux" and c.lower_ in words.future_auxiliaries for c in doccache.children(verb)):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in words.vow_verbs


def _forceful(verb: Token, words: RetaliationWords) -> bool:
    """ "respond MILITARILY", "with full FORCE", "in KIND", "at a TIME of its choosing"."""
    for c in doccache.children(verb):
        if c.dep_ == "advmod" and c.lower_ in words.adverbs:
            return True
        if c.dep_ == "prep" and c.lower_ in words.manner_prepositions:
            if any(
                p.lemma_.casefold() in words.manner_nouns for p in doccache.children(c) if p.dep_ == "pobj"
            ):
                return True
    return False


def _bare_reply(verb: Token, words: RetaliationWords) -> bool:
    """ "said it would respond", "warned that Minsk would react soon": a future reply that names nothing it
    answers and no way of answering, told by a verb of saying or warning. Such a reply, in the news, is a
    counter-measure held over the party that acted; a reply to something named ("would respond to the
    proposal") or in a way not of force ("would respond calmly") is left alone."""
    for c in doccache.children(verb):
        if c.dep_ == "advmod" and c.lower_ not in words.bare_adverbs:
            return False
        if c.dep_ not in ("aux", "nsubj", "punct", "advmod", "cc"):
            return False  # (an object, a preposition, a clause: what or how it answers is told)
    if verb.dep_ == "xcomp":
        # (speech2) "promised to respond", "vowed to react": a vowed reply to nothing named is one too
        return verb.head.lemma_.casefold() in words.vow_verbs and verb.head.pos_ == "VERB"
    if verb.dep_ not in ("ccomp", "conj") or not any(c.dep_ == "aux" for c in doccache.children(verb)):
        return False
    gov = syntax.governors(verb)
    return bool(gov) and gov[0].lemma_.casefold() in words.bare_governors


def _hostile(verb: Token, words: RetaliationWords) -> Token | None:
    """The hostile act a response is to ("to any PROVOCATION by Lithuania"), whose party it is aimed at."""
    for c in doccache.children(verb):
        if c.dep_ == "prep" and c.lower_ == "to":
            for p in doccache.children(c):
                if p.dep_ == "pobj" and p.lemma_.casefold() in words.hostile_nouns:
                    return p
    return None
