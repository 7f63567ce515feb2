"""The subject of an "after" clause that the parser reads as the object of "after" is put back as the
clause's subject (coding/after_subject.py, run by coding/reattach.py): the act is its own doer's, not the
main clause's subject's, and a natural hazard's harm is nobody's act. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import by_trigger, events_of

from newsevents import nlp
from newsevents.coding.after_subject import after_subjects
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "subject", "verb"),
    [
        (
            "Chile sent rescuers to Peru, hours after an earthquake of magnitude 7.1 flattened towns near "
            "the coast and killed thousands.",
            "earthquake",
            "flattened",
        ),
        (
            "Peru said it had accepted offers of help from Chile, two days after the strongest earthquake to "
            "hit the country in a century killed more than 1,000 people.",
            "earthquake",
            "killed",
        ),
    ],
)
def test_the_object_of_after_becomes_the_subject(text: str, subject: str, verb: str) -> None:
    doc = nlp.load()(text)
    assert after_subjects(doc) == 1
    tok = next(t for t in doc if t.text == subject)
    assert (tok.dep_, tok.head.text) == ("nsubj", verb)
    after = next(t for t in doc if t.lower_ == "after")
    assert (after.dep_, after.head.text) == ("mark", verb)


@pytest.mark.parametrize(
    "text",
    [
        "Peru recalled its ambassador from Quito after the vote and expelled two Ecuadorean diplomats.",
        "Chile sent rescuers to Peru on Tuesday, hours after an earthquake struck the coast.",
        "After the vote, Peru expelled two Ecuadorean diplomats.",
    ],
)
def test_a_shared_subject_or_a_clause_read_right_stays(text: str) -> None:
    """A verb coordinated after the "after" phrase keeps the sentence's subject; a clause the parser read
    right has nothing to mend."""
    assert after_subjects(nlp.load()(text)) == 0


def test_a_hazard_after_a_relief_act_is_no_act_of_the_sender(pipeline: Pipeline) -> None:
    text = (
        "Chile is sending a field hospital and 200 army rescuers to Peru, its military said on Tuesday, "
        "hours after an earthquake of magnitude 7.1 flattened towns around the port of Callao and killed "
        "thousands."
    )
    events = by_trigger(events_of(pipeline, text, "2021-03-10"))
    assert "killed" not in events and "flattened" not in events
    assert [e.cameo[:2] for e in events["sending"]] == ["07"]


def test_a_group_named_after_after_is_the_doer(pipeline: Pipeline) -> None:
    text = (
        "Peru expelled two Ecuadorean diplomats on Monday, eight days after militants of a banned group "
        "killed 18 Peruvian soldiers at an army base near the border."
    )
    killed = by_trigger(events_of(pipeline, text, "2021-03-10"))["killed"]
    assert [e.source.role for e in killed] != ["GOV"]
    assert all(e.source.role not in ("GOV", "MIL") for e in killed)


def test_a_relative_clause_inside_the_phrase_keeps_its_verb() -> None:
    """ "after weeks of fighting in which rebel shelling killed ...": the verb is the relative clause's."""
    text = (
        "The first Chilean peacekeepers arrived in Lima on August 4 after weeks of fighting in which rebel "
        "shelling killed hundreds of civilians in the capital."
    )
    assert after_subjects(nlp.load()(text)) == 0


def test_a_subject_hung_on_the_mark_is_put_back(pipeline: Pipeline) -> None:
    """ "a day after Azerbaijan launched": "after" read as the mark but the country as its object, so the
    offensive went to the main clause's subject."""
    text = "Armenia closed its border with Iran on Friday, a day after Azerbaijan launched an offensive."
    doc = nlp.load()(text)
    subject = next(t for t in doc if t.text == "Azerbaijan")
    assert after_subjects(doc) == 1
    assert (subject.dep_, subject.head.text) == ("nsubj", "launched")
    offensive = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "19"]
    assert [e.source.country for e in offensive] == ["AZE"]
