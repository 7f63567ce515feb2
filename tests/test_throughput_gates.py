"""The gates and memos of the eleventh round's throughput work give what the work they skip or keep would
give (issue 10, throughput): no target is looked for a trigger that can give no draft, the acts a draft
may refer back to are made on first need, a reaction's coordinated subjects are tested before the clause
is read for "each other", a trigger's dates and a clause's own dates are read once per Doc, and red lines
are looked for only in a sentence with their modal and determiner. The texts are invented."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents import dated, doccache, native
from newsevents.coding import coagents, red_line, referred
from newsevents.coding.arguments import ArgumentFinder
from newsevents.coding.records import Draft
from newsevents.pipeline import Pipeline
from newsevents.records import Article

TEXT = (
    "Bolivia denied that its troops had attacked the border post on Sunday. Peru condemned the attack, "
    "and the two governments blamed each other for the collapse of the talks on Monday. A car bomb "
    "killed six people in Kirkuk last week."
)


def _coded(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.code(Article(id="g", text=text, published="2024-03-06"), pipeline.nlp(text))


def _events(doc: Doc) -> list[tuple[str, str | None, str | None]]:
    return [
        (d.code, d.source.code if d.source else None, d.target.code if d.target else None)
        for d in doc._.ne_drafts
    ]


# (the count patches ``ArgumentFinder._target`` in Python; compiled modules call it directly, so with a
# compiled build active the patch would see no call: the gate is checked wherever the coder runs as Python)
@pytest.mark.skipif(native.active() == "on", reason="counts calls through a Python patch; compiled build on")
@pytest.mark.parametrize(
    ("text", "sought", "events"),
    [
        # no party named, no agentless act to place: no draft, and no target looked for
        ("There was a protest outside the parliament on Monday.", [], []),
        # an agentless accord is not the host country's: no draft either
        ("The new treaty was signed in Paris.", [], []),
        # an agentless act of force is the country's where it happened: its target is still looked for
        ("A car bomb killed six people in Kirkuk.", ["killed"], [("1832", "IRQ", "IRQPPL")]),
        ("Peru expelled the Chilean ambassador.", ["expelled"], [("161", "PERGOV", "CHLGOV")]),
    ],
)
def test_a_target_is_looked_for_only_for_a_trigger_that_can_give_a_draft(
    pipeline: Pipeline,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    sought: list[str],
    events: list[tuple[str, str | None, str | None]],
) -> None:
    asked: list[str] = []
    target = ArgumentFinder._target

    def counted(self: ArgumentFinder, trigger, *rest):  # type: ignore[no-untyped-def]
        asked.append(trigger.token.text)
        return target(self, trigger, *rest)

    monkeypatch.setattr(ArgumentFinder, "_target", counted)
    doc = _coded(pipeline, text)
    assert asked == sought
    assert _events(doc) == events


def _eager(drafts: list[Draft], scene_of: list[Draft]) -> list[referred._Act]:
    """The acts as they were made before the memo: at once, for every list of drafts."""
    own = [referred._Act(d.token, d.code, d.source, d.target) for d in drafts]
    return sorted([*own, *referred._scene_acts(scene_of)], key=lambda a: a.token.i)


def test_the_acts_made_on_first_need_are_those_made_at_once(pipeline: Pipeline) -> None:
    doc = _coded(pipeline, TEXT)
    drafts = list(doc._.ne_drafts)
    assert len(drafts) >= 3
    assert list(referred._scene_acts(drafts))  # (the denied attack: a background act with its parties)
    for earlier, scene_of in ((drafts, drafts), (drafts[:1], drafts)):
        acts = referred._Acts(earlier, scene_of)
        assert acts._acts is None  # (nothing read until a draft refers back)
        found = acts.get()
        assert found == _eager(earlier, scene_of)
        assert acts.get() is found  # (made once)
    assert referred._Acts([], []).get() == []


@pytest.mark.parametrize(
    ("text", "verb", "together"),
    [
        ("Oslo and Rome welcomed the accord.", "welcomed", True),
        ("Oslo and Rome blamed each other for the collapse of the accord.", "blamed", False),
        ("Oslo blamed each of the other parties for the collapse.", "blamed", False),
        ("Oslo welcomed the accord.", "welcomed", False),
    ],
)
def test_coordinated_reactors_act_side_by_side_unless_on_each_other(
    pipeline: Pipeline, text: str, verb: str, together: bool
) -> None:
    doc = pipeline.nlp(text)
    tok = next(t for t in doc if t.text == verb)
    steps: list[str] = []
    assert coagents._reactors(tok, steps) is together
    assert steps == ([coagents.CO_REACTORS] if together else [])


def test_a_triggers_dates_read_twice_are_the_fresh_ones(pipeline: Pipeline) -> None:
    doc = _coded(pipeline, TEXT)
    dates = doc._.ne_dates
    triggers = {t.token.i for t in doc._.ne_triggers}
    for _ in range(2):  # (the second round reads the memo)
        last = None
        for sent in doccache.sents(doc):
            for tok in sent:
                for inside in (triggers, set()):
                    fresh = dates.event_dates(tok, sent, inside, last)
                    found = dated.event_dates(dates, tok, sent, inside, last)
                    assert found == fresh
                    found[0].append(found[0][0] if found[0] else None)  # type: ignore[arg-type]
                    # (a caller's list is its own: the memo is not changed)
                if fresh[0]:
                    last = fresh[0][0]
    assert doc.user_data[dated._MEMO][0] is dates


def test_a_clauses_own_dates_read_twice_are_the_fresh_ones(pipeline: Pipeline) -> None:
    doc = _coded(pipeline, TEXT)
    dates = doc._.ne_dates
    assert any(dated.own_dates(dates, tok) for tok in doc)  # (the text dates some of its clauses)
    for _ in range(2):  # (the second round reads the memo)
        for tok in doc:
            found = dated.own_dates(dates, tok)
            assert found == dates._own(tok, dates.ents, set())[0]
            found.append(found[0] if found else None)  # type: ignore[arg-type]
    assert doc.user_data[dated._OWN_MEMO][0] is dates


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        ("The minister warned that any incursion would be an act of war.", ["warned"]),
        ("The minister warned that any incursion is an act of war.", []),  # (no modal: no red line)
        ("The minister warned that an incursion would be an act of war.", []),  # (no "any")
    ],
)
def test_a_red_line_is_drawn_only_in_a_sentence_with_its_modal_and_determiner(
    pipeline: Pipeline, text: str, drawn: list[str]
) -> None:
    doc = pipeline.nlp(text)
    assert [t.token.text for s in doc.sents for t in red_line.red_lines(s)] == drawn
