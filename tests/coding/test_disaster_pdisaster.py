"""Disaster and relief shapes found by the `pdisaster` probe set (twenty-eighth round): a state of calamity
or of disaster declared is a state of emergency (``ne.pdisaster.1-2``, 151 as ``ne.declare.4``), relief
accepted is agreement to the offer (``ne.pdisaster.3-4``, 05 as help accepted), and a deployment that sends
relief workers or a field hospital is humanitarian aid whatever force they come from (``purpose.py``
``helping-deployment``: "army rescuers" are no show of force); a neighbour said to exaggerate, overstate or
distort is reproached (``wrongdoing_verbs``, with the bare Phoenix "exaggerate" row, 060, blocked by
``ne.pdisaster.5``). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.purpose import HELPING_DEPLOYMENT
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "state-of-national-calamity",
            "LIMA, March 10 (Wire) - President Ollanta Humala declared a state of national calamity on "
            "Tuesday after floods swept the northern coast.",
            (("15", "PER", "PER"),),
        ),
        DyadCase(
            "state-of-disaster",
            "LUSAKA, March 10 (Wire) - The president declared a state of disaster over the maize shortage "
            "on Tuesday and asked donors for grain.",
            (("15", "ZMB", "ZMB"),),
        ),
        DyadCase(
            "relief-goods-accepted",
            "LIMA, March 10 (Wire) - Peru accepted tents and blankets from Chile on Tuesday.",
            (("05", "PER", "CHL"),),
        ),
        DyadCase(
            "aid-accepted-beside-a-refusal",
            "LIMA, March 10 (Wire) - Peru turned down Chilean rescue teams on Tuesday but accepted aid from "
            "Chile.",
            (("05", "PER", "CHL"), ("12", "PER", "CHL")),
        ),
        DyadCase(
            "neighbour-said-to-exaggerate",
            "SANTIAGO, March 10 (Wire) - Chile's mining minister said on Tuesday that Peru was exaggerating "
            "the damage from the spill.",
            (("11", "CHL", "PER"),),
        ),
        DyadCase(
            "neighbour-said-to-overstate",
            "SANTIAGO, March 10 (Wire) - Chile said on Tuesday that Peru had overstated the size of the "
            "spill.",
            (("11", "CHL", "PER"),),
        ),
        DyadCase(
            "protected-status-refused",
            "WASHINGTON, March 10 (Wire) - The administration will not grant temporary protected status to "
            "Hondurans left homeless by the hurricane, officials said on Tuesday.",
            (("12", "USA", "HND"),),
        ),
        DyadCase(
            "protected-status-extended",
            "WASHINGTON, March 10 (Wire) - The administration extended protected status for Salvadorans on "
            "Tuesday.",
            (("07", "USA", "SLV"),),
        ),
        DyadCase(
            "army-rescuers-sent",
            "LA PAZ, March 10 (Wire) - Bolivia sent 200 army rescuers to Peru on Tuesday after the "
            "landslide.",
            (("07", "BOL", "PER"),),
            step=HELPING_DEPLOYMENT,
        ),
        DyadCase(
            "field-hospital-and-navy-medics",
            "LA PAZ, March 10 (Wire) - Bolivia is sending a field hospital and navy medics to Peru, its "
            "defence ministry said on Tuesday.",
            (("07", "BOL", "PER"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_disaster_relief_shapes(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_troops_sent_without_relief_workers_stay_a_deployment(pipeline: Pipeline) -> None:
    # Soldiers alone, with no relief purpose or relief workers among them, are no aid.
    check_dyads(
        pipeline,
        DyadCase(
            "troops-to-the-border",
            "QUITO, March 10 (Wire) - Ecuador sent 300 army troops to the border with Peru on Tuesday.",
            (("15", "ECU", "PER"),),
        ),
    )
