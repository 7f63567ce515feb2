"""Confusions between roots (the rootfp2 block of verbs.curated.tsv, round 29): a team or inspections
barred, a message of regret, concern over a party's involvement, doubted good faith
(coding/doubted_faith.py), regret over another party's failure (coding/feelings.py) and warnings of the
speaker's own coercion (forecast.toml). Sentences written for these tests; each test states every event
its sentence gives."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

DAY = "2021-05-12"


def test_a_team_barred_from_a_tour_reduces_relations(pipeline: Pipeline) -> None:
    team = "Peru's government barred the national hockey team from playing in Chile."
    assert coded(pipeline, team, DAY) == [("160", "PER", "CHL")]
    squad = "Chile's government barred its rugby squad from the tournament in Peru."
    assert coded(pipeline, squad, DAY) == [("160", "CHL", "PER")]


def test_inspections_barred_refuse_international_involvement(pipeline: Pipeline) -> None:
    text = "Ecuador said it was barring Peruvian inspections of its border posts."
    assert coded(pipeline, text, DAY) == [("1245", "ECU", "PER")]


def test_a_message_of_regret_apologises_and_a_bare_message_stays(pipeline: Pipeline) -> None:
    regret = "Lima sent a message of regret to Quito on Tuesday."
    assert coded(pipeline, regret, DAY) == [("055", "PER", "ECU")]
    bare = "Kenya sent a message to Uganda on Tuesday."
    assert coded(pipeline, bare, DAY) == [("040", "KEN", "UGA")]


def test_concern_about_a_partys_involvement_is_disapproval(pipeline: Pipeline) -> None:
    text = "The Kenyan foreign ministry voiced concern about Ugandan involvement in the vote."
    assert coded(pipeline, text, DAY) == [("111", "KEN", "UGA")]


def test_doubting_a_party_will_keep_its_word_is_disapproval(pipeline: Pipeline) -> None:
    honour = "Chile said it doubted Peru would honour the deal."
    assert coded(pipeline, honour, DAY) == [("111", "CHL", "PER")]
    comply = "Bolivia doubted Chile would comply with the ruling."
    assert coded(pipeline, comply, DAY) == [("111", "BOL", "CHL")]


def test_doubting_a_prospect_stays_a_pessimistic_comment(pipeline: Pipeline) -> None:
    text = "Chile said it doubted the deal would last."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["012"]


def test_sorry_that_another_party_failed_is_criticism(pipeline: Pipeline) -> None:
    text = "Ecuador said it was sorry that Peru had not answered its letter."
    assert coded(pipeline, text, DAY) == [("111", "ECU", "PER")]


def test_sorry_for_a_loss_stays_an_apology(pipeline: Pipeline) -> None:
    deaths = "Ecuador said it was sorry for the deaths of the Peruvian fishermen."
    assert coded(pipeline, deaths, DAY) == [("055", "ECU", "PER")]
    lives = "Ecuador said it was sorry that lives had been lost."
    assert [c for c, _s, _t in coded(pipeline, lives, DAY)] == ["055"]


def test_sorry_beside_a_condemnation_folds_into_it(pipeline: Pipeline) -> None:
    text = "Ecuador condemned the speech and said it was sorry the bishop had not replied to it."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["111"]


def test_a_warning_of_the_speakers_deportations_is_a_threat(pipeline: Pipeline) -> None:
    text = "Chile's interior minister warned that any more violence by fans would bring further deportations."
    assert [c for c, _s, _t in coded(pipeline, text, DAY)] == ["130"]


def test_a_reward_for_a_wanted_mans_capture_coerces_his_state(pipeline: Pipeline) -> None:
    reward = "Washington offered a $2 million reward for the capture of Chile's former spy chief."
    assert coded(pipeline, reward, DAY) == [("170", "USA", "CHL")]
    bounty = "Ecuador put a bounty on the head of the Colombian rebel commander."
    assert coded(pipeline, bounty, DAY) == [("170", "ECU", "COL")]
    help_offered = "Peru offered help to Chile after the floods."
    assert coded(pipeline, help_offered, DAY) == [("030", "PER", "CHL")]
