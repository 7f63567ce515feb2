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
