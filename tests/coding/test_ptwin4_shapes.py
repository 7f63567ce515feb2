"""Shapes found by the fourth twin probe set ptwin4 (reports in the tuning half's shape, issue 10): an
international body named first among co-speakers speaks beside the state after it, not to it
(coding/co_speakers.py); handing control to a party yields it (verbs.curated.tsv ne.ptwin4.2); "Marines"
capitalised, as a corps is written, are armed forces (synsets.curated.tsv MILITARY); forces flying supplies in
give aid (ne.ptwin4.3-4); tightening checks at a border raises the alert, each of a pair on its own
(ne.ptwin4.5-6, co_actors.toml); and a person Phoenix lists with an honour ("Sir ...") is found under the
bare name the news uses (tools/convert_phoenix_actors.py; the alias rule itself is tested in
tests/actors/test_country_entries.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.actors.dictionary import ActorDictionary
from newsevents.pipeline import Pipeline

# A Wednesday.
DAY = "2011-05-04"


@pytest.mark.parametrize(
    "text",
    [
        "The European Union and Norway voiced concern on Tuesday about the arrests of students in Peru.",
        "The African Union and Brazil expressed concern on Tuesday about the arrests of students in Peru.",
    ],
)
def test_a_body_named_first_among_co_speakers_speaks_beside_the_state(pipeline: Pipeline, text: str) -> None:
    comments = [e for e in events_of(pipeline, text, DAY) if e.root == "01"]
    assert comments
    speakers = {e.source.country for e in comments}
    assert not any(e.target is not None and e.target.country in speakers - {None} for e in comments)


def test_handing_control_to_a_party_yields_it(pipeline: Pipeline) -> None:
    text = "Britain handed control of the port to Peru on Tuesday after a century of rule."
    yields = [e for e in events_of(pipeline, text, DAY) if e.root == "08" and e.source.country == "GBR"]
    assert any(e.target is not None and e.target.country == "PER" for e in yields)


def test_marines_capitalised_landing_deploy_force(pipeline: Pipeline) -> None:
    text = "LIMA, May 4 (Wire) - U.S. Marines landed in Peru on Tuesday to guard the embassy."
    assert any(e.root == "15" and e.source.country == "USA" for e in events_of(pipeline, text, DAY))


def test_marines_flying_supplies_in_give_aid(pipeline: Pipeline) -> None:
    text = "U.S. Marines flew supplies into flooded towns in Peru on Tuesday."
    codes = {e.cameo for e in events_of(pipeline, text, DAY) if e.source.country == "USA"}
    assert "073" in codes and not any(c.startswith("15") for c in codes)


def test_a_pair_tightening_checks_at_its_borders_each_raise_the_alert(pipeline: Pipeline) -> None:
    text = "Laos and Vietnam tightened checks at their borders on Tuesday after the bombing in Phnom Penh."
    alerts = [e for e in events_of(pipeline, text, DAY) if e.root == "15"]
    assert {e.source.country for e in alerts} == {"LAO", "VNM"}
    assert not any(e.target is not None and e.target.country in ("LAO", "VNM") for e in alerts)


def test_a_bare_lowercase_landing_is_no_deployment(pipeline: Pipeline) -> None:
    text = "A plane carrying the Peruvian minister landed in Quito on Tuesday."
    assert not any(e.root == "15" for e in events_of(pipeline, text, DAY))


def test_a_knighted_leader_is_found_by_the_name_without_the_honour() -> None:
    actors = ActorDictionary.load()
    # Phoenix lists Gambia's first president as SIR_DAWDA_JAWARA.
    assert {e.country for e in actors.find("Dawda Jawara")} == {"GMB"}


def test_a_knighted_premier_named_without_the_honour_is_his_country(pipeline: Pipeline) -> None:
    text = "PORT MORESBY, May 8 (Wire) - Prime Minister Julius Chan met the Australian envoy on Tuesday."
    meetings = [e for e in events_of(pipeline, text, "1996-05-08") if e.root == "04"]
    assert meetings and all(e.source.country == "PNG" for e in meetings)
