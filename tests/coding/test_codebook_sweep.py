"""The codebook sweep of roots 07, 08, 09, 15, 18 and 19 (the pcode probe set's error classes): shelling
and sieges by armed groups stay fighting (coding/forces.py), ease/relax/loosen take lift's objects
(verb_classes.tsv), a passive's subject words are its agent's (coding/syntax.py), "anti-" words are no
object, freed from house arrest, the ne.pcode.* rows, and acts told by the side that came under them
(coding/under_fire.py), nouns of moving forces done by their "of" phrase (coding/doers.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.coding.forces import force_code
from newsevents.pipeline import Pipeline
from newsevents.records import Actor

Found = list[Coded]


def _found(pipeline: Pipeline, text: str) -> Found:
    return coded(pipeline, text, "2019-05-08")


def _actor(country: str | None, role: str | None) -> Actor:
    return Actor(text="x", name=None, country=country, role=role, code=f"{country or ''}{role or ''}")


def test_how_fought_stays_fighting() -> None:
    non_state = frozenset({"REB"})
    rebels, army = _actor("LBR", "REB"), _actor("LBR", "MIL")
    # shelling and a siege say how force was used, whoever uses it
    assert force_code("194", rebels, army, False, non_state) == ("194", None)
    assert force_code("191", rebels, army, False, non_state) == ("191", None)
    # rifle fire by an armed group on soldiers is fighting; bare violence by nobody named an assault
    assert force_code("193", rebels, army, False, non_state) == ("193", None)
    assert force_code("190", rebels, army, True, non_state) == ("180", "code:non-state-violence")


@pytest.mark.parametrize(("text", "found"), [
    ("Rebels shelled the Congolese town of Goma on Tuesday.", [("194", None, "COD")]),
    ("Rebels laid siege to the Liberian port of Buchanan on Tuesday.", [("191", "LBR", "LBR")]),
    # easing verbs take lift's objects: a blockade, a state of emergency
    ("Egypt eased its blockade of the Gaza Strip on Tuesday.", [("0872", "EGY", "PSE")]),
    ("Bahrain eased the state of emergency on Tuesday.", [("0814", "BHR", "BHR")]),
    # a passive's 'by' agent is who acts: 'military aid' in its subject makes no deployment
    ("Hundreds of tonnes of military aid were flown into Kyiv by Poland on Tuesday.",
     [("073", "POL", "UKR")]),
    # ... and a gunman seized by police is arrested, not abducted by a gunman
    ("The gunman was seized by Kenyan police at the scene.", [("173", "KEN", "KEN")]),
    # anti-aircraft missiles are arms, not aircraft (a deployment)
    ("Norway will send anti-aircraft missiles to Ukraine.", [("0332", "NOR", "UKR")]),
    ("HARARE, May 7 (Wire) - Zimbabwe's opposition leader was freed from house arrest on Tuesday.",
     [("0841", "ZWE", "ZWE")]),
])  # fmt: skip
def test_mechanisms(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Kenya raised its terrorism threat level to severe on Tuesday.", [("151", "KEN", "KEN")]),
    ("Ethiopian artillery shells rained down on the Eritrean town of Zalambessa on Tuesday.",
     [("194", "ETH", "ERI")]),
    ("Chile's grant of asylum to the Peruvian former minister angered Lima on Tuesday.",
     [("075", "CHL", "PER")]),
    ("Fiji's military ruler reinstated the dissolved parliament on Tuesday.", [("0834", "FJI", "FJI")]),
])  # fmt: skip
def test_sweep_rows(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the maker between 'under' and the act, or after 'by' / 'from', is the source; the subject the target
    ("The Georgian village of Ergneti came under heavy Russian shelling on Tuesday.",
     [("194", "RUS", "GEO")]),
    ("An Indian border post came under attack by Pakistani troops on Tuesday.", [("190", "PAK", "IND")]),
])  # fmt: skip
def test_came_under(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the arriving or withdrawing forces are the source, the place they reach or leave the target
    ("Crowds cheered the arrival of Ghanaian peacekeepers in Juba on Tuesday.", [("074", "GHA", "SSD")]),
    ("The withdrawal of Syrian troops from Lebanon began on Tuesday.", [("0874", "SYR", "LBN")]),
])  # fmt: skip
def test_doer_of_nouns(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found
