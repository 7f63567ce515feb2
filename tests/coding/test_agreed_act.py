"""Acts agreed to that no pattern codes (coding/agreed_act.py): "agreed to abandon their claims" is an
intent to cooperate (03), not a statement of accord (05); a bare "agreed" and an act a pattern codes keep
their codes. Firms a state sanctions that the text places in no country (coding/sanctioned_firms.py) take
no country of the sanctioning state's: the sanction is aimed abroad (16), not at home (17). A warning
that a party has done a deed (coding/forecast.py) is an accusation (11), not a forecast. Every sentence
is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, coded

from newsevents.coding.agreed_act import AGREED_ACT, AGREED_PERMISSION
from newsevents.coding.forecast import WARNED_DEED
from newsevents.coding.sanctioned_firms import UNPLACED_FIRM
from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "an act no pattern codes, agreed to",
        "OSLO, May 14 (Wire) - Norway and Denmark agreed on Friday to abandon their fishing claims in the "
        "Arctic.",
        (("03", "NOR", "DNK"),),
        step=AGREED_ACT,
    ),
    DyadCase(
        "a permission agreed to",
        "VALLETTA, May 14 (Wire) - Malta agreed on Tuesday to let Italian ships land migrants at its ports.",
        # (one party's consent to let another act concedes a permission, 080: coding/agreed_act.py)
        (("08", "MLT", "ITA"),),
        step=AGREED_PERMISSION,
    ),
    DyadCase(
        "firms sanctioned with no country",
        "WASHINGTON, May 14 (Wire) - The United States imposed sanctions on Tuesday on companies building "
        "the new gas pipeline.",
        (("16", "USA", None),),
        step=UNPLACED_FIRM,
    ),
    DyadCase(
        "firms sanctioned with their country named",
        "WASHINGTON, May 14 (Wire) - The United States imposed sanctions on Tuesday on Chinese companies "
        "building the new port.",
        (("16", "USA", "CHN"),),
    ),
    DyadCase(
        "a warning of a deed done",
        "OTTAWA, May 14 (Wire) - Canada warned on Monday that Iranian agents had smuggled weapons into "
        "the port.",
        (("11", "CAN", "IRN"),),
        step=WARNED_DEED,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_agreed_acts_and_sanctioned_firms(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_bare_agreement_keeps_its_code(pipeline: Pipeline) -> None:
    codes = [
        c for c, _s, _t in coded(pipeline, "Peru and Chile agreed that the talks should go on.", "2021-03-10")
    ]
    assert "030" not in codes


def test_coded_act_keeps_its_intent(pipeline: Pipeline) -> None:
    codes = [
        c for c, _s, _t in coded(pipeline, "Ghana agreed on Monday to send observers to Togo.", "2021-03-10")
    ]
    assert "030" not in codes and any(c.startswith("03") for c in codes)


def test_firms_placed_at_home_stay_at_home(pipeline: Pipeline) -> None:
    text = "BEIJING, May 14 (Wire) - China froze the assets of its own companies on Tuesday."
    assert all(c[:2] != "16" for c, _s, _t in coded(pipeline, text, "2021-03-10"))


def test_warning_of_a_change_stays_a_forecast(pipeline: Pipeline) -> None:
    text = "GENEVA, May 14 (Wire) - The agency warned on Monday that the crisis in Chad had reached a "
    text += "breaking point."
    assert all(c != "112" for c, _s, _t in coded(pipeline, text, "2021-03-10"))
