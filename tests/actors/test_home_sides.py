""""Both sides" in a story of one country's conflict (issue 10, wrong targets: tgtplace): with no pair
named together near it, the sides are the story's country and its rebels or opposition, not the last two
foreign states that spoke (actors/home_sides.py). Sentences written for these tests."""

from __future__ import annotations

from newsevents.actors.pairs import pair


def _pair(read, word, text: str, noun: str = "sides") -> list[str | None]:
    actors = read(text)
    tok = word(actors.doc, noun)
    return [a.country for a in pair(actors, tok, actors.phrase_tokens(tok), None)]


def test_both_sides_of_a_crisis_at_home(read, word) -> None:
    text = (
        "Venezuelan opposition leader Maria Lopez said the vote was stolen. Spain called the result a "
        "fraud. The United States said it was weighing sanctions. Argentina condemned the arrests. "
        "Colombia's president urged both sides to negotiate."
    )
    assert set(_pair(read, word, text)) == {"VEN"}


def test_two_states_named_together_stay_the_pair(read, word) -> None:
    text = (
        "Fighting between Armenia and Azerbaijan flared on Monday. Armenian opposition leaders "
        "protested in Yerevan. Iran urged both sides to show restraint."
    )
    assert _pair(read, word, text) == ["ARM", "AZE"]


def test_no_home_side_when_the_country_speaks(read, word) -> None:
    # (the story's country speaking to "both sides" is none of them: the older reading stands)
    text = (
        "Peruvian opposition leaders marched in Lima. Chile and Bolivia traded accusations over the "
        "border. Peru urged both sides to talk."
    )
    assert "PER" not in _pair(read, word, text)


def test_a_list_of_three_is_no_pair(read, word) -> None:
    # (three states that did one thing together are no two sides: the war's country and its rebels are)
    text = (
        "Sudan's army fought Rapid Support Forces fighters in Darfur on Sunday. Britain, France and "
        "Germany flew their citizens out by air. Qatar and Egypt invited both sides to talks."
    )
    assert set(_pair(read, word, text)) == {"SDN"}


def test_a_main_country_that_speaks_is_a_mediator(read, word) -> None:
    # (the story's most named country urges the pair: the sides are the rebels' country's)
    text = (
        "RIYADH - Saudi Arabia hosted a summit of Gulf rulers on Monday. Saudi officials said the talks went "
        "well. Houthi rebels attacked army posts near Marib. Oman sent condolences. Kuwait offered aid. "
        "Saudi Arabia urged both sides to stop."
    )
    assert set(_pair(read, word, text)) == {"YEM"}


def test_no_sides_without_a_rebel_force(read, word) -> None:
    text = (
        "RIYADH - Saudi Arabia hosted a summit of Gulf rulers on Monday. Saudi officials said the talks went "
        "well. Fighting flared near Marib. Saudi Arabia urged both sides to stop."
    )
    assert _pair(read, word, text) == []
