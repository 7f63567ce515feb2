"""Gold events the coder missed entirely (seventeenth session, trigmiss): a withdrawal told through a verb
of phase, and trigger rows the dictionaries lacked (ne.trigmiss.N). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.coding import aspect_subject, finite_acl, relative_acts
from newsevents.pipeline import Pipeline

PUBLISHED = "2022-03-04"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("KYIV, March 3 - The Russian army began pulling out of Kherson on Friday.", "RUS"),
        ("DAMASCUS, March 3 - Syrian troops began pulling out of Deraa on Sunday.", "SYR"),
    ],
)
def test_withdrawal_begun_is_a_retreat(pipeline: Pipeline, text: str, source: str) -> None:
    """'the army began pulling out': the complement of a phase verb shares its subject, so the pattern
    that asks for armed forces as the doer of 'pull out' fires (0874), as for 'the army pulled out'."""
    events = coded(pipeline, text, PUBLISHED)
    assert any(c == "0874" and s == source for c, s, _t in events), events


def test_investors_pulling_out_stay_no_retreat(pipeline: Pipeline) -> None:
    """The shared subject is what the pattern tests: investors who began pulling out make no retreat."""
    text = "LONDON, March 3 - Foreign investors began pulling out of Russia."
    events = coded(pipeline, text, PUBLISHED)
    assert not any(c.startswith("087") for c, _s, _t in events), events


def test_phase_subject_words(pipeline: Pipeline) -> None:
    """The subject words of a subjectless complement come from the phase verb; other verbs keep none."""
    doc = pipeline.nlp("The rebel fighters began withdrawing from the hills.")
    verb = next(t for t in doc if t.lower_ == "withdrawing")
    assert "fighter" in aspect_subject.subject_lemmas(verb)
    other = pipeline.nlp("Officials hoped to see the rebels withdraw.")
    assert "official" not in aspect_subject.subject_lemmas(next(t for t in other if t.lower_ == "withdraw"))
    assert "begin" in aspect_subject.phase_words().phase_verbs


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("MOSCOW, March 3 - Russia said it would reduce military activity near Odesa.", "03", "RUS"),
        ("MOSCOW, March 3 - Russia said its troops would return to their bases.", "03", "RUS"),
        ("TEL AVIV, March 3 - Israel began a ground operation in southern Lebanon on Monday.", "19", "ISR"),
        (
            "BEIRUT, March 3 - Air raids followed the capture of two Israeli soldiers by Hezbollah.",
            "18",
            None,
        ),
    ],
)
def test_trigger_rows(pipeline: Pipeline, text: str, root: str, source: str | None) -> None:
    """Rows ne.trigmiss.N: de-escalation (087), forces back to base (0874), a ground operation as a noun
    (190), soldiers captured (181); an announcement is its intent (03)."""
    events = coded(pipeline, text, PUBLISHED)
    assert any(c.startswith(root) and (source is None or s == source) for c, s, _t in events), events


def test_relief_flown_by_military_aircraft_stays_aid(pipeline: Pipeline) -> None:
    """With the phase verb's subject shared, 'army helicopters began flying food into X' has a military
    subject: the food still makes it humanitarian aid (ne.trigmiss.12), not a deployment (154)."""
    text = "ISLAMABAD, Oct 10 - U.S. Army helicopters began flying food and tents into the hills near Bagh."
    events = coded(pipeline, text, "2005-10-10")
    assert any(c == "073" and s == "USA" for c, s, _t in events), events
    assert not any(c.startswith("15") for c, _s, _t in events), events


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        (
            "GAO, Mali - The rebels, who pulled out of Menaka three weeks ago, now hold the road north.",
            "08",
            "MLI",
        ),
        (
            "TUNIS - The minister, who resigned in March, faces trial over the contracts, officials said.",
            "08",
            None,
        ),
        (
            "LA PAZ - Bolivian troops who shot dead two farmers last month will face trial, a minister said.",
            "18",
            "BOL",
        ),
    ],
)
def test_dated_relative_clause_of_force_or_yielding(
    pipeline: Pipeline, text: str, root: str, source: str | None
) -> None:
    """A relative clause with its own date is backstory for most acts, but a withdrawal, a resignation or
    an assault told in one is an event (coding/relative_acts.py): its pronoun stands for its noun."""
    events = coded(pipeline, text, PUBLISHED)
    assert any(c.startswith(root) and (source is None or s == source) for c, s, _t in events), events


def test_dated_relative_clause_of_mediation_stays_backstory(pipeline: Pipeline) -> None:
    """Other roots keep the backstory reading: 'Norway, which mediated the 2002 ceasefire' codes nothing."""
    text = "OSLO - Norway, which mediated the 2002 truce between the two sides, said it would step back."
    events = coded(pipeline, text, PUBLISHED)
    assert not any(c.startswith("04") for c, _s, _t in events), events


def test_relative_act_roots_load() -> None:
    assert relative_acts.relative_act_roots().roots == frozenset({"08", "15", "18"})


def test_finite_verb_hung_on_its_subject_is_the_act(pipeline: Pipeline) -> None:
    """'coast guard vessels fired on two fishing boats ..., then seized them': the parser hangs the finite
    'fired' on 'vessels' as if a participle clause; it is the vessels' own attack (coding/finite_acl.py)."""
    text = (
        "HANOI, May 2 (Wire) - Chinese coast guard vessels fired on two Vietnamese fishing boats near the "
        "Paracel Islands on Sunday, then seized them, Vietnam's foreign ministry said."
    )
    doc = pipeline.nlp(text)
    fired = next(t for t in doc if t.lower_ == "fired")
    assert finite_acl.finite_acl(fired), (fired.tag_, fired.dep_)
    events = coded(pipeline, text, "2014-05-02")
    assert any(c.startswith("19") and s == "CHN" and t == "VNM" for c, s, t in events), events


def test_participle_clause_on_a_noun_stays_a_description(pipeline: Pipeline) -> None:
    """A real participle ('the ships seized last year') is no finite verb: the rule leaves it alone."""
    doc = pipeline.nlp("The ships seized by the navy last year were returned to their owners on Monday.")
    seized = next(t for t in doc if t.lower_ == "seized")
    assert not finite_acl.finite_acl(seized)


def test_speech_verb_of_a_quoted_question_is_left_to_the_question_rules(pipeline: Pipeline) -> None:
    """'"Will Rome close its port?" the Maltese minister asked': the parser hangs 'asked' on a root
    'minister'; the rule does not take it for an act of the minister's (the question rules read it)."""
    doc = pipeline.nlp('"Will Ankara expel our consul?" the Cypriot minister asked on Monday.')
    asked = next(t for t in doc if t.lower_ == "asked")
    assert (asked.tag_, asked.dep_, asked.head.dep_) == ("VBD", "acl", "ROOT")  # (the parse in question)
    assert not finite_acl.finite_acl(asked)
