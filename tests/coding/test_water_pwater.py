"""Water, river and environment shapes found by the `pwater` probe set (twenty-ninth round): meetings of a
joint body suspended or halted are talks halted (``ne.pwater.1-3``, 164; announced, the threat twin), not
a meeting held; a protocol is a treaty left, abandoned or withdrawn from (``TREATY`` gains "protocol",
161 as ``ne.pnuke.2``), and the whaling commission is a body of member states (``MEMBER_BODY``); credit
guarantees, loans and funding withdrawn are aid stopped (``ne.pwater.6-13``, 162, not the yielding
withdrawal of the bare verb); legal proceedings, legal action and arbitration started against a party
are a lawsuit (``ne.pwater.14-29``, 115); verification, inspection, checks and monitoring accepted let
inspectors in (``ne.pwater.36-39``, 0862), so refused they are a refusal; a red line judged with "could",
"might" or "may" ("could be taken as an act of war") warns as "would" does (``red_lines.toml``); a noun
of the act's kind in "the latest in a series of arrests" is the main act placed in a run of its kind, no
second act with the pair reversed (``coding/series_of.py``, ``select:series-of``). Every sentence is
invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, coded

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "commission-meetings-suspended",
            "LIMA, March 10 (Wire) - Peru suspended meetings of its joint water commission with Chile on "
            "Tuesday.",
            (("16", "PER", "CHL"),),
        ),
        DyadCase(
            "commission-meetings-to-be-halted",
            "LIMA, March 10 (Wire) - Peru will halt meetings of the joint river commission with Chile, "
            "officials said on Tuesday.",
            (("13", "PER", "CHL"),),
        ),
        DyadCase(
            "credit-guarantees-withdrawn",
            "STOCKHOLM, March 10 (Wire) - Sweden withdrew its export credit guarantees for a Colombian "
            "power plant on Tuesday.",
            (("16", "SWE", "COL"),),
        ),
        DyadCase(
            "loans-withdrawn",
            "OSLO, March 10 (Wire) - Norway withdrew its loans for a Peruvian dam on Tuesday.",
            (("16", "NOR", "PER"),),
        ),
        DyadCase(
            "legal-proceedings-started",
            "THE HAGUE, March 10 (Wire) - The Netherlands has started legal proceedings against Norway over "
            "the seizure of a trawler, the minister said on Tuesday.",
            (("11", "NLD", "NOR"),),
        ),
        DyadCase(
            "legal-action-taken",
            "SANTIAGO, March 10 (Wire) - Chile took legal action against Peru on Tuesday over the pollution "
            "of a border river.",
            (("11", "CHL", "PER"),),
        ),
        DyadCase(
            "red-line-with-could",
            "LIMA, March 10 (Wire) - Peru's security adviser said on Tuesday that any Chilean move to divert "
            "the river could be taken as an act of war.",
            (("13", "PER", "CHL"),),
        ),
        DyadCase(
            "latest-in-a-series-of-arrests",
            "SANTIAGO, March 10 (Wire) - Peru's navy arrested 12 Chilean fishermen on Sunday, the latest "
            "in a series of arrests off the coast.",
            (("17", "PER", "CHL"),),
        ),
        DyadCase(
            "latest-in-a-string-after-coordinated-verbs",
            "SANTIAGO, March 10 (Wire) - Peru's coast guard detained a Chilean trawler on Sunday and seized "
            "its catch, the latest in a string of seizures in the bay.",
            (("17", "PER", "CHL"),),
        ),
        DyadCase(
            "arbitration-started",
            "SANTIAGO, March 10 (Wire) - Chile started arbitration against Peru over the dam on Tuesday.",
            (("11", "CHL", "PER"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_water_and_environment_shapes(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, March 10 (Wire) - Peru left the Montreal Protocol on Tuesday.",
        "LIMA, March 10 (Wire) - Peru withdrew from the Kyoto Protocol on Tuesday.",
        "LIMA, March 10 (Wire) - Peru will leave the International Whaling Commission, the fisheries "
        "minister said on Tuesday.",
    ],
)
def test_protocols_and_the_whaling_commission_are_left(pipeline: Pipeline, text: str) -> None:
    # Leaving a treaty or a body of states cuts ties (161); the treaty names no target, so only the
    # leaving state is pinned.
    roots = {(code[:2], source) for code, source, _target in coded(pipeline, text, "2021-03-10")}
    assert ("16", "PER") in roots or ("13", "PER") in roots, roots


def test_protocol_of_manners_is_no_treaty(pipeline: Pipeline) -> None:
    # "protocol" as etiquette broken is no treaty left or violated.
    text = "LIMA, March 10 (Wire) - The Chilean envoy broke protocol by speaking to reporters on Tuesday."
    assert coded(pipeline, text, "2021-03-10") == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "LIMA, March 10 (Wire) - Peru's deputy foreign minister said on Tuesday that Peru would not "
            "accept intrusive verification of its emissions.",
            "12",
        ),
        ("LIMA, March 10 (Wire) - Peru accepted inspection of its nuclear sites on Tuesday.", "08"),
    ],
)
def test_verification_accepted_or_refused(pipeline: Pipeline, text: str, root: str) -> None:
    roots = {(code[:2], source) for code, source, _target in coded(pipeline, text, "2021-03-10")}
    assert (root, "PER") in roots, roots
