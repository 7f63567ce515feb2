"""What the pedge probe set (fifteenth session: reports from the edges of the map) showed the coder missing:
a speaker's act the parser hung on a base-form verb of the reported clause, truces told as "stopped
fighting", rebellions declared over, endorsements, aid and people handed to a party, criminal cases opened,
protests made to a state, and officials of smaller states the actor tables lacked. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import coded, coded_with_roles, events_of

from newsevents.pipeline import Pipeline

PUBLISHED = "2019-05-10"


def test_finite_conjunct_after_negated_reported_verb_is_the_speakers(pipeline: Pipeline) -> None:
    """'did not NEED ... and TURNED down': the past form cannot share 'did not', so the refusal is the
    speaker's (and not negated), not the reported clause's subject's."""
    text = "Lima said Quito did not need foreign troops to keep order and turned down Bogota's offer."
    events = coded(pipeline, text, PUBLISHED)
    assert ("120", "PER", "COL") in events, events
    assert not any(s == "ECU" and c.startswith("12") for c, s, _t in events), events


def test_finite_conjunct_after_modal_keeps_its_own_mood(pipeline: Pipeline) -> None:
    """'warned that it could EXPEL ..., and IMPOSED sanctions': the sanctions were imposed (163), not only
    threatened; the warning's mood belongs to the warned act alone."""
    events = coded(
        pipeline,
        "Canada warned on Monday that it could expel diplomats, and imposed sanctions on Iran.",
        PUBLISHED,
    )
    assert ("163", "CAN", "IRN") in events, events


def test_base_form_conjunct_stays_in_the_reported_clause(pipeline: Pipeline) -> None:
    """A base-form conjunct does share 'would': 'said Quito would close the border and expel the envoy'
    reports Quito's intent, so no asserted expulsion by the speaker."""
    text = "Lima said Quito would close the border and expel Peru's ambassador."
    events = events_of(pipeline, text, PUBLISHED)
    assert not any(e.source.country == "PER" and e.cameo.startswith("16") for e in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chadian and Sudanese troops stopped fighting near Adre on Sunday.", ("0871", "TCD", "SDN")),
        ("The M23 declared an end to its rebellion on Tuesday.", ("0874", "COD", "COD")),
        ("Kabul said it backed the Pakistani operation against the militants.", ("051", "AFG", "PAK")),
        ("Japan said it was giving medical help to Nepal's army.", ("073", "JPN", "NPL")),
        (
            "Kazakhstan's prosecutors opened a criminal case against the protest leaders.",
            ("090", "KAZ", "KAZ"),
        ),
        ("Poland handed three Belarusian soldiers to Minsk on Friday.", ("084", "POL", "BLR")),
        ("Hungary protested to Kyiv on Thursday.", ("114", "HUN", "UKR")),
        (
            "Chile's foreign minister called the raid on the consulate in Lima an outrage.",
            ("111", "CHL", None),
        ),
    ],
)
def test_pedge_rows(pipeline: Pipeline, text: str, expected: tuple[str, str, str | None]) -> None:
    events = coded(pipeline, text, PUBLISHED)
    if expected[2] is None:
        assert any(c == expected[0] and s == expected[1] for c, s, _t in events), events
    else:
        assert expected in events, events


@pytest.mark.parametrize(
    "text",
    [
        # a fire put out is no truce; a bare "backed" stays blocked
        "Firefighters stopped the fire from spreading to the port.",
        "The plan was backed by a majority of the council.",
    ],
)
def test_pedge_rows_leave_other_senses(pipeline: Pipeline, text: str) -> None:
    events = coded(pipeline, text, PUBLISHED)
    assert not any(c.startswith(("087", "05")) for c, _s, _t in events), events


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Interior Minister Gerald Darmanin accused Baku of meddling.",
            "2024-05-16",
            ("112", "FRA", "GOV", "AZE"),
        ),
        (
            "Opposition leader Zoran Zaev met Greek officials in Athens.",
            "2015-05-11",
            ("040", "MKD", "OPP", "GRC"),
        ),
        ("Edi Rama urged calm in Tetovo.", "2015-05-11", ("020", "ALB", "GOV", None)),
        ("Muhoozi Kainerugaba met Kagame in Kigali.", "2022-01-22", ("040", "UGA", "MIL", "RWA")),
    ],
)
def test_edge_officials_are_known(
    pipeline: Pipeline, text: str, published: str, expected: tuple[str, str, str, str | None]
) -> None:
    """Officials of smaller states named without their country: the actor table places them."""
    events = coded_with_roles(pipeline, text, published)
    assert any(e[:3] == expected[:3] and (expected[3] is None or e[3] == expected[3]) for e in events), events


def test_protest_coordinated_after_reported_clause_is_the_speakers(pipeline: Pipeline) -> None:
    """'said the drones had flown in from X and PROTESTED to Baku': Armenia's protest, not the drones'."""
    text = "Armenia said the drones had flown in from Azerbaijan and protested to Baku on Friday."
    events = coded(pipeline, text, PUBLISHED)
    assert ("114", "ARM", "AZE") in events, events


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the weekday on the participle describing the ship
        "Somali pirates seized a cargo ship carrying grain off Kenya on Saturday, the navy said on Monday.",
        "NAIROBI, May 10 (Wire) - Pirates hijacked a Greek tanker carrying fuel on Tuesday, the navy said.",
    ],
)
def test_date_on_object_participle_dates_the_act(pipeline: Pipeline, text: str) -> None:
    """A ship's cargo has no day: the date the parser hung on 'carrying' is the seizure's."""
    events = events_of(pipeline, text, PUBLISHED)
    seized = [e for e in events if e.cameo.startswith(("17", "18"))]
    assert seized, events
    assert all(e.date in ("2019-05-04", "2019-05-07") for e in seized), [(e.cameo, e.date) for e in seized]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("West African mediators pressed the junta in Conakry to free the president.", "IGOWAFBUSWAS"),
        ("East African leaders condemned the mutiny in Juba on Monday.", "IGOEAFEAC"),
        ("Southern African leaders urged Maseru to hold talks with the opposition.", "IGOSAFDEVSAD"),
    ],
)
def test_regional_blocs_named_by_their_leaders(pipeline: Pipeline, text: str, code: str) -> None:
    """A region's leaders or mediators acting together are its bloc (ECOWAS, the EAC, SADC), not nobody."""
    events = events_of(pipeline, text, PUBLISHED)
    assert any(e.source.code == code for e in events), [(e.cameo, e.source.code) for e in events]
