"""Shapes of official texts (thirtieth session, helper communique): an object set off from its verb by a
comma-enclosed aside (coding/aside_object.py), a body's name with "and" inside it read as one party
(actors/phrases.py, two_named_people), and the first person of a statement or a briefing's answers as its
issuer (actors/issuer.py). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import coded, coded_with_roles, events_of

from newsevents.pipeline import Pipeline

PUBLISHED = "2023-09-12"


def test_object_after_a_comma_enclosed_aside(pipeline: Pipeline) -> None:
    """'suspended, with immediate effect, the Republic of Niger': the name is the suspension's object, its
    'from' phrase the verb's, so the union suspends Niger (16), not nobody or itself."""
    text = "The African Union on Monday suspended, with immediate effect, the Republic of Niger from it."
    events = events_of(pipeline, text, PUBLISHED)
    assert [(e.root, e.target.country if e.target else None) for e in events] == [("16", "NER")], events
    assert "target:object" in events[0].evidence.steps


def test_aside_object_in_an_operative_point(pipeline: Pipeline) -> None:
    """'2. Decides to suspend, with immediate effect, the Republic of Gabon ...': one suspension of Gabon
    by the body the preamble names, the name with "and" inside it one party (no second source)."""
    text = (
        "The Peace and Security Council of the African Union, at its meeting held on 11 September 2023,\n\n"
        "1. Decides to suspend, with immediate effect, the Republic of Gabon from all activities of the "
        "Union until order is restored;\n\n"
        "2. Decides to remain seized of the matter."
    )
    events = [e for e in events_of(pipeline, text, PUBLISHED) if e.root == "16"]
    assert [(e.source.code, e.target.country if e.target else None) for e in events] == [("IGOAFRAFU", "GAB")]


def test_a_verb_without_an_aside_keeps_its_noun_modifier(pipeline: Pipeline) -> None:
    """A comma list after a verb is no aside: 'met, on Monday and Tuesday, ...' keeps its parse and its
    meeting."""
    text = "Chile's foreign minister visited Lima on Monday, Tuesday and Wednesday."
    events = coded(pipeline, text, PUBLISHED)
    assert any(c.startswith("04") and s == "CHL" and t == "PER" for c, s, t in events), events


def test_statement_in_the_first_person_is_its_issuer(pipeline: Pipeline) -> None:
    """'The minister of Norway issued the following statement: We condemn ... We call on Moscow ...':
    'we' is Norway's government, not the last party named (Russia)."""
    text = (
        "The Minister of Foreign Affairs of Norway, Ana Berg, today issued the following statement:\n\n"
        "We strongly condemn the seizure of the fishing vessel by Russia in international waters. "
        "We call on Moscow to release the crew without delay."
    )
    events = coded_with_roles(pipeline, text, PUBLISHED)
    assert ("111", "NOR", "GOV", "RUS") in events, events
    assert any(c.startswith("02") and s == "NOR" and t == "RUS" for c, s, _r, t in events), events
    assert not any(s == "RUS" for _c, s, _r, _t in events), events


def test_attributed_statement_speaks_for_its_spokesperson(pipeline: Pipeline) -> None:
    """'The following is attributable to Spokesperson X: ... We urge Caracas ...': the spokesperson's
    government urges."""
    text = (
        "The following is attributable to Spokesperson Maria Lopez of the Spanish Foreign Ministry:\n\n"
        "Venezuela expelled two Spanish diplomats on Sunday. We urge Caracas to reverse the decision."
    )
    events = coded(pipeline, text, PUBLISHED)
    assert any(c.startswith("02") and s == "ESP" and t == "VEN" for c, s, t in events), events


def test_quoted_we_stays_with_its_speaker(pipeline: Pipeline) -> None:
    """A quoted 'we' is the quote's speaker, as before: the issuer rule reads only unquoted pronouns."""
    text = (
        'Kenya\'s president said on Monday: "We will send troops to Haiti next month." He spoke in Nairobi.'
    )
    events = coded(pipeline, text, PUBLISHED)
    assert all(s == "KEN" for _c, s, _t in events), events


def test_point_opening_verb_read_as_a_noun(pipeline: Pipeline) -> None:
    """'3. Calls upon the junta to ...': the capitalised verb the tagger reads as a plural noun is the
    point's verb, an appeal (02) of the body the preamble names to Guinea's rulers."""
    text = (
        "The Council of Ministers of ECOWAS, meeting in Accra on 10 September 2023,\n\n"
        "1. Takes note of the report of the mediator;\n\n"
        "2. Calls upon the military rulers of Guinea to free the detained ministers without delay;\n\n"
        "3. Decides to remain seized of the matter."
    )
    events = [e for e in events_of(pipeline, text, PUBLISHED) if e.root == "02"]
    assert [(e.source.role, e.target.country if e.target else None) for e in events] == [("IGO", "GIN")]


def test_answer_of_a_briefing_speaks_for_the_spokesperson(pipeline: Pipeline) -> None:
    """'A: We reject the Japanese claim': in a text of questions and answers 'we' is the one who answers,
    the spokesperson of the first sentence (China), not the party last named in the question (Japan)."""
    text = (
        "Chinese Foreign Ministry Spokesperson Li Wen answered questions at the regular press conference "
        "on 12 September.\n\n"
        "Q: Japan says Chinese ships entered its waters. What is your comment?\n\n"
        "A: We firmly reject the Japanese accusation."
    )
    events = coded(pipeline, text, PUBLISHED)
    assert any(s == "CHN" and t == "JPN" for c, s, t in events if c[:2] in ("01", "12")), events
    assert not any(s == "JPN" and t == "JPN" for _c, s, t in events), events
