"""Right parties, wrong root (eighteenth session, rootconf): a concession agreed to, seats of state stormed,
infrastructure blown up, and rows whose object or firer decides the root (issue 10), on sentences written
for these tests."""

from __future__ import annotations

import functools

from coding_helpers import triggered

from newsevents.coding import conceded
from newsevents.coding.rules import RULES
from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2021-03-09"


_by = functools.partial(triggered, published=PUBLISHED_ON)  # (coding_helpers.triggered)


# -- a concession agreed to (coding/conceded.py) -------------------------------------------------------


def test_foreign_force_agreed_to_is_the_concession(pipeline: Pipeline) -> None:
    accept = _by(pipeline, "Fiji agreed on Monday to accept an Australian-led peacekeeping force.", "accept")
    assert accept and accept[0].cameo == "086"
    assert conceded.CONCEDED in accept[0].evidence.steps


def test_disarming_agreed_to_is_the_concession(pipeline: Pipeline) -> None:
    disarm = _by(pipeline, "Armenian militias in the enclave agreed on Sunday to disarm.", "disarm")
    assert disarm and disarm[0].root == "08"


def test_concession_agreed_in_the_perfect_is_the_concession(pipeline: Pipeline) -> None:
    withdraw = _by(pipeline, "Uganda has agreed to withdraw its troops from Congo.", "withdraw")
    assert withdraw and withdraw[0].root == "08"


def test_concession_a_party_would_agree_to_stays_an_intent(pipeline: Pipeline) -> None:
    text = "Belgrade said it would agree to withdraw its troops from the province."
    withdraw = _by(pipeline, text, "withdraw")
    assert withdraw and withdraw[0].root == "03"
    assert conceded.CONCEDED not in withdraw[0].evidence.steps


def test_view_that_troops_should_pull_back_is_no_concession(pipeline: Pipeline) -> None:
    text = "Peru's defence minister agreed on Friday that the troops should pull back from the border."
    pull = _by(pipeline, text, "pull")
    assert pull and pull[0].root == "03"
    assert conceded.CONCEDED not in pull[0].evidence.steps


def test_concession_pledged_stays_an_intent(pipeline: Pipeline) -> None:
    withdraw = _by(pipeline, "Rwanda pledged on Friday to withdraw its troops from Congo.", "withdraw")
    assert withdraw and withdraw[0].root == "03"


def test_exchange_two_parties_agree_to_stays_an_intent(pipeline: Pipeline) -> None:
    text = "The Armenian and Azerbaijani leaders held talks in Prague and agreed to exchange all detainees."
    exchange = _by(pipeline, text, "exchange")
    assert exchange and all(e.root == "03" for e in exchange)


def test_two_sides_agreeing_to_withdraw_stays_an_intent(pipeline: Pipeline) -> None:
    text = "Talks between Eritrea and Ethiopia ended, and the two sides agreed on Monday to withdraw troops."
    withdraw = _by(pipeline, text, "withdraw")
    assert withdraw and all(conceded.CONCEDED not in e.evidence.steps for e in withdraw)


def test_pair_told_by_a_pronoun_agreeing_stays_an_intent(pipeline: Pipeline) -> None:
    text = "Officials of Benin and Niger met in Cotonou on Friday. They agreed to reopen the border."
    reopen = _by(pipeline, text, "reopen")
    assert reopen and all(e.root == "03" for e in reopen)


def test_one_party_meeting_and_agreeing_to_withdraw_concedes(pipeline: Pipeline) -> None:
    text = "Serbia met the envoy on Monday and agreed to withdraw its troops from the province."
    withdraw = _by(pipeline, text, "withdraw")
    assert withdraw and withdraw[0].root == "08"


def test_cooperation_agreed_to_stays_an_intent(pipeline: Pipeline) -> None:
    restore = _by(pipeline, "Peru and Chile agreed on Monday to restore flights.", "restore")
    assert restore and restore[0].root == "03"
    assert conceded.CONCEDED in RULES


# -- rows (verbs.curated.tsv, rootconf block) ----------------------------------------------------------


def test_palace_stormed_by_soldiers_is_an_assault(pipeline: Pipeline) -> None:
    text = "Guinean soldiers stormed the presidential palace in Conakry on Wednesday."
    stormed = _by(pipeline, text, "stormed")
    assert stormed and stormed[0].root == "18" and stormed[0].evidence.rule == "ne.rootconf.1"


