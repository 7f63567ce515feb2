"""Diplomacy and cooperation constructions found by the pcoop probe set (coding/diplomacy.py and the
``# pcoop`` rows of verbs.curated.tsv): joint acts of two parties, leaders flying in, firsts to visit,
handovers for trial, "called X Y", relief flights, joint drills, peacekeepers authorised, talks
facilitated. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, dyad, events_of, kept_triggers

from newsevents.coding import diplomacy, roles
from newsevents.coding.rules import RULES
from newsevents.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> dict[str, str]:
    return {w: c for w, c, _s in kept_triggers(pipeline, text)}


def test_the_role_names_read_by_diplomacy_are_declared() -> None:
    assert diplomacy.OBJECT_OWNER == roles.OBJECT_OWNER
    assert diplomacy.PREP_OBJECT == roles.PREP_OBJECT
    for step in (diplomacy.FIRST_TO_ACT, diplomacy.TRIAL_HANDOVER, diplomacy.AGREEMENT_TERMS):
        assert step in RULES


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "pact-on-third",
            "Ugandan and Kenyan ministers signed a pact to share intelligence on Somalia's militias.",
            (("05", "UGA", "KEN"),),
        ),
        DyadCase(
            "deal-under-which",
            "Chile and Argentina signed a deal under which Argentina's state firm will pipe gas west.",
            (("05", "CHL", "ARG"),),
        ),
        DyadCase(
            "accord-about-third",
            "Vietnam and the Philippines signed an accord on Friday about China's fishing fleets.",
            (("05", "VNM", "PHL"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_two_parties_of_a_joint_act_act_on_each_other(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_a_joint_act_with_a_third_party_keeps_it(pipeline: Pipeline) -> None:
    case = DyadCase(
        "deal-with-third",
        "France and Italy signed a migration deal with Libya on Thursday.",
        (("05", "FRA", "LBY"), ("05", "ITA", "LBY")),
    )
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Tanzanian President John Magufuli flew into Nairobi on Tuesday for a state visit.", "flew", "042"),
        ("The Turkish foreign minister flew into Baghdad late on Sunday.", "flew", "042"),
        ("Russian paratroopers flew into Pristina airport before dawn.", "flew", "154"),
        ("The general flew into a rage at the news.", "flew", None),
    ],
)
def test_flying_into_a_place_is_a_visit_unless_forces_fly(
    pipeline: Pipeline, text: str, word: str, code: str | None
) -> None:
    assert _codes(pipeline, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Jacinda Ardern became the first New Zealand premier to visit Beijing in years.", ("NZL", "CHN")),
        ("Ruto was the first Kenyan president to visit Juba since independence.", ("KEN", "SSD")),
        ("Lula became the last Brazilian president to visit Caracas before the vote.", ("BRA", "VEN")),
    ],
)
def test_the_first_leader_to_visit_made_the_visit(
    pipeline: Pipeline, text: str, dyad: tuple[str, str]
) -> None:
    check_dyads(pipeline, DyadCase("first", text, (("04", *dyad),)))


@pytest.mark.parametrize(
    "text",
    [
        "Colombia handed the drug lord over to the United States on Friday to face trafficking charges.",
        "Kenya handed the militant commander over to Uganda on Monday to stand trial.",
        "Honduras handed its former police chief over to the United States to face charges.",
    ],
)
def test_a_handover_for_trial_is_an_extradition_to_the_receiving_state(pipeline: Pipeline, text: str) -> None:
    found = [(w, c, s) for w, c, s in kept_triggers(pipeline, text) if c == "063"]
    assert found, kept_triggers(pipeline, text)
    target = "USA" if "United States" in text else "UGA"
    source = {"Colombia": "COL", "Kenya": "KEN", "Honduras": "HND"}[text.split()[0]]
    check_dyads(pipeline, DyadCase("handover", text, (("06", source, target),)))


def test_a_hostage_handover_stays_a_release(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "The rebels handed the two hostages over to the Red Cross on Sunday.")
    assert codes.get("handed") == "084"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Ruiz called Washington 'ready to tear up every rule'.",
        "The minister called Moscow eager to divide the alliance.",
    ],
)
def test_called_with_a_complement_is_no_telephone_call(pipeline: Pipeline, text: str) -> None:
    assert "041" not in _codes(pipeline, text).values()


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("A Swedish C-130 landed in Port-au-Prince with tents, water and medicine.", "landed", "073"),
        ("Two Turkish cargo planes arrived in Tripoli with blankets for flood victims.", "arrived", "073"),
        ("Russian and Indian warships began joint naval drills in the Bay of Bengal.", "drills", "062"),
        ("The Security Council on Friday authorised 6,000 peacekeepers for Mali.", "authorised", "074"),
        ("Qatar facilitated talks between Washington and the Taliban.", "facilitated", "045"),
        ("The aides were told to arrange a summit in Hanoi.", "arrange", "036"),
        ("Rebels greeted the convoy with gunfire near Goma.", "greeted", "190"),
        ("Japan raised its pledge to $200 million after the cyclone.", "raised", "033"),
        ("The bishop begged for forgiveness for the abuse.", "begged", "055"),
        ("U.N. inspectors toured the Yongbyon reactor on Tuesday.", "toured", "090"),
    ],
)
def test_cooperation_rows(pipeline: Pipeline, text: str, word: str, code: str) -> None:
    assert _codes(pipeline, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The two presidents signed a joint document on border trade.", "signed"),
        ("Delegates from Quito and Lima initialed the draft treaty in Brasilia.", "initialed"),
        ("The envoys put their names to the agreement in Geneva on Friday.", "put"),
        ("Hanoi and Manila reached an accord on fishing rights late on Thursday.", "reached"),
    ],
)
def test_ways_of_concluding_an_agreement(pipeline: Pipeline, text: str, word: str) -> None:
    assert _codes(pipeline, text).get(word) == "057"


def test_a_signing_told_twice_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "Chile and Peru signed a maritime boundary accord in Lima on Monday. "
        "Chilean President Ricardo Lagos and his Peruvian counterpart signed the document at the ministry."
    )
    check_dyads(pipeline, DyadCase("restated", text, (("05", "CHL", "PER"),)))
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "05"]
    assert len(events) == 1, [(e.evidence.trigger, e.evidence.steps) for e in events]


def test_praise_after_a_reported_clause_is_the_speakers(pipeline: Pipeline) -> None:
    text = "Ghana's president said the new port would cut costs and praised Japan as a loyal partner."
    check_dyads(pipeline, DyadCase("speaker-praise", text, (("05", "GHA", "JPN"),)))


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The Security Council ordered an inquiry into the attack on peacekeepers.", "ordered", "090"),
        ("Lima set up a commission of inquiry into the shooting of the protesters.", "set", "090"),
        ("Canberra sent two navy ships carrying relief supplies to Tonga on Tuesday.", "sent", "073"),
        ("Ankara dispatched three military planes with tents and blankets to Syria.", "dispatched", "073"),
        ("Washington will provide Kyiv with $500 million in military aid.", "provide", "072"),
        ("Tokyo provided Manila with humanitarian aid after the typhoon.", "provided", "073"),
    ],
)
def test_inquiries_started_relief_cargo_and_provision(
    pipeline: Pipeline, text: str, word: str, code: str
) -> None:
    assert _codes(pipeline, text).get(word) == code


def test_troops_sent_without_relief_goods_still_deploy(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Moscow sent two warships carrying marines to the Black Sea.")
    assert codes.get("sent") == "154"


def test_the_terms_of_an_agreement_are_acts_of_their_own(pipeline: Pipeline) -> None:
    text = "Hanoi and Tokyo signed a pact under which Japan's aid agency will lend Vietnam $2 billion."
    found = [(w, c) for w, c, _s in kept_triggers(pipeline, text)]
    assert ("lend", "071") in found, found
    check_dyads(pipeline, DyadCase("terms", text, (("03", "JPN", "VNM"),)))


def test_a_clause_describing_a_deal_stays_scene(pipeline: Pipeline) -> None:
    text = "Hanoi and Tokyo signed a pact on Friday which critics said would fail."
    assert not [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "03"]


@pytest.mark.parametrize(
    "text",
    [
        "Macron and Lula held talks on Monday. Macron, who landed in Brasilia on Sunday for a state visit, "
        "urged Lula to protect the Amazon.",
        "Modi and Sharif held talks on Monday. Modi, who arrived in Lahore on Sunday, praised Sharif.",
    ],
)
def test_an_arrival_in_a_dated_relative_clause_is_the_visit(pipeline: Pipeline, text: str) -> None:
    visits = [e for e in events_of(pipeline, text, "2021-03-10") if e.cameo == "042"]
    assert len(visits) == 1, [(e.evidence.trigger, e.cameo) for e in events_of(pipeline, text, "2021-03-10")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Seoul and Washington called off their spring drills on Monday.", "called"),
        ("The president said the United States would stop its joint exercises with Seoul.", "stop"),
        ("Moscow and Minsk postponed the war games planned for August.", "postponed"),
    ],
)
def test_stopping_drills_de_escalates(pipeline: Pipeline, text: str, word: str) -> None:
    assert _codes(pipeline, text).get(word) in ("087", "0356")


def test_a_visit_to_an_unnamed_kingdom_is_not_to_the_visitors_own_country(pipeline: Pipeline) -> None:
    text = (
        "Saudi Arabia reopened its border to Qatar on Monday. The crown prince embraced Qatar's emir at the "
        "airport on Tuesday, the first visit by the Qatari ruler to the kingdom in four years."
    )
    visits = [e for e in events_of(pipeline, text, "2021-01-05") if e.cameo == "042"]
    assert [dyad(e) for e in visits] == [("04", "QAT", "SAU")], [(dyad(e), e.evidence.steps) for e in visits]
    # ("the kingdom" is now read as Saudi Arabia by its form, actors.state_kind; the story-counterpart repair
    # stays for a description the phrase rules read as the visitor's own)
    steps = visits[0].evidence.steps
    assert diplomacy.OWN_PHRASE_TARGET in steps or "actor:coreferent-country" in steps


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The emperor expressed deep remorse for the suffering caused by the war.", "expressed", "055"),
        ("The envoy voiced contrition for the raid on the embassy.", "voiced", "055"),
        ("Kim Jong Il greeted the South Korean president at the airport.", "greeted", "043"),
    ],
)
def test_apologies_and_greetings(pipeline: Pipeline, text: str, word: str, code: str) -> None:
    assert _codes(pipeline, text).get(word) == code


def test_summoning_a_high_commissioner_is_a_complaint(pipeline: Pipeline) -> None:
    assert _codes(pipeline, "Delhi summoned Pakistan's high commissioner on Monday.").get("summoned") == "114"


def test_finding_out_is_no_consultation(pipeline: Pipeline) -> None:
    assert "040" not in _codes(pipeline, "Seoul said it was trying to find out what he meant.").values()


def test_an_elided_currency_amount_is_still_money(pipeline: Pipeline) -> None:
    text = "Brussels agreed to provide another 2 billion for refugee camps in Jordan."
    assert _codes(pipeline, text).get("provide") == "071"
