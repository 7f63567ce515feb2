"""What a demand, order or call noun asks for in its "that" clause is no act done (coding/demanded.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding.demanded import demanded_words
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Paris repeated its demand that Bamako pull its soldiers back from the frontier.",
        "Moscow ignored the tribunal's order that Russia halt its offensive in Georgia.",
    ],
)
def test_the_content_of_a_demand_is_no_act(pipeline: Pipeline, text: str) -> None:
    roots = [c[0][:2] for c in coded(pipeline, text, "2021-06-02")]
    assert "08" not in roots


def test_the_content_of_news_is_still_read(pipeline: Pipeline) -> None:
    # not a noun of demanding: the welcome stays, with the released party as its target
    found = coded(pipeline, "China welcomed the news that Japan had released the fishermen.", "2021-06-02")
    assert [(c[0][:2], c[1], c[2]) for c in found] == [("05", "CHN", "JPN")]


def test_the_nouns_are_read_from_the_data_file() -> None:
    words = demanded_words()
    assert {"demand", "order", "call"} <= words.demand_nouns and "news" not in words.demand_nouns


def test_a_judgement_inside_a_demand_verbs_clause_is_not_a_noun_content(pipeline: Pipeline) -> None:
    # the rule reads nouns of demanding only: under the verb "demanded" the judgement stays
    text = "Kyiv demanded that Moscow be held responsible for what it called war crimes."
    found = coded(pipeline, text, "2021-06-02")
    assert ("100", "UKR", "RUS") in found and any(c[0] == "111" for c in found)
