"""The learned confidence (``coding/data/confidence.toml``, ``coding/confidence_features.py``), on sentences
written for these tests. No test pins a learned value: retraining changes them all."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc

from newsevents.coding.confidence import Model, model, parse_model
from newsevents.coding.confidence_features import FAMILIES, actor_kind, doc_features, family
from newsevents.errors import DataFileError
from newsevents.pipeline import Pipeline
from newsevents.records import Actor

TWO_EVENTS = "Norway condemned Sri Lanka on Monday. Chile accused Bolivia of spying."


def _drafted(pipeline: Pipeline, text: str) -> Doc:
    """``text`` run through every stage before the confidence stage."""
    doc = pipeline.nlp(text)
    doc._.ne_article = "t"
    doc._.ne_published = dt.date(2021, 3, 10)
    for name, stage in pipeline.stages.pipeline:
        if name == "newsevents_confidence":
            return doc
        doc = stage(doc)
    raise AssertionError("no confidence stage")


def test_the_stage_scores_with_the_packaged_weights_file(pipeline: Pipeline) -> None:
    doc = _drafted(pipeline, TWO_EVENTS)
    stage = pipeline.stages.get_pipe("newsevents_confidence")
    assert stage.model == model()
    assert model().weights, "the packaged file has weights"
    events = stage(doc)._.ne_events
    features = doc_features(doc._.ne_drafts)
    assert len(events) == len(features) == 2
    assert [e.confidence for e in events] == [model().confidence(f) for f in features]


def test_feature_extraction_on_a_two_event_article(pipeline: Pipeline) -> None:
    doc = _drafted(pipeline, TWO_EVENTS)
    first, second = doc_features(doc._.ne_drafts)
    assert {"root:11", "mod:asserted", "sent:1", "pair:apart", "date:own", "pos:VERB"} <= first
    assert {"root:11", "sent:1", "pair:apart"} <= second
    assert "lemma:condemn" in first and "lemma:accuse" in second
    for names in (first, second):
        assert all(family(n) in FAMILIES for n in names)
        assert sum(1 for n in names if family(n) == "src") == 1
        assert sum(1 for n in names if family(n) == "tgt") == 1
        assert any(n.startswith("step:source:") for n in names)


def test_events_of_one_sentence_are_counted(pipeline: Pipeline) -> None:
    doc = _drafted(pipeline, "Chile condemned Peru and expelled its ambassador.")
    features = doc_features(doc._.ne_drafts)
    assert len(features) >= 2
    assert all(f"sent:{len(features) if len(features) < 3 else '3+'}" in f for f in features)


@pytest.mark.parametrize(
    ("actor", "kind"),
    [
        (None, "none"),
        (Actor(text="the rebels"), "unresolved"),
        (Actor(text="Chile", name="Chile", country="CHL", code="CHL"), "named"),
        (Actor(text="the Chilean cabinet", name="Chile", country="CHL", role="GOV", code="CHLGOV"), "body"),
        (Actor(text="protesters", name="Chile", country="CHL", role="OPP", code="CHLOPP"), "agent"),
        (Actor(text="the south", name="Chile", country="CHL", code="CHL"), "country"),
    ],
)
def test_actor_kinds(actor: Actor | None, kind: str) -> None:
    assert actor_kind(actor) == kind


def test_an_unknown_feature_family_is_a_clear_error() -> None:
    # A family the extractor does not know is a typo or a file for other features: an error naming it.
    with pytest.raises(DataFileError, match="colour:red"):
        parse_model('[model]\nintercept = 0.5\n[weights]\n"colour:red" = 1.0\n"root:04" = 0.2\n')


def test_an_unseen_value_of_a_known_family_is_ignored() -> None:
    # A rule renamed after training leaves a weight that never fires: loaded, and no event changes.
    found = parse_model('[model]\nintercept = 0.5\n[weights]\n"step:source:gone" = 3.0\n')
    assert found.confidence({"root:04", "step:source:subject"}) == Model(0.5, {}).confidence(set())


@pytest.mark.parametrize(
    "text", ["[model]\n[weights]\n", '[model]\nintercept = "x"\n[weights]\n', "[weights]\n"]
)
def test_a_malformed_file_is_an_error(text: str) -> None:
    with pytest.raises(DataFileError):
        parse_model(text)


def test_a_missing_target_lowers_confidence_when_its_weight_says_so() -> None:
    base = {"root:11", "mod:asserted", "src:named"}
    toy = Model(0.2, {"tgt:none": -0.8, "tgt:named": 0.3})
    assert toy.confidence(base | {"tgt:none"}) < toy.confidence(base | {"tgt:named"})
    learned = model()
    with_target = learned.confidence(base | {"tgt:named", "pair:apart"})
    without = learned.confidence(base | {"tgt:none"})
    gap = learned.weights.get("tgt:none", 0.0) - learned.weights.get("tgt:named", 0.0)
    gap -= learned.weights.get("pair:apart", 0.0)
    assert (without < with_target) if gap < -0.01 else (without >= with_target) if gap > 0.01 else True


def test_confidence_stays_in_the_unit_interval() -> None:
    assert Model(0.0, {"root:01": 1000.0}).confidence({"root:01"}) == 1.0
    assert Model(0.0, {"root:01": -1000.0}).confidence({"root:01"}) == 0.0
    learned = model()
    ranked = sorted(learned.weights, key=learned.weights.__getitem__)
    for names in (ranked[:40], ranked[-40:], *itertools.islice(itertools.combinations(ranked[:8], 3), 20)):
        assert 0.0 <= learned.confidence(names) <= 1.0


def test_the_runtime_does_not_import_the_training_library() -> None:
    code = "import sys, newsevents.coding.confidence; print(any('sklearn' in m for m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_the_training_tool_records_each_events_features(pipeline: Pipeline) -> None:
    import sklearn  # noqa: F401  (the ``train`` extra, which ``make setup`` installs: the tool needs it)
    path = Path(__file__).resolve().parents[2] / "tools" / "train_confidence.py"
    spec = importlib.util.spec_from_file_location("train_confidence", path)
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_confidence", tool)  # dataclasses look their module up there
    spec.loader.exec_module(sys.modules["train_confidence"])
    tool = sys.modules["train_confidence"]
    doc = pipeline.stages.get_pipe("newsevents_confidence")(_drafted(pipeline, TWO_EVENTS))
    tool._record(doc)
    assert [tool._SEEN[e.event_id] for e in doc._.ne_events] == doc_features(doc._.ne_drafts)
    design = tool.Design(list(tool._SEEN.values()), frozenset({"root", "mod"}))
    assert set(design.names) == {"root:11", "mod:asserted"}
    assert design.matrix([frozenset({"root:11", "lemma:x"})]).toarray().tolist() == [[0.0, 1.0]]
