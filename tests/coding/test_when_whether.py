"""Whether and when an event is coded, on sentences written for these tests (issue 10, probe round):
dates the recogniser runs into an offset, dates of set-aside clauses, measured offsets, the occasion
just told, threatened answers and conditions told by an event noun."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.coding import responses
from newsevents.pipeline import Pipeline
from newsevents.when import SAME_OCCASION

WEDNESDAY = "2021-03-10"


def _dated(pipeline: Pipeline, text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {
        word: [(e.cameo, e.date) for e in found]
        for word, found in by_trigger(events_of(pipeline, text, WEDNESDAY)).items()
    }


@pytest.mark.parametrize(
    ("text", "verb", "date"),
    [
        (
            "Indian jets shot down a Pakistani drone near the border on Saturday, days after it crossed into "
            "Punjab.",
            "shot",
            "2021-03-06",
        ),
        (
            "Kenya expelled a Somali diplomat on Sunday, weeks after Mogadishu recalled its envoy.",
            "expelled",
            "2021-03-07",
        ),
        ("Japan recalled its ambassador to South Korea on Monday, March 8.", "recalled", "2021-03-08"),
    ],
)
def test_a_date_run_into_an_offset_dates_its_own_clause(
    pipeline: Pipeline, text: str, verb: str, date: str
) -> None:
    assert _dated(pipeline, text)[verb][0][1] == date


def test_a_measured_offset_sets_its_clause_apart(pipeline: Pipeline) -> None:
    dated = _dated(
        pipeline, "Kenya expelled a Somali diplomat on Sunday, weeks after Mogadishu recalled its envoy."
    )
    assert dated["recalled"][0][1] != "2021-03-07"


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed an accord to restore full diplomatic relations with Bolivia at a ceremony in Santiago "
        "on Monday.",
        "Japan signed a deal to resume fuel shipments to Mongolia at a ceremony on Monday.",
    ],
)
def test_an_infinitive_on_the_object_shares_its_verbs_date(pipeline: Pipeline, text: str) -> None:
    assert _dated(pipeline, text)["signed"][0][1] == "2021-03-08"


def test_also_goes_on_with_the_occasion_just_told(pipeline: Pipeline) -> None:
    text = "Ministers of Ghana and Togo met in Accra on Friday. They also agreed to reopen the border."
    events = by_trigger(events_of(pipeline, text, WEDNESDAY))
    assert events["reopen"][0].date == "2021-03-05"
    assert SAME_OCCASION in events["reopen"][0].evidence.steps


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Vietnam said it would take all necessary measures if Chinese survey ships returned.",
            "VNM",
            "CHN",
        ),
        ("If Ankara retaliates, Athens will respond.", "GRC", "TUR"),
        (
            "Seoul warned that Pyongyang would face consequences if it conducted another nuclear test.",
            "KOR",
            "PRK",
        ),
        (
            "Russia's foreign ministry called the expulsions a provocation and said retaliation would follow "
            "soon.",
            "RUS",
            None,
        ),
        ("Iran said Israel would pay a heavy price for the strike.", "IRN", "ISR"),
        (
            "Washington said it opposed the coup and would take action against those responsible if the "
            "detentions were not reversed.",
            "USA",
            None,
        ),
        ("Beijing warned that the response would be swift if Taipei declared independence.", "CHN", "TWN"),
        (
            "Fabius said that if the attack were confirmed, the world would have to respond with force.",
            "FRA",
            None,
        ),
    ],
)
def test_a_threatened_answer_is_a_threat(
    pipeline: Pipeline, text: str, source: str, target: str | None
) -> None:
    found = [e for e in events_of(pipeline, text, WEDNESDAY) if responses.RESPONSE_THREAT in e.evidence.steps]
    assert len(found) == 1, text
    assert found[0].root == "13" and found[0].source.country == source
    if target is not None:
        assert found[0].target is not None and found[0].target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "Cairo said it would respond to the proposal next week.",
        "Tokyo said it would not retaliate against the tariffs.",
        "The ministry said it would react calmly and study the letter.",
        "Lima responded to the note on Tuesday.",
        "Norway said it would act as a mediator if both sides asked.",
        "Seoul said it would respond positively if Pyongyang returned to talks.",
        "Japan said it would take steps to ease the visa rules if China lifted its ban.",
        "The EU said its response would depend on the outcome of the talks.",
        "Officials said any response would be coordinated with allies.",
    ],
)
def test_an_answer_without_menace_is_no_threat(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text, WEDNESDAY)
    assert not [e for e in events if responses.RESPONSE_THREAT in e.evidence.steps]


def test_an_event_noun_in_a_condition_is_no_event(pipeline: Pipeline) -> None:
    text = "Seoul warned that Pyongyang would face severe consequences if it conducted another nuclear test."
    assert "test" not in _dated(pipeline, text)


def test_a_later_conjunct_with_its_own_subject_keeps_its_date(pipeline: Pipeline) -> None:
    text = (
        "Militants in Gaza fired two rockets into southern Israel, and Israeli aircraft struck Hamas "
        "targets in the enclave early on Tuesday."
    )
    dated = _dated(pipeline, text)
    assert dated["struck"][0][1] == "2021-03-09"
    assert dated["fired"][0][1] != "2021-03-09"


def test_a_count_of_the_same_victims_shares_the_last_conjuncts_date(pipeline: Pipeline) -> None:
    text = (
        "GAO, Mali, March 9 (Wire) - Eleven Malian soldiers were killed and 20 injured on Monday when a "
        "bomb exploded beside their convoy."
    )
    assert _dated(pipeline, text)["killed"][0][1] == "2021-03-08"


def test_the_same_day_counts_from_the_last_dated_main_clause(pipeline: Pipeline) -> None:
    text = (
        "Kenyan police arrested 40 Somali traders in Nairobi on Monday. Somalia's government, which "
        "recalled its envoy last Friday, called the arrests illegal. The same day, Somali protesters "
        "attacked the Kenyan embassy in Mogadishu."
    )
    dated = _dated(pipeline, text)
    assert dated["attacked"][0][1] == "2021-03-08"
    assert dated["called"][0][1] != "2021-03-05"  # the relative clause's date is its own


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("NATO agreed on Monday to enforce a no-fly zone over Libya.", "enforce"),
        ("Kenya said it would impose a no-go zone along the Somali border.", "impose"),
    ],
)
def test_a_hyphenated_no_is_no_negation(pipeline: Pipeline, text: str, verb: str) -> None:
    assert verb in _dated(pipeline, text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("GAO, Mali, March 9 (Wire) - A roadside bomb killed four soldiers on Monday.", "MLI"),
        ("PALMA, Mozambique (Wire) - Insurgents were shot dead on Sunday, the army said.", "MOZ"),
        ("LEON, Nicaragua, March 9 (Wire) - Police were attacked by gunmen on Monday.", "NIC"),
    ],
)
def test_a_dateline_that_names_its_country_places_the_story_there(
    pipeline: Pipeline, text: str, country: str
) -> None:
    events = events_of(pipeline, text, WEDNESDAY)
    assert events and all(e.source.country == country for e in events), [e.source for e in events]


@pytest.mark.parametrize(
    ("text", "verb", "root", "source", "target"),
    [
        (
            "India handed Pakistan's envoy a note demanding that Islamabad punish the gunmen.",
            "demanding",
            "10",
            "IND",
            "PAK",
        ),
        (
            "The Security Council adopted a resolution urging Ethiopia and Eritrea to halt the fighting.",
            "urging",
            "02",
            None,
            "ETH",
        ),
        (
            "The Security Council on Friday passed a resolution condemning North Korea's missile launches.",
            "condemning",
            "11",
            None,
            "PRK",
        ),
    ],
)
def test_what_a_message_demands_is_the_senders_act(
    pipeline: Pipeline, text: str, verb: str, root: str, source: str | None, target: str
) -> None:
    events = by_trigger(events_of(pipeline, text, WEDNESDAY))
    assert verb in events, list(events)
    event = events[verb][0]
    assert event.root == root and (event.target is not None and event.target.country == target)
    assert source is None or event.source.country == source


def test_a_date_in_the_offer_is_not_the_rejections(pipeline: Pipeline) -> None:
    text = "Arafat on Monday rejected a U.S. offer to host a summit in mid-July."
    dated = _dated(pipeline, text)
    assert [d for _code, d in dated["rejected"]] == ["2021-03-08"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ATLANTA, Georgia (AP) -- A car bomb killed two people outside a courthouse on Monday.", "USA"),
        ("AMRITSAR, Punjab (Wire) - A bomb killed three people at a market on Monday.", "IND"),
        ("MELBOURNE, Victoria (Wire) - A blast killed a man outside a nightclub on Monday.", "AUS"),
    ],
)
def test_a_dateline_region_is_read_in_its_citys_country(pipeline: Pipeline, text: str, country: str) -> None:
    events = events_of(pipeline, text, WEDNESDAY)
    assert [e.source.country for e in events] == [country]


def test_last_weeks_event_is_last_weeks_month(pipeline: Pipeline) -> None:
    text = (
        "Delhi demanded on Monday that Islamabad act against those responsible for last week's attacks on "
        "Mumbai, in which gunmen killed more than 170 people."
    )
    assert _dated(pipeline, text)["killed"][0][1] == "2021-03"


@pytest.mark.parametrize(
    "text",
    [
        "The accord will be formally signed in Paris next month.",
        "Talks were held in Geneva on Monday.",
    ],
)
def test_an_agentless_accord_is_not_the_host_countrys(pipeline: Pipeline, text: str) -> None:
    assert events_of(pipeline, text, WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "verb", "source", "target"),
    [
        (
            "Ukraine said Russian forces shelled Kharkiv and demanded that Moscow halt the attacks.",
            "demanded",
            "UKR",
            "RUS",
        ),
        (
            "Kenya said Somali militants had attacked a police post and called on Mogadishu to act.",
            "called",
            "KEN",
            "SOM",
        ),
        (
            "Manila said Chinese ships had fired water cannon at its boats and urged Beijing to stop.",
            "urged",
            "PHL",
            "CHN",
        ),
    ],
)
def test_an_appeal_after_a_reported_act_is_the_speakers(
    pipeline: Pipeline, text: str, verb: str, source: str, target: str
) -> None:
    event = by_trigger(events_of(pipeline, text, WEDNESDAY))[verb][0]
    assert (event.source.country, event.target.country if event.target else None) == (source, target)


def test_a_date_after_a_scene_noun_dates_that_noun(pipeline: Pipeline) -> None:
    text = "After talks in Ankara last week, Sweden agreed on Tuesday to extradite two suspects to Turkey."
    assert _dated(pipeline, text)["extradite"][0][1] == "2021-03-09"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Moscow refrained from attacking the convoy.", "attacking"),
        ("Kenya abstained from voting on the resolution against Russia.", "voting"),
        ("Ankara chose dialogue rather than imposing sanctions on Athens.", "imposing"),
        ("Instead of expelling the diplomats, Prague summoned the Russian ambassador.", "expelling"),
        ("Neither Ethiopia nor Eritrea has signed the agreement.", "signed"),
    ],
)
def test_an_act_refrained_from_or_set_aside_did_not_happen(pipeline: Pipeline, text: str, verb: str) -> None:
    assert verb not in _dated(pipeline, text)


def test_the_chosen_act_beside_a_set_aside_one_stands(pipeline: Pipeline) -> None:
    text = "Instead of expelling the diplomats, Prague summoned the Russian ambassador."
    assert "summoned" in _dated(pipeline, text)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The European Union is due to lift sanctions on Belarus next week.", "lift"),
        ("Japan to lift sanctions on Iran.", "lift"),
        ("Washington plans to impose tariffs on Chinese steel next month.", "impose"),
    ],
)
def test_a_plan_told_in_the_present_is_an_intention(pipeline: Pipeline, text: str, verb: str) -> None:
    event = by_trigger(events_of(pipeline, text, WEDNESDAY))[verb][0]
    assert event.modality == "intended" and event.root in ("03", "13")
