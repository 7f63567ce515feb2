"""The aid-recipient target (coding/aid_recipient.py): aid given or offered by a state that names no
recipient and no place goes where the story's latest earlier aid went, not to the dateline's country when
that is an earlier giver's; a stricken country the story is set in keeps it (an earlier gift may have gone to
a helper there), and with no earlier aid the other rules stay.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import events_of

from newsevents.coding.aid_recipient import AID_RECIPIENT
from newsevents.pipeline import Pipeline

# (text, the trigger of the aid naming no recipient, its source, the target it must take, with the step)
CASES = [
    (
        "BERLIN, Jan 25 (Wire) - Germany will send 14 Leopard tanks to Ukraine, the chancellor said on "
        "Wednesday. The United States has pledged 31 Abrams tanks.",
        "pledged",
        "USA",
        "UKR",
        True,
    ),
    (
        "ROME, May 4 (Wire) - Italy sent two field hospitals to Albania on Tuesday after the earthquake. "
        "France has promised 500 tents, its foreign ministry said.",
        "promised",
        "FRA",
        "ALB",
        True,
    ),
    (
        "BAMAKO, Jan 12 (Wire) - French jets struck rebel positions near the Malian town of Gao on "
        "Saturday. Britain will lend two transport planes to France to carry its troops. Nigeria said it "
        "would send 600 soldiers.",
        "send",
        "NGA",
        "MLI",
        False,
    ),
    (
        "OSLO, May 4 (Wire) - Norway's foreign minister met his Swedish counterpart in Oslo on Tuesday. "
        "Finland has promised 500 tents, its foreign ministry said.",
        "promised",
        "FIN",
        "NOR",
        False,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[1] + "-" + c[3] for c in CASES])
def test_aid_recipient(pipeline: Pipeline, case: tuple[str, str, str, str, bool]) -> None:
    text, trigger, source, target, stepped = case
    found = [e for e in events_of(pipeline, text, "2021-03-10") if e.evidence.trigger == trigger]
    assert found, "no event on " + trigger
    for e in found:
        assert (e.source.country, e.target.country if e.target else None) == (source, target), e.evidence
        assert (AID_RECIPIENT in e.evidence.steps) == stepped, e.evidence.steps


def test_aid_scene_of_a_digest_section(pipeline: Pipeline) -> None:
    """In a digest, aid that names no recipient goes to its own section's country (recipients.aid_scene),
    not to the country the whole digest names most."""
    text = (
        "NAIROBI - Kenya and Uganda signed a trade pact on Monday. Kenyan and Ugandan officials said the "
        "Kenyan port would handle more Ugandan cargo.\n\n"
        "MANILA - A typhoon killed 40 people in the central Philippines on Tuesday. Australia has sent two "
        "surveillance planes to help.\n\n"
        "LIMA - Peru recalled its ambassador from Chile on Wednesday."
    )
    found = [e for e in events_of(pipeline, text, "2021-03-10") if e.evidence.trigger == "sent"]
    assert [(e.source.country, e.target.country if e.target else None) for e in found] == [("AUS", "PHL")]
