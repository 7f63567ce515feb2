"""Acts whose subject is denied (coding/denied_subject.py): a negative pronoun as subject, and a verb
coordinated with one whose subject is denied, on sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.denied_subject import denied_subject_words
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"
DATELINE = "LIMA, March 8 - "


def _roots(pipeline: Pipeline, text: str) -> list[str]:
    return [e.root for e in events_of(pipeline, DATELINE + text, PUBLISHED_ON)]


def test_a_negative_pronoun_as_subject_denies_the_arrest(pipeline: Pipeline) -> None:
    assert "17" not in _roots(pipeline, "Nobody was arrested after the march, police said.")


def test_a_participle_sharing_a_denied_subject_is_denied(pipeline: Pipeline) -> None:
    assert "18" not in _roots(pipeline, "No guard was killed or seriously wounded in the riot.")


def test_a_verb_sharing_a_denied_pronoun_is_denied(pipeline: Pipeline) -> None:
    assert "17" not in _roots(pipeline, "Nobody was detained or charged over the blockade.")


def test_an_asserted_pair_of_acts_stays(pipeline: Pipeline) -> None:
    roots = _roots(pipeline, "Police detained six farmers and charged them with sabotage on Monday.")
    assert "17" in roots


def test_the_word_lists_are_read() -> None:
    words = denied_subject_words()
    assert "nobody" in words.negative_pronouns and "no" in words.negative_determiners


def test_an_appeal_after_a_denied_deal_stays(pipeline: Pipeline) -> None:
    text = "Oslo said it was a pity that no accord had been signed and urged the two rivals to resume talks."
    assert "02" in _roots(pipeline, text)
