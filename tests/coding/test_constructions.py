"""One act in several grammatical shapes (issue 10, eighth session, construction sweep): a "by" agent the
parser hangs on the wrong noun (coding/misplaced_agent.py), a participle adjunct under an intent verb
(coding/modality.py), relative clauses and reduced passives dated to the report's days
(coding/recent_relative.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded, events_of

from newsevents.coding.misplaced_agent import misplaced_agents
from newsevents.coding.reattach import _event_nouns
from newsevents.pipeline import Pipeline

# Published on Wednesday 2021-03-10.
PUBLISHED = "2021-03-10"


def test_agent_hung_on_the_noun_of_the_verbs_phrase(pipeline: Pipeline) -> None:
    """ "recognised as a STATE by Chile, Brazil and Uruguay": the parser hangs "by" on "state"; mended, it
    is the passive verb's agent, and each of the three recognises the new state."""
    text = "Palau was recognised as a state by Chile, Brazil and Uruguay on Tuesday."
    doc = pipeline.nlp(text)
    assert misplaced_agents(doc, _event_nouns()) == 1
    by = next(t for t in doc if t.lower_ == "by")
    assert (by.dep_, by.head.text) == ("agent", "recognised")
    assert sorted(coded(pipeline, text, PUBLISHED)) == [
        ("054", "BRA", "PLW"),
        ("054", "CHL", "PLW"),
        ("054", "URY", "PLW"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two Bolivian diplomats were expelled from the embassy in Quito by Ecuador on Tuesday.",
            ("16", "ECU", "BOL"),
        ),
        ("Norway was praised as a partner by Kenya on Tuesday.", ("05", "KEN", "NOR")),
    ],
)
def test_misplaced_agent_is_the_source(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    """The mended agent is the act's source (with its role), the passive subject its target."""
    events = events_of(pipeline, text, PUBLISHED)
    assert [(e.root, e.source.country, e.target.country if e.target else None) for e in events] == [expected]
    assert events[0].source.role == "GOV"


def test_event_noun_keeps_its_own_by(pipeline: Pipeline) -> None:
    """ "captured in a RAID by rebels": an event noun's "by" names its doer and stays on it; a "by" phrase
    that names no party ("by night") is never moved."""
    nouns = _event_nouns()
    raid = pipeline.nlp("The town was captured in a raid by Colombian rebels.")
    assert misplaced_agents(raid, nouns) == 0
    night = pipeline.nlp("The convoy was stopped at the border by night.")
    assert misplaced_agents(night, nouns) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling of Armenian positions by Azerbaijan angered Moscow.", ("19", "AZE", "ARM")),
        ("The detention of two Danish sailors by Russia angered Copenhagen.", ("17", "RUS", "DNK")),
        ("The blockade of Yemeni ports by Saudi Arabia angered Tehran.", ("19", "SAU", "YEM")),
    ],
)
def test_by_on_the_object_of_an_event_noun(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    """ "the shelling of the POSITIONS by Azerbaijan": the parser hangs "by" on the "of" object; mended, it
    names the event noun's doer."""
    events = events_of(pipeline, text, PUBLISHED)
    found = [(e.root, e.source.country, e.target.country if e.target else None) for e in events]
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "adjunct", "root"),
    [
        (
            "After condemning the Serbian raid, Croatia threatened to suspend talks on Tuesday.",
            "condemning",
            "11",
        ),
        ("After accusing Moldova of spying, Romania vowed to expel its consul.", "accusing", "11"),
        ("After meeting the Thai premier, Laos agreed to reopen the border.", "meeting", "04"),
    ],
)
def test_participle_adjunct_is_not_intended(pipeline: Pipeline, text: str, adjunct: str, root: str) -> None:
    """ "AFTER condemning X, Y threatened to ...": the adjunct is done, not threatened or promised; the
    infinitive alone is the intent."""
    events = events_of(pipeline, text, PUBLISHED)
    done = [e for e in events if e.evidence.trigger == adjunct]
    assert [(e.root, e.modality) for e in done] == [(root, "asserted")], [
        (e.cameo, e.modality) for e in events
    ]


