"""Humanitarian and aid-agency reports (the phuman probe set's error classes): aid and funding paused or
suspended (verbs.curated.tsv ne.phuman.*), an aid body halting its operations, work or deliveries
(synsets.curated.tsv &AID_BODY), the stop aimed at the country of its place (coding/aid_halted.py,
target:aid-halted-place), charities and aid organisations as parties and migration offices as governments
(tools/curated_agents.tsv), refugees turned or pushed back expelled, people caught in a war not seized,
staff fired not attacked, an armed movement named as a government or administration the government
(coding/ruling_group.py, source:ruling-group).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, RoleCoded, coded, coded_with_roles

from newsevents.pipeline import Pipeline

Found = list[Coded]


def _found(pipeline: Pipeline, text: str) -> Found:
    return coded(pipeline, text, "2019-05-08")


@pytest.mark.parametrize(("text", "found"), [
    # aid or funding paused, funding suspended: stopping aid (162)
    ("Norway paused its aid to Malawi on Tuesday.", [("162", "NOR", "MWI")]),
    ("Germany paused new funding for the agency on Friday.", [("162", "DEU", None)]),
    ("Britain froze its funding to the Zambian government on Tuesday.", [("162", "GBR", "ZMB")]),
    # a charity or aid agency halting its work where it gives aid: humanitarian aid stopped, aimed at the
    # country of the place
    ("The charity suspended its operations in Somalia on Tuesday.", [("1623", "SOM", "SOM")]),
    ("Oxfam paused its food distribution in Yemen on Tuesday.", [("1623", None, "YEM")]),
    ("The Norwegian Refugee Council halted its work in Mali on Tuesday.", [("1623", None, "MLI")]),
    # a firm suspending operations is no event
    ("The mining company suspended its operations in Peru on Tuesday.", []),
])  # fmt: skip
def test_aid_halted(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # refugees or migrants turned or pushed back are expelled (174); a column turning back retreats
    ("Tanzanian troops turned back 5,000 Rwandan refugees on Saturday.", [("174", "TZA", "RWA")]),
    ("Italian ships pushed back migrants to Libya on Saturday.", [("174", "ITA", "LBY")]),
    ("The Russian column turned back on Saturday.", [("0874", "RUS", "RUS")]),
    # people caught in a war are no arrest; smugglers caught by police are
    ("Donors pledged $2 billion for Yemenis caught in the war.", [("0331", None, "YEM")]),
    ("Kenyan police caught three Somali smugglers in Mombasa on Tuesday.", [("171", "KEN", "SOM")]),
    # an employer firing staff dismisses them
    ("The charity fired several employees on Monday.", []),
    ("Oxfam fired four of its staff in March.", []),
])  # fmt: skip
def test_expelled_trapped_dismissed(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a state's migration or immigration office speaks for its government
    ("Haiti's migration office asked Washington for a pause on Tuesday.", [("020", "HTI", "GOV", "USA")]),
    ("Kenya's immigration department asked Somalia for help on Tuesday.", [("023", "KEN", "GOV", "SOM")]),
])  # fmt: skip
def test_migration_office(pipeline: Pipeline, text: str, found: list[RoleCoded]) -> None:
    assert coded_with_roles(pipeline, text, "2019-05-08") == found


@pytest.mark.parametrize(("text", "found"), [
    # a crossing or port (re)opened to aid allows humanitarian access (0863), aimed at the place's country;
    # a crossing reopened with no word of aid opens a border (081)
    ("Sudan reopened the Tine crossing for aid on Thursday.", [("0863", "SDN", None)]),
    ("Saudi Arabia said it would reopen ports in Yemen to relief shipments.", [("0355", "SAU", "YEM")]),
    ("Turkey reopened the crossing on Monday.", [("081", "TUR", "TUR")]),
])  # fmt: skip
def test_access_reopened(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a charity, a rights group or a party stripped of its legal status or registration: an administrative
    # sanction (172)
    ("Belarus's parliament stripped the charity of its legal status on Wednesday.", [("172", "BLR", "BLR")]),
    ("Russia stripped the rights group of its registration on Monday.", [("172", "RUS", "RUS")]),
])  # fmt: skip
def test_stripped_of_status(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an armed movement named as a government or administration acts as its country's government
    ("The Taliban government called the deportations cruel.", [("111", "AFG", "GOV", None)]),
    ("The Taliban administration barred women from working for aid groups on Saturday.",
     [("172", "AFG", "GOV", "AFG")]),
    # named alone, or as fighters or authorities, it keeps the dictionary's role
    ("The Taliban condemned Pakistan on Monday.", [("111", "AFG", "REB", "PAK")]),
    ("Houthi authorities detained ten U.N. staff.", [("173", "YEM", "REB", None)]),
])  # fmt: skip
def test_ruling_group(pipeline: Pipeline, text: str, found: list[RoleCoded]) -> None:
    assert coded_with_roles(pipeline, text, "2019-05-08") == found


@pytest.mark.parametrize(("text", "found"), [
    # a convoy of the UN or the Red Cross reaching a town delivers aid (073); a military convoy does not
    ("A United Nations convoy reached Gorazde on Friday.", [("073", None, "BIH")]),
    ("A Red Cross convoy of ten lorries reached Sarajevo on Friday.", [("073", None, "BIH")]),
    ("A military convoy reached Sarajevo on Friday.", []),
])  # fmt: skip
def test_relief_convoys(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a ship or plane sailing or flying with relief goods delivers aid (073); flying with a companion is
    # a visit
    ("An Indian navy ship sailed for Colombo with medicine and tents on Monday.", [("073", "IND", "LKA")]),
    ("The president flew to Paris with his wife on Monday.", [("042", "FRA", None)]),
])  # fmt: skip
def test_sailed_with_relief(pipeline: Pipeline, text: str, found: Found) -> None:
    assert _found(pipeline, text) == found
