"""Investigation (CAMEO 09) and what surrounds it, as the pinquiry probe set showed the coder lacking, on
sentences written for these tests (issue 10, thirty-fourth round): investigators and inspectors
confirming, verifying or establishing a fact make the finding of an investigation (rows
``ne.pinquiry.1-15``); an arrest warrant obtained is an arrest ordered (``ne.pinquiry.16``); travellers,
passports and papers checked at a border are a control, no investigation (``ne.pinquiry.17-23``); a
call or demand renewed or reiterated is made again (``ne.pinquiry.24-28``); a "prosecutor
general" is the judiciary, not a general (``tools/curated_titles.tsv``); "a panel of Kenyan
judges" is the judiciary (``collectives`` in actors/data/words.tsv); and an inquiry's or an
accusation's last-resort target is the doer of the deed it is about (``coding/inquiry_agent.py``), and
a finding with no target is aimed where its clause sets the deed found (``coding/recipients.py``).
Each case states every event the sentence gives, so an extra or wrong event fails."""

from __future__ import annotations

import pytest
from coding_helpers import RoleCoded as Coded
from coding_helpers import coded_with_roles

from newsevents.pipeline import Pipeline

_DAY = "2021-06-04"  # a Friday


def _coded(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded_with_roles(pipeline, text, _DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings told by "confirm" and "verify": the investigators' finding, aimed at the party found
        (
            "U.N. inspectors verified on Tuesday that Libya had dismantled its centrifuges.",
            [("090", None, "IGO", "LBY")],
        ),
        (
            "Chilean investigators confirmed on Tuesday that the fishing boat had been rammed by a Peruvian "
            "patrol ship.",
            # (the ramming itself: an assault on the boat, 180, verbs.curated.tsv ne.rootconf40.1)
            [("090", "CHL", None, "PER"), ("180", "PER", "MIL", "CHL")],
        ),
        # a finding announced abroad is aimed where the deed it found took place (coding/recipients.py)
        (
            "VIENNA - U.N. inspectors confirmed on Tuesday that the centrifuges at a site near Isfahan had "
            "been dismantled.",
            [("090", None, "IGO", "IRN")],
        ),
        # an arrest warrant obtained for a foreigner
        (
            "Bolivian prosecutors have obtained an arrest warrant for a Brazilian businessman.",
            [("173", "BOL", "JUD", "BRA")],
        ),
        # "prosecutor general": the judiciary
        (
            "Kenya's prosecutor general charged two Ugandan officers on Tuesday.",
            [("112", "KEN", "JUD", "UGA")],
        ),
        # a call or demand renewed or reiterated is made again
        (
            "Finland renewed its call for an international inquiry into the sinking in Estonia on Monday.",
            [("020", "FIN", "GOV", "EST")],
        ),
        # a panel made of a party's members acts as they do (actors/data/words.tsv)
        (
            "A panel of Kenyan judges ordered the release of the Ugandan activist on Tuesday.",
            [("0841", "KEN", "JUD", "UGA")],
        ),
        # an inquiry into a deed done by a third party: the doer is the target, not the victims
        (
            "Madrid prosecutors opened an investigation on Tuesday into the bugging of Spanish ministers by "
            "Algeria's intelligence service.",
            [("090", "ESP", "JUD", "DZA")],
        ),
    ],
)
def test_inquiry_wordings(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hungary began checking travellers arriving from Austria on Tuesday.",
        "Polish police checked the passports of passengers arriving from Belarus on Tuesday.",
    ],
)
def test_border_checks_are_no_investigation(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in _coded(pipeline, text) if c[0].startswith("09")]
