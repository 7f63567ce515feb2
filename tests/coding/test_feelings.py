"""A speaker's own outlook (coding/feelings.py, issue 10, w2stmt): "said it was optimistic about" is an
optimistic comment (013), "said she was worried about" a pessimistic one (012), aimed at what it is
about; a negated outlook, or one said beside another act of the speaker's, is none. Every sentence is
invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded, events_of

from newsevents.coding import feelings
from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2011-06-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany's chancellor said she was pessimistic about a deal with Moscow.", ("012", "DEU", "RUS")),
        ("Poland said it was confident that the talks with Lithuania would succeed.", ("013", "POL", "LTU")),
        (
            "Denmark's foreign minister said he was deeply concerned over the Russian troop build-up.",
            ("012", "DNK", "RUS"),
        ),
    ],
)
def test_speaker_outlook_is_a_comment(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Austria said it was not optimistic.",
        # a plain "said" with no word of outlook stays no event
        "Portugal said it had received the letter from Madrid.",
    ],
)
def test_no_outlook_no_comment(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_outlook_beside_another_act_folds_into_it(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Kenya said it was alarmed and urged restraint.")
    assert [c for c, _s, _t in found] == ["0256"]


def test_feeling_words_load() -> None:
    words = feelings.feeling_words()
    assert "optimistic" in words.optimistic and "worried" in words.pessimistic and "about" in words.about


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lemmatiser reads "hopes"/"hoped" as "hop": the hope rows are kept under it (verbs.curated.tsv)
        ("ACCRA, May 3 (Wire) - Ghana hopes for a lasting peace in Togo.", ("013", "GHA", "TGO")),
        ("Ghana's president hoped for a quick breakthrough in the talks with Togo.", ("013", "GHA", "TGO")),
    ],
)
def test_hoping_for_is_an_optimistic_comment(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert _events(pipeline, text) == [expected]


def test_neutral_verdict_beside_the_speakers_dismissal_folds_into_it(pipeline: Pipeline) -> None:
    # the comment on "said" is the same statement as the dismissal it is conjoined with
    text = "Beijing dismissed Japanese concern as paranoia and said the naval drills were purely routine."
    assert _events(pipeline, text) == [("120", "CHN", "JPN")]


def test_subject_of_the_clause_it_is_about_is_the_target(pipeline: Pipeline) -> None:
    # the clause's subject names the party: found on the clause itself, not by the article's counterpart
    events = [
        e
        for e in events_of(pipeline, "Chile said it was worried that Peru was arming.", "2011-06-07")
        if e.cameo == "012"
    ]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("CHL", "PER")]
    assert "target:construction" in events[0].evidence.steps


def test_outlook_beside_another_partys_act_is_its_own(pipeline: Pipeline) -> None:
    # a conjoined clause with a subject of its own is another speaker's act, told beside: both are coded
    found = _events(
        pipeline,
        "A Bolivian court jailed two Danish reporters on Monday. Denmark's minister said she was appalled, "
        "and Norway summoned Bolivia's ambassador.",
    )
    assert ("111", "DNK", "BOL") in found and ("114", "NOR", "BOL") in found


def test_disappointment_beside_another_act_is_its_own_criticism(pipeline: Pipeline) -> None:
    # (issue 10, judged) criticism is a second root beside an appeal, as the gold codes it; a worry folds
    found = _events(pipeline, "Canada said it was deeply disappointed and urged Lima to reconsider the ban.")
    assert sorted(c for c, _s, _t in found) == ["020", "111"]
    assert ("111", "CAN", "PER") in found
