"""A sentence's verb read as a participle of a noun deep inside its subject ("troops backed by
warplanes and helicopters PRESSED ...", "the minister, Ana Ruiz, CALLED ..."), mended by
coding/buried_verb.py (called by coding/noun_root.py from coding/reattach.py), on sentences written for
these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding import buried_verb
from newsevents.pipeline import Pipeline


def _found(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (e.cameo[:2], e.source.country or "", e.target.country if e.target else None, e.evidence.trigger)
        for e in events_of(pipeline, text, "2021-10-02")
    ]


def test_verb_after_an_agent_phrase(pipeline: Pipeline) -> None:
    """The verb hung on the last noun of the subject's "by" phrase."""
    text = (
        "Russian ground troops backed by warplanes and attack helicopters pressed deeper into Ukraine "
        "on Saturday in pursuit of retreating units."
    )
    assert ("19", "RUS", "UKR", "pressed") in _found(pipeline, text)


def test_a_dateline_city_is_no_subject(pipeline: Pipeline) -> None:
    """After a dateline the parser made the root, the rule leaves the sentence as it is (measured: the
    phrase hung on the city found one lost act and repeated another)."""
    doc = pipeline.nlp(
        "HELSINKI, Feb 23 (Wire) - Russian ground troops backed by warplanes and attack helicopters "
        "pressed deeper into Ukraine on Saturday."
    )
    if doc[0].dep_ == "ROOT":
        assert buried_verb.buried_verbs(doc) == 0


def test_verb_after_the_subjects_apposition(pipeline: Pipeline) -> None:
    """The verb hung on the name in apposition to the subject, after the comma that closes it."""
    text = "Sweden's foreign minister, Ann Linde, called commercial whaling an outdated practice."
    found = _found(pipeline, text)
    assert any(code == "11" and source == "SWE" for code, source, _, _ in found), found


def test_a_names_epithet_is_no_verb(pipeline: Pipeline) -> None:
    """ "Pedro Gil, known as El Toro": a participle after the comma with no object stays the name's."""
    doc = pipeline.nlp("The army chief, General Ana Ruiz, against her deputy, Pedro Gil, known as El Toro.")
    buried_verb.buried_verbs(doc)
    assert all(t.dep_ != "ROOT" or t.pos_ != "VERB" for t in doc), [(t.text, t.dep_) for t in doc]


def test_a_later_finite_verb_keeps_the_participle(pipeline: Pipeline) -> None:
    """A finite verb after the participle that the parser read as a noun may be the sentence's verb."""
    doc = pipeline.nlp("The remains of a shell with the words 'for you' painted on its side lay nearby.")
    buried_verb.buried_verbs(doc)
    assert not any(t.text == "painted" and t.dep_ == "ROOT" for t in doc), [(t.text, t.dep_) for t in doc]
