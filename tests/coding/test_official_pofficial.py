"""What the pofficial probe set (eighteenth session: ministries' statements, readouts, communiques, state
agencies and defence bulletins) showed the coder missing: the numbered points of a communique that open on
their verb, ties "ended" or "terminated" and the breaking of relations as a noun, warplanes scrambled by
their type, and a show of force whose object is its own fighters. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded, coded_with_roles, events_of

from newsevents.pipeline import Pipeline

PUBLISHED = "2021-03-10"

COMMUNIQUE = (
    "The ECOWAS Council of Ministers, meeting in Abuja on 8 March 2021,\n\n"
    "1. Condemns the seizure of power in Guinea-Bissau;\n\n"
    "2. Demands that Senegal reopen its border with Gambia;\n\n"
    "3. Decides to remain seized of the matter."
)


def test_numbered_point_is_the_act_of_the_body_the_preamble_names(pipeline: Pipeline) -> None:
    """'1. Condemns ...' has no subject: the council the preamble names condemns (111) and demands (10)."""
    events = events_of(pipeline, COMMUNIQUE, PUBLISHED)
    kinds = {(e.cameo[:2], e.source.code, e.target.country if e.target else None) for e in events}
    assert any(c == "11" and s and s.startswith("IGO") for c, s, _t in kinds), kinds
    assert any(c == "10" and s and s.startswith("IGO") and t == "SEN" for c, s, t in kinds), kinds


def test_lettered_points_after_a_preamble_with_a_colon(pipeline: Pipeline) -> None:
    """'(b) Called on ...': the ministers of the preamble's country act in each point, a past form the
    parser reads as a participle included."""
    text = (
        "The foreign ministers of Norway, meeting in Oslo on Monday:\n\n"
        "(a) Condemned the expulsion of the Colombian ambassador from Caracas;\n\n"
        "(b) Called on Venezuela to free the detained journalists."
    )
    events = coded(pipeline, text, PUBLISHED)
    assert any(c.startswith("02") and s == "NOR" and t == "VEN" for c, s, t in events), events


def test_subjectless_line_without_a_list_mark_gets_no_preamble(pipeline: Pipeline) -> None:
    """A line that opens on a verb with no list mark is a headline or a fragment, not a point: the line
    before it is no preamble whose body acts in it."""
    text = "The Council of the European Union, meeting in Brussels,\n\nCondemns the coup in Niger."
    events = coded(pipeline, text, PUBLISHED)
    assert not any(c.startswith("11") and t == "NER" for c, _s, t in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quito ended its diplomatic ties with Managua on Tuesday.", ("161", "ECU", "NIC")),
        ("Honduras terminated diplomatic relations with Taipei on Sunday.", ("161", "HND", "TWN")),
        (
            "Bolivia announced the breaking of diplomatic relations with Israel on Tuesday.",
            ("161", "BOL", "ISR"),
        ),
        ("Riyadh ordered the severance of ties with Tehran on Sunday.", ("161", "SAU", "IRN")),
    ],
)
def test_relations_ended_or_broken_as_a_noun(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in coded(pipeline, text, PUBLISHED)


def test_the_war_ended_is_no_break_of_relations(pipeline: Pipeline) -> None:
    events = coded(pipeline, "The war between Peru and Ecuador ended in 1998.", PUBLISHED)
    assert not any(c == "161" for c, _s, _t in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Taiwan scrambled fighters on Monday after Chinese bombers approached.",
        "Taiwan scrambled interceptors on Monday after Chinese bombers approached.",
    ],
)
def test_warplanes_scrambled_by_their_type(pipeline: Pipeline, text: str) -> None:
    """'scrambled fighters': a show of military power (150) by the scrambling state, whose own fighters
    are not the act's target."""
    events = coded(pipeline, text, PUBLISHED)
    scrambles = [(c, s, t) for c, s, t in events if c == "150" and s == "TWN"]
    assert scrambles, events
    assert all(t != "TWN" for _c, _s, t in scrambles), events


@pytest.mark.parametrize(
    "text",
    [
        "HAVANA - The Ambassador of Sweden was summoned to the Foreign Ministry on Monday.",
        "HAVANA - Sweden's ambassador was summoned to the Foreign Ministry on Monday.",
    ],
)
def test_envoy_summoned_to_the_ministry_by_the_dateline_state(pipeline: Pipeline, text: str) -> None:
    """A release about a foreign envoy 'summoned to the Foreign Ministry' (the ministry names no host, and
    the story is most about the envoy's country): the dateline's state summons him (114), and 'the
    Ambassador OF Sweden' names his own state as a possessor does."""
    assert ("114", "CUB", "SWE") in coded(pipeline, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lima handed a formal note of protest to Chile's embassy on Friday.", ("114", "PER", "CHL")),
        ("Athens sent a note of protest to Ankara on Friday.", ("114", "GRC", "TUR")),
    ],
)
def test_note_of_protest_handed_over(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in coded(pipeline, text, PUBLISHED)


def test_note_without_protest_is_no_protest(pipeline: Pipeline) -> None:
    events = coded(pipeline, "The Greek minister handed a note to his Turkish counterpart.", PUBLISHED)
    assert not any(c == "114" for c, _s, _t in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the US "National Security Council" alias no longer claims Iran's council)
        ("The Supreme National Security Council condemned Israel on Monday.", ("111", "IRN", "GOV", "ISR")),
        (
            "The Air Self-Defense Force scrambled fighters on Monday after Russian bombers approached.",
            ("150", "JPN", "MIL", "RUS"),
        ),
        ("The ISPR accused India of firing across the Line of Control.", ("112", "PAK", "MIL", "IND")),
    ],
)
def test_bodies_of_official_releases(pipeline: Pipeline, text: str, expected: tuple) -> None:
    """State bodies that sign releases, named bare as their own releases name them."""
    assert expected in coded_with_roles(pipeline, text, PUBLISHED)


def test_warplanes_scrambled_in_the_passive_are_their_own_states(pipeline: Pipeline) -> None:
    """'Greek fighter jets were scrambled': no agent, so the planes' own state shows force (150), facing the
    party the sentence names."""
    text = "ATHENS - Greek fighter jets were scrambled on Monday after Turkish drones entered the area."
    assert ("150", "GRC", "TUR") in coded(pipeline, text, PUBLISHED)


def test_unplaced_warplanes_scrambled_make_no_stateless_show(pipeline: Pipeline) -> None:
    """'F-16 jets were scrambled' names no country: the planes get no source from their own phrase."""
    events = coded(pipeline, "F-16 jets were scrambled on Monday, the statement said.", PUBLISHED)
    assert not any(c == "150" and s is None for c, s, _t in events), events
