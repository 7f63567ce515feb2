"""The owner a phrase names by its possessor (newsevents.actors.owner; issue 10, helper pactor): a
definite description that refers back to a state ("the junta's spokesman") gives its country; one that
names two states ("the two sides' envoys") gives none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.actors.owner import described_owner_country
from newsevents.actors.words import packaged_words


@pytest.mark.parametrize(
    ("text", "head", "iso3"),
    [
        (
            "Niger's military government expelled the envoy. Belgium said the junta's army was unlawful.",
            "army",
            "NER",
        ),
        ("Peru and Chile met on Monday. The two countries' envoys signed a pact.", "envoys", None),
        ("A storm hit Peru on Monday. The storm's victims were buried.", "victims", None),
    ],
)
def test_described_owner_country(text: str, head: str, iso3: str | None, read, word) -> None:
    actors = read(text)
    tok = word(actors.doc, head)
    assert described_owner_country(actors, [tok], None) == iso3


def test_commander_family() -> None:
    words = packaged_words()
    assert words.title_family("general") == words.commander_family
    assert "junta" in words.commander_family
