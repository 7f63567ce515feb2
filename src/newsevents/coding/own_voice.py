"""A speaker's feeling told with its own state's name for the feeler: "the embassy issued a statement saying
Stockholm was disappointed that ..." is the embassy's own disappointment, as "saying it was disappointed"
is (``feelings.REPORTED_FEELING``, which otherwise asks for a pronoun feeler). The name stands for the
speaker when it names the speaker's country and no other: "Sweden said Norway was concerned" reports
another party's feeling, and is left alone. Asked by ``judgement._reported``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

# How far up from the reporting word its speaker's subject may hang ("issued a statement SAYING ...": the
# participle, the statement, the verb that issued it).
_SPEAKER_STEPS = 3


def own_voice(said: Token, feeler: Token) -> bool:
    """Whether ``feeler``, the named subject of a feeling reported by ``said``, is the speaker's own
    country (its capital or its name)."""
    if feeler.pos_ != "PROPN":
        return False
    actors = feeler.doc._.ne_actors
    speaker = speaker_of(said)
    if actors is None or speaker is None:
        return False
    felt_by = {a.country for a in actors.resolve_phrase(feeler, None)}
    spoken_by = {a.country for a in actors.resolve_phrase(speaker, None)}
    return len(felt_by) == 1 and None not in felt_by and felt_by <= spoken_by


def speaker_of(said: Token) -> Token | None:
    """The subject of the reporting word or of the clause it hangs in (also read by ``reported_deed``)."""
    tok = said
    for _ in range(_SPEAKER_STEPS):
        subject = next((c for c in doccache.children(tok) if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
