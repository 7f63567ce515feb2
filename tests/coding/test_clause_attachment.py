"""Acts in clauses the parser attaches wrongly (issue 10, sixth session): the parse-mending stage
(coding/reattach.py) and the rules that read coordinated and subordinate clauses. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of, kept_triggers

from newsevents.coding.participles import verb_of
from newsevents.coding.reattach import (
    adjective_participle,
    object_as_conjunct,
    reduced_relative,
    verb_after_apposition,
    verb_as_modifier,
)
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



# A present participle the parser makes, with its own subject, the subject of the verb after it
# ("ministers meeting in Oslo" subject of "meeting", "meeting" of "denounced"), written for these tests.
MEETING_SUBJECT = "African Union leaders meeting in Addis Ababa denounced the coup in Niger on Tuesday."


def test_present_participle_subject_mended(pipeline: Pipeline) -> None:
    """The participle hangs on its noun and the noun is the finite verb's subject again."""
    doc = pipeline.nlp(MEETING_SUBJECT)
    words = ("meeting", "denounced", "leaders")
    meeting, denounced, leaders = (next(t for t in doc if t.text == w) for w in words)
    assert (meeting.dep_, leaders.head.i) == ("nsubj", meeting.i), "the parse this test is about changed"
    assert reduced_relative(doc) == 1
    assert (meeting.dep_, meeting.head.i) == ("acl", leaders.i)
    assert (leaders.dep_, leaders.head.i) == ("nsubj", denounced.i)
    gerund = pipeline.nlp("Talks resuming next week would help the farmers.")
    assert reduced_relative(gerund) == 0


def test_present_participle_subject_codes_the_act(pipeline: Pipeline) -> None:
    """The leaders' condemnation is coded, not a meeting with the host country."""
    events = events_of(pipeline, MEETING_SUBJECT, "2023-07-26")
    assert [(e.root, e.target.country if e.target else None) for e in events] == [("11", "NER")], [
        (e.cameo, e.source.code, e.evidence.trigger) for e in events
    ]

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


def test_verb_read_as_its_objects_modifier(pipeline: Pipeline) -> None:
    """ "destroyed a convoy and repelled repeated assaults": the parser reads "repelled" as an adjective on
    "assaults"; mended, it is the second verb and "assaults" its object."""
    doc = pipeline.nlp(
        "Chad said its forces had destroyed a rebel convoy and repelled repeated assaults on the town."
    )
    assert verb_as_modifier(doc) == 1
    destroyed, repelled, assaults = (
        next(t for t in doc if t.text == w) for w in ("destroyed", "repelled", "assaults")
    )
    assert (repelled.dep_, repelled.head.i) == ("conj", destroyed.i)
    assert (assaults.dep_, assaults.head.i) == ("dobj", repelled.i)


