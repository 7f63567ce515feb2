"""Maritime, air and border incidents (nineteenth session, psea): warning shots, incursions into airspace,
waters and zones, ships boarded, intercepted, stormed, sunk and seized by their flag, apologies for an
incident, stern action vowed, a government's protest (coding/official_protest.py), on sentences written
for these tests (issue 10)."""

from __future__ import annotations

import functools

from coding_helpers import events_of, triggered

from newsevents.coding.official_protest import OFFICIAL_PROTEST, official_protest, official_protest_table
from newsevents.pipeline import Pipeline
from newsevents.records import Actor

PUBLISHED_ON = "2021-03-09"


_by = functools.partial(triggered, published=PUBLISHED_ON)  # (coding_helpers.triggered)


# -- warning shots and incursions (rows ne.psea.1-9, 37) ----------------------------------------------------


def test_warning_shots_are_a_show_of_force(pipeline: Pipeline) -> None:
    fired = _by(pipeline, "Finnish patrol boats fired warning shots at a Swedish trawler on Monday.", "fired")
    assert fired and fired[0].cameo == "150"


def test_counted_warning_rounds_are_a_show_of_force(pipeline: Pipeline) -> None:
    text = "Japanese fighter jets fired dozens of warning rounds at a Chinese drone on Friday."
    fired = _by(pipeline, text, "fired")
    assert fired and fired[0].cameo == "150"


def test_bombers_flying_into_a_zone_are_posture_not_a_visit(pipeline: Pipeline) -> None:
    text = "Two Russian bombers flew into Norway's air defence identification zone on Sunday."
    flew = _by(pipeline, text, "flew")
    assert flew and flew[0].cameo == "150"
    assert flew[0].source is not None and flew[0].source.country == "RUS"


def test_a_leader_flying_to_a_capital_still_travels(pipeline: Pipeline) -> None:
    flew = _by(pipeline, "The Malaysian prime minister flew to Jakarta on Sunday.", "flew")
    assert flew and flew[0].cameo == "042"


def test_a_jet_entering_airspace_is_an_incursion(pipeline: Pipeline) -> None:
    entered = _by(pipeline, "A Belarusian fighter jet entered Lithuanian airspace on Tuesday.", "entered")
    assert entered and entered[0].cameo == "150"
    assert entered[0].target is not None and entered[0].target.country == "LTU"


def test_entering_airspace_said_in_an_apology_is_no_incursion(pipeline: Pipeline) -> None:
    text = "Ottawa said it was sorry for entering Danish airspace."
    assert not [e for e in _by(pipeline, text, "entered") if e.cameo == "150"]


def test_coast_guard_ships_entering_waters_are_an_incursion(pipeline: Pipeline) -> None:
    text = "Four Chinese coast guard ships entered Japanese territorial waters on Sunday."
    entered = _by(pipeline, text, "entered")
    assert entered and entered[0].cameo == "150"


def test_crossing_the_median_line_is_posture(pipeline: Pipeline) -> None:
    text = "Nine PLA warplanes crossed the strait's median line on Friday."
    crossed = _by(pipeline, text, "crossed")
    assert crossed and crossed[0].cameo == "150"


# -- ships boarded, intercepted, stormed, sunk, seized (rows ne.psea.10-29, 38-43) -------------------------


def test_commandos_boarding_a_tanker_coerce(pipeline: Pipeline) -> None:
    boarded = _by(pipeline, "Iranian commandos boarded a Greek tanker in the Gulf on Sunday.", "boarded")
    assert boarded and boarded[0].root == "17"


def test_navy_sailors_boarding_fishing_boats_coerce(pipeline: Pipeline) -> None:
    text = "Indonesian navy sailors boarded six Vietnamese fishing boats on Monday."
    boarded = _by(pipeline, text, "boarded")
    assert boarded and boarded[0].root == "17"


def test_migrants_boarding_boats_is_no_event(pipeline: Pipeline) -> None:
    assert not _by(pipeline, "Hundreds of migrants boarded boats in Libya on Monday.", "boarded")


def test_a_research_ship_intercepted_is_coerced(pipeline: Pipeline) -> None:
    text = "A Venezuelan navy corvette intercepted a Guyanese research ship on Thursday."
    stopped = _by(pipeline, text, "intercepted")
    assert stopped and stopped[0].root == "17"


def test_a_plane_intercepted_is_posture(pipeline: Pipeline) -> None:
    text = "Two Italian jets intercepted a Russian reconnaissance plane over the Baltic on Monday."
    met = _by(pipeline, text, "intercepted")
    assert met and met[0].cameo == "150"


def test_commandos_storming_a_ship_assault_it(pipeline: Pipeline) -> None:
    stormed = _by(pipeline, "Egyptian commandos stormed a Maltese ship on Monday.", "stormed")
    assert stormed and stormed[0].cameo == "180"


def test_warships_sinking_a_torpedo_boat_fight(pipeline: Pipeline) -> None:
    text = "Peruvian warships sank an Ecuadorean torpedo boat on Tuesday."
    sank = _by(pipeline, text, "sank")
    assert sank and sank[0].cameo == "190"


def test_a_ship_seized_by_its_flag_is_confiscated(pipeline: Pipeline) -> None:
    text = "The Maltese-flagged MSC Orion was seized by the Iranian navy, the agency said."
    seized = _by(pipeline, text, "seized")
    assert seized and seized[0].cameo == "1711"
    assert seized[0].target is not None and seized[0].target.country == "MLT"


