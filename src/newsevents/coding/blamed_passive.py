"""Blame told as a passive participle: "Russia said the inquiry had been POLITICISED", "said the report
was FABRICATED", "said the vote was RIGGED".

``coding/judgement.py`` reads a reported clause's judgement from the complement of a copula ("said the
move was unwarranted"); when the blame word is a past participle the parser makes it the clause's own
verb, with "was" its passive auxiliary and the judged thing its (passive) subject, so no copula and no
complement are found and the criticism is lost. A reported clause whose verb is such a participle from
the list of blame words (``negative_judgements`` in words.toml), with an auxiliary of the passive, a
subject that is not a pronoun and no negation, is the speaker's criticism of that subject.
``judgement._reported`` calls this through ``speech_blame``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import Lexicon
from newsevents.coding.patterns import construction
from newsevents.coding.records import Trigger
from newsevents.coding.rules import declare

BLAMED_PASSIVE = declare(
    "trigger",
    "blamed-passive",
    "a reported clause whose verb is a blame word in the passive ('said the inquiry had been politicised', "
    "'said the report was fabricated') criticises its subject (111)",
    "Moscow said the hearing had been politicised from the outset.",
)
# Labels of the judged thing under the participle: its passive subject, or the subject the parser gives
# an auxiliary-led participle it reads as active ("the inquiry was politicised": nsubj).
_SUBJECTS = frozenset({"nsubjpass", "nsubj"})
_CRITICISE = "111"


def blamed_passive(tok: Token, clause: Token, words: Lexicon) -> Trigger | None:
    """The criticism the reporting verb ``tok`` makes by a passive blame participle ``clause``, if any."""
    if (judged := blamed_subject(clause, words)) is None:
        return None
    pattern = construction("ne.blamed-passive", _CRITICISE, tok, "a judgement: its tone decides the code")
    return Trigger(token=tok, pattern=pattern, noun=False, target_heads=(judged,), steps=(BLAMED_PASSIVE,))


def blamed_subject(clause: Token, words: Lexicon) -> Token | None:
    """The subject a passive blame participle (``clause``) judges, or None when ``clause`` is none."""
    # (the participle's own form is the blame word: "rigged", "politicised"; a verb whose lemma only is a
    # noun of blame tells an act, "civilians were massacred", "a man was stabbed")
    if clause.tag_ != "VBN" or clause.lower_ not in words.negative_judgements:
        return None
    kids = doccache.children(clause)
    if not any(c.dep_ == "auxpass" for c in kids):
        return None
    if doccache.negated(clause, words.negations):
        return None  # ("said the vote had not been rigged": no blame)
    subject = next((c for c in kids if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ == "PRON":
        return None  # ("said it had been misled"): the speaker's own state, told in coding/feelings.py
    return subject
