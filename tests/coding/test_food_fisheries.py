"""Food, farming, fisheries and water (verbs.curated.tsv ne.pfood rows, synsets.curated.tsv pfood blocks,
refused_consent.toml, actors/parties.py): fish caught is no seizure; boats burned or set on fire are property
destroyed (1712); regret for a death is an apology (055), not disapproval; meals dropped from the air are aid;
aid that a party will not accept is refused (120); a description coordinated inside an apposition is no
second party; Faroese is the Faroe Islands' adjective. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fish caught: the ban is coded, the catching is not (ne.pfood.5)
        ("Norway banned imports of cod caught by Faroese vessels on Monday.", [("163", "NOR", "FRO")]),
        ("Peruvian trawlers caught 3,000 tonnes of hake off Chile last year.", []),
        # boats destroyed (ne.pfood.6-11)
        ("Fiji burned three Chinese fishing boats on Friday.", [("1712", "FJI", "CHN")]),
        ("Fiji set fire to two Taiwanese fishing boats on Friday.", [("1712", "FJI", "TWN")]),
        # regret for a loss of life (ne.pfood.1-4)
        ("Chile regretted the death of the Peruvian fisherman.", [("055", "CHL", "PER")]),
        # rations dropped from the air (RELIEF gains meals): aid, not a bombing
        (
            "Chilean air force planes dropped 12,000 meals over the flooded towns of Bolivia on Monday.",
            [("073", "CHL", "BOL")],
        ),
        # aid refused, in an "as" phrase too (refused_consent.toml, refused_consent._taken_as)
        ("Malawi said it would not accept Chinese maize as food aid.", [("120", "MWI", "CHN")]),
        ("Malawi said it would not accept American aid.", [("120", "MWI", "USA")]),
        # a strong or clear message "sent" is a figure of speech (ne.pfood.12-13); a message sent stays 040
        ('"We want to send a strong message to smugglers," the president of Fiji said.', []),
        ("Peru sent a message to Chile on Monday.", [("040", "PER", "CHL")]),
        # the adjective of the Faroe Islands (tools/curated_countries.tsv)
        ("Denmark summoned the Faroese envoy on Monday.", [("114", "DNK", "FRO")]),
    ],
)
def test_food_and_fisheries(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert coded(pipeline, text, "2016-04-05") == expected


def test_a_fire_set_to_a_village_stays_an_assault(pipeline: Pipeline) -> None:
    # only boats (ne.pfood.9-11): fire set to a place stays ph.set.16
    assert [c for c, _, _ in coded(pipeline, "Rebels set fire to the village.", "2016-04-05")] == ["180"]


def test_a_description_coordinated_in_an_apposition_is_no_second_speaker(pipeline: Pipeline) -> None:
    # the buyer is Peru again (actors/parties._described): one critic
    text = (
        "Peru, the largest grower and a big buyer of Chilean fruit, criticised Bolivia's tariffs on Monday."
    )
    assert coded(pipeline, text, "2016-04-05") == [("111", "PER", "BOL")]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a comma closes the apposition: the prisoners are a second party
        (
            "Peru freed Ana Ruiz, the wife of a Chilean senator, and 13 Bolivian prisoners on Monday.",
            {"CHL", "BOL"},
        ),
        # nouns in apposition to a common noun are a list of parties
        (
            "Peru released a former British diplomat, a Thai economist and a Dutch filmmaker.",
            {"GBR", "THA", "NLD"},
        ),
    ],
)
def test_lists_and_closed_appositions_keep_their_parties(
    pipeline: Pipeline, text: str, targets: set[str]
) -> None:
    assert targets <= {t for _, _, t in coded(pipeline, text, "2016-04-05")}


def test_a_country_an_object_is_bound_for_places_no_one(pipeline: Pipeline) -> None:
    # "reaching Chile" tells where the trucks go (actors/parties.object_clauses): the farmers are the
    # dateline's, not Chilean
    text = "LIMA, May 3 (Wire) - Farmers blocked the main highway on Monday to stop trucks reaching Chile."
    assert [s for _, s, _ in coded(pipeline, text, "2016-05-03")] == ["PER"]