def test_object_read_as_a_conjunct_of_its_verb(pipeline: Pipeline) -> None:
    """ "offered condolences and help to Ecuador on Monday": "help", with the addressee and the day, hangs
    from "offered" as if a second verb; mended, it is a second object and Ecuador the offer's target."""
    text = "Chile offered condolences and help to Ecuador on Monday."
    doc = pipeline.nlp(text)
    assert object_as_conjunct(doc) == 1
    offered, condolences, help_, to = (
        next(t for t in doc if t.text == w) for w in ("offered", "condolences", "help", "to")
    )
    assert (help_.dep_, help_.head.i) == ("conj", condolences.i)
    assert to.head.i == offered.i
    events = events_of(pipeline, text, "2021-03-10")
    assert {(e.root, e.source.country, e.target.country if e.target else None, e.date) for e in events} == {
        ("01", "CHL", "ECU", "2021-03-08"),
        ("03", "CHL", "ECU", "2021-03-08"),
    }, [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


# (text, the roots of its events): coordinated objects under other roots are events of their own; objects
# of one root, and the objects of an act of force, are one event
CONJOINED_OBJECTS = [
    ("Peru offered sympathy and aid to Bolivia after the floods on Monday.", ["01", "03"]),
    ("Brazil sent food and medicine to Haiti on Monday.", ["07"]),
    ("Brazilian police fired tear gas and rubber bullets at protesters in Brasilia on Monday.", ["17"]),
    ("Rebels took control of the airport and harbour of Goma on Monday.", ["19"]),
]


@pytest.mark.parametrize(("text", "roots"), CONJOINED_OBJECTS)
def test_conjoined_objects(pipeline: Pipeline, text: str, roots: list[str]) -> None:
    events = events_of(pipeline, text, "2021-03-10")
    assert sorted(e.root for e in events) == roots, [(e.cameo, e.evidence.rule) for e in events]
    offers = [e for e in events if e.evidence.rule.endswith("+conjoined")]
    assert len(offers) == (1 if len(roots) > 1 else 0)


def test_gerund_after_after_shares_the_date(pipeline: Pipeline) -> None:
    """ "recalled its ambassador on Monday after accusing Austria ...": the accusation is that occasion's
    act, dated Monday (not the publication day); a gerund after "before" keeps its own time."""
    text = (
        "Turkey recalled its ambassador from Vienna on Monday after accusing Austria of insulting its flag."
    )
    events = events_of(pipeline, text, "2021-03-10")
    assert {(e.root, e.date) for e in events} == {("16", "2021-03-08"), ("11", "2021-03-08")}, [
        (e.cameo, e.date, e.evidence.steps) for e in events
    ]
    before = (
        "Turkey recalled its ambassador from Vienna on Monday before accusing Austria of insulting its flag."
    )
    accused = [e for e in events_of(pipeline, before, "2021-03-10") if e.root == "11"]
    assert all(e.date != "2021-03-08" for e in accused), [(e.cameo, e.date) for e in accused]


def test_participle_read_as_an_adjective(pipeline: Pipeline) -> None:
    """ "assets ... were frozen": the tagger's adjective is mended into the passive verb "freeze", whose
    pattern then fires; a state of mind ("was very disappointed") is left an adjective."""
    text = "Assets worth 40 million euros owned by two firms tied to the newspaper were frozen."
    doc = pipeline.nlp(text)
    assert adjective_participle(doc, frozenset({"freeze"})) == 1
    frozen, were, assets = (next(t for t in doc if t.text == w) for w in ("frozen", "were", "Assets"))
    assert (frozen.pos_, frozen.tag_, frozen.lemma_) == ("VERB", "VBN", "freeze")
    assert (were.dep_, were.head.i) == ("auxpass", frozen.i)
    assert (assets.dep_, assets.head.i) == ("nsubjpass", frozen.i)
    assert ("frozen", "163") in [(w, c) for w, c, _s in kept_triggers(pipeline, text)]
    mind = pipeline.nlp("The minister said she was very disappointed.")
    assert adjective_participle(mind, frozenset({"freeze", "ban"})) == 0


@pytest.mark.parametrize(
    ("form", "lemma"), [("frozen", "freeze"), ("banned", "ban"), ("closed", "close"), ("seized", "seize")]
)
def test_participle_verbs(form: str, lemma: str) -> None:
    assert verb_of(form, frozenset({"freeze", "ban", "close", "seize"})) == lemma
    assert verb_of(form, frozenset()) is None


def test_verb_read_as_adjective_after_apposition(pipeline: Pipeline) -> None:
    """ "the minister, Ana Perez, thanked donors and said ...": "thanked" is read as an adjective on
    "donors"; mended, it is the minister's verb (praise, 05) and "donors" its object."""
    text = "Chile's foreign minister, Ana Perez, thanked donors and said Santiago would host a summit."
    doc = pipeline.nlp(text)
    assert verb_after_apposition(doc, frozenset({"thank"})) == 1
    thanked, donors, said = (next(t for t in doc if t.text == w) for w in ("thanked", "donors", "said"))
    assert (thanked.pos_, thanked.lemma_, thanked.dep_, thanked.head.i) == ("VERB", "thank", "conj", said.i)
    assert (donors.dep_, donors.head.i) == ("dobj", thanked.i)
    thanks = [e for e in events_of(pipeline, text, "2021-03-10") if e.evidence.trigger == "thanked"]
    assert [(e.root, e.source.country) for e in thanks] == [("05", "CHL")]
    plain = pipeline.nlp("Chile's minister, Ana Perez, and her aides said the talks had failed.")
    assert verb_after_apposition(plain, frozenset({"thank", "fail"})) == 0
