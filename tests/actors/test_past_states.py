"""The Soviet Union is coded as Russia (the corpus codes Soviet actors RUS, as it codes Yugoslav state
actors SRB), and a country's adjective that names a period ("in Soviet times") or a past state's lands
("post-Soviet states") is no party (issue 10), on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.actors.resolve import DocActors


def _countries(read, text: str) -> list[tuple[str, str | None]]:
    actors: DocActors = read(text)
    return [(actors.doc[m.start : m.end].text, m.iso3) for m in actors.mentions if m.kind == "country"]


@pytest.mark.parametrize(
    "text",
    [
        "The Soviet Union protested to Norway.",
        "The USSR protested to Norway.",
        "Soviet diplomats protested to Norway.",
    ],
)
def test_soviet_names_russia(read, text: str) -> None:
    assert [iso3 for _, iso3 in _countries(read, text)] == ["RUS", "NOR"]


@pytest.mark.parametrize(
    "text",
    [
        "In Soviet times the canal fed the cotton farms of Chile.",
        "The post-Soviet canal fed the cotton farms of Chile.",
    ],
)
def test_a_period_adjective_is_no_party(read, text: str) -> None:
    assert _countries(read, text) == [("Chile", "CHL")]


def test_a_former_leader_keeps_his_country(read) -> None:
    # ("former" is the person's, not the state's: the adjective still names a party)
    assert ("Soviet", "RUS") in _countries(read, "The former Soviet leader visited Chile.")
