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


@pytest.mark.parametrize(
    "text",
    [
        "Mexico and Bolivia signed a trade pact in La Paz.",
        "Peru expelled the Venezuelan ambassador on Friday.",
        "LIMA — Peru expelled the Venezuelan ambassador on Friday.",
        "Montevideo has recalled its envoy from Caracas.",
    ],
)
def test_a_short_english_item_full_of_spanish_names_is_english(text: str) -> None:
    # (the trigram models alone call each of these Spanish: the names outweigh a sentence's few words)
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("La banda tocó «The Wall» en el estadio de Lima anoche.", "es"),
        ("El gobierno de Perú expulsó al embajador venezolano el viernes.", "es"),
        ("Er will die Regierung in Berlin treffen, sagte der Minister.", "de"),
        ("De regering heeft de ambassadeur van Venezuela uitgezet.", "nl"),
    ],
)
def test_short_foreign_sentences_stay_foreign(text: str, code: str) -> None:
    assert detect_language(text) == code
