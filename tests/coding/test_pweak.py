"""The weak probe sets' shapes (thirtieth round, helper pweak): a call made to congratulate, thank or
apologise is that praise (05) from the caller to whom it called, and the call gives way to it; a call made
to offer or to ask stays the call and the offer. Sentences written for these tests; each case lists every
event of its roots."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "a call made to congratulate is the congratulation, not the call",
        "LIMA, May 3 (Wire) - Chile's president telephoned Peru's new president on Tuesday to congratulate "
        "him on his victory.",
        (("05", "CHL", "PER"),),
        step="select:praise-on-contact",
    ),
    DyadCase(
        "a call made to thank",
        "ROME, May 3 (Wire) - Italy's prime minister telephoned the Greek premier on Tuesday to thank him "
        "for the rescue of the fishermen.",
        (("05", "ITA", "GRC"),),
        step="select:praise-on-contact",
    ),
    DyadCase(
        "a call made to apologise",
        "OSLO, May 3 (Wire) - Sweden's prime minister called the Danish premier on Tuesday to apologise for "
        "the remarks.",
        (("05", "SWE", "DNK"),),
        step="select:praise-on-contact",
    ),
    DyadCase(
        "the congratulation as the second verb of the call's purpose",
        "ACCRA, Dec 9 (Wire) - Ghana's president telephoned the Senegalese leader on Friday to discuss the "
        "border and congratulate him.",
        (("05", "GHA", "SEN"),),
        step="select:praise-on-contact",
    ),
    DyadCase(
        "coordinated callers each praise whom they called",
        "KIEV, May 3 (Wire) - Britain's prime minister and France's president telephoned the Ukrainian "
        "president on Tuesday to express their support.",
        (("05", "GBR", "UKR"), ("05", "FRA", "UKR")),
        step="select:praise-on-contact",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_praise_on_contact(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)
    # The call was only the praise's channel: it gives way (no consultation 04 beside it).
    assert not [e for e in events_of(pipeline, case.text, "2021-03-10") if e.root == "04"]


def test_offer_on_call_stays_two_events(pipeline: Pipeline) -> None:
    """A call made to offer help stays the call and the offer (purpose.OFFER_ON_CONTACT)."""
    text = "ROME, May 3 (Wire) - Italy's prime minister telephoned the Greek premier on Monday to offer help."
    check_dyads(pipeline, DyadCase("offer", text, (("04", "ITA", "GRC"), ("03", "ITA", "GRC"))))
