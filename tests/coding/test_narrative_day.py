"""The day a narrative carries on (newsevents.narrativeday): after a lead of the filing day's news, a
sentence that goes back to an earlier day lends it to the undated simple-past acts told right after it;
a reaction, a quote or another tense keeps the report's day. Every sentence is invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _dates(pipeline: Pipeline, text: str, trigger: str) -> list[str | None]:
    return [e.date for e in events_of(pipeline, text, "2024-05-06") if e.evidence.trigger == trigger]


def test_undated_past_act_after_an_earlier_day_takes_it(pipeline: Pipeline) -> None:
    text = (
        "LOMÉ, May 6 (Wire) - West African ministers agreed on Monday to close their ports to Togolese "
        "trawlers. A Ghanaian patrol boat seized a Togolese trawler off Tema on Saturday. "
        "Coastguards arrested its captain and eleven sailors."
    )
    assert _dates(pipeline, text, "arrested") == ["2024-05-04"]


def test_reaction_after_an_earlier_day_keeps_the_report_day(pipeline: Pipeline) -> None:
    text = (
        "LOMÉ, May 6 (Wire) - West African ministers agreed on Monday to close their ports to Togolese "
        "trawlers. A Ghanaian patrol boat seized a Togolese trawler off Tema on Saturday. "
        "Togo condemned the seizure."
    )
    assert _dates(pipeline, text, "condemned") == ["2024-05-06"]


def test_perfect_after_an_earlier_day_keeps_the_report_day(pipeline: Pipeline) -> None:
    text = (
        "LOMÉ, May 6 (Wire) - West African ministers agreed on Monday to close their ports to Togolese "
        "trawlers. A Ghanaian patrol boat seized a Togolese trawler off Tema on Saturday. "
        "Ghana has arrested the captain."
    )
    assert _dates(pipeline, text, "arrested") == ["2024-05-06"]


def test_comment_after_an_earlier_day_keeps_the_report_day(pipeline: Pipeline) -> None:
    text = (
        "LOMÉ, May 6 (Wire) - West African ministers agreed on Monday to close their ports to Togolese "
        "trawlers. A Ghanaian patrol boat seized a Togolese trawler off Tema on Saturday. "
        "Benin praised the Ghanaian navy."
    )
    assert _dates(pipeline, text, "praised") in ([], ["2024-05-06"])


def test_opening_day_of_an_occasion_lends_no_day(pipeline: Pipeline) -> None:
    text = (
        "LOMÉ, May 6 (Wire) - West African ministers agreed on Monday to close their ports to Togolese "
        "trawlers. The summit opened on Saturday in Lomé. Ghana's president met the Togolese leader "
        "after the session."
    )
    assert _dates(pipeline, text, "met") in ([], ["2024-05-06"])


def test_present_tense_move_on_a_weekday_is_the_coming_day(pipeline: Pipeline) -> None:
    # 6 May 2024 is a Monday: "on Friday" in the present of a plan is 10 May, not 3 May
    text = (
        "ACCRA, May 6 (Wire) - Ghana's foreign minister said on Monday that talks on the maritime border "
        "had stalled. The minister flies to Lomé on Friday to meet his Togolese counterpart."
    )
    assert _dates(pipeline, text, "flies") in ([], ["2024-05-10"])
    assert _dates(pipeline, text, "meet") in ([], ["2024-05-10"])


def test_past_tense_move_on_a_weekday_stays_the_last_day(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, May 6 (Wire) - Ghana's foreign minister said on Monday that talks on the maritime border "
        "had stalled. The minister flew to Lomé on Friday to meet his Togolese counterpart."
    )
    assert _dates(pipeline, text, "flew") in ([], ["2024-05-03"])


def test_present_tense_move_in_a_chronology_stays_the_last_day(pipeline: Pipeline) -> None:
    # a timeline's present is a historical one: its "on Friday" is the Friday before the report
    text = (
        "ACCRA (Wire) - Ghana and Togo signed a maritime border accord on Monday. Milestones:\n\n"
        "2019: Talks on the border open in Lomé in March.\n"
        "2024: The Ghanaian minister flies to Lomé on Friday, where his counterpart meets him."
    )
    assert _dates(pipeline, text, "flies") in ([], ["2024-05-03"])
