""""Free" told of a place or a leave to act is no praise (coding/data/words.toml, positive_judgements);
a vote called free and fair still is. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "The Georgian president said on Sunday the village was free again.",
        "The Norwegian minister said on Sunday that producers would be free to sell to Russia.",
    ],
)
def test_free_alone_praises_nobody(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text, "2021-03-10") if c[0].startswith("05")]


def test_a_vote_called_unfree_and_unfair_is_still_criticised(pipeline: Pipeline) -> None:
    text = "Lithuania said on Monday that the election in Belarus was neither free nor fair."
    assert [c for c in coded(pipeline, text, "2021-03-10") if c[0] == "111" and c[1] == "LTU"]