def test_gerund_after_an_intent_preposition_stays_intended(pipeline: Pipeline) -> None:
    """ "committed TO providing loans": the gerund is the promise itself (03), as before."""
    assert [c[0][:2] for c in coded(pipeline, "Japan committed to providing loans to Laos.", PUBLISHED)] == [
        "03"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hungary, which expelled the Slovak ambassador on Tuesday, called for calm.",
            ("16", "HUN", "SVK"),
        ),
        (
            "The Slovak ambassador, expelled by Hungary on Tuesday, left Budapest by car.",
            ("16", "HUN", "SVK"),
        ),
    ],
)
def test_clause_dated_to_the_reports_days_is_news(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    """A relative clause or reduced passive dated by a weekday tells an act of the report's days: its
    relative pronoun (or its noun) is the actor."""
    events = events_of(pipeline, text, PUBLISHED)
    found = [(e.root, e.source.country, e.target.country if e.target else None) for e in events]
    assert expected in found, found
    assert next(e.date for e in events if e.root == "16") == "2021-03-09"


@pytest.mark.parametrize(
    "text",
    [
        "Hungary, which expelled the Slovak ambassador last month, called for calm.",
        "The Slovak ambassador, expelled by Hungary in 2019, returned to Budapest.",
    ],
)
def test_clause_dated_earlier_stays_backstory(pipeline: Pipeline, text: str) -> None:
    """A clause dated back ("last month", "in 2019") is backstory, and no expulsion is coded from it."""
    assert not [c for c in coded(pipeline, text, PUBLISHED) if c[0].startswith("16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege of the Georgian garrison by Abkhaz and Russian troops entered its third week.",
            ("191", "RUS"),
        ),
        ("Serbia's mobilisation of 20,000 reservists alarmed Croatia on Tuesday.", ("154", "SRB")),
        ("The expulsion of Estonia's ambassador by Russia drew protests on Tuesday.", ("161", "RUS")),
        ("Colombia's extradition of a Venezuelan banker angered Caracas on Tuesday.", ("063", "COL")),
    ],
)
def test_nominalisation_of_a_verb_known_as_a_verb(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    """ "Serbia's mobilisation of reservists", "the siege of X by Y": nouns of verbs the coder knew only as
    verbs (data rows ne.pgrid.*), coded as the verb with the same objects."""
    found = [(c[0], c[1]) for c in coded(pipeline, text, PUBLISHED)]
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The border plan was rejected by Ghana and Togo on Tuesday.",
            [("127", "GHA", None), ("127", "TGO", None)],
        ),
        (
            "The prisoner swap was mediated by Oman and Qatar on Tuesday.",
            [("045", "OMN", None), ("045", "QAT", None)],
        ),
        (
            "Benin put forward a border plan on Tuesday. The plan was rejected by Ghana and Togo.",
            [("127", "GHA", "BEN"), ("127", "TGO", "BEN")],
        ),
    ],
)
def test_parties_of_a_by_phrase_act_side_by_side(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """ "rejected by Ghana and Togo": each rejects the plan; neither is the other's target (the article's
    other party, when it names one, is)."""
    found = [c for c in coded(pipeline, text, PUBLISHED) if c[0] == expected[0][0]]
    assert sorted(found) == sorted(expected)


def test_pact_signed_by_a_pair_stays_between_them(pipeline: Pipeline) -> None:
    """An agreement or cooperation signed "by A and B" is made between them, as before."""
    found = coded(pipeline, "The trade pact was signed by Ghana and Togo on Tuesday.", PUBLISHED)
    assert [(c[1], c[2]) for c in found] == [("GHA", "TGO")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ACCRA (Wire) - The Togolese ambassador was expelled on Tuesday, the Nigerian foreign ministry "
            "said.",
            ("16", "NGA", "TGO"),
        ),
        (
            "ACCRA (Wire) - Three Beninese fishermen were released on Tuesday, the Nigerian navy said.",
            ("08", "NGA", "BEN"),
        ),
    ],
)
def test_agentless_state_act_told_by_a_state_organ(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    """An agentless passive of a state's act told by another state's organ is that state's act, whatever
    the dateline's country."""
    found = [(c[0][:2], c[1], c[2]) for c in coded(pipeline, text, PUBLISHED)]
    assert expected in found, found


def test_speakers_own_people_are_not_its_patients(pipeline: Pipeline) -> None:
    """ "Two Nigerian sailors were detained, the Nigerian navy said": the navy tells what others did to its
    own; it is not the source."""
    text = "ACCRA (Wire) - Two Nigerian sailors were detained on Tuesday, the Nigerian navy said."
    events = events_of(pipeline, text, PUBLISHED)
    assert not any("source:speaker-state" in e.evidence.steps for e in events)


def test_freezing_trade_is_an_embargo(pipeline: Pipeline) -> None:
    """ "froze new trade with X" (data row ne.pgrid.19) is 163, as suspending trade is."""
    found = coded(pipeline, "Kenya froze new trade with Somalia on Tuesday.", PUBLISHED)
    assert ("163", "KEN", "SOM") in found, found
