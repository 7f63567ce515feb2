"""A "he" or "she" in what a titled speaker reports is that speaker: "Italy's foreign minister said SHE had
met her Iranian counterpart". The pronoun takes up the nearest person mention, but a speaker named only by
a title and a country ("Italy's foreign minister", "the Kenyan president") is no person mention (its only
mention is the country), so the pronoun found nobody and the reported act (often the report's news, told
in the past perfect) was lost for want of a source. Read by ``coref.antecedent`` before the nearest
mention: the reporting verb's own subject, when it is a person's title that resolves to an actor, is
whom its clause's personal pronoun subject means. The same speaker owns "his country" or "her country" as
the subject of the clause it reports ("Kenya's president said HIS COUNTRY would join the bloc": Kenya),
whatever the clause's tense (a plan is still the speaker's country's): ``speaker_country``, read by
``owner.possessed_country``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents import doccache

if TYPE_CHECKING:
    from newsevents.actors.resolve import DocActors
    from newsevents.records import Actor

# Personal pronouns of one person, as a clause's subject.
_PERSON_SUBJECTS = frozenset({"he", "she"})
# Possessives of one person: "said HIS country would ..."
_PERSON_POSSESSIVES = frozenset({"his", "her"})
# The dependencies by which a reported clause hangs on its reporting verb ("said she had ...").
_REPORTED_DEPS = frozenset({"ccomp"})
# Heads that are no one person ("the police said it ...") or that speak for another ("a spokesman said he
# and his men had fled" tells of the man he speaks for).
_OTHER_HEADS = frozenset(
    {
        "police",
        "army",
        "government",
        "ministry",
        "military",
        "council",
        "court",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "lawyer",
    }
)


def titled_speaker(actors: DocActors, pronoun: Token, day: dt.date | None) -> Actor | None:
    """The actor of the titled speaker whose reported clause ``pronoun`` is the subject of, or None."""
    if pronoun.lower_ not in _PERSON_SUBJECTS or pronoun.dep_ != "nsubj":
        return None
    clause = pronoun.head
    if not _told(clause):
        return None  # (a plan, or what one asks of another: "suggested he step down")
    speaker = _titled_speaker_of(actors, clause)
    if speaker is None:
        return None
    found = actors.resolve_phrase(speaker, day)
    return found[0] if len(found) == 1 and found[0].country else None


def speaker_country(actors: DocActors, noun: Token, day: dt.date | None) -> str | None:
    """The country of the titled speaker whose reported clause has ``noun`` ("his country") as its
    subject, possessed by "his" or "her"; None otherwise."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _PERSON_POSSESSIVES for c in doccache.children(noun)):
        return None
    speaker = _titled_speaker_of(actors, noun.head)
    if speaker is None:
        return None
    found = actors.resolve_phrase(speaker, day)
    return found[0].country if len(found) == 1 else None


def _titled_speaker_of(actors: DocActors, clause: Token) -> Token | None:
    """The subject of the verb that reports ``clause``, when it is one person's title (a common noun with
    an agent role: "Italy's foreign MINISTER said ..."); None otherwise."""
    if clause.dep_ not in _REPORTED_DEPS:
        return None
    # (the dateline's place may hang there as a second subject: "ROME - Italy's minister said ...")
    subjects = [c for c in doccache.children(clause.head) if c.dep_ == "nsubj" and c.i < clause.head.i]
    speaker = subjects[-1] if subjects else None
    if speaker is None or speaker.pos_ != "NOUN" or speaker.tag_ != "NN":
        return None  # (a name is a person mention already; a plural is no "he" or "she")
    if speaker.lemma_.casefold() in _OTHER_HEADS or actors.resolver.agent_role(speaker) is None:
        return None
    return speaker


def _told(clause: Token) -> bool:
    """Whether a reported clause tells an act done ("had met", "met"): not a plan ("would stand down in
    2014", whose date is no date of an act) nor a bare verb of what one asks of another ("suggested he
    step down")."""
    return clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in doccache.children(clause)
    )
