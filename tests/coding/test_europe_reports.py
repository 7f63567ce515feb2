"""Shapes of the peuro probe set's error classes (issue 10, twelfth session), on sentences written for
these tests: fighting between two named sides after a dateline, martial law declared amid a war, cutting
contacts and suspending partnerships, hyphenated counter-measures, a pair's prisoner swap, a pair's blame
of each other, a lead whose date hangs from its second verb, and a prime minister the dictionary knew
only in opposition."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline

Dyad = tuple[str, str, str | None]


def _dyads(pipeline: Pipeline, text: str, published: str = "2021-05-04") -> list[Dyad]:
    return [
        (e.cameo, e.source.code, e.target.country if e.target else None)
        for e in events_of(pipeline, text, published)
    ]


def test_fighting_between_two_sides_after_a_dateline_keeps_both_sides(pipeline: Pipeline) -> None:
    text = "BAKU, May 4 (Wire) - Fierce clashes erupted between Armenian and Azerbaijani soldiers on Tuesday."
    found = _dyads(pipeline, text)
    assert ("190", "ARMMIL", "AZE") in found
    assert all(c[:2] != "18" for c, _, _ in found)  # (not an assault by the dateline's country)


def test_martial_law_amid_a_war_is_declared_at_home(pipeline: Pipeline) -> None:
    text = "Fighting broke out between Indian and Pakistani troops, and Pakistan declared martial law."
    found = _dyads(pipeline, text)
    assert [d for d in found if d[0] == "1724"] == [("1724", "PAKGOV", "PAK")]


def test_suspending_a_partnership_reduces_relations(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "France suspended its strategic partnership with Mali on Monday.")
    assert found == [("160", "FRAGOV", "MLI")]


def test_cutting_contacts_reduces_relations(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "Lithuania cut all contacts with Belarus on Monday.")
    assert found == [("160", "LTUGOV", "BLR")]


def test_hyphenated_counter_measures_are_coercion_or_its_threat(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "China said it would take counter-measures against Lithuania.")
    assert [(c[:2], s, t) for c, s, t in found] == [("13", "CHNGOV", "LTU")]


def test_a_pairs_prisoner_swap_is_one_act_between_them(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "Armenia and Azerbaijan swapped 20 detainees on Monday.")
    assert found == [("0841", "ARMGOV", "AZE")]
    found = _dyads(pipeline, "Russia and Ukraine exchanged 50 prisoners on Monday.")
    assert found == [("0841", "RUSGOV", "UKR")]


def test_a_one_sided_exchange_keeps_its_partner(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "Ukraine exchanged 90 prisoners with Russia on Monday.")
    assert [(c, s) for c, s, _ in found] == [("0841", "UKRGOV")]


def test_blame_of_each_other_stays_within_the_pair(pipeline: Pipeline) -> None:
    text = (
        "A team of U.N. engineers reached the dam on Tuesday despite shelling nearby. "
        "India and Pakistan blamed each other for the shelling."
    )
    blame = [d for d in _dyads(pipeline, text) if d[0] == "112"]
    # (one accusation between the pair: the corpus codes mutual blame once, symmetric; coding/mutual.py)
    assert blame == [("112", "INDGOV", "PAK")]


def test_a_lead_dated_on_its_second_verb_dates_the_story(pipeline: Pipeline) -> None:
    text = (
        "SKOPJE (AP) -- One soldier was killed and two others wounded on Sunday when gunmen attacked a "
        "checkpoint. Police arrested four suspects."
    )
    events = events_of(pipeline, text, "2021-05-04")
    arrests = [e for e in events if e.cameo == "173"]
    assert arrests and all(e.date == "2021-05-02" for e in arrests)


def test_a_prime_minister_known_in_opposition_acts_for_the_government(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "Prime Minister Albin Kurti accused Serbia of arming the gunmen.", "2023-09-25")
    assert found == [("112", "XKXGOV", "SRB")]


def test_approving_a_states_accession_is_a_formal_agreement(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "Hungary's parliament voted on Monday to approve Finland's accession to NATO.")
    assert found == [("057", "HUNLEG", "FIN")]


def test_praise_of_a_deed_is_aimed_at_its_maker(pipeline: Pipeline) -> None:
    text = "Hungary's parliament voted to approve Finland's accession to NATO. Berlin welcomed the vote."
    praise = [d for d in _dyads(pipeline, text) if d[0] == "051"]
    assert praise == [("051", "DEUGOV", "HUN")]


def test_calling_off_an_armed_advance_de_escalates(pipeline: Pipeline) -> None:
    found = _dyads(pipeline, "Washington called off air strikes on Iran on Monday.")
    assert found == [("087", "USAGOV", "IRN")]


def test_an_act_a_party_has_yet_to_take_is_no_event(pipeline: Pipeline) -> None:
    assert _dyads(pipeline, "Hungary has yet to approve Finland's accession to NATO.") == []
    assert _dyads(pipeline, "Hungary is yet to approve Finland's accession to NATO.") == []
    assert _dyads(pipeline, "Hungary has approved Finland's accession to NATO.")[0][0] == "057"


def test_pushing_people_back_is_no_demand(pipeline: Pipeline) -> None:
    text = "Latvian border guards pushed the migrants back on Monday."
    assert all(c[:2] != "10" for c, _, _ in _dyads(pipeline, text))
    found = _dyads(pipeline, "Washington pushed Seoul to raise its defence spending.")
    assert found[0][:2] == ("100", "USAGOV")
