"""The trigger stage on the event expressions of the roots unseen wires word most variously: investigations,
aid, yielding, protest, fighting, force posture and reduced relations (rows of
``coding/data/verbs.curated.tsv``, words of ``coding/data/words.toml``). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of, kept_triggers

from newsevents.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(word, code) for word, code, _steps in kept_triggers(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # the arriving party's kind decides: a mission arriving is no visit (042)
        ("A team of U.N. weapons inspectors arrived in Baghdad on Monday.", "arrived", "090"),
        ("Investigators from the aviation agency reached the crash site on Tuesday.", "reached", "090"),
        ("An EU fact-finding mission landed in Tbilisi on Friday.", "landed", "090"),
        ("A Greek fact-finding team arrived in the port on Sunday.", "arrived", "090"),
        ("A Japanese rescue team arrived in Ankara with sniffer dogs.", "arrived", "073"),
        ("Indian rescuers reached the flattened town of Bhuj.", "reached", "073"),
        ("A Jordanian medical team landed in Gaza on Wednesday.", "landed", "073"),
        ("The agency sent inspectors to the enrichment plant.", "sent", "090"),
        ("U.N. investigators began work in the capital on Monday.", "began", "090"),
        ("A Turkish aid ship docked in the port of Tripoli.", "docked", "073"),
    ],
)
def test_arriving_mission_coded_by_kind(pipeline: Pipeline, text: str, word: str, code: str) -> None:
    assert (word, code) in _coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Turkish planes flew in tents, blankets and field hospitals on Tuesday.", "flew", "073"),
        ("Ankara flew in two rescue teams and 40 tonnes of food.", "flew", "073"),
        ("The bloc released 3 million euros in emergency relief for the flood victims.", "released", "073"),
        ("The development bank agreed to lend Colombo $500 million.", "lend", "071"),
        ("The bloc released funds for the reconstruction of the port.", "released", "071"),
        ("Washington released frozen Afghan funds on Monday.", "released", "085"),
        ("Riyadh pledged $2 billion to shore up the central bank.", "pledged", "0331"),
        ("Beijing extended a $3 billion credit line to Islamabad.", "extended", "071"),
        ("Tokyo gave Kyiv $4 billion in budget support.", "gave", "071"),
        ("Tokyo will lend Jakarta 2 billion dollars for reconstruction.", "lend", "071"),
        ("Riyadh deposited $3 billion in the central bank of Egypt.", "deposited", "071"),
        ("Berlin will provide four transport aircraft to the French mission.", "provide", "072"),
        ("Aid agencies distributed rice and blankets to the displaced families.", "distributed", "073"),
        ("Moscow resumed gas deliveries to Chisinau on Monday.", "resumed", "061"),
        ("British officers trained Ukrainian soldiers in mine clearance.", "trained", "072"),
    ],
)
def test_aid_flown_in_released_or_lent(pipeline: Pipeline, text: str, word: str, code: str) -> None:
    assert (word, code) in _coded(pipeline, text)


def test_troops_sent_for_reconstruction_are_aid(pipeline: Pipeline) -> None:
    text = "Seoul sent 300 engineers and troops to the region for reconstruction."
    assert ("sent", "073") in _coded(pipeline, text)


def test_troops_sent_as_part_of_a_force_are_help_not_a_show_of_force(pipeline: Pipeline) -> None:
    found = _coded(pipeline, "Senegal sent 300 soldiers as part of the regional stabilisation force.")
    assert ("sent", "074") in found
    assert not any(code.startswith("15") for _w, code in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Prosecutors in Milan opened criminal proceedings into the contracts.", "opened"),
        ("The upper house launched hearings into the police killings.", "launched"),
        ("The medicines regulator opened a review of the vaccine.", "opened"),
        ("Federal agents are looking into whether the minister took bribes.", "looking"),
    ],
)
def test_investigation_wording(pipeline: Pipeline, text: str, word: str) -> None:
    assert (word, "090") in _coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The military announced a state of emergency across the north.", "announced", "151"),
        ("Parliament declared martial law in the border regions.", "declared", "1724"),
        ("The junta announced a night-time curfew in the capital.", "announced", "1723"),
        ("Government forces retook the town of Kidal on Friday.", "retook", "192"),
        ("The army regained control of the border crossing.", "regained", "192"),
        ("Rebel fighters tightened their grip on the provincial capital.", "tightened", "192"),
        ("Army units drove the insurgents out of the old city.", "drove", "190"),
        ("The last Soviet troops pulled out of Kabul on Wednesday.", "pulled", "0874"),
        ("Russian soldiers rolled out of the town of Gori.", "rolled", "0874"),
        ("Iranian warships massed off the coast on Monday.", "massed", "154"),
        ("Government forces entered the rebel-held capital on Saturday.", "entered", "192"),
        ("U.N. peacekeepers entered the town on Sunday.", "entered", "074"),
        ("Egyptian mediators shuttled between the two delegations in Cairo.", "shuttled", "045"),
        ("The emir played host to the Turkish president in Doha.", "played", "043"),
        ("The two foreign ministers sat down for talks in Geneva.", "sat", "046"),
        ("Pyongyang launched artillery drills near the maritime border.", "drills", "150"),
        ("The navy launched combat patrols around the disputed islands.", "patrols", "150"),
        ("Beijing launched patrols and drills near the strait.", "launched", "150"),
        ("Tehran staged war games in the Gulf.", "games", "150"),
        ("Moscow laid siege to the port city.", "laid", "191"),
        ("The navy blocked the strait with two frigates.", "blocked", "191"),
    ],
)
def test_emergency_powers_fighting_and_force_posture(
    pipeline: Pipeline, text: str, word: str, code: str
) -> None:
    assert (word, code) in _coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Dozens of detainees refused food for a third week.", "refused", "142"),
        ("Thousands of protesters stormed the parliament building in the capital.", "stormed", "145"),
        ("Thousands of people rallied in Manila in support of the jailed senator.", "rallied", "141"),
        ("Hundreds of thousands of people filled the streets of the capital.", "filled", "141"),
        ("The unions called a general strike for Thursday.", "called", "143"),
        ("Port workers walked off the job over pay on Monday.", "walked", "143"),
        ("Nurses downed tools across the country on Monday.", "downed", "143"),
        ("University students boycotted classes in the capital on Monday.", "boycotted", "143"),
        ("Budapest sealed its border with a razor-wire fence.", "sealed", "160"),
        ("Police took the opposition leader in for questioning.", "took", "173"),
        ("Coast guards impounded a Greek-flagged tanker off the coast.", "impounded", "1711"),
        ("The court handed the blogger a ten-year prison sentence.", "handed", "116"),
        ("Managua revoked the citizenship of dozens of critics.", "revoked", "1721"),
        ("Ankara suspended high-level contacts with Vienna.", "suspended", "161"),
        ("Beijing lodged stern representations with Tokyo over the visit.", "lodged", "110"),
        ("Beijing halted imports of Canadian canola.", "halted", "163"),
        ("Riyadh closed its airspace to Qatari airliners on Monday.", "closed", "163"),
        ("Tokyo closed its ports to North Korean ships.", "closed", "163"),
        ("Tokyo tightened export controls on chemicals to Seoul.", "tightened", "163"),
        ("The government shut down the internet before the vote.", "shut", "1721"),
        ("Washington will ease curbs on farm exports to Havana.", "ease", "081"),
        ("The council scrapped the ban on opposition rallies.", "scrapped", "081"),
    ],
)
def test_protest_detention_and_relations_wording(pipeline: Pipeline, text: str, word: str, code: str) -> None:
    assert (word, code) in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers struggled to reach the villages cut off by the landslide.",
        "The inspectors failed to reach the site because of the fighting.",
        "The negotiators failed to break the deadlock.",
        "Moscow accused Washington of trying to apply its laws abroad.",
    ],
)
def test_generic_verbs_of_effort_code_nothing_themselves(pipeline: Pipeline, text: str) -> None:
    coded = _coded(pipeline, text)
    assert not any(word in ("struggled", "failed", "apply") for word, _code in coded)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The president drove out of the capital to tour the flooded districts.", "drove"),
        ("The prime minister tightened his grip on power after the vote.", "tightened"),
        ("Fishermen blocked the port to protest the new quotas.", "blocked"),
    ],
)
def test_guarded_rows_do_not_overreach(pipeline: Pipeline, text: str, word: str) -> None:
    """Driving out with no party driven, a grip on power, a port blocked by protesters: no fighting."""
    assert not any(w == word and c[:2] == "19" for w, c in _coded(pipeline, text))


def test_refusing_food_aid_is_a_rejection_not_a_hunger_strike(pipeline: Pipeline) -> None:
    assert ("refused", "120") in _coded(pipeline, "Pyongyang refused food aid from Seoul on Monday.")


def test_failing_to_reach_an_agreement_is_a_rejection(pipeline: Pipeline) -> None:
    assert ("failed", "120") in _coded(pipeline, "The two delegations failed to reach agreement on Sunday.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The opposition leader called the police raid a media spectacle.", "111"),
        ("The senator described the inquiry as a whitewash.", "111"),
        ("The envoy said the coup was not the appropriate response.", "111"),
        ("The Kremlin said the troop movements were an internal matter.", "013"),
    ],
)
def test_judgement_words(pipeline: Pipeline, text: str, code: str) -> None:
    assert code in [c for _w, c in _coded(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Clashes broke out between Kyrgyz and Tajik border guards on Thursday.", {"KGZ", "TJK"}),
        ("Heavy fighting raged between Armenian and Azerbaijani troops on Tuesday.", {"ARM", "AZE"}),
        (
            "Fierce clashes erupted between Indian and Chinese soldiers on the ridge on Monday.",
            {"IND", "CHN"},
        ),
    ],
)
def test_fighting_that_breaks_out_between_parties(pipeline: Pipeline, text: str, parties: set[str]) -> None:
    """The event noun is the subject of a verb of occurrence; the parties hang from the verb (roles.py)."""
    events = [e for e in events_of(pipeline, text, "2023-04-14") if e.root == "19"]
    assert len(events) == 1
    assert {events[0].source.country, events[0].target.country if events[0].target else None} == parties
