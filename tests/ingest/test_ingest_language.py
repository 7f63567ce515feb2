"""Language labels (issue 4, item 7), on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The city council approved the new budget for schools and hospitals on Tuesday evening.", "en"),
        ("El gobierno anunció el martes un nuevo plan para las escuelas rurales del norte del país.", "es"),
        ("Die Regierung hat am Dienstag einen neuen Plan für die Schulen auf dem Land vorgestellt.", "de"),
        ("Il governo ha presentato martedì un nuovo piano per le scuole delle zone rurali del paese.", "it"),
        ("Правительство во вторник объявило о новом плане для сельских школ на севере страны.", "ru"),
    ],
)
def test_detects_common_news_languages(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "12 34 56", "OK."])
def test_too_short_to_tell(text: str) -> None:
    assert detect_language(text) is None
