"""The measure-aim target (coding/measure_aim.py): easing or keeping a measure of one's own whose phrase
names another country ("eased its ban on Ruritanian investment in Borduria") is aimed at that country.
Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.coding.measure_aim import MEASURE_AIM
from newsevents.pipeline import Pipeline


def test_eased_ban_on_investment_in_a_country(pipeline: Pipeline) -> None:
    text = "WASHINGTON, May 3 (Wire) - Washington eased its ban on American investment in Cuba on Monday."
    found = [e for e in events_of(pipeline, text, "2021-05-03") if e.evidence.trigger == "eased"]
    assert found, "no event on eased"
    for e in found:
        assert (e.source.country, e.target.country if e.target else None) == ("USA", "CUB"), e.evidence
        assert MEASURE_AIM in e.evidence.steps, e.evidence.steps


def test_ended_sanctions_programme_on_a_country(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON, May 3 (Wire) - The president signed an order on Monday ending the U.S. sanctions "
        "programme on Cuba."
    )
    found = [e for e in events_of(pipeline, text, "2021-05-03") if e.evidence.trigger == "ending"]
    assert found, "no event on ending"
    for e in found:
        assert (e.source.country, e.target.country if e.target else None) == ("USA", "CUB"), e.evidence


def test_ban_at_home_stays_at_home(pipeline: Pipeline) -> None:
    """A measure whose phrase names only the source's own country or places stays aimed at home."""
    text = "PARIS, May 3 (Wire) - The French government imposed a ban on protests in Paris on Monday."
    for e in events_of(pipeline, text, "2021-05-03"):
        assert MEASURE_AIM not in e.evidence.steps, e.evidence


def test_ended_operation_in_a_country(pipeline: Pipeline) -> None:
    text = (
        "MOSCOW, May 3 (Wire) - The president ordered an end to Russia's military operation in Moldova on "
        "Monday."
    )
    found = [e for e in events_of(pipeline, text, "2021-05-03") if e.cameo.startswith("08")]
    assert found, "no yielding event"
    for e in found:
        assert (e.source.country, e.target.country if e.target else None) == ("RUS", "MDA"), e.evidence
