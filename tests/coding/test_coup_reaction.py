"""Reactions to a coup the article codes no maker for are aimed at the country the coup took place in, the
story's, not at the article's other country (coding/coup_reaction.py). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, events_of

from newsevents.coding.coup_reaction import COUP_REACTION, coup_words
from newsevents.pipeline import Pipeline

_CASES = [
    DyadCase(
        "judged-takeover",
        "SUVA - Fiji's military commander said on Tuesday he had seized executive power and sacked Prime "
        "Minister Laisenia Qarase. Qarase told reporters the takeover was illegal. In Canberra, the "
        "Australian prime minister condemned the coup.",
        (("11", "FJI", "FJI"), ("11", "AUS", "FJI")),
    ),
    DyadCase(
        "condemned-takeover",
        "SUVA - Fiji's military commander said on Tuesday he had seized executive power and sacked Prime "
        "Minister Laisenia Qarase. Qarase condemned the takeover. In Canberra, the Australian prime "
        "minister condemned the coup.",
        (("11", "FJI", "FJI"), ("11", "AUS", "FJI")),
    ),
    DyadCase(
        "named-a-coup",
        "SUVA - Fiji's military commander said on Tuesday he had seized executive power and sacked Prime "
        "Minister Laisenia Qarase. In a statement posted online, Qarase called the dismissal an illegal "
        "military coup and urged Fijians to resist. In Canberra, the Australian prime minister condemned "
        "the coup.",
        (("11", "FJI", "FJI"), ("11", "AUS", "FJI")),
    ),
]


@pytest.mark.parametrize("case", _CASES, ids=lambda c: c.name)
def test_coup_reaction_aimed_at_the_story_country(pipeline: Pipeline, case: DyadCase) -> None:
    events = [e for e in events_of(pipeline, case.text, "2006-12-05") if e.root == "11"]
    dyads = {(e.root, e.source.country, e.target.country if e.target else None) for e in events}
    assert dyads == set(case.events), [(e.source.code, e.target, e.evidence.steps) for e in events]
    home = [e for e in events if e.source.country == "FJI"]
    assert home and all(COUP_REACTION in e.evidence.steps for e in home)


def test_coup_words_are_lemmas() -> None:
    words = coup_words().coup_nouns
    assert "coup" in words and all(w == w.lower() for w in words)
