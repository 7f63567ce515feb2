"""Acts in clauses the parser attaches wrongly (issue 10, sixth session): the parse-mending stage
(coding/reattach.py) and the rules that read coordinated and subordinate clauses. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.reattach import reduced_relative
from newsevents.pipeline import Pipeline

# (text published on Wednesday 2021-03-10, trigger, its root, its date); the second parses well already
REDUCED_RELATIVES = [
    (
        "Nigerian troops fought rebels near the border on Tuesday, a day after gunmen linked to the group "
        "burned a church and took a priest hostage.",
        "took",
        "18",
        "2021-03-08",
    ),
    (
        "Malian soldiers clashed with militants near Gao on Tuesday, two days after fighters allied with "
        "the rebels attacked an army post.",
        "attacked",
        "18",
        "2021-03-07",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "root", "date"), REDUCED_RELATIVES)
def test_reduced_relative_subject(pipeline: Pipeline, text: str, trigger: str, root: str, date: str) -> None:
    """A participle phrase on the subject of an "after" clause ("gunmen linked to X") is not that clause's
    verb: the finite verb after it keeps the offset date and is no act of the main clause's subject."""
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.evidence.trigger == trigger]
    assert [(e.root, e.date) for e in events] == [(root, date)], [
        (e.cameo, e.date, e.source.code, e.evidence.steps) for e in events
    ]
    assert events[0].source.role != "MIL" or events[0].source.country is None


def test_reduced_relative_mends_the_tree(pipeline: Pipeline) -> None:
    """The participle hangs on its noun, the noun is the finite verb's subject, "after" and the offset
    hang on that verb; a participle that is a clause's verb ("were linked to") is left alone."""
    doc = pipeline.nlp(REDUCED_RELATIVES[0][0])
    assert reduced_relative(doc) == 1
    linked, burned, gunmen = (next(t for t in doc if t.text == w) for w in ("linked", "burned", "gunmen"))
    assert (linked.dep_, linked.head.i) == ("acl", gunmen.i)
    assert (gunmen.dep_, gunmen.head.i) == ("nsubj", burned.i)
    assert {c.lower_ for c in burned.children} >= {"after", "day", "gunmen"}
    assert burned.dep_ == "advcl"
    plain = pipeline.nlp("The rebels were linked to the army, officials said on Monday.")
    assert reduced_relative(plain) == 0


# (text published on Wednesday 2021-03-10, trigger): coordinated years name the noun's instances
NOUN_YEARS = [
    ("Italian police arrested two officials over the 1998 and 2002 contracts for the stadium.", "arrested"),
    (
        "Swiss prosecutors opened an inquiry into the award of the 2026 and 2030 World Cups to Canada "
        "and Spain.",
        "opened",
    ),
    ("Greek police on Monday detained a former minister over the 2004 Games contracts.", "detained"),
]


@pytest.mark.parametrize(("text", "trigger"), NOUN_YEARS)
def test_years_of_a_noun_date_no_event(pipeline: Pipeline, text: str, trigger: str) -> None:
    """ "the 1998 and 2002 contracts": neither year dates the arrest, whichever the parser hangs where."""
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.evidence.trigger == trigger]
    assert events, text
    assert all(e.date is not None and e.date.startswith("2021-03") for e in events), [e.date for e in events]


def test_scene_relative_shares_the_clause_date(pipeline: Pipeline) -> None:
    """ "..., where hundreds had gathered": an undated relative clause of place tells the same day's
    scene, dated like the clause its noun is in (Monday), not by the publication date (Wednesday)."""
    text = (
        "LAGOS (Wire) - Nigerian police broke up a rally outside the high court in Lagos on Monday, where "
        "hundreds had gathered to demand the release of a jailed journalist."
    )
    events = events_of(pipeline, text, "2021-03-10")
    gathered = [e for e in events if e.evidence.trigger == "gathered"]
    assert [(e.root, e.date) for e in gathered] == [("14", "2021-03-08")], [(e.cameo, e.date) for e in events]
    assert all(e.date == "2021-03-08" for e in events), [(e.evidence.trigger, e.date) for e in events]


def test_describing_relative_keeps_its_own_time(pipeline: Pipeline) -> None:
    """A relative clause that describes its noun ("the rebels, who ...") is no scene: it does not take
    the date of the clause its noun is in."""
    text = "Malian troops on Monday attacked Tuareg rebels, who had seized the town of Kidal."
    seized = [e for e in events_of(pipeline, text, "2021-03-10") if e.evidence.trigger == "seized"]
    assert [(e.root, e.date) for e in seized] == [("19", "2021-03-10")], [(e.cameo, e.date) for e in seized]
