"""Words of the legal and judicial voice (issue 10; plegal probe set, nineteenth session): a civil title
ending in "general" is no military rank (coding/military_titles.py), gendarmes are police and the trade
representative a member of the government (actors/data/agents.tsv, titles.tsv), a court finding a person
"not guilty" is no finding of guilt, and studying a ruling or a proposal is considering it
(verbs.curated.tsv, ne.plegal rows), a court ordering a state to stop or pay demands it (ne.plegal.10-16,
synset COURT), and calling a sentence harsh or a trial a mockery is blame
(words.toml, negative_judgements). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded, coded_with_roles

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "CANBERRA, June 2 (Wire) - Australia's attorney general criticised Indonesia on Tuesday.",
        "WASHINGTON, June 2 (Wire) - Attorney General Ann Brooks criticised Mexico on Tuesday.",
        "LIMA, June 2 (Wire) - Peru's consul general in La Paz criticised Bolivia on Tuesday.",
    ],
)
def test_a_civil_title_ending_in_general_is_no_soldier(pipeline: Pipeline, text: str) -> None:
    roles = [
        role for code, _s, role, _t in coded_with_roles(pipeline, text, "2021-06-02") if code[:2] == "11"
    ]
    assert roles == ["GOV"]


def test_a_general_is_still_a_soldier(pipeline: Pipeline) -> None:
    text = "NEW DELHI, June 2 (Wire) - Major General Ravi Kumar criticised Pakistan on Tuesday."
    roles = [
        role for code, _s, role, _t in coded_with_roles(pipeline, text, "2021-06-02") if code[:2] == "11"
    ]
    assert roles == ["MIL"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("DAKAR, June 2 (Wire) - Senegalese gendarmes arrested two Gambian smugglers on Tuesday.", "COP"),
        (
            "GENEVA, June 2 (Wire) - The U.S. Trade Representative dismissed the arbitrators' award on "
            "Tuesday.",
            "GOV",
        ),
    ],
)
def test_legal_agents_roles(pipeline: Pipeline, text: str, role: str) -> None:
    roles = [r for _c, _s, r, _t in coded_with_roles(pipeline, text, "2021-06-02")]
    assert roles and set(roles) == {role}


@pytest.mark.parametrize(
    "text",
    [
        "ROME, June 2 (Wire) - The second defendant was found not guilty on Tuesday.",
        "ROME, June 2 (Wire) - His co-accused, Omar Said, was found not guilty and will fly home to Cairo on "
        "Friday.",
    ],
)
def test_not_guilty_is_no_finding_of_guilt(pipeline: Pipeline, text: str) -> None:
    assert not [c for c, _s, _t in coded(pipeline, text, "2021-06-02") if c.startswith("17")]


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, June 2 (Wire) - The Kremlin said on Tuesday it would study the ruling.",
        "TEHRAN, June 2 (Wire) - Iran said on Tuesday it was studying the proposal carefully.",
    ],
)
def test_studying_a_text_is_considering_it(pipeline: Pipeline, text: str) -> None:
    assert [c for c, _s, _t in coded(pipeline, text, "2021-06-02")] == ["014"]


@pytest.mark.parametrize(
    "text",
    [
        "MINSK, June 2 (Wire) - A Minsk court jailed a Lithuanian trucker for six years on Tuesday. Vilnius "
        "called the sentence unduly harsh.",
        "MINSK, June 2 (Wire) - A Minsk court jailed a Lithuanian trucker for six years on Tuesday. The "
        "Lithuanian foreign minister said the hearing had been a mockery of justice.",
    ],
)
def test_blame_of_a_trial_or_sentence_criticises_the_court(pipeline: Pipeline, text: str) -> None:
    blamed = [(s, t) for c, s, t in coded(pipeline, text, "2021-06-02") if c[:2] == "11"]
    assert blamed == [("LTU", "BLR")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "THE HAGUE, Nov 3 (Wire) - The International Court of Justice ordered Uganda on Tuesday to pay "
            "Congo reparations for the occupation of Ituri.",
            "UGA",
        ),
        (
            "THE HAGUE, Nov 3 (Wire) - The International Court of Justice ordered Myanmar on Tuesday to halt "
            "any acts of violence against the Rohingya.",
            "MMR",
        ),
    ],
)
def test_a_courts_order_to_a_state_is_a_demand(pipeline: Pipeline, text: str, target: str) -> None:
    demands = [(c, t) for c, _s, t in coded(pipeline, text, "2021-11-03") if c[:2] == "10"]
    assert demands == [("100", target)]
