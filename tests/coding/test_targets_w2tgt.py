"""Wrong targets (issue 10, helper w2tgt): coordinated subjects of a reaction react side by side, not to
each other (coding/coagents.py ``co-reactors``), and an act on a state's own embassy or envoy abroad is
aimed at the host (coding/posts.py ``mission-host``); a show of force whose target fell back to its own
country faces its rival (coding/rivals.py ``posture-rival``); a bare title in an object is its earlier
holder (actors/title_antecedent.py); a summit of three or more parties is between them, not with the host
city (coding/coagents.py ``group``). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.coagents import CO_REACTORS
from newsevents.coding.posts import MISSION_HOST
from newsevents.coding.rivals import POSTURE_RIVAL
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "pair-welcomes-a-third-partys-accord",
            "LIMA, March 9 (Wire) - Peru's government and a rebel movement signed a truce on Monday in "
            "Lima. Canada and Mexico welcomed it.",
            (("05", "CAN", "PER"), ("05", "MEX", "PER")),
        ),
        DyadCase(
            "pair-condemns-a-third-party",
            "Chile and Uruguay condemned the coup in Paraguay on Tuesday.",
            (("11", "CHL", "PRY"), ("11", "URY", "PRY")),
        ),
        DyadCase(
            "pair-still-signs-with-each-other",
            "Kenya and Uganda signed a border pact on Tuesday.",
            (("05", "KEN", "UGA"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_coordinated_reactors_react_side_by_side(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_co_reactors_step_is_recorded(pipeline: Pipeline) -> None:
    check_dyads(
        pipeline,
        DyadCase(
            "step",
            "LIMA, March 9 (Wire) - Peru's government and a rebel movement signed a truce on Monday in "
            "Lima. Canada and Mexico welcomed it.",
            (("05", "CAN", "PER"), ("05", "MEX", "PER")),
            step=CO_REACTORS,
        ),
    )


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "own-embassy-closed-in-a-foreign-capital",
            "Peru's president moved two brigades toward the frontier at the weekend and closed his embassy "
            "in Quito.",
            (("16", "PER", "ECU"),),
        ),
        DyadCase(
            "own-embassy-after-a-troop-order",
            "Peru's President Ana Ruiz sent troops to the Chilean border on Monday and closed her embassy in "
            "Santiago.",
            (("16", "PER", "CHL"),),
            step=MISSION_HOST,
        ),
        DyadCase(
            "envoy-recalled-from-a-city-before-a-new-clause",
            "Norway recalled its ambassador from Nairobi and the United States said it would review its "
            "aid to Kenya.",
            (("16", "NOR", "KEN"),),
        ),
        DyadCase(
            "envoys-to-two-countries-keep-both",
            "Spain recalled its ambassadors to Chile and Peru on Friday.",
            (("16", "ESP", "CHL"), ("16", "ESP", "PER")),
        ),
    ],
    ids=lambda c: c.name,
)
def test_act_on_own_mission_abroad_targets_the_host(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "announced-deployment-to-a-region-faces-the-story-rival",
            "WASHINGTON (AP) -- The president said on Thursday the United States would send about 2,000 "
            "additional troops to the Gulf region. The Pentagon said the move answered a string of attacks "
            "by Venezuela on shipping.",
            (("13", "USA", "VEN"),),
            step=POSTURE_RIVAL,
        ),
        DyadCase(
            "own-mobilisation-faces-the-rival",
            "BAKU, May 3 (Wire) - President Ana Ruiz ordered Azerbaijan's first mobilisation since 1994 on "
            "Wednesday. Armenia called it a threat, and Armenian officials said Yerevan would respond.",
            (("15", "AZE", "ARM"),),
            step=POSTURE_RIVAL,
        ),
        DyadCase(
            "deployment-to-own-cities-stays-at-home",
            "MANILA, May 3 (Wire) - President Ana Ruiz threatened on Monday to deploy the army to Philippine "
            "cities unless the riots stop. Japan urged calm.",
            (("13", "PHL", "PHL"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_show_of_force_aimed_at_own_country_faces_its_rival(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "bare-title-object-is-the-earlier-holder",
            "AMMAN, May 3 (Wire) - Jordan's King Ivo dismissed the government on Monday. The United States "
            "urged the king to free the jailed politicians and restore civil liberties.",
            (("02", "USA", "JOR"),),
        ),
        DyadCase(
            "title-with-its-own-country-keeps-it",
            "AMMAN, May 3 (Wire) - Jordan's King Ivo dissolved parliament on Monday and jailed two "
            "opposition leaders. Britain urged the Egyptian king to free the detained leaders.",
            (("02", "GBR", "EGY"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_bare_title_object_is_the_earlier_holder(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "summit-of-four-pairs-the-first-two-not-the-host-city",
            "Peru's Ana Ruiz, Bolivia's Juan Soto, Chile's Pedro Lara and Ecuador's Luis Vega will meet in"
            " the Chilean city of Arica on Thursday to discuss water rights.",
            (("03", "PER", "BOL"),),
            step="target:coordinated-subject",
        ),
        DyadCase(
            "three-appealing-parties-keep-their-addressee",
            "Britain, France and Germany urged Iran to return to talks on Monday.",
            (("02", "GBR", "IRN"), ("02", "FRA", "IRN"), ("02", "DEU", "IRN")),
        ),
    ],
    ids=lambda c: c.name,
)
def test_summit_of_several_parties_is_between_them(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_pair_blaming_each_other_still_pairs(pipeline: Pipeline) -> None:
    check_dyads(
        pipeline,
        DyadCase(
            "mutual-blame",
            "Chile and Peru blamed each other for the border incident on Tuesday.",
            (("11", "CHL", "PER"),),
        ),
    )
