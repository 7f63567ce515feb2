"""Current wire shapes (issue 10, helper pnews, probe set ``pnews``): an accusation closed by "a charge X
denied" that the parser hangs under the denial is mended back into the main clause
(coding/restated_claim.py); a weak answer ("respond", "answer") that is the content of a vow is a threat
(coding/responses.py, ``vow_forms``); rows ``ne.pnews.*`` of ``verbs.curated.tsv``: the armed forces taking
power is a coup, a fate promised to another a threat, embassy staff ordered out an expulsion, impeaching a
president a removal from office, forces taking charge of security a show of force, and a committee set up
to investigate is the investigation. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import coded_with_roles

from newsevents.coding.restated_claim import restated_claims
from newsevents.pipeline import Pipeline

_DAY = "2024-03-14"
_ACCUSED = "The Peruvian navy accused Chilean boats of fishing in its waters"


def _with_root(pipeline: Pipeline, text: str, root: str) -> set[tuple[str | None, str | None, str | None]]:
    """(source country, source role, target country) of the events of ``root`` coded from ``text``."""
    return {(s, role, t) for code, s, role, t in coded_with_roles(pipeline, text, _DAY) if code[:2] == root}


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        (f"{_ACCUSED}, a charge Santiago denied.", "PER", "CHL"),
        (f"{_ACCUSED}, a charge Phnom Penh denied.", "PER", "CHL"),
    ],
)
def test_accusation_closed_by_a_denied_charge_is_kept(
    pipeline: Pipeline, text: str, accuser: str, accused: str
) -> None:
    assert any(s == accuser and t == accused for s, _, t in _with_root(pipeline, text, "11"))


def test_the_denial_of_the_restated_charge_is_kept_too(pipeline: Pipeline) -> None:
    text = f"{_ACCUSED}, a charge Santiago denied."
    assert any(s == "CHL" and t == "PER" for s, _, t in _with_root(pipeline, text, "01"))


def test_the_mend_makes_the_accusing_verb_the_root(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(f"{_ACCUSED}, a charge Santiago denied.")
    accused = next(t for t in doc if t.lower_ == "accused")
    assert accused.dep_ != "ROOT"  # (the pinned model's misreading, which the mend is for)
    assert restated_claims(doc) == 1
    denied = next(t for t in doc if t.lower_ == "denied")
    assert (accused.dep_, denied.dep_, denied.head.lower_) == ("ROOT", "relcl", "charge")


def test_a_said_clause_is_not_a_restated_claim(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Chilean boats fished in Peruvian waters, a spokesman said.")
    assert restated_claims(doc) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's president called the raid a crime and vowed that Ghana would answer it.",
        "Ghana's president vowed to respond.",
    ],
)
def test_a_vowed_answer_is_a_threat(pipeline: Pipeline, text: str) -> None:
    assert any(s == "GHA" for s, _, _ in _with_root(pipeline, text, "13"))


def test_a_promised_reply_is_no_threat(pipeline: Pipeline) -> None:
    assert not _with_root(pipeline, "Ghana's president promised to respond to the request.", "13")


def test_the_army_taking_power_is_a_coup(pipeline: Pipeline) -> None:
    assert _with_root(pipeline, "Guinea's army took power on Sunday.", "17") == {("GIN", "MIL", "GIN")}


def test_a_promised_fate_is_a_threat(pipeline: Pipeline) -> None:
    text = "Iran's president promised Washington a bitter fate."
    assert ("IRN", "GOV", "USA") in _with_root(pipeline, text, "13")


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        (
            "Chile ordered 12 Peruvian embassy staff out of the country on Monday.",
            "16",
            ("CHL", "GOV", "PER"),
        ),
        ("Chile ordered Peru's diplomatic staff out of the country on Monday.", "16", ("CHL", "GOV", "PER")),
        ("Peru's Congress voted to impeach President Ana Ruiz on Wednesday.", "17", ("PER", "LEG", "PER")),
        ("Peru's lawmakers impeached President Ana Ruiz on Wednesday.", "17", ("PER", "LEG", "PER")),
        ("Chad's army took charge of security in the capital on Monday.", "15", ("TCD", "MIL", "TCD")),
        ("Peruvian troops took control of security at the airport on Monday.", "15", ("PER", "MIL", "PER")),
    ],
)
def test_news_rows(pipeline: Pipeline, text: str, root: str, expected: tuple[str, str, str]) -> None:
    assert expected in _with_root(pipeline, text, root)


def test_a_committee_set_up_to_investigate_is_an_investigation(pipeline: Pipeline) -> None:
    text = "Chad's army set up a committee on Monday to investigate abuses by its own soldiers."
    assert _with_root(pipeline, text, "09")
    assert not _with_root(pipeline, text, "03")


def test_a_paper_s_staff_ordered_out_is_no_expulsion_of_diplomats(pipeline: Pipeline) -> None:
    text = "Chile's police shut the Daily Star and ordered the paper's staff out of the building."
    assert not _with_root(pipeline, text, "16")


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        # a one-word dictionary namesake ("Hassan", a Jordanian prince) is the article's own person
        (
            "Chile's president met Syria's new president, Ahmed Hassan, in Lima on Monday. Chile urged "
            "Hassan to free the prisoners.",
            ("CHL", "GOV", "SYR"),
        ),
        # a surname whose dictionary name carries an article ("al-Sharaa"), tagged a common noun
        (
            "Chile's president met Syria's president, Ahmed al-Sharaa, in Lima on Monday. Chile's president "
            "urged Sharaa to hold elections soon. Peru also urged Sharaa to hold elections.",
            ("PER", "GOV", "SYR"),
        ),
    ],
)
def test_a_surname_is_the_person_the_article_named_in_full(
    pipeline: Pipeline, text: str, appeal: tuple[str, str, str]
) -> None:
    assert appeal in _with_root(pipeline, text, "02")


def test_a_dictionary_person_named_by_title_keeps_his_country(pipeline: Pipeline) -> None:
    text = "Jordan's Prince Hassan met Peru's president on Monday. Hassan urged Lima to join the pact."
    assert {s for s, _, _ in _with_root(pipeline, text, "02")} == {"JOR"}


def test_a_headline_pair_of_surnames_is_no_namesake(pipeline: Pipeline) -> None:
    # ("Trump-Kim" read as one unlisted person must not take Trump's later mentions from the dictionary)
    text = (
        "Trump-Kim summit: live notes\n\n"
        "09:10 Kim Jong Un and Donald Trump greet each other at the hotel.\n\n"
        "14:10 Trump and Kim then sign a joint statement on the peninsula."
    )
    assert any(s == "USA" for s, _, _ in _with_root(pipeline, text, "05"))
