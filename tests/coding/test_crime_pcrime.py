"""Organised crime and law enforcement between states (thirtieth session, pcrime): suspects handed to another
state's police or agents and extraditions past an alias (coding/diplomacy.py ``recipients``), captives
flown to the captor's own soil (coding/flown_home.py), agentless extraditions reported by the sending state
(coding/extradited.py), on sentences written for these tests."""

from __future__ import annotations

import functools

from coding_helpers import triggered

from newsevents.pipeline import Pipeline

PUBLISHED_ON = "2020-03-06"


_by = functools.partial(triggered, published=PUBLISHED_ON)  # (coding_helpers.triggered)


def test_suspects_handed_to_foreign_police_are_handed_to_their_state(pipeline: Pipeline) -> None:
    text = "QUITO, Mar 5 (Wire) - Ecuador handed two Peruvian smugglers over to Colombian police on Thursday."
    handed = _by(pipeline, text, "handed")
    assert handed and handed[0].target is not None and handed[0].target.country == "COL"


def test_suspects_handed_to_foreign_agents_are_handed_to_their_state(pipeline: Pipeline) -> None:
    text = "QUITO, Mar 5 (Wire) - Ecuadorean police handed two Peruvian smugglers to U.S. agents on Thursday."
    handed = _by(pipeline, text, "handed")
    assert handed and handed[0].target is not None and handed[0].target.country == "USA"


def test_captives_handed_to_a_go_between_stay_aimed_at_their_state(pipeline: Pipeline) -> None:
    text = "QUITO, Mar 5 (Wire) - Rebels handed the three Dutch hostages to Swiss envoys on Thursday."
    handed = _by(pipeline, text, "handed")
    assert handed and handed[0].target is not None and handed[0].target.country == "NLD"


def test_agents_flying_a_captive_home_hand_nobody_over(pipeline: Pipeline) -> None:
    text = (
        "LIMA, Mar 5 (Wire) - Peruvian police detained two Chilean smugglers on Thursday and handed them to "
        "Argentine agents, who flew them to Buenos Aires."
    )
    assert not _by(pipeline, text, "flew")
    handed = _by(pipeline, text, "handed")
    assert handed and handed[0].target is not None and handed[0].target.country == "ARG"


def test_captors_flying_a_foreigner_home_hand_nobody_over(pipeline: Pipeline) -> None:
    text = (
        "PRAIA, Mar 5 (Wire) - U.S. drug agents arrested a former Cape Verdean army chief, Joao Silva, on a "
        "boat off the coast on Tuesday and flew him to New York to face smuggling charges."
    )
    assert not _by(pipeline, text, "flew")
    assert _by(pipeline, text, "arrested")


def test_a_suspect_flown_to_another_state_is_still_handed_over(pipeline: Pipeline) -> None:
    text = "LONDON, Mar 5 (Wire) - Britain flew the two suspects to Lagos on Thursday to face fraud charges."
    flew = _by(pipeline, text, "flew")
    assert flew and flew[0].cameo == "063"
    assert flew[0].target is not None and flew[0].target.country == "NGA"


def test_an_agentless_extradition_is_the_reporting_states(pipeline: Pipeline) -> None:
    text = (
        "MIAMI, Mar 5 (Wire) - Pedro Ruiz was extradited to the United States on Thursday, Panama's foreign "
        "ministry said."
    )
    extradited = _by(pipeline, text, "extradited")
    assert extradited and extradited[0].cameo == "063"
    assert extradited[0].source is not None and extradited[0].source.country == "PAN"
    assert extradited[0].target is not None and extradited[0].target.country == "USA"


def test_a_receiver_reporting_an_extradition_leaves_the_dateline_the_sender(pipeline: Pipeline) -> None:
    text = (
        "BOGOTA, Mar 5 (Wire) - Pedro Ruiz was extradited to the United States on Thursday, the U.S. embassy "
        "said."
    )
    extradited = _by(pipeline, text, "extradited")
    assert extradited and extradited[0].source is not None and extradited[0].source.country == "COL"


def test_an_alias_between_does_not_hide_the_receiving_state(pipeline: Pipeline) -> None:
    text = (
        "PANAMA CITY, Mar 5 (Wire) - Panama extradited Luis Alberto Mora, known as Cholo, the leader of a "
        "smuggling gang, to the United States on Thursday."
    )
    extradited = _by(pipeline, text, "extradited")
    assert extradited and extradited[0].target is not None and extradited[0].target.country == "USA"
