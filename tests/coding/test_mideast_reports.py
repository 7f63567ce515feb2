"""Middle East and North Africa wire shapes (issue 10, helper pmideast, probe set ``pmideast``): a dotted
abbreviation hyphened to a participle ("U.S.-led", "U.N.-backed") is split so that its state is found
(newsevents/hyphen_abbrev.py); a state's adjective on a noun of force that is the subject of an assault
or a fight is the state's military (coding/force_makers.py); "they" standing for the coordinated
speakers of a reporting verb reacts side by side with them, never to one of them (coding/coagents.py).
Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents import nlp
from newsevents.pipeline import Pipeline

_DAY = "2016-05-12"


def _parties(pipeline: Pipeline, text: str, root: str) -> set[tuple[str | None, str | None, str | None]]:
    """(source country, source role, target country) of the events of ``root`` coded from ``text``."""
    return {
        (e.source.country, e.source.role, e.target.country if e.target else None)
        for e in events_of(pipeline, text, _DAY)
        if e.root == root
    }


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("U.S.-led troops entered the town.", ["U.S.", "-", "led", "troops"]),
        ("The U.N.-backed cabinet met.", ["U.N.", "-", "backed", "cabinet"]),
        ("A U.S.-Brokered truce held.", ["U.S.", "-", "Brokered", "truce"]),
    ],
)
def test_dotted_abbreviation_is_split_from_its_participle(text: str, words: list[str]) -> None:
    doc = next(nlp.parse(nlp.load(), [text]))
    tokens = [t.text for t in doc]
    assert any(tokens[i : i + len(words)] == words for i in range(len(tokens))), tokens


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("U.S.-led warplanes bombed rebel positions outside Mosul on Tuesday.", "USA", "IRQ"),
        ("U.K.-led forces shelled the port of Basra on Tuesday.", "GBR", "IRQ"),
    ],
)
def test_dotted_leader_of_a_force_is_its_source(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    parties = _parties(pipeline, text, "19")
    assert any(p[0] == source and p[2] == target for p in parties), parties


@pytest.mark.parametrize(
    ("text", "source", "root"),
    [
        ("Egyptian strikes killed eleven fighters near the Libyan border on Sunday.", "EGY", "18"),
        ("Jordanian shelling killed four smugglers on the Syrian frontier on Sunday.", "JOR", "18"),
    ],
)
def test_adjective_on_a_force_noun_subject_is_the_military(
    pipeline: Pipeline, text: str, source: str, root: str
) -> None:
    parties = _parties(pipeline, text, root) | _parties(pipeline, text, "19")
    assert (source, "MIL") in {p[:2] for p in parties}, parties


def test_named_body_subject_keeps_its_role(pipeline: Pipeline) -> None:
    # (a phrase whose own words give a role keeps it: the police are not made the army)
    parties = _parties(pipeline, "Egyptian police killed two gunmen in Cairo on Sunday.", "18") | _parties(
        pipeline, "Egyptian police killed two gunmen in Cairo on Sunday.", "19"
    )
    assert all(p[1] != "MIL" for p in parties), parties


@pytest.mark.parametrize(
    "text",
    [
        "Oman and Kuwait said they condemned the bombing of the port.",
        "Jordan and Egypt said they regretted the decision to close the crossing.",
    ],
)
def test_they_for_coordinated_speakers_react_side_by_side(pipeline: Pipeline, text: str) -> None:
    coded = {
        (e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, _DAY)
        if e.root == "11"
    }
    sources = {s for s, _ in coded}
    speakers = {"OMN", "KWT"} if text.startswith("Oman") else {"JOR", "EGY"}
    assert speakers <= sources, coded
    # (neither speaker is the other's target)
    assert not any(s in speakers and t in speakers for s, t in coded), coded


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "A senior Hamas commander was killed in an Israeli air strike in Gaza City on Monday.",
            "ISR",
            "PSE",
        ),
        ("Six fighters were killed in a Turkish drone strike near Sinjar on Monday.", "TUR", "IRQ"),
        (
            "Syria's deputy defence minister was killed in an Israeli strike near Damascus on Monday.",
            "ISR",
            "SYR",
        ),
    ],
)
def test_passive_killing_in_an_attack_is_the_attackers(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    # (the victims the passive names are the target; the attack's adjective is the military source)
    parties = _parties(pipeline, text, "18") | _parties(pipeline, text, "19")
    assert (source, "MIL", target) in parties, parties


def test_passive_killing_in_an_unowned_blast_stays_unattributed(pipeline: Pipeline) -> None:
    # (an explosion names no maker: the agentless rules still place it, no adjective makes it an army's)
    parties = _parties(
        pipeline, "Nine people were killed in an explosion at a market in Mosul on Monday.", "18"
    )
    assert all(p[1] != "MIL" for p in parties), parties


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iraq fired three Scud missiles at Bahrain on Tuesday.", "IRQ", "BHR"),
        ("The navy fired Tomahawk cruise missiles into Libya on Tuesday.", None, "LBY"),
    ],
)
def test_weapon_object_gives_way_to_the_aimed_party(
    pipeline: Pipeline, text: str, source: str | None, target: str
) -> None:
    parties = _parties(pipeline, text, "19") | _parties(pipeline, text, "18")
    assert any(p[2] == target and (source is None or p[0] == source) for p in parties), parties


@pytest.mark.parametrize(
    "text",
    [
        "Ankara suspended its military hotline with Athens on Thursday.",
        "Moscow suspended the air-safety memorandum with Washington on Thursday.",
    ],
)
def test_suspending_a_hotline_reduces_relations(pipeline: Pipeline, text: str) -> None:
    parties = _parties(pipeline, text, "16")
    assert any(p[2] in ("GRC", "USA") for p in parties), parties