def test_embassy_stormed_by_police_is_an_assault(pipeline: Pipeline) -> None:
    stormed = _by(pipeline, "Peruvian police stormed the Chilean embassy in Lima on Monday.", "stormed")
    assert stormed and stormed[0].root == "18"


def test_town_stormed_by_troops_stays_a_fight(pipeline: Pipeline) -> None:
    stormed = _by(pipeline, "Azerbaijani troops stormed the hill town of Lachin on Monday.", "stormed")
    assert stormed and stormed[0].root == "19"


def test_embassy_stormed_by_protesters_stays_a_protest(pipeline: Pipeline) -> None:
    stormed = _by(pipeline, "Protesters stormed the Dutch embassy in Ankara on Saturday.", "stormed")
    assert stormed and stormed[0].cameo == "145"


def test_bridges_blown_up_destroy_property(pipeline: Pipeline) -> None:
    blew = _by(pipeline, "Georgian rebels blew up two bridges on the border with Russia on Sunday.", "blew")
    assert blew and blew[0].cameo == "1712"


def test_observers_pulled_out_are_withdrawn_monitors(pipeline: Pipeline) -> None:
    withdrew = _by(pipeline, "Canada withdrew its election observers from Haiti on Monday.", "withdrew")
    assert withdrew and withdrew[0].cameo == "1662"


def test_tear_gas_fired_by_troops_is_repression(pipeline: Pipeline) -> None:
    text = "Belarusian troops fired tear gas at marchers in Minsk on Sunday."
    fired = _by(pipeline, text, "fired")
    assert fired and fired[0].cameo == "175"


def test_warrants_issued_order_arrests(pipeline: Pipeline) -> None:
    text = "A Turkish court issued warrants for 40 army officers on Tuesday."
    issued = _by(pipeline, text, "issued")
    assert issued and issued[0].cameo == "173"


def test_prisoner_hanged_by_the_state_is_an_execution(pipeline: Pipeline) -> None:
    hanged = _by(pipeline, "The former minister was hanged in a Tehran prison on Thursday.", "hanged")
    assert hanged and hanged[0].cameo == "175" and hanged[0].evidence.rule == "ne.rootconf.12"


def test_dead_hung_by_a_crowd_are_mob_violence(pipeline: Pipeline) -> None:
    text = "An angry mob in the town hung the bodies of two police officers from a lamp post on Sunday."
    hung = _by(pipeline, text, "hung")
    assert hung and hung[0].root == "18" and hung[0].evidence.rule == "ne.rootconf.17"


def test_people_hanged_by_military_rulers_are_killed(pipeline: Pipeline) -> None:
    text = "Sudan's military rulers hanged three student leaders in Khartoum on Friday."
    hanged = _by(pipeline, text, "hanged")
    assert hanged and hanged[0].root == "18" and hanged[0].evidence.rule == "ne.rootconf.15"


def test_membership_bid_blocked_is_a_veto(pipeline: Pipeline) -> None:
    blocked = _by(pipeline, "Hungary has blocked Ukraine's bid to join the European Union.", "blocked")
    assert blocked and blocked[0].cameo == "129"


def test_transport_blocked_obstructs_passage(pipeline: Pipeline) -> None:
    blocked = _by(pipeline, "Chilean truckers blocked transport into Santiago on Tuesday.", "blocked")
    assert blocked and blocked[0].cameo == "144"


def test_pact_cancelled_reduces_relations(pipeline: Pipeline) -> None:
    text = "Ecuador cancelled its defence treaty with Colombia on Tuesday."
    cancelled = _by(pipeline, text, "cancelled")
    assert cancelled and cancelled[0].cameo == "160"


def test_commitment_restated_is_an_intent(pipeline: Pipeline) -> None:
    text = "Norway said on Monday it remained committed to peace talks in Sri Lanka."
    remained = _by(pipeline, text, "remained")
    assert remained and remained[0].cameo == "030"


def test_hearings_boycotted_are_a_rejection(pipeline: Pipeline) -> None:
    text = "Caracas boycotted the court's hearings in The Hague on Monday."
    boycotted = _by(pipeline, text, "boycotted")
    assert boycotted and boycotted[0].cameo == "125"
