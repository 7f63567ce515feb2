"""Conflict and coercion events (CAMEO 15, 17, 18, 19, 20, 08) in shapes the pconf probe set showed the
coder missing or miscoding, on sentences written for these tests (issue 10): abductions by armed groups,
ordered retreats, accidental deaths, causes fought for, legal charges, verbal defence, and attacks told
as what a party is blamed for (coding/accused.py)."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents.coding import accused, casualties
from newsevents.pipeline import Pipeline
from newsevents.records import Event


def _events(pipeline: Pipeline, text: str, published: str = "2021-06-01") -> list[Event]:
    return events_of(pipeline, text, published)


def _codes(pipeline: Pipeline, text: str) -> list[str]:
    return [e.cameo for e in _events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "BOGOTA, May 30 (Wire) - Rebels seized two oil workers in the southern jungle on Sunday.",
        "The journalist was seized by guerrillas near the border in March.",
        "PORT HARCOURT, May 30 (Wire) - Militants seized an Italian engineer from a camp on Sunday.",
        "Pirates seized the captain of a Greek freighter off the Somali coast on Tuesday.",
    ],
)
def test_a_person_seized_by_an_armed_group_is_abducted(pipeline: Pipeline, text: str) -> None:
    seized = by_trigger(_events(pipeline, text))["seized"]
    assert [e.cameo for e in seized] == ["181"]


def test_a_person_seized_by_police_is_still_an_arrest(pipeline: Pipeline) -> None:
    seized = by_trigger(
        _events(
            pipeline, "HARARE, May 30 (Wire) - Police seized the opposition leader at his home on Sunday."
        )
    )
    assert [e.cameo for e in seized["seized"]] == ["173"]


@pytest.mark.parametrize(
    "text",
    [
        "YEREVAN, May 31 (Wire) - Armenia ordered its troops on Monday to pull out of four border villages.",
        "Moscow ordered its forces to withdraw from the west bank of the river on Wednesday.",
        "Azerbaijan's defence minister ordered the soldiers to retreat from the ridge on Friday.",
    ],
)
def test_ordering_troops_out_is_the_retreat(pipeline: Pipeline, text: str) -> None:
    assert "0874" in _codes(pipeline, text)
    assert "154" not in _codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, May 30 (Wire) - A regional governor was killed in a car crash on Sunday, officials said.",
        "Eleven pilgrims were killed in a stampede at the shrine on Friday.",
        "Two aid workers were killed in a road accident north of Juba on Tuesday.",
    ],
)
def test_deaths_by_misfortune_are_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in _codes(pipeline, text) if c[:2] in ("18", "19")]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels, who say they are fighting for the rights of the Karen minority, control the hills.",
        "The movement has fought for independence from Jakarta since 1976, its leader said.",
    ],
)
def test_fighting_for_a_cause_is_no_battle(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in _codes(pipeline, text) if c[:2] in ("18", "19")]


@pytest.mark.parametrize(
    "text",
    [
        "KHARTOUM, April 16 (Wire) - Fighting between the army and paramilitary forces entered a third day.",
        "Clashes between government forces and rebels entered a second week on Monday.",
    ],
)
def test_fighting_entering_a_day_occupies_nothing(pipeline: Pipeline, text: str) -> None:
    assert "192" not in _codes(pipeline, text)


def test_armed_groups_entering_a_town_occupy_it(pipeline: Pipeline) -> None:
    text = "BAMAKO, May 30 (Wire) - Islamist rebels entered the town of Gao on Sunday."
    assert "192" in _codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, May 30 (Wire) - The High Court struck down a law banning street protests on Sunday.",
        "The constitutional court struck down the emergency decree on Tuesday.",
    ],
)
def test_striking_down_a_law_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in _codes(pipeline, text) if c[:2] == "19"]


def test_police_charging_a_suspect_is_legal_action(pipeline: Pipeline) -> None:
    text = "LAGOS, May 30 (Wire) - Nigerian police charged two men on Sunday over a market bombing."
    charged = by_trigger(_events(pipeline, text))["charged"]
    assert [e.cameo for e in charged] == ["173"]


def test_a_bank_charging_a_rate_is_no_accusation(pipeline: Pipeline) -> None:
    text = "The central bank will charge lenders 2 percent on excess reserves from March."
    assert "112" not in _codes(pipeline, text)


def test_defending_the_police_in_words_is_no_military_protection(pipeline: Pipeline) -> None:
    text = "MANILA, May 30 (Wire) - The president defended the police, saying officers had acted lawfully."
    defended = by_trigger(_events(pipeline, text))["defended"]
    assert [e.cameo for e in defended] == ["052"]


@pytest.mark.parametrize(
    ("text", "trigger", "where"),
    [
        (
            "NAIROBI, May 30 (Wire) - Police blamed al Shabaab on Sunday for an attack on a bus station "
            "that killed 12 people.",
            "attack",
            "KEN",
        ),
        (
            "COLOMBO, May 30 (Wire) - The government blamed a local militant group on Sunday for a wave of "
            "bombings at churches.",
            "bombings",
            "LKA",
        ),
        (
            "LONDON, May 30 (Wire) - Police arrested three men on Sunday over a bombing on a bus in central "
            "London.",
            "bombing",
            "GBR",
        ),
    ],
)
def test_an_attack_a_party_is_blamed_for_is_coded(
    pipeline: Pipeline, text: str, trigger: str, where: str
) -> None:
    found = by_trigger(_events(pipeline, text))
    assert trigger in found
    attack = found[trigger][0]
    assert attack.cameo[:2] == "18"
    assert accused.ACCUSED_PARTY in attack.evidence.steps
    assert attack.target is not None and attack.target.country == where


def test_an_attack_named_as_known_is_not_coded_from_the_accusation(pipeline: Pipeline) -> None:
    text = "Palestinian officials blamed Israel on Tuesday for the bombing of a militant leader's car."
    assert "bombing" not in by_trigger(_events(pipeline, text))


def test_an_attack_told_before_is_not_coded_again(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, May 30 (Wire) - A bomb ripped through a bus station in Nairobi on Sunday, killing 12. "
        "Police blamed al Shabaab for the attack."
    )
    assert "attack" not in by_trigger(_events(pipeline, text))


def test_a_speech_act_blamed_on_a_party_stays_the_accusers_account(pipeline: Pipeline) -> None:
    text = "Lima blamed Quito on Monday for a wave of threats against its border guards."
    assert not [c for c in _codes(pipeline, text) if c[:2] == "13"]


@pytest.mark.parametrize(
    "text",
    [
        "TBILISI, May 30 (Wire) - Russian tanks rolled into South Ossetia on Sunday.",
        "TBILISI, May 30 (Wire) - Russian troops poured into Georgia on Sunday.",
        "TBILISI, May 30 (Wire) - Russian troops swept into the town of Gori on Sunday.",
    ],
)
def test_armed_columns_moving_into_a_country_occupy_it(pipeline: Pipeline, text: str) -> None:
    events = [e for e in _events(pipeline, text) if e.cameo == "192"]
    assert events and events[0].source.country == "RUS"


@pytest.mark.parametrize(
    "text",
    [
        "CARACAS, May 30 (Wire) - Venezuelan troops dispersed opposition marchers with tear gas on Sunday.",
        "CARACAS, May 30 (Wire) - Venezuelan police broke up a student rally in Caracas on Sunday.",
    ],
)
def test_dispersing_marchers_is_repression(pipeline: Pipeline, text: str) -> None:
    assert "175" in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("MINSK, May 30 (Wire) - The strike followed a wave of arrests of opposition activists.", "BLR"),
        (
            "CAIRO, May 30 (Wire) - Mass arrests of Islamist supporters were reported across Egypt.",
            "EGY",
        ),
    ],
)
def test_arrests_named_by_a_noun_with_nobody_making_them_are_the_police(
    pipeline: Pipeline, text: str, home: str
) -> None:
    arrests = by_trigger(_events(pipeline, text))["arrests"]
    assert [(e.cameo, e.source.country) for e in arrests] == [("173", home)]


def test_arrests_the_lead_told_are_not_coded_again(pipeline: Pipeline) -> None:
    text = (
        "HARARE, May 30 (Wire) - Zimbabwean police arrested 40 opposition activists on Sunday. "
        "The arrests came days after a general strike."
    )
    assert len(by_trigger(_events(pipeline, text)).get("arrests", [])) == 0


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (
            "KHARTOUM, May 30 (Wire) - Sudanese troops clashed with paramilitary fighters in the capital on "
            "Sunday. Washington called for an immediate end to the fighting.",
            "SDN",
        ),
        (
            "ALMATY, May 30 (Wire) - Kazakh police fired on rioters in Almaty on Sunday. The United States "
            "urged restraint.",
            "KAZ",
        ),
        (
            "CONAKRY, May 30 (Wire) - Guinean soldiers opened fire on an opposition rally on Sunday. The "
            "African Union called for an end to the violence.",
            "GIN",
        ),
    ],
)
def test_an_appeal_to_end_fighting_is_made_to_the_story_country(
    pipeline: Pipeline, text: str, addressee: str
) -> None:
    appeals = [e for e in _events(pipeline, text) if e.cameo == "0256"]
    assert appeals and appeals[0].target is not None and appeals[0].target.country == addressee


def test_calling_for_an_end_to_an_embargo_is_an_appeal(pipeline: Pipeline) -> None:
    text = "LONDON, May 30 (Wire) - Britain called for an end to the embargo on Cuba on Sunday."
    assert [c[:2] for c in _codes(pipeline, text)] == ["02"]


@pytest.mark.parametrize(
    ("text", "maker", "victims"),
    [
        (
            "BAGHDAD, May 30 (Wire) - Four American contractors were killed on Sunday when insurgents "
            "ambushed their vehicles in Falluja.",
            "insurgents",
            "USA",
        ),
        (
            "KABUL, May 30 (Wire) - Three policemen were wounded when gunmen attacked their checkpoint in "
            "Kandahar on Sunday.",
            "gunmen",
            "AFG",
        ),
        (
            "BANGKOK, May 30 (Wire) - Six people were shot dead on Sunday when troops opened fire on a "
            "demonstration in Pattani.",
            "troops",
            "THA",
        ),
    ],
)
def test_casualties_take_the_maker_of_their_when_clause(
    pipeline: Pipeline, text: str, maker: str, victims: str
) -> None:
    events = _events(pipeline, text)
    assert len(events) == 1
    assert casualties.WHEN_AGENT in events[0].evidence.steps
    assert events[0].source.text == maker
    assert events[0].target is not None and events[0].target.country == victims


def test_a_when_clause_attack_without_casualties_stays_an_event(pipeline: Pipeline) -> None:
    text = (
        "KABUL, May 30 (Wire) - Afghan troops stormed a Taliban hideout on Sunday when militants attacked "
        "a checkpoint nearby."
    )
    assert len([e for e in _events(pipeline, text) if e.cameo[:2] in ("18", "19")]) == 2


@pytest.mark.parametrize(
    ("text", "foe", "victims"),
    [
        (
            "DHAKA, May 30 (Wire) - Eight Bangladeshi border guards were killed in a clash with Indian "
            "troops on Sunday.",
            "IND",
            "BGD",
        ),
        (
            "CAIRO, May 30 (Wire) - In Suez, three protesters were killed in clashes with security forces on "
            "Sunday.",
            "EGY",
            "EGY",
        ),
    ],
)
def test_casualties_of_a_clash_take_the_other_side_as_source(
    pipeline: Pipeline, text: str, foe: str, victims: str
) -> None:
    killed = by_trigger(_events(pipeline, text))["killed"][0]
    assert casualties.CLASH_FOE in killed.evidence.steps
    assert killed.source.country == foe and killed.source.role in ("MIL", "COP")
    assert killed.target is not None and killed.target.country == victims
    assert killed.cameo[:2] in ("17", "19")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ALMATY, May 30 (Wire) - Russian paratroopers landed in Kazakhstan on Sunday.", "154"),
        ("DILI, May 30 (Wire) - Australian-led peacekeepers landed in East Timor on Sunday.", "074"),
    ],
)
def test_troops_landing_in_a_country_are_deployed(pipeline: Pipeline, text: str, code: str) -> None:
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "taker"),
    [
        ("BAMAKO, May 30 (Wire) - The town of Gao fell to Islamist rebels on Sunday.", "Islamist rebels"),
        (
            "KABUL, May 30 (Wire) - Kunduz fell to the Taliban on Sunday after days of fighting.",
            "the Taliban",
        ),
    ],
)
def test_a_place_that_fell_to_a_force_was_taken_by_it(pipeline: Pipeline, text: str, taker: str) -> None:
    fell = by_trigger(_events(pipeline, text))["fell"]
    assert [(e.cameo, e.source.text) for e in fell] == [("192", taker)]
    assert casualties.FALLEN_TO in fell[0].evidence.steps


def test_prices_falling_to_a_low_are_no_event(pipeline: Pipeline) -> None:
    assert (
        _codes(pipeline, "LONDON, May 30 (Wire) - Shares in the company fell to a record low on Sunday.")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "CONAKRY, May 30 (Wire) - Former prime ministers Cellou Dalein Diallo and Sidya Toure were beaten "
        "and detained.",
        "BOGOTA, May 30 (Wire) - Two rebel commanders were overpowered and taken into custody on Sunday.",
    ],
)
def test_an_agentless_passive_conjunct_arrest_is_the_polices(pipeline: Pipeline, text: str) -> None:
    arrests = [e for e in _events(pipeline, text) if e.cameo == "173"]
    assert arrests and arrests[0].source.role == "COP"


def test_a_foreign_force_strikes_in_the_story_country_not_its_own(pipeline: Pipeline) -> None:
    text = (
        "ABIDJAN, May 30 (Wire) - Fighting raged in Ivory Coast's main city on Sunday. French helicopters "
        "pounded the presidential compound in the evening."
    )
    pounded = by_trigger(_events(pipeline, text))["pounded"][0]
    assert pounded.source.country == "FRA"
    assert pounded.target is not None and pounded.target.country == "CIV"


@pytest.mark.parametrize(
    "text",
    [
        "BISHKEK, May 30 (Wire) - Security services are holding the former president at an undisclosed "
        "location, his lawyer said on Sunday.",
        "TEHRAN, May 30 (Wire) - Iran has held the French researcher in prison since 2019.",
    ],
)
def test_holding_someone_in_custody_is_a_detention(pipeline: Pipeline, text: str) -> None:
    assert "173" in _codes(pipeline, text)


def test_a_foreign_force_withdraws_from_the_story_country(pipeline: Pipeline) -> None:
    text = (
        "BAKU, May 30 (Wire) - Azerbaijan welcomed the move on Sunday. Armenia ordered its troops to pull "
        "out of four villages near the border."
    )
    ordered = [e for e in _events(pipeline, text) if e.cameo == "0874"]
    assert ordered and ordered[0].target is not None and ordered[0].target.country == "AZE"
