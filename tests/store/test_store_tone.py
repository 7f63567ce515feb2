"""Tone on GDELT's AvgTone scale (newsevents.tone)."""

from __future__ import annotations

import pytest

from newsevents.tone import score, tone


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The leaders praised the friendly talks and welcomed a hopeful agreement.", 1),
        ("Soldiers killed civilians in a brutal attack that officials condemned as a tragedy.", -1),
        ("The delegation arrived on Tuesday and the meeting took place in the capital.", 0),
    ],
)
def test_sign_follows_the_words(text: str, sign: int) -> None:
    value = tone(text)
    assert (value > 0) - (value < 0) == sign


def test_definition_is_positive_minus_negative_percent() -> None:
    # 8 words: "good" positive, "bad" negative, six neutral.
    result = score("The good plan and the bad plan today")
    assert result.words == 8
    assert result.positive == pytest.approx(12.5)
    assert result.negative == pytest.approx(12.5)
    assert result.tone == pytest.approx(0.0)


def test_negation_flips_polarity() -> None:
    assert tone("They were happy with the deal.") > 0
    assert tone("They were not happy with the deal.") < 0


def test_empty_text_is_neutral() -> None:
    assert score("  ").words == 0
    assert tone("") == 0.0


def test_typical_news_stays_in_gdelt_range() -> None:
    text = (
        "Officials from both countries met on Monday to discuss trade. The talks ended without an "
        "agreement, and a spokesman said the two sides would meet again next month. Protesters "
        "gathered outside the building but police said the demonstration was peaceful."
    )
    assert -10 <= tone(text) <= 10
