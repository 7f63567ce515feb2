"""Blame words and vowed punishment (issue 10, helper pnow, probe set ``pnow``): "called the revolt
treason", "called the raid murder" and "said the envoy was disrespectful" criticise (words.toml
``negative_judgements``); "vowed harsh punishment", "promised reprisals" threaten (verbs.curated.tsv rows
``ne.pnow.*``). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

_DAY = "2019-09-17"


@pytest.mark.parametrize(("text", "root", "source"), [
    ("The Bolivian president called the revolt treason.", "11", "BOL"),
    ("Ecuador's foreign minister called the raid murder.", "11", "ECU"),
    ("The Chilean foreign minister said the Peruvian envoy had been disrespectful.", "11", "CHL"),
    ("The Bolivian president vowed harsh punishment for the mutineers.", "13", "BOL"),
    ("Ecuador's president promised reprisals against the smugglers.", "13", "ECU"),
])
def test_blame_and_punishment_words(pipeline: Pipeline, text: str, root: str, source: str) -> None:
    events = coded(pipeline, text, _DAY)
    assert [s for code, s, _t in events if code[:2] == root] == [source], events


def test_a_strike_called_stays_a_strike(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Bolivian miners called a strike over wages.", _DAY)
    assert [code for code, _s, _t in events] == ["143"], events
