"""Red lines: "Rome said any blockade of its ports would be treated as an act of war".

A speaker judging in advance an act nobody has done yet (a subject under "any", a clause under "would")
as an act of war, an aggression or a red line does not criticise anything: it warns whoever might do the
act, a threat (CAMEO 130) told on the verb of saying. Without the red line it may be read as a judgement
of blame (``coding/judgement.py``), which the threat replaces. A pure function of the parse
(``coding/data/red_lines.toml``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.coding.lexicon import kind_of
from newsevents.coding.objects import lacks_all
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare

RED_LINE = declare(
    "trigger",
    "red-line",
    "a speaker saying any act of a kind would be (taken as) an act of war, an aggression or a red line "
    "threatens whoever might do it (130), on the verb of saying",
    "Rome said any blockade of its ports would be treated as an act of war.",
)
THREATEN = "130"
# Words that negate a verb of saying or of acting (also read by coding.retaliation, which hooks this module).
NEGATIONS = frozenset({"not", "n't", "never"})


@dataclass(frozen=True, slots=True)
class RedLineWords:
    """The word lists of ``coding/data/red_lines.toml``."""

    hypothetical_determiners: frozenset[str]
    modals: frozenset[str]
    red_lines: frozenset[str]
    warning_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def red_line_words() -> RedLineWords:
    """The packaged table (read once per process)."""
    # (the fields by dataclasses.fields, not __slots__: a class compiled by mypyc has none, README)
    return word_table(RedLineWords, "coding/data/red_lines.toml")


def red_lines(sent: Span) -> Iterator[Trigger]:
    """A threat on each verb of saying in ``sent`` whose reported clause draws a red line."""
    words = red_line_words()
    if lacks_all(sent, words.modals) or lacks_all(sent, words.hypothetical_determiners):
        return  # (a red line is drawn with both: "any attack WOULD be an act of war")
    for verb in doccache.verbs(sent):
        if kind_of(verb) != "report" and verb.lemma_.casefold() not in words.warning_verbs:
            continue
        if any(_draws(c, words) for c in doccache.children(verb) if c.dep_ == "ccomp"):
            note = "an act judged in advance as an act of war: a threat"
            pattern = construction(f"ne.{RED_LINE.partition(':')[2]}", THREATEN, verb, note)
            # () : the party warned is whoever might act, the article's counterpart, not a noun here
            yield Trigger(token=verb, pattern=pattern, noun=False, target_heads=(), steps=(RED_LINE,))


def _draws(clause: Token, words: RedLineWords) -> bool:
    """ "any attack would be an act of war", "any move would amount to a declaration of war"."""
    children = doccache.children(clause)
    if not any(c.dep_ == "aux" and c.lower_ in words.modals for c in children):
        return False
    if doccache.negated(clause, NEGATIONS):
        return False  # "would not be seen as an act of war"
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(
        c.dep_ == "det" and c.lower_ in words.hypothetical_determiners for c in doccache.children(subject)
    ):
        return False
    inside = {t.i for t in doccache.subtree(subject)}
    return bool(_phrases(t for t in doccache.subtree(clause) if t.i not in inside) & words.red_lines)


def _phrases(tokens: Iterator[Token]) -> set[str]:
    """The lemmas of ``tokens``, with "X of Y" for a noun after "of" and "A N" for an adjective's noun."""
    found = set()
    for t in tokens:
        lemma = t.lemma_.casefold()
        found.add(lemma)
        if t.dep_ == "pobj" and t.head.lower_ == "of":
            found.add(f"{t.head.head.lemma_.casefold()} of {lemma}")
        found.update(f"{a.lemma_.casefold()} {lemma}" for a in doccache.children(t) if a.dep_ == "amod")
    return found
