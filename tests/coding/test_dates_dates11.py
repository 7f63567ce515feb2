"""Wrong dates by class (issue 10, helper dates11): an act listed after an offset clause that the parser
hung on the main verb is reckoned from the offset (``newsevents.offsetlist``); the second of two reported
clauses joined by "and" takes the first one's date (``newsevents.reportedpair``); a lead of force told by
a kidnapping, by "opened fire" or by its toll's participle dates the reactions after it to the report's
day (``newsevents.reactiondate``). Every sentence is invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _dates(pipeline: Pipeline, text: str) -> dict[str, list[str | None]]:
    dates: dict[str, list[str | None]] = {}
    for e in events_of(pipeline, text, "2024-03-09"):
        dates.setdefault(e.evidence.trigger, []).append(e.date)
    return dates


def test_act_listed_after_an_offset_clause_takes_its_day(pipeline: Pipeline) -> None:
    text = ("BAMAKO, March 9 (Wire) - The junta leader said on Friday that nobody would remove him, a day "
            "after his troops stormed the parliament after hours of shooting, arrested the prime minister "
            "and dissolved the cabinet.")
    dates = _dates(pipeline, text)
    assert dates.get("stormed") == ["2024-03-07"], dates
    assert dates.get("arrested") == ["2024-03-07"], dates


def test_conjunct_back_from_the_offset_keeps_the_main_date(pipeline: Pipeline) -> None:
    text = ("LIMA, March 9 (Wire) - Peru expelled Chile's ambassador on Thursday, three days after Chilean "
            "troops crossed the border, and Bolivia condemned the incursion.")
    dates = _dates(pipeline, text)
    assert dates.get("condemned") == ["2024-03-07"], dates


def test_second_reported_clause_takes_the_first_ones_date(pipeline: Pipeline) -> None:
    text = ("KABUL, March 9 (Wire) - A British patrol was attacked near Lashkar Gah on Thursday, and two "
            "soldiers were killed, the ministry said.")
    dates = _dates(pipeline, text)
    assert dates.get("attacked") == ["2024-03-07"], dates
    assert dates.get("killed") == ["2024-03-07"], dates


def test_reaction_after_a_kidnapping_takes_the_report_day(pipeline: Pipeline) -> None:
    text = ("KANO, March 9 (Wire) - Gunmen abducted forty pupils from a boarding school in Katsina late on "
            "Friday, residents said. The state governor blamed bandits for the raid.")
    dates = _dates(pipeline, text)
    assert dates.get("blamed") == ["2024-03-09"], dates


def test_reaction_after_a_toll_participle_takes_the_report_day(pipeline: Pipeline) -> None:
    text = ("KABUL, March 9 (Wire) - A car bomb blew up outside a crowded market in Kunduz on Friday, "
            "killing at least 20 people. The government blamed the Taliban.")
    dates = _dates(pipeline, text)
    assert dates.get("blamed") == ["2024-03-09"], dates


def test_journey_after_on_takes_the_verbs_date(pipeline: Pipeline) -> None:
    text = ("NAIROBI, March 9 (Wire) - Indian Prime Minister Narendra Modi and Kenyan President William Ruto "
            "signed 12 agreements on Friday for railways and a dam, on the first visit by an Indian leader "
            "in ten years.")
    dates = _dates(pipeline, text)
    assert dates.get("signed") == ["2024-03-08"], dates
    assert dates.get("visit") == ["2024-03-08"], dates
