"""A "we" or "I" outside any quotation in an official text is its issuer: the speaker its lead-in names.

Statements, press releases and briefings speak in the first person with no quotation marks: "The
minister issued the following statement: ... We call on Ruritania to free the crew", "Spokesperson Ana
Ruiz answered questions ... A: We reject the claim". The pronoun then found no speech verb of its own
(``coref._speaker``) and took up the nearest earlier actor, often the very party the statement is aimed
at. Read by ``coref.antecedent`` after the quoted speaker: the issuer is the subject of the nearest
earlier lead-in (a sentence that ends on a colon: "X stated:", "X issued the following statement:", or
the agent of "attributable to X:"), else, in a text of questions and answers ("Q: ... A: ..."), the
subject of the text's first sentence, who answers them (unless that sentence is itself a question).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents import doccache
from newsevents.actors.page_issuer import page_issuer
from newsevents.annotations import doc_text

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors
    from newsevents.records import Actor

# The first-person pronouns an issuer speaks in.
_FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
# Quotation marks: a pronoun after an odd number of them in its paragraph is quoted speech, whose speaker
# the quote rules find.
_QUOTES = frozenset({'"', "\u201c", "\u201d"})
# The words that open an answer in a text of questions and answers.
_ANSWER_MARKS = ("A:", "Answer:")
_QUESTION_MARKS = ("Q:", "Question:")
# The preposition whose object a lead-in names as its speaker ("attributable to Spokesperson X:").
_ATTRIBUTED = frozenset({"to", "by"})


def issuer(actors: DocActors, pronoun: Token, day: dt.date | None) -> Actor | None:
    """The actor who issues the official text ``pronoun`` speaks in, or None."""
    if pronoun.lower_ not in _FIRST_PERSON or _quoted(pronoun):
        return None
    doc = pronoun.doc
    own = doccache.sent(pronoun)
    for sent in reversed([s for s in doccache.sents(doc) if s.end <= own.start]):
        for speaker in _lead_in_speakers(sent):
            found = actors.resolve_phrase(speaker, day)
            if found:
                return found[0]
    # (the text opens on a question: who asks it is no answerer)
    if _answered(pronoun, own) and not doc_text(doc).lstrip().startswith(_QUESTION_MARKS):
        subjects = [t for t in doccache.sents(doc)[0] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
        found = actors.resolve_phrase(subjects[0], day) if subjects else []
        if found:
            return found[0]
    return page_issuer(actors, own, day)  # (its heading's byline, or its title: page_issuer.py)


def _quoted(pronoun: Token) -> bool:
    text = doc_text(pronoun.doc)
    start = text.rfind("\n", 0, pronoun.idx) + 1
    return sum(text.count(q, start, pronoun.idx) for q in _QUOTES) % 2 == 1


def _lead_in_speakers(sent: Span) -> list[Token]:
    """The speakers a lead-in sentence may name, in order: one that ends on a colon names them as its
    root's subject ("X stated:") or after "attributable to" ("The following is attributable to X:")."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or words[-1].text != ":":
        return []
    found = [c for c in doccache.children(sent.root) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    for prep in (t for t in sent if t.dep_ == "prep" and t.lower_ in _ATTRIBUTED):
        found.extend(c for c in doccache.children(prep) if c.dep_ == "pobj")
    return found


def _answered(pronoun: Token, own: Span) -> bool:
    """Whether ``pronoun`` is in an answer of a text of questions and answers."""
    text = doc_text(pronoun.doc)
    start = text.rfind("\n", 0, own.start_char) + 1
    return text.startswith(_ANSWER_MARKS, start)
