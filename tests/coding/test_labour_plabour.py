"""Labour shapes found by the `plabour` probe set (thirtieth round): a state that stops, halts, suspends,
freezes or bans sending its workers or maids to a country, or their deployment there, or orders, imposes
or announces a ban on it, embargoes its labour (``ne.plabour.1-10`` and ``16-21``, 163; ``WORKFORCE`` in
synsets.curated.tsv); workers or strikers ordered back (to work) are under an administrative sanction
(``ne.plabour.14``, 172, not the recall of an envoy, 040); a strike postponed by a government is in effect
banned (``ne.plabour.15``, 172); a mission ordered out (of the country) is expelled (``ne.plabour.22-23``,
1663, as aid agencies ordered out); "called the strike political" blames (111, ``political`` a blame word),
while "political" as a noun's modifier ("called on all political parties") is a kind, no verdict.
Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "stopped-sending-maids",
            "MANILA, March 10 (Wire) - The Philippines stopped sending domestic workers to Oman on Tuesday "
            "after two maids died there.",
            (("16", "PHL", "OMN"),),
        ),
        DyadCase(
            "deployment-suspended",
            "DHAKA, March 10 (Wire) - Bangladesh suspended the deployment of workers to Jordan on Tuesday.",
            (("16", "BGD", "JOR"),),
        ),
        DyadCase(
            "ban-on-sending-ordered",
            "MANILA, March 10 (Wire) - President Juan Cruz ordered a total ban on sending Filipino workers "
            "to Oman on Tuesday.",
            (("16", "PHL", "OMN"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_deployment_bans_between_states(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, March 10 (Wire) - The government ordered the striking drivers back to work on Tuesday.",
        "ANKARA, March 10 (Wire) - The government postponed a strike by 5,000 glass workers on Tuesday.",
    ],
)
def test_strikes_ended_by_the_state_are_sanctions(pipeline: Pipeline, text: str) -> None:
    codes = [code for code, _source, _target in coded(pipeline, text, "2021-03-10")]
    assert "172" in codes, codes


def test_called_the_strike_political_blames(pipeline: Pipeline) -> None:
    text = "LIMA, March 10 (Wire) - The interior minister on Tuesday called the stoppage political."
    codes = [code for code, _source, _target in coded(pipeline, text, "2021-03-10")]
    assert codes == ["111"], codes


def test_political_as_a_modifier_is_no_verdict(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 10 (Wire) - The president said he was concerned and called on all political "
        "parties to respect the vote."
    )
    codes = [code for code, _source, _target in coded(pipeline, text, "2021-03-10")]
    assert "111" not in codes, codes


def test_sending_workers_alone_is_no_event(pipeline: Pipeline) -> None:
    text = "MANILA, March 10 (Wire) - The Philippines sent 2,000 nurses to Britain last year."
    assert [c for c in coded(pipeline, text, "2021-03-10") if c[0].startswith("16")] == []


@pytest.mark.parametrize(
    "text",
    [
        "DILI, March 10 (Wire) - The government ordered the U.N. monitoring mission out of the country on "
        "Tuesday.",
        "DILI, March 10 (Wire) - The government ordered out the observer mission on Tuesday.",
    ],
)
def test_mission_ordered_out_is_expelled(pipeline: Pipeline, text: str) -> None:
    codes = [code for code, source, _target in coded(pipeline, text, "2021-03-10") if source == "TLS"]
    assert codes == ["1663"], codes
