""""Both sides" addressed by a speaker are never a pair that holds the speaker's own country: a mediator
whose mission was "made up of Swiss and Austrians" urging both sides speaks to the war's parties named
further back (actors/pairs.py). Sentences written for these tests."""

from __future__ import annotations

from newsevents.actors.pairs import pair


def _pair(read, word, text: str, noun: str = "sides") -> list[str | None]:
    actors = read(text)
    tok = [t for t in actors.doc if t.text == noun][-1]
    return [a.country for a in pair(actors, tok, actors.phrase_tokens(tok), None)]


def test_a_mediator_urging_both_sides_is_none_of_them(read, word) -> None:
    text = (
        "Swiss mediators left Mindanao on Tuesday after the truce between the Philippine government and "
        "the Moro rebels lapsed. The team, made up of Swiss and Austrians, had logged many breaches. "
        "Switzerland called on both sides to resume talks."
    )
    assert "CHE" not in _pair(read, word, text)
    assert "PHL" in _pair(read, word, text)


def test_a_pair_that_holds_no_speaker_stands(read, word) -> None:
    text = (
        "Fighting between Armenia and Azerbaijan flared on Monday. Iran urged both sides to show "
        "restraint."
    )
    assert _pair(read, word, text) == ["ARM", "AZE"]
