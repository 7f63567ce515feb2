"""A capital that names an accord ("the Lusaka ceasefire") is no mention of its state
(actors/accord_names.py); sentences written for these tests (issue 10)."""

from __future__ import annotations

import pytest

from newsevents.actors.accord_names import accord_words


def _countries(read, text: str) -> list[str | None]:
    return [m.iso3 for m in read(text).mentions if m.kind == "country"]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said the shelling broke the Lusaka ceasefire.",
        "Both sides vowed to honour the Minsk accords.",
        "The rebels quit the Doha peace agreement in March.",
    ],
)
def test_capital_naming_an_accord_is_no_party(read, text: str) -> None:
    assert _countries(read, text) == []


def test_capital_acting_stays_a_party(read) -> None:
    assert _countries(read, "Lusaka said the ceasefire was holding.") == ["ZMB"]


def test_country_name_before_an_accord_stays_a_party(read) -> None:
    # ("the Iran nuclear deal": Iran is a party of it)
    assert _countries(read, "Washington quit the Iran nuclear deal.") == ["USA", "IRN"]


def test_accord_words_are_lower_case_single_words() -> None:
    words = accord_words()
    assert {"ceasefire", "accords", "agreement"} <= words.accord_nouns
    assert all(w == w.lower() and " " not in w for w in words.accord_nouns | words.linking_words)
