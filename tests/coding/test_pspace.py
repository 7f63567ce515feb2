"""Space, aviation and airspace (pspace branch): skies closed and reopened, overflight refused, airspace
opened to civil carriers (ne.pspace.*), forces announced along a frontier (offered_force.toml), and the
day of a report told before its reported clause's subject (dateexpr.date_anchor). Every sentence is
invented."""

from __future__ import annotations

from coding_helpers import coded, events_of

from newsevents.pipeline import Pipeline

_DAY = "2020-03-04"  # a Wednesday


def test_skies_closed_to_a_country_are_its_airspace_closed(pipeline: Pipeline) -> None:
    text = "OTTAWA, March 3 (Wire) - Canada closed its skies to Belarusian aircraft on Tuesday."
    assert ("163", "CAN", "BLR") in coded(pipeline, text, _DAY)


def test_overflight_denied_is_a_refusal_not_a_denial(pipeline: Pipeline) -> None:
    text = "LIMA, March 3 (Wire) - Chile denied overflight to the Paraguayan president's plane on Monday."
    codes = coded(pipeline, text, _DAY)
    assert ("120", "CHL", "PRY") in codes
    assert not [c for c in codes if c[0] == "016"]


def test_airspace_opened_to_airlines_eases_a_restriction(pipeline: Pipeline) -> None:
    text = "AMMAN, March 3 (Wire) - Jordan opened its airspace to Qatari airlines on Tuesday."
    assert ("081", "JOR", "QAT") in coded(pipeline, text, _DAY)


def test_airspace_reopened_to_flights_is_no_aid_access(pipeline: Pipeline) -> None:
    text = "DHAKA, March 3 (Wire) - Bangladesh reopened its airspace to Burmese flights on Tuesday."
    assert ("081", "BGD", "MMR") in coded(pipeline, text, _DAY)


def test_forces_announced_along_a_frontier_are_a_threat(pipeline: Pipeline) -> None:
    text = "QUITO, March 4 (Wire) - Ecuador said it would deploy more soldiers along its border with Peru."
    codes = [c for c in coded(pipeline, text, _DAY) if c[1] == "ECU"]
    assert codes and codes[0][0].startswith("13")


def test_day_of_saying_before_the_reported_subject_is_past(pipeline: Pipeline) -> None:
    text = "RABAT, March 4 (Wire) - Morocco said on Monday it would open its airspace to Israeli airlines."
    dates = {e.date for e in events_of(pipeline, text, _DAY) if e.source.country == "MAR"}
    assert dates == {"2020-03-02"}


def test_satellite_launched_is_a_show_of_power(pipeline: Pipeline) -> None:
    text = "TOKYO, March 3 (Wire) - Japan launched a spy satellite on Tuesday."
    assert [c for c in coded(pipeline, text, _DAY) if c[1] == "JPN"][0][0] == "150"


def test_long_range_rocket_launched_is_a_test_not_an_attack(pipeline: Pipeline) -> None:
    text = "SEOUL, March 3 (Wire) - North Korea launched a long-range rocket on Tuesday."
    codes = coded(pipeline, text, _DAY)
    assert [c for c in codes if c[:2] == ("150", "PRK")]
    assert not [c for c in codes if c[0].startswith("19")]


def test_own_satellite_destroyed_is_a_test(pipeline: Pipeline) -> None:
    text = "DELHI, March 4 (Wire) - India destroyed one of its own satellites with a missile on Tuesday."
    codes = [c for c in coded(pipeline, text, _DAY) if c[1] == "IND"]
    assert codes and codes[0][0] == "150"


def test_rocket_falling_into_the_sea_hits_no_one(pipeline: Pipeline) -> None:
    text = "SEOUL, March 3 (Wire) - A North Korean rocket flew over the islands and fell into the sea."
    assert not [c for c in coded(pipeline, text, _DAY) if c[0].startswith("19")]


def test_state_carrier_speaks_for_its_country(pipeline: Pipeline) -> None:
    text = "MOSCOW, March 4 (Wire) - Aeroflot said it had cancelled all its flights to Riga."
    assert [c for c in coded(pipeline, text, _DAY) if c[1] == "RUS"]


def test_space_agencies_sign_for_their_states(pipeline: Pipeline) -> None:
    text = "MOSCOW, March 3 (Wire) - Roscosmos signed an accord with the Indian Space Research Organisation."
    assert ("057", "RUS", "IND") in coded(pipeline, text, _DAY)


def test_drones_crossing_a_border_make_an_incursion(pipeline: Pipeline) -> None:
    text = "KYIV, March 3 (Wire) - Six Belarusian drones crossed the border into Ukraine."
    assert ("150", "BLR", "UKR") in coded(pipeline, text, _DAY)


def test_concerns_raised_with_a_party_are_voiced(pipeline: Pipeline) -> None:
    text = "OSLO, March 3 (Wire) - Norway raised its concerns with the Danish government on Tuesday."
    assert ("012", "NOR", "DNK") in coded(pipeline, text, _DAY)


def test_accords_named_in_the_plural_are_signed(pipeline: Pipeline) -> None:
    text = "RABAT, March 3 (Wire) - Morocco signed the Lisbon Accords on Tuesday."
    assert [c for c in coded(pipeline, text, _DAY) if c[:2] == ("057", "MAR")]


def test_sharing_paused_reduces_relations(pipeline: Pipeline) -> None:
    text = "OTTAWA, March 3 (Wire) - Canada paused the sharing of satellite data with Mali on Tuesday."
    assert ("160", "CAN", "MLI") in coded(pipeline, text, _DAY)


def test_part_of_an_agreement_suspended(pipeline: Pipeline) -> None:
    text = "TOKYO, March 3 (Wire) - Japan suspended part of its fisheries agreement with Russia on Tuesday."
    assert ("160", "JPN", "RUS") in coded(pipeline, text, _DAY)
