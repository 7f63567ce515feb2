"""Clauses that tell no single act: habits, counts of acts over years, and settings in progress.

News tells acts; around them it tells what parties tend to do ("the bloc typically threatens sanctions
after a coup"), how often something has happened ("the islands have had four coups in two decades", "armies
have taken power in recent years") and what a party was doing when the story's act came ("the
president, who was visiting the province, ordered ..."). None of these is an act of the story
(corpus/README.md: one gold event per real event; background is no event). Read by coding/unasserted.py,
whose verdict the modality stage applies by dropping the trigger with the rule named here. The words are
in ``coding/data/generic.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding.performative import performed
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

HABITUAL = declare(
    "modality",
    "habitual",
    "an act told with an adverb of a norm ('typically', 'usually', 'generally') is what a party tends to "
    "do, not an act of the story",
    "The regional bloc typically threatens sanctions after a coup.",
)
EVENT_COUNT = declare(
    "modality",
    "event-count",
    "acts counted or summed over a span of years ('has had four coups in two decades', 'have seized power "
    "in recent years', 'has killed thousands since 2014') are a history, not an act of the story",
    "The islands have had four coups in two decades.",
)
SETTING = declare(
    "modality",
    "setting-in-progress",
    "a relative clause in the past progressive ('the minister, who was visiting the border, ...') tells "
    "what its noun was doing when the story's act came, not an act of its own",
    "The president, who was visiting the province, ordered the schools closed.",
)
QUOTED_RHETORIC = declare(
    "modality",
    "quoted-rhetoric",
    "an act in the present or named by a noun inside a speaker's quoted words ('\"Lima is committing "
    "genocide,\" he said') is rhetoric the speech is coded for, not an act told; a quoted act in the past "
    "('\"We have arrested them\"') or the future (a threat, a promise) stays, and so do scare quotes and "
    "speech acts the speaker performs in the first person ('\"We urge Lima to ...\"')",
    '"Lima is waging a war on its own people," the minister told the court.',
)
HEADING = declare(
    "modality",
    "heading",
    "a sentence ending in a colon that announces 'the following statement' (a communique, a message) is "
    "the heading of the words that follow, which are coded; the heading itself is no statement",
    "The foreign ministry today issued the following statement:",
)
_FILE = "coding/data/generic.toml"
# Quotation marks: straight ones open and close alike; curly ones say which they do.
_STRAIGHT = frozenset({'"'})
_OPENING = frozenset({"\u201c"})
_CLOSING = frozenset({"\u201d"})
# Fewest words a quotation needs to be a speaker's words rather than a term in scare quotes ("a
# 'special operation'").
_MIN_QUOTED = 4
# The Doc's quotations, paired once (``Doc.user_data``).
_QUOTATIONS = "newsevents.generic.quotations"
# Tags of a verb in the present (the perfect's auxiliary: "HAS had", "HAVE taken").
_PRESENT = frozenset({"VBZ", "VBP"})
# The present forms of "be" that make a progressive present ("IS committing").
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})


@dataclass(frozen=True, slots=True)
class GenericWords:
    """``coding/data/generic.toml``."""

    habitual_adverbs: frozenset[str]
    count_words: frozenset[str]
    span_nouns: frozenset[str]
    span_prepositions: frozenset[str]
    relative_pronouns: frozenset[str]
    heading_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def generic_words() -> GenericWords:
    """The words of habits, counts and spans, checked: every key present, each a list of words."""
    return word_table(GenericWords, _FILE)


def generic(tok: Token) -> str | None:
    """The rule by which trigger ``tok`` tells no single act (HABITUAL, EVENT_COUNT, SETTING), or None."""
    if _habitual(tok):
        return HABITUAL
    if _counted(tok) or _perfect_over_years(tok):
        return EVENT_COUNT
    if _setting(tok):
        return SETTING
    if _heading(tok):
        return HEADING
    return QUOTED_RHETORIC if _in_present(tok) and _quoted(tok) and not performed(tok) else None


def _habitual(tok: Token) -> bool:
    """Whether verb ``tok`` carries an adverb of a norm ("usually threatens", "typically promise")."""
    adverbs = generic_words().habitual_adverbs
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in adverbs for c in doccache.children(tok)
    )


def _counted(tok: Token) -> bool:
    """Whether plural event noun ``tok`` is counted ("four coups", "several wars", not the ordinal of one:
    "its fourth coup") in a clause with a span of years ("in two decades", "since 1947")."""
    if not _has_count(tok):
        return False
    return _has_span(tok, since=True) or _has_span(tok.head, since=True)


def _has_count(noun: Token) -> bool:
    """Whether plural ``noun`` carries a number or a quantity word ("three wars", "13,000 people")."""
    words = generic_words()
    return noun.tag_ in ("NNS", "NNPS") and any(
        (c.dep_ == "nummod" and c.tag_ == "CD") or (c.dep_ == "amod" and c.lower_ in words.count_words)
        for c in doccache.children(noun)
    )


def _perfect_over_years(tok: Token) -> bool:
    """Whether verb ``tok`` is a present perfect over a span of years ("have taken power in recent
    years"), or one that sums a count since a year ("has killed 13,000 people since 2014"): a summary of
    acts, not one act. A state held since a year ("has held the researcher since 2019") is news."""
    if tok.pos_ != "VERB" or (tok.dep_ == "relcl" and tok.head.lemma_ == "time"):
        return False  # ("the first time since 1940 that a state HAS RECALLED an envoy" tells the story's act)
    children = doccache.children(tok)
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in _PRESENT for c in children):
        return False
    summed = any(c.dep_ == "dobj" and _has_count(c) for c in children)
    return _has_span(tok, since=summed)


def _has_span(tok: Token, since: bool = False) -> bool:
    """Whether ``tok`` has a prepositional phrase of a span of years with a number or a modifier ("in two
    decades", "in recent years", "over the past century"), or, when ``since``, one from a year ("since
    1947")."""
    words = generic_words()
    for prep in doccache.children(tok):
        if prep.dep_ != "prep":
            continue
        if since and prep.lower_ == "since" and any(_is_year(n) for n in doccache.children(prep)):
            return True
        if prep.lower_ not in words.span_prepositions:
            continue
        for noun in doccache.children(prep):
            if noun.dep_ == "pobj" and noun.lemma_.casefold() in words.span_nouns:
                if any(m.dep_ in ("amod", "nummod") for m in doccache.children(noun)):
                    return True
    return False


def _is_year(tok: Token) -> bool:
    """Whether ``tok`` is a year as the object of a preposition ("since 1947")."""
    return (
        tok.dep_ == "pobj"
        and len(tok.text) == 4
        and tok.text.isdigit()
        and tok.text[:2] in ("18", "19", "20")
    )


def _setting(tok: Token) -> bool:
    """Whether ``tok`` is the verb of a relative clause in the past progressive whose subject is the
    relative pronoun ("who WAS VISITING the province"; not "had been guarding", nor "where rebels were
    holding hostages", whose subject is a party of its own)."""
    if tok.tag_ != "VBG" or tok.dep_ != "relcl":
        return False
    children = doccache.children(tok)
    if any(c.lemma_ == "have" for c in children if c.dep_ == "aux"):
        return False
    past_be = any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ == "VBD" for c in children)
    pronouns = generic_words().relative_pronouns
    return past_be and any(c.dep_ == "nsubj" and c.lower_ in pronouns for c in children)


def _quoted(tok: Token) -> bool:
    """Whether ``tok`` lies inside a quotation of at least ``_MIN_QUOTED`` tokens, which may run over
    several sentences."""
    return any(start < tok.i < end for start, end in _quotations(tok.doc))


def _quotations(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The (opening, closing) mark indices of ``doc``'s quotations of at least ``_MIN_QUOTED`` tokens,
    marks paired from the start of the text; found once per Doc (every trigger asks)."""
    found: tuple[tuple[int, int], ...] | None = doc.user_data.get(_QUOTATIONS)
    if found is None:
        pairs: list[tuple[int, int]] = []
        opened: int | None = None
        for word in doccache.tokens(doc):
            text = word.text
            if opened is not None and (text in _CLOSING or text in _STRAIGHT):
                if word.i - opened - 1 >= _MIN_QUOTED:
                    pairs.append((opened, word.i))
                opened = None
            elif text in _OPENING or text in _STRAIGHT:
                opened = word.i
        found = doc.user_data[_QUOTATIONS] = tuple(pairs)
    return found


def _in_present(tok: Token) -> bool:
    """Whether ``tok`` names its act by a noun or tells it in the present ("is committing", "from
    repressing", "threatens"); a past ("have arrested") or a future ("will hunt down": a threat or a
    promise, coded as such) is an act the speaker tells or announces."""
    if tok.pos_ == "NOUN":
        return True
    if tok.pos_ != "VERB":
        return False
    auxes = [c for c in doccache.children(tok) if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ in _PRESENT:
        return not auxes
    return tok.tag_ == "VBG" and all(a.lower_ in _PRESENT_BE for a in auxes)


def _heading(tok: Token) -> bool:
    """Whether ``tok`` announces "the following" words (itself or its object a noun of a text, with
    "following") in a sentence that ends with a colon: "issued the following statement:"."""
    texts = generic_words().heading_nouns
    nouns = [tok, *(c for c in doccache.children(tok) if c.dep_ in ("dobj", "nsubjpass"))]
    if not any(
        n.lemma_.casefold() in texts and any(m.lower_ == "following" for m in doccache.children(n))
        for n in nouns
    ):
        return False
    last = [t for t in doccache.sent(tok) if not t.is_space]  # (a release sets its text off by a blank line)
    return bool(last) and last[-1].text == ":"
