"""An act a state organ announces for its own state's forces is the organ's announcement
(coding/announcer.py, ``source:announcer``; corpus/README.md, announced decisions). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import announcer
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(("text", "root", "source"), [
    # (a bare "the army" in a minister's warning is the minister's own army, and the threat is hers)
    ("Peru's defence minister warned on Monday that the army would strike any armed group that crossed "
     "the border from Ecuador.", "13", "PERGOV"),
    ("Brazil's president proposed on Friday that Brazilian troops help rebuild the Haitian capital.",
     "03", "BRAGOV"),
    ("The Chilean interior minister said on Tuesday that the police would investigate the shooting of two "
     "Argentine tourists.", "09", "CHLGOV"),
])  # fmt: skip
def test_announced_act_of_own_forces_is_the_speakers(
    pipeline: Pipeline, text: str, root: str, source: str
) -> None:
    events = [e for e in events_of(pipeline, text, "2019-06-14") if e.root == root]
    assert [e.source.code[:6] for e in events] == [source]
    assert announcer.ANNOUNCER in events[0].evidence.steps


def test_past_act_of_own_forces_stays_theirs(pipeline: Pipeline) -> None:
    # (a done act told by the minister is the army's: no announcement)
    text = "Peru's defence minister said on Monday that Peruvian troops had killed 12 rebels near the border."
    events = [e for e in events_of(pipeline, text, "2019-06-14") if e.root in ("18", "19")]
    assert [e.source.code for e in events] == ["PERMIL"]


def test_another_states_announced_act_stays_its_own(pipeline: Pipeline) -> None:
    # (a speaker telling what another state will do speaks for nobody there)
    text = "Peru's foreign minister said Ecuador would withdraw its troops from the border next week."
    events = [e for e in events_of(pipeline, text, "2019-06-14") if e.evidence.trigger == "withdraw"]
    assert events and all(e.source.country == "ECU" for e in events)
    assert all(announcer.ANNOUNCER not in e.evidence.steps for e in events)
