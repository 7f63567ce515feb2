"""What the presol probe set (thirty-first session: official texts, resolutions, communiques and council
conclusions) showed the coder missing: a body referred back by its capitalised noun alone ("The Council
demands"), the unnumbered points of a communique one a line, mandates ended or extended, embargoes
terminated, "restrictive measures" imposed, and a resolution's adoption coded as an agreement signed
(057). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline

PUBLISHED = "2020-05-03"


def _kinds(pipeline: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.cameo, e.source.code, e.target.country if e.target else None)
        for e in events_of(pipeline, text, PUBLISHED)
    }


def test_capitalised_council_takes_up_the_body_named_before(pipeline: Pipeline) -> None:
    """'The Council condemned': the Security Council of the sentence before condemns (111)."""
    text = (
        "The Security Council met on Yemen on Saturday. "
        "The Council condemned the shelling of the port by the Houthis."
    )
    kinds = _kinds(pipeline, text)
    assert any(c.startswith("11") and s == "IGOUNO" for c, s, _t in kinds), kinds


def test_capitalised_league_takes_up_the_league(pipeline: Pipeline) -> None:
    """'The League urged Egypt': the Arab League's appeal (02) to Egypt."""
    text = (
        "The Arab League suspended Libya on Saturday. "
        "The League urged Egypt to recall its ambassador from Tripoli."
    )
    kinds = _kinds(pipeline, text)
    assert any(c.startswith("02") and s == "IGOMEAARL" and t == "EGY" for c, s, t in kinds), kinds


def test_unnumbered_point_after_a_preamble_is_the_body_s_act(pipeline: Pipeline) -> None:
    """Points with no number, joined by semicolons after the preamble's comma, are the council's acts: its
    demand (10)."""
    text = (
        "The Peace and Security Council of the African Union, at its 900th meeting held on 2 May 2020,\n\n"
        "Strongly condemns the seizure of power in Bamako;\n\n"
        "Demands that Senegal reopen its border with Gambia."
    )
    kinds = _kinds(pipeline, text)
    assert any(c.startswith("10") and s and s.startswith("IGO") and t == "SEN" for c, s, t in kinds), kinds


def test_mandate_terminated_withdraws_the_peacekeepers(pipeline: Pipeline) -> None:
    """A council ending a mission's mandate withdraws its peacekeepers (1661)."""
    text = "The Security Council terminated the mandate of the UN mission in Liberia on Friday."
    kinds = _kinds(pipeline, text)
    assert any(c == "1661" and s == "IGOUNO" for c, s, _t in kinds), kinds


def test_embargo_terminated_is_eased_and_restrictive_measures_are_sanctions(pipeline: Pipeline) -> None:
    """Terminating an arms embargo lifts it (085); restrictive measures imposed are sanctions (163)."""
    lifted = _kinds(pipeline, "The Security Council terminated the arms embargo on Liberia on Friday.")
    assert any(c == "085" and t == "LBR" for c, _s, t in lifted), lifted
    imposed = _kinds(pipeline, "The European Union imposed restrictive measures on six Iranian officials.")
    assert any(c == "163" and t == "IRN" for c, _s, t in imposed), imposed


def test_a_council_adopting_a_resolution_signs_nothing(pipeline: Pipeline) -> None:
    """'adopted a resolution on Yemen' is no agreement (057); what it demands is the event."""
    text = (
        "The Security Council adopted a resolution on Yemen on Saturday. "
        "The Council demanded an end to the siege of the port."
    )
    kinds = _kinds(pipeline, text)
    assert not any(c == "057" for c, _s, _t in kinds), kinds
    assert any(c.startswith("10") and s == "IGOUNO" for c, s, _t in kinds), kinds
