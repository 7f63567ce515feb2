"""Aid told by what is sent or who arrives, and yielding told in agentless passives or by withdrawing
forces (the paid probe set's error classes): relief goods and teams as the subject of a verb of arriving
or the object of a verb of sending (synsets.curated.tsv &RELIEF, &ARMOUR; verbs.curated.tsv ne.paid.*),
releases sourced on the holder (coding/released.py, source:released-passive), asylum granted in a
country (source:granted-in). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded, events_of

from newsevents.pipeline import Pipeline

Found = list[Coded]


def _found(pipeline: Pipeline, text: str) -> Found:
    return coded(pipeline, text, "2019-05-08")


@pytest.mark.parametrize(("text", "found"), [
    # relief goods or a rescue team arriving: humanitarian aid from the giver to the place's country
    ("A shipment of 30,000 tents from Turkey arrived in Kabul on Tuesday.", [("073", "TUR", "AFG")]),
    ("A planeload of Indian vaccines landed in Dhaka on Tuesday.", [("073", "IND", "BGD")]),
    # a brigade of doctors or a military rescue unit is aid, not a deployment of force (154)
    ("A Chilean military rescue unit landed in Lima on Tuesday.", [("073", "CHL", "PER")]),
    ("A brigade of Cuban doctors arrived in Caracas on Tuesday.", [("073", "CUB", "VEN")]),
    # troops with no relief word stay a deployment
    ("Chilean troops landed in Lima on Tuesday.", [("154", "CHL", "PER")]),
    # aircraft dropping relief goods: an airdrop, not a bombing (195)
    ("Brazilian helicopters dropped blankets and rice on Bolivian villages on Tuesday.",
     [("073", "BRA", "BOL")]),
    # sending arms is military aid
    ("Norway sent tanks and howitzers to Ukraine on Tuesday.", [("072", "NOR", "UKR")]),
])  # fmt: skip
def test_aid_goods(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # forces pulling out or abandoning a place retreat ('force' is not in the converted &MILITARY set)
    ("Bolivian forces pulled out of the Peruvian border town on Tuesday.", [("0874", "BOL", "PER")]),
    ("Chilean troops abandoned their positions in Peru on Tuesday.", [("0874", "CHL", "PER")]),
])  # fmt: skip
def test_withdrawals(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the custody named tells the holder: "held in X", "from X's jails"
    ("Twelve Chilean fishermen held in Bolivia were freed on Tuesday.", [("0841", "BOL", "CHL")]),
    ("Forty Colombian prisoners were released from Venezuelan jails on Tuesday.", [("0841", "VEN", "COL")]),
    # captives handed to someone are released
    ("Nine Peruvian hostages held in Bolivia were handed to the Red Cross on Tuesday.",
     [("0841", "BOL", "PER")]),
    # freed people of the story's own country: their government freed them
    ("LIMA, May 7 (Wire) - Two Peruvian generals were released on Tuesday.", [("084", "PER", "PER")]),
    # freed foreigners with no custody named, or freed the story only places, leave the holder open
    ("LIMA, May 7 (Wire) - Fifty prisoners were freed on Tuesday, officials said.", []),
    ("LIMA, May 7 (Wire) - Two Chilean pilots were released on Tuesday.", []),
    # freed from something that is no custody, and a release only demanded, are no release
    ("LIMA, May 7 (Wire) - The president said the country had been freed from terror.", []),
])  # fmt: skip
def test_agentless_releases(
    pipeline: Pipeline, text: str, found: Found
) -> None:
    assert [f for f in _found(pipeline, text) if f[0].startswith("084")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("The Bolivian leader was granted asylum in Mexico on Tuesday.", [("075", "MEX", "BOL")]),
    ("The American whistleblower was given temporary asylum in Russia on Tuesday.", [("075", "RUS", "USA")]),
])  # fmt: skip
def test_asylum_granted_in(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("QUITO, Oct 13 (Wire) - Farmers called off two weeks of protests on Sunday.", [("087", "ECU", "ECU")]),
    ("QUITO, Oct 13 (Wire) - The rebels called off their offensive on Sunday.", [("087", "ECU", "ECU")]),
])  # fmt: skip
def test_called_off(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the withdrawn troops are the object, not the target: the country they leave is (withdrawn.py)
    ("BAMAKO, Mali, May 7 (Wire) - The French army said it had pulled a company of its forces out of the "
     "country.", [("0874", "FRA", "MLI")]),
    ("KIGALI, May 7 (Wire) - The Belgian military said it had temporarily pulled a company of its forces "
     "out of the country.", [("0874", "BEL", "RWA")]),
    ("Belgium pulled 90 of its soldiers out of Rwanda on Tuesday.", [("0874", "BEL", "RWA")]),
])  # fmt: skip
def test_withdrawn_from(pipeline: Pipeline, text: str, found: Found) -> None:
    assert [f for f in _found(pipeline, text) if f[0].startswith("087")] == found


@pytest.mark.parametrize(("text", "found"), [
    # pledged arms or relief goods: intent to give military or humanitarian aid (not a bare 030)
    ("Norway has pledged 40 tanks to Kyiv.", [("0332", "NOR", "UKR")]),
    ("Japan promised tents and blankets to Nepal on Tuesday.", [("0333", "JPN", "NPL")]),
    # allowing relief goods in is allowing humanitarian access
    ("Egypt allowed medical supplies into Gaza on Tuesday.", [("0863", "EGY", "PSE")]),
    ("ANTAKYA, Turkey, May 7 (Wire) - Six Qatari trucks with tents and blankets passed through the crossing "
     "on Tuesday.", [("073", "QAT", "TUR")]),
])  # fmt: skip
def test_pledged_and_allowed(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a truce told as the subject of its own start is between the parties of its 'between' phrase (truce.py)
    ("A truce between Peru and Ecuador took effect on Tuesday.", [("0871", "PER", "ECU")]),
    ("A ceasefire between Peru and Ecuador began at noon on Tuesday.", [("0871", "PER", "ECU")]),
    # peacekeepers taking up positions keep the peace
    ("Brazilian peacekeepers took up positions in Haiti on Tuesday.", [("074", "BRA", "HTI")]),
])  # fmt: skip
def test_truces_and_positions(pipeline: Pipeline, text: str, found: Found) -> None:
    assert [f for f in _found(pipeline, text) if f[0][:2] in ("07", "08")] == found


def test_relief_team_landing_is_aid_not_deployment(pipeline: Pipeline) -> None:
    """A brigade of doctors or a military rescue unit landing is relief (diplomacy.relief_cargo)."""
    events = events_of(pipeline, "A brigade of Cuban doctors landed in Caracas on Tuesday.", "2019-05-08")
    assert [(e.cameo, e.source.country) for e in events] == [("073", "CUB")]
    assert all("code:relief-cargo" in e.evidence.steps for e in events)


@pytest.mark.parametrize(("text", "found"), [
    # an army ordering a ceasefire declares one; a council ordering one demands it (ph.order.20, 1056)
    ("The Peruvian army ordered a ceasefire along the border on Tuesday.", [("0871", "PER", "PER")]),
    ("Japan offered 250,000 tonnes of rice to Pyongyang on Tuesday.", [("0333", "JPN", "PRK")]),
])  # fmt: skip
def test_ordered_ceasefire_and_offers(pipeline: Pipeline, text: str, found: Found) -> None:
    assert [f for f in _found(pipeline, text) if f[0][:2] in ("03", "08", "10")] == found


@pytest.mark.parametrize(("text", "found"), [
    # a withdrawal noun with nobody else to make it: the state its 'of' phrase names (withdrawn.py)
    ("KABUL, Feb 3 (Wire) - The withdrawal of Norwegian troops from Afghanistan began on Tuesday.",
     [("0874", "NOR", "AFG")]),
    # the withdrawal of something that is no state's forces makes no retreat
    ("KABUL, Feb 3 (Wire) - The withdrawal of the draft law began on Tuesday.", []),
])  # fmt: skip
def test_withdrawal_of(pipeline: Pipeline, text: str, found: Found) -> None:
    assert [f for f in _found(pipeline, text) if f[0].startswith("087")] == found
