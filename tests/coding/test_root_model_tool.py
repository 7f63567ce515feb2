"""The root-model experiment tool (``tools/root_model.py``; findings in docs/root-model.md), on sentences
and records written for these tests: what it records per event, and how it labels predictions."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from spacy.tokens import Doc

from newsevents.pipeline import Pipeline


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    pytest.importorskip("sklearn")  # (the ``train`` extra: the tool fits scikit-learn models)
    path = Path(__file__).resolve().parents[2] / "tools" / "root_model.py"
    spec = importlib.util.spec_from_file_location("root_model", path)
    assert spec and spec.loader
    sys.modules.setdefault("root_model", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(sys.modules["root_model"])  # (dataclasses look their module up there)
    return sys.modules["root_model"]


def _coded(pipeline: Pipeline, text: str) -> Doc:
    doc = pipeline.nlp(text)
    doc._.ne_article = "t"
    doc._.ne_published = dt.date(2021, 3, 10)
    for _, stage in pipeline.stages.pipeline:
        doc = stage(doc)
    return doc


def test_it_records_parse_features_and_the_considered_roots(pipeline: Pipeline, tool: ModuleType) -> None:
    tool._FINDER[:] = [pipeline.stages.get_pipe("newsevents_triggers")]
    doc = _coded(pipeline, "Chile accused Bolivia of spying on Tuesday.")
    tool._record(doc)
    (event,) = doc._.ne_events
    seen = tool._SEEN[event.event_id]
    assert event.cameo[:2] == "11"
    wanted = {"rule:11", "lemma:accuse", "pos:verb", "obj:bolivia", "prep:of", "mod:asserted"}
    assert wanted <= seen["features"]
    assert "11" in seen["fit"]  # the fired pattern is a candidate that fits ...
    assert seen["fit"] <= seen["lemma"]  # ... among the patterns of the trigger's keys


def _pred(root: str, source: str, target: str, date: str = "2021-03-09") -> dict[str, Any]:
    return {
        "article_id": "a",
        "root": root,
        "date": date,
        "source": {"country": source},
        "target": {"country": target},
    }


def test_it_labels_right_events_wrong_roots_and_the_rest(tool: ModuleType) -> None:
    gold = [
        {"article": "a", "date": "2021-03-09", "source": "CHL", "target": "BOL", "roots": ["11"]},
        {"article": "a", "date": "2021-03-09", "source": "PER", "target": "ECU", "roots": ["04", "05"]},
    ]
    preds = [_pred("11", "CHL", "BOL"), _pred("17", "PER", "ECU"), _pred("19", "ARG", "URY")]
    assert tool.label_rows(gold, preds) == [("11", True), ("04|05", False), (None, False)]
