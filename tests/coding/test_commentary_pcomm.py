"""What the pcomm probe set (sixteenth session: commentaries, analyses, op-eds and explainers) showed the
coder getting wrong. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded

from newsevents.pipeline import Pipeline

PUBLISHED = "2021-03-12"


@pytest.mark.parametrize(
    ("text", "speaker", "warned"),
    [
        ("Washington warned Tehran to stop arming the militia in Basra.", "USA", "IRN"),
        ("The Kremlin warned Kyiv on Monday to halt its shelling of Donetsk.", "RUS", "UKR"),
        ("Ankara warned Athens to withdraw its troops from the islands.", "TUR", "GRC"),
    ],
)
def test_warning_to_a_party_is_the_speakers(pipeline: Pipeline, text: str, speaker: str, warned: str) -> None:
    """'warned Y to stop V-ing': the act is what the speaker wants of Y, so the warning is coded from the
    speaker to Y, and Y is never the one threatening."""
    events = coded(pipeline, text, PUBLISHED)
    assert any(c.startswith("13") and s == speaker and t == warned for c, s, t in events), events
    assert not any(s == warned and c.startswith("13") for c, s, _t in events), events


def test_threat_of_the_speakers_own_act_stays_a_threat_twin(pipeline: Pipeline) -> None:
    """Without an object the embedded act is the speaker's own: 'threatened to cut aid' stays 131x."""
    events = coded(pipeline, "Germany threatened to cut its aid to Uganda.", PUBLISHED)
    assert ("1311", "DEU", "UGA") in events, events


@pytest.mark.parametrize(
    "text",
    [
        "The African Union should send its own monitors to Tigray.",
        "Washington ought to press Riyadh to reopen the port and work with Muscat.",
        "Brussels should impose sanctions on Minsk without delay.",
    ],
)
def test_writers_advice_is_no_act(pipeline: Pipeline, text: str) -> None:
    """A recommendation in the narration's own voice is the writer's, no act of the party advised."""
    assert coded(pipeline, text, PUBLISHED) == [], coded(pipeline, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Berlin said the European Union should send investigators to Kyiv.", "DEU"),
        ('"The union should send investigators to Kyiv," the German chancellor said.', "DEU"),
    ],
)
def test_advice_someone_gives_is_still_coded(pipeline: Pipeline, text: str, speaker: str) -> None:
    """Reported or quoted, the same advice is the speaker's demand or appeal."""
    events = coded(pipeline, text, PUBLISHED)
    assert any(s == speaker and c.startswith(("02", "10")) for c, s, _t in events), events


def test_a_hypothetical_act_of_a_party_is_not_advice(pipeline: Pipeline) -> None:
    """'could send troops' is a possibility the text gives the party (coded as its threat or intent)."""
    events = coded(pipeline, "Paris could send more troops to Mali.", PUBLISHED)
    assert any(s == "FRA" for _c, s, _t in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada sent a team of experts to Haiti on Monday.", ("070", "CAN", "HTI")),
        ("Germany sent experts to Libya to help rebuild the ministries.", ("070", "DEU", "LBY")),
        ("The Netherlands sent a team of forensic specialists to Kyiv.", ("090", "NLD", "UKR")),
        ("Japan sent a team of disaster experts to Nepal.", ("073", "JPN", "NPL")),
        ("Britain sent a team of military advisers to Nigeria.", ("070", "GBR", "NGA")),
    ],
)
def test_pcomm_rows_experts_sent(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    """Experts lent to another state are aid (070; relief experts 073), forensic teams an inquiry (090),
    not a deployment of forces (154) nor nothing at all."""
    events = coded(pipeline, text, PUBLISHED)
    assert expected in events, events


def test_pcomm_rows_leave_bare_team_blocked(pipeline: Pipeline) -> None:
    """A team alone names no act: the football side sent to the tournament is no event."""
    events = coded(pipeline, "Brazil sent a team to the tournament in Qatar.", PUBLISHED)
    assert events == [], events


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops returned home from Kazakhstan on Friday.",
        "The last Armenian soldiers flew home from Syria in March.",
    ],
)
def test_forces_coming_back_from_abroad_withdraw(pipeline: Pipeline, text: str) -> None:
    """Forces returning or flying back from abroad pull out (0874); they make no visit (042)."""
    events = coded(pipeline, text, PUBLISHED)
    assert any(c == "0874" for c, _s, _t in events), events
    assert not any(c.startswith("04") for c, _s, _t in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Georgian prosecutors opened a murder case after the shooting in Gori.",
        "Kyiv's prosecutors have opened more than 300 war crimes cases.",
        "Belarusian investigators opened a treason case against the blogger.",
    ],
)
def test_cases_opened_are_inquiries(pipeline: Pipeline, text: str) -> None:
    """A criminal case of a named kind opened by prosecutors or investigators is an inquiry (090)."""
    events = coded(pipeline, text, PUBLISHED)
    assert any(c == "090" for c, _s, _t in events), events
