"""The weakest probe sets (thirty-second round, weakest5): official texts and their days. A ministry's or
council's dateline closed by a full stop dates its statement; the paragraphs of a resolution take the day
it was adopted (told by the session's participle or by the heading's 'adopted ... on'); a judgement in
the simple present leaves a date after its object to the act judged; a body's session told as an aside
('The Board, meeting in closed session, ...') is no meeting. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding import gathering_scene
from newsevents.pipeline import Pipeline


def _dated(pipeline: Pipeline, text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.cameo[:2], e.date) for e in events_of(pipeline, text, published)]


def test_stopped_dateline_dates_the_statement(pipeline: Pipeline) -> None:
    """'OSLO, 12 March 2019.' is the statement's dateline: its day, and no place for the acts."""
    text = (
        "OSLO, 12 March 2019. The Government of Norway condemns the detention of journalists in Belarus "
        "and calls for their immediate release."
    )
    events = events_of(pipeline, text, "2019-03-13")
    assert events, events
    assert all(e.date == "2019-03-12" for e in events), [(e.cameo, e.date) for e in events]
    assert any(e.cameo.startswith("11") and e.target and e.target.country == "BLR" for e in events)


def test_session_participle_dates_the_resolution(pipeline: Pipeline) -> None:
    """The lead's date hangs from the session's participle: the paragraphs after it take that day, and
    the session itself is no meeting with anyone."""
    text = (
        "The UN Security Council, meeting behind closed doors on 9 May 2018, approved a statement on "
        "Syria.\n\nThe Council condemns the shelling of civilian areas by the Syrian government. It "
        "demands that all parties allow aid convoys to reach besieged towns."
    )
    events = _dated(pipeline, text, "2018-05-10")
    assert ("11", "2018-05-09") in events, events
    assert ("10", "2018-05-09") in events, events
    assert not any(code == "04" for code, _ in events), events


def test_adopted_heading_dates_the_points(pipeline: Pipeline) -> None:
    """A verbless heading 'statement ..., approved ... at its session on D' dates the numbered points."""
    text = (
        "Presidential statement on Yemen, approved by the Security Council at its closed session on 14 "
        "June 2019.\n"
        "The Security Council,\n"
        "1. Condemns the seizure of the port of Hodeidah by armed groups;\n"
        "2. Demands that Iran stop all transfers of weapons to armed groups in Yemen;"
    )
    events = _dated(pipeline, text, "2019-06-15")
    assert ("10", "2019-06-14") in events, events


def test_present_judgement_leaves_the_date_to_the_act(pipeline: Pipeline) -> None:
    """'the bloc condemns the arrest of the president on 5 September': the date is the arrest's; the
    condemnation is the communique's, dated by the dateline."""
    text = (
        "ABUJA, Sept 8 -- ECOWAS has suspended Guinea from all its bodies. ECOWAS also firmly condemns "
        "the arrest of President Alpha Conde on 5 September."
    )
    events = events_of(pipeline, text, "2021-09-09")
    judged = [e for e in events if e.cameo.startswith("11")]
    assert judged and all(e.date == "2021-09-08" for e in judged), [(e.cameo, e.date) for e in events]


def test_past_judgement_keeps_its_own_date(pipeline: Pipeline) -> None:
    """In the past tense the date after the object may be the verb's own, and stays so."""
    text = "BAMAKO, June 2 -- Senegal condemned the attack on the convoy on Monday."
    events = events_of(pipeline, text, "2021-06-03")
    judged = [e for e in events if e.cameo.startswith("11")]
    assert judged and judged[0].date == "2021-05-31", [(e.cameo, e.date) for e in events]


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("The Gulf Cooperation Council, meeting in closed session in Muscat, deplored the seizure.", True),
        ("The Italian minister, meeting his Egyptian counterpart in Cairo, denounced the raid.", False),
        ("The Italian minister, meeting in Cairo with his Egyptian counterpart, denounced the raid.", False),
    ],
)
def test_session_aside(pipeline: Pipeline, text: str, aside: bool) -> None:
    """A participle of meeting set off by commas with nobody met is the subject's session; one that names
    whom it met (as an object or a 'with' phrase) is an act of its own."""
    doc = pipeline.nlp(text)
    meeting = next(t for t in doc if t.lower_ == "meeting")
    assert gathering_scene._session_aside(meeting) is aside
