"""Orders whose object or destination names the act ordered, and another party's residency or operations
ended (the `missed8` rows of verbs.curated.tsv): duties, tariffs and export bans ordered are imposed
(163), a team or envoy ordered home is recalled (160 / 161), a residency cancelled expels its holder
(174), the operations of another party suspended are an administrative sanction (172), recognition
switched to a party recognises it (054). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Malawian president ordered duties on South African sugar.", ("163", "MWI", "ZAF")),
        ("Argentina's president ordered tariffs on Chinese steel imports.", ("163", "ARG", "CHN")),
        ("The Indian government ordered a ban on rice exports to Bangladesh.", ("163", "IND", "BGD")),
        ("Nigeria ordered its team home from the championship in Morocco.", ("160", "NGA", "MAR")),
        ("Ecuador ordered its ambassador home from Mexico.", ("161", "ECU", "MEX")),
        ("Ghana cancelled the residency of a Nigerian pastor on Monday.", ("174", "GHA", "NGA")),
        ("Oman revoked the residence permit of an Indian journalist.", ("174", "OMN", "IND")),
        ("The Kenyan government suspended the operations of a Chinese mining firm.", ("172", "KEN", "CHN")),
        ("Honduras switched recognition to China on Sunday.", ("054", "HND", "CHN")),
    ],
)
def test_the_act_an_order_or_a_cancellation_names(
    pipeline: Pipeline, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded(pipeline, text, "2021-03-10")


def test_an_order_to_stay_home_is_no_recall(pipeline: Pipeline) -> None:
    # "home" here is where the team trains, not where it is sent: no phrasal "order home"
    found = coded(pipeline, "The Nigerian ministry ordered the team to train harder at home.", "2021-03-10")
    assert not any(c[0] == "160" for c in found)
