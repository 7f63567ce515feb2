"""A verb coordinated with a subject of its own lends no object to the verb before it
(coding/own_subject.py), and a deployment whose purpose guards the sender's own things or helps its own
police is aimed at home, not at a foreign party an earlier sentence names (coding/order_at_home.py with
coding/own_purpose.py); sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str, root: str, source: str) -> list[tuple[str, str | None]]:
    return [
        (e.cameo, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2020-03-05")
        if e.cameo.startswith(root) and e.source.country == source
    ]


def test_an_appeal_keeps_its_code_beside_another_partys_request_for_a_meeting(pipeline: Pipeline) -> None:
    text = ("CAIRO, March 5 (Wire) - Gunmen attacked a border post in Sinai on Thursday. Egypt called for "
            "restraint, and China requested a meeting of the Security Council.")
    assert [code[:2] for code, _ in _events(pipeline, text, "02", "EGY")] == ["02"]


def test_a_shared_object_is_still_read_without_a_second_subject(pipeline: Pipeline) -> None:
    text = "MANILA, March 5 (Wire) - The president called an emergency meeting of the security council."
    assert _events(pipeline, text, "0", "PHL") == []


def test_troops_sent_to_guard_their_own_platforms_face_home(pipeline: Pipeline) -> None:
    text = ("OSLO, March 5 (Wire) - Denmark said on Wednesday that a cable to Sweden had been cut by an "
            "anchor. Norway sent extra troops to guard its oil platforms on Thursday.")
    assert {target for _, target in _events(pipeline, text, "15", "NOR")} == {"NOR"}
