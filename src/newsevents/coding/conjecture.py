"""Conjectures of commentators: what an analyst says would, could or might happen is no act.

Long reports close with comment: "'If Lima sends troops, it will be fighting for months,' said an
analyst in Quito", "Others said the army could step in". The act in such a clause belongs to nobody: it
is the commentator's guess, neither an event nor the intent or threat of the party it names (corpus
README: statements are coded for their speakers, and a commentator is no party). A party's own
conditional threat ("Lima warned that if Quito moved its troops, it would respond") is untouched: only a
speaker the text leaves unnamed as a commentator counts, the words of ``coding/data/conjecture.toml``:
analysts and researchers, "others" and "some", and an unnamed diplomat or former official who speaks
in a conditional. Read by the modality stage through ``coding/unasserted.py``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.resources import word_table
from newsevents.coding.rules import declare
from newsevents.coding.syntax import governors

CONJECTURE = declare(
    "modality",
    "commentator-conjecture",
    "what a commentator (an analyst, a researcher, 'others', an unnamed diplomat speaking in a "
    "conditional) says would, could or might happen is a guess, no act of the party it names",
    "'If Lima sends troops, it will be fighting for months,' said an analyst in Quito.",
)
_FILE = "coding/data/conjecture.toml"
# How far up from an event noun its clause's verb is looked for.
_NOUN_CLIMB = 3


@dataclass(frozen=True, slots=True)
class ConjectureWords:
    """``coding/data/conjecture.toml``."""

    commentators: frozenset[str]
    commentator_pronouns: frozenset[str]
    unnamed_speakers: frozenset[str]
    speech_verbs: frozenset[str]
    conjecture_modals: frozenset[str]
    conditions: frozenset[str]


@functools.lru_cache(maxsize=1)
def conjecture_words() -> ConjectureWords:
    """The commentator and modal words, checked: every key present, each a list of words."""
    return word_table(ConjectureWords, _FILE)


def conjecture(tok: Token) -> str | None:
    """CONJECTURE when the act at ``tok`` is a commentator's guess, else None."""
    words = conjecture_words()
    clause = clause_verb(tok)
    if clause is None:
        return None
    speech: Token | None = None
    if clause.i == tok.i and tok.lemma_.casefold() in words.speech_verbs:
        # the saying itself read as an act ("said the army will have to go in" as a demand)
        speech, inner = tok, [c for c in doccache.children(tok) if c.dep_ == "ccomp"]
    else:
        path = [clause, *governors(clause)]
        speech = next((v for v in path[1:] if v.lemma_.casefold() in words.speech_verbs), None)
        inner = path[: path.index(speech)] if speech is not None else []
    if speech is None:
        return None
    conditional = any(_conditioned(v, words) for v in inner)
    if not conditional and not any(_modal(v, words) for v in inner):
        return None
    speaker = next((c for c in doccache.children(speech) if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    return CONJECTURE if _commentator(speaker, conditional, words) else None


def clause_verb(tok: Token) -> Token | None:
    """The verb of the clause ``tok`` is the act of (an event noun's governing verb); shared with
    ``coding/advice.py``, whose writer's advice is read on the same clause."""
    for _ in range(_NOUN_CLIMB):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _modal(verb: Token, words: ConjectureWords) -> bool:
    """A verb under "would", "could", "might", "will" ...: a guess at what is to come."""
    return any(c.dep_ == "aux" and c.lower_ in words.conjecture_modals for c in doccache.children(verb))


def _conditioned(verb: Token, words: ConjectureWords) -> bool:
    """A verb with an "if"/"unless" clause of its own: the consequent of a condition."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in words.conditions for m in doccache.children(c))
        for c in doccache.children(verb)
    )


def _commentator(speaker: Token, conditional: bool, words: ConjectureWords) -> bool:
    """An analyst or researcher, "others"/"some"; in a conditional also an unnamed diplomat or former
    official ("said a Western diplomat", "said a former ambassador")."""
    lemma = speaker.lemma_.casefold()
    if lemma in words.commentators or speaker.lower_ in words.commentator_pronouns:
        return True
    if not conditional or lemma not in words.unnamed_speakers:
        return False
    kids = doccache.children(speaker)
    named = any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in kids)
    plural = speaker.tag_ == "NNS"
    return (plural or any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in kids)) and not named
