"""Companies and private people abroad that stand for their country (issue 10, helper pactor): national
companies named in sanctions, seizures, arrests and gas disputes, and private people held or sheltered
abroad, are their country's actors (tools/curated_actors.jsonl), and a verbal act about a company of the
source's own country is aimed at the one foreign party of its sentence (coding/own_country.py). Sentences
written for these tests; each case lists every event of its roots as (root, source country, target
country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a national gas company is its country's actor",
        "MOSCOW, March 9 (Wire) - Gazprom accused Ukraine on Monday of siphoning gas bound for Europe.",
        (("11", "RUS", "UKR"),),
    ),
    DyadCase(
        "the arrest of a company's executive abroad is aimed at the company's country",
        "OTTAWA, March 9 (Wire) - Canadian police arrested a Huawei executive in Vancouver on Saturday.",
        (("17", "CAN", "CHN"),),
    ),
    DyadCase(
        "a demand for the release of an own company's manager is made to the foreign party",
        "BEIJING, March 9 (Wire) - China summoned Japan's ambassador on Sunday and demanded the release of a "
        "Sinopharm manager.",
        (("10", "CHN", "JPN"),),
        step="target:foreign-counterpart",
    ),
    DyadCase(
        "asylum for a foreign national is aimed at his country, not the embassy's host",
        "QUITO, March 9 (Wire) - Ecuador granted political asylum to Julian Assange on Thursday at its "
        "embassy in London.",
        (("07", "ECU", "AUS"),),
    ),
    DyadCase(
        "the arrest of a foreign reporter is aimed at his country, not the place of arrest",
        "MOSCOW, March 9 (Wire) - Russian police detained Evan Gershkovich in Yekaterinburg on Wednesday.",
        (("17", "RUS", "USA"),),
    ),
    DyadCase(
        "criticism of an own company stays at home when the other country is only a place",
        "BEIJING, March 9 (Wire) - China's commerce ministry criticised Huawei on Monday for its losses in "
        "Kenya.",
        (("11", "CHN", "CHN"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_company_parties(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
