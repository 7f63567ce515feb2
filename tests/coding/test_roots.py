"""Right parties, wrong root (issue 10, roots): encouraging a party to act is an appeal (020), not praise;
a ceasefire ordered is the orderer's truce (0871); the release of a jailed person ordered is the release
(0841); a trade status withdrawn is a sanction (163); joint exercises called off with a partner reduce
relations (160), one's own called off stays de-escalation (087); a speaker disappointed or angered by
another party's act criticises it (111), the participle read as an adjective or as a passive; welcoming
a leader's offer approves it (051); suing is a lawsuit (115); dismissing the government an
administrative sanction (172); giving people or diplomats hours or days to leave expels them (174);
authorising a deployment is intent (03), as approving it; inspectors withdrawn are 1662.
Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.coding import feelings
from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, "2011-06-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party encouraged (to act) is appealed to; each party of a definite pair is a target
        (
            "Norway's foreign minister encouraged Chile to be patient.",
            [("020", "NOR", "CHL")],
        ),
        # what the orderer's own forces do is a truce, not a demand on another party
        ("Peru's defence ministry ordered a ceasefire on Monday.", [("0871", "PER", None)]),
        (
            "The Bolivian president ordered the release of the jailed Chilean trucker on Monday.",
            [("0841", "BOL", "CHL")],
        ),
        ("Colombia withdrew Ecuador's preferential trade status on Monday.", [("163", "COL", "ECU")]),
        (
            "Portugal cancelled two planned joint naval exercises with Morocco on Monday.",
            [("160", "PRT", "MAR")],
        ),
        ("Chile's trade minister called the ban disappointing.", [("111", "CHL", None)]),
        # a lawsuit, not an arrest
        ("A Chilean company is suing Peru for damages to its mine.", [("115", "CHL", "PER")]),
        ("The king of Lesotho dismissed the government on Tuesday.", [("172", "LSO", None)]),
        # inspectors withdrawn are no military retreat (0874)
        ("Sweden withdrew its weapons inspectors from Iraq on Monday.", [("1662", "SWE", "IRQ")]),
        # a time limit to leave is an expulsion, not an ultimatum
        ("Bolivia gave Chilean citizens 14 days to leave.", [("174", "BOL", "CHL")]),
        ("Venezuela gave Colombian diplomats 72 hours to leave the country.", [("174", "VEN", "COL")]),
    ],
)
def test_right_root(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = _events(pipeline, text)
    assert [(c, s) for c, s, _t in found] == [(c, s) for c, s, _t in expected]
    for (_c, _s, target), (_fc, _fs, got) in zip(expected, found, strict=True):
        if target is not None:
            assert got == target


@pytest.mark.parametrize(
    "text",
    [
        "The Portuguese government said it was deeply disappointed by Morocco's decision.",
        "Lisbon said it was angered by the ruling in Rabat.",
        "Portugal said it was outraged by Morocco's decision to close the border.",
    ],
)
def test_disappointment_criticises(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == [("111", "PRT", "MAR")]


def test_encouraging_a_thing_stays_endorsement(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Canada encouraged the economic reforms announced by Mexico.")
    assert [c for c, _s, _t in found] != ["020"]


def test_own_exercises_called_off_stay_de_escalation(pipeline: Pipeline) -> None:
    found = _events(
        pipeline, "Greece called off its military exercises in the Aegean to ease tension with Turkey."
    )
    assert [c for c, _s, _t in found] == ["087"]


def test_welcoming_a_leaders_offer_approves_it(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Brazil welcomed the Bolivian king's offer on Friday.")
    assert [(c, s) for c, s, _t in found] == [("051", "BRA")]


def test_welcoming_a_visiting_leader_stays_a_welcome(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Chile welcomed the visiting Peruvian president at the airport.")
    assert [c for c, _s, _t in found] == ["043"]


def test_a_deadline_to_act_stays_an_ultimatum(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Peru gave the Bolivian rebels 72 hours to surrender.")
    assert [c for c, _s, _t in found] == ["139"]


def test_authorising_a_deployment_is_intent(pipeline: Pipeline) -> None:
    # "authorise" takes the object rows of "approve" (verb_classes.tsv), not the bare permission (080)
    found = _events(pipeline, "Nigeria authorised the deployment of troops to Mali on Friday.")
    assert [(c[:2], s, t) for c, s, t in found] == [("03", "NGA", "MLI")]


def test_critical_feeling_words_load() -> None:
    words = feelings.feeling_words()
    assert "disappointed" in words.critical and "with" in words.about
