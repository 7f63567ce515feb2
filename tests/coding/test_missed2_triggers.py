"""Events whose trigger the coder used to miss entirely (issue 10, missed2): a participle that charges or
criticises beside another act (coding/judged_claim.py), gratitude told as a predicate adjective (rows
ne.missed2.*) and plain words of blame in a judgement (``negative_judgements``). Every sentence is
invented."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, coded, events_of

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of linking: the expelling state ties the envoys to a wrong
        (
            "Kenya expelled two Ugandan diplomats on Friday, linking them to an attack on an exile's home.",
            ("1123", "KEN", "UGA"),
        ),
        # a participle of naming that criticises another party's act, not only its claim
        (
            "Peru broke off relations with Bolivia, calling the raid a flagrant violation of the law.",
            ("111", "PER", "BOL"),
        ),
    ],
)
def test_a_charging_participle_beside_an_act_is_an_event_of_its_own(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(pipeline, text, "2019-05-10")


@pytest.mark.parametrize(
    "text",
    [
        # the actor's own act, judged by itself
        "Kenya fired rockets at the camp, calling the barrage revenge.",
        # what a welcome or an apology is about is its topic, not a second act
        "Kenya welcomed the Ugandan decision, calling the old ban a disgrace.",
        "The Kenyan president apologised on Monday, calling the strike a tragic mistake.",
        # a naming that judges no party's act
        "Kenya sent doctors to Uganda, calling the epidemic a threat to the region.",
    ],
)
def test_a_naming_participle_that_judges_no_other_partys_act_adds_no_criticism(
    pipeline: Pipeline, text: str
) -> None:
    events = by_trigger(events_of(pipeline, text, "2019-05-10"))
    assert all(e.root != "11" for e in events.get("calling", []))


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign minister said Kenya was grateful to Uganda.",
        "The Kenyan general wrote that he was grateful to the Ugandan president for his help.",
    ],
)
def test_gratitude_to_a_party_praises_it(pipeline: Pipeline, text: str) -> None:
    assert ("051", "KEN", "UGA") in coded(pipeline, text, "2019-05-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's foreign ministry called the Ugandan decision wrong.", ("111", "KEN", "UGA")),
        ("The Dutch prime minister called the Turkish remark crazy.", ("111", "NLD", "TUR")),
        ("The American ambassador said the Kenyan verdict was deeply troubling.", ("111", "USA", "KEN")),
    ],
)
def test_plain_words_of_blame_criticise(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(pipeline, text, "2019-05-10")


def test_a_wrong_thing_told_as_a_fact_criticises_nobody(pipeline: Pipeline) -> None:
    text = "Police said a telephoned warning had given the wrong location."
    assert coded(pipeline, text, "2019-05-10") == []


def test_the_wrong_thing_picked_out_is_no_verdict(pipeline: Pipeline) -> None:
    # "wrong" after an article picks a thing out: the judgement stays what its other words make it
    text = "The Kenyan ministry said the Ugandan move was a step in the wrong direction."
    assert all(c[0] != "111" for c in coded(pipeline, text, "2019-05-10"))