def test_a_seized_ship_steered_into_waters_is_no_cooperation(pipeline: Pipeline) -> None:
    text = "Iranian commandos boarded a container ship and steered it into Iranian waters on Saturday."
    assert not _by(pipeline, text, "steered")


def test_marines_taking_control_of_a_supertanker_confiscate_it(pipeline: Pipeline) -> None:
    text = "Italian marines took control of a supertanker on Thursday."
    took = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root == "17"]
    assert took and took[0].cameo == "1711"


# -- apologies, vows, formal protests (rows ne.psea.30-36, 44-52) ------------------------------------------


def test_regret_for_an_intrusion_is_an_apology(pipeline: Pipeline) -> None:
    text = "Moscow said it regretted the intrusion of a Russian submarine into Norwegian waters."
    regret = _by(pipeline, text, "regretted")
    assert regret and regret[0].cameo == "055"


def test_stern_action_vowed_is_a_threat(pipeline: Pipeline) -> None:
    vowed = _by(pipeline, "Seoul vowed stern action against Pyongyang on Friday.", "vowed")
    assert vowed and vowed[0].root == "13"


def test_summoning_the_head_of_a_mission_is_a_formal_protest(pipeline: Pipeline) -> None:
    text = "Riga summoned the Russian mission's head on Friday."
    summoned = _by(pipeline, text, "summoned")
    assert summoned and summoned[0].cameo == "114"


def test_a_protest_note_handed_over_is_a_formal_protest(pipeline: Pipeline) -> None:
    text = "Vilnius handed over a protest note to the Belarusian envoy on Monday."
    handed = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root in ("08", "11")]
    assert handed and all(e.cameo == "114" for e in handed)


# -- a government's protest (coding/official_protest.py) ---------------------------------------------------


def test_a_government_protesting_complains_officially(pipeline: Pipeline) -> None:
    text = "Denmark protested on Monday and said the flights broke international rules."
    protested = _by(pipeline, text, "protested")
    assert protested and protested[0].cameo == "114"
    assert OFFICIAL_PROTEST in protested[0].evidence.steps


def test_two_governments_protesting_side_by_side_aim_at_the_third(pipeline: Pipeline) -> None:
    text = "Canada imposed duties on Chilean and Peruvian timber on Tuesday. Chile and Peru protested."
    protested = _by(pipeline, text, "protested")
    assert {(e.source.country if e.source else None) for e in protested} == {"CHL", "PER"}
    assert all(e.target is not None and e.target.country == "CAN" for e in protested)


def test_a_crowd_protesting_still_demonstrates(pipeline: Pipeline) -> None:
    protested = _by(pipeline, "Thousands of students protested in Lima against the government.", "protested")
    assert protested and protested[0].root == "14"


def test_a_rally_a_leader_addresses_is_no_official_protest(pipeline: Pipeline) -> None:
    # (the rally a leader tells is the speech's audience, no event at all since coding/audience.py; what
    # this guards is that official_protest never recodes it as the government's protest, 11)
    text = "ACCRA, March 8 - President Mahama told a rally in Kumasi that Ghana would defend its waters."
    rally = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.evidence.trigger == "rally"]
    assert all(e.root == "14" and OFFICIAL_PROTEST not in e.evidence.steps for e in rally)


def test_the_rule_reads_the_source_role() -> None:
    table = official_protest_table()
    government = Actor(text="Norway", name="Norway", country="NOR", role="GOV", code="NORGOV")
    public = Actor(text="residents", name="Norway", country="NOR", role="CVL", code="NORCVL")
    assert official_protest("140", government) == table.complaint_code
    assert official_protest("141", public) is None
    assert official_protest("051", government) is None


# -- a state body two states share a name for (actors/namesakes.py) ----------------------------------------


def test_joint_chiefs_in_a_story_from_seoul_are_south_korea_s(pipeline: Pipeline) -> None:
    text = (
        "SEOUL, Nov 3 - The Joint Chiefs of Staff put South Korean troops on high alert on Tuesday after "
        "North Korean guns shelled a border island."
    )
    alert = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root == "15"]
    assert alert and alert[0].source is not None and alert[0].source.country == "KOR"


def test_joint_chiefs_in_a_story_from_washington_stay_american(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON, May 3 - The Joint Chiefs of Staff sent two aircraft carriers to the Gulf on Tuesday to "
        "deter Iran, American officials said."
    )
    sent = [e for e in events_of(pipeline, text, PUBLISHED_ON) if e.root == "15"]
    assert sent and sent[0].source is not None and sent[0].source.country == "USA"


# -- escorts of one's own exploration (rows ne.psea.54-56) ------------------------------------------------


def test_warships_escorting_a_survey_vessel_show_force(pipeline: Pipeline) -> None:
    text = "Cypriot officials said Turkish warships were escorting a survey vessel in waters Nicosia claims."
    escorting = _by(pipeline, text, "escorting")
    assert escorting and escorting[0].cameo == "150"


def test_warships_escorting_another_state_s_tanker_protect_it(pipeline: Pipeline) -> None:
    text = "French warships escorted a Greek tanker through the strait on Monday."
    escorted = _by(pipeline, text, "escorted")
    assert escorted and escorted[0].cameo == "074"
