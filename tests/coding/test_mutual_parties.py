"""Parties of acts made among a list or sent from a pair (round 28, mutual): a list of three or more that
signs a truce signs it among its members, never side by side on a fourth party (coding/signed_among.py,
read by coagents.group; the arguments stage's ``coordinated-subject`` pairing of the first two);
aid told as a noun "from" a coordinated pair goes from each to the stricken party, never from one of the
pair to the other (coagents ``co-givers``); goods or people "from" a list of a body and states are each
listed party's (actors/listed_owners.py, ``listed-owners``), so a ban on imports from the list falls on
each state, not on the body alone; "the two armies" are the pair's armed forces (actors/data/words.tsv
``pair-groups``); an aid noun that is the subject of its delivery verb is one act with it
(coding/subject_noun.py). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.coding.arguments import COORDINATED_SUBJECT
from newsevents.coding.coagents import CO_GIVERS
from newsevents.coding.subject_noun import SUBJECT_NOUN
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "list-signs-a-ceasefire",
            "BAKU, May 8 (Wire) - Armenia, Azerbaijan and Russia signed a ceasefire on Tuesday.",
            (("08", "ARM", "AZE"),),
            step=COORDINATED_SUBJECT,
        ),
        DyadCase(
            "list-signs-a-truce",
            "NIAMEY, Jul 6 (Wire) - Chad, Niger and Benin signed a truce on Saturday.",
            (("08", "TCD", "NER"),),
            step=COORDINATED_SUBJECT,
        ),
        DyadCase(
            "pair-still-signs-with-each-other",
            "LIMA, May 8 (Wire) - Peru and Chile signed a trade pact on Tuesday.",
            (("05", "PER", "CHL"),),
            step=COORDINATED_SUBJECT,
        ),
        DyadCase(
            "aid-flights-from-a-pair",
            "BEIRUT, May 8 (Wire) - Relief flights from Qatar and Oman reached Lebanon on Tuesday.",
            (("07", "QAT", "LBN"), ("07", "OMN", "LBN")),
            step=CO_GIVERS,
        ),
        DyadCase(
            "imports-from-a-body-and-states",
            "MOSCOW, Aug 7 (Wire) - Russia banned imports of grain from the European Union, Poland and "
            "Norway on Thursday.",
            (("16", "RUS", None), ("16", "RUS", "POL"), ("16", "RUS", "NOR")),
        ),
        DyadCase(
            "the-two-armies-exchange-fire",
            "NEW DELHI, May 8 (Wire) - India and Pakistan have fought for a week. The two armies are still "
            "exchanging fire along the border.",
            (("19", "IND", "PAK"),),
        ),
    ],
    ids=lambda c: c.name,
)
def test_parties_of_lists_and_pairs(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_a_list_that_signs_with_an_outside_party_acts_side_by_side(pipeline: Pipeline) -> None:
    text = "KHARTOUM, Mar 2 (Wire) - Chad, Niger and Mali signed a truce with Sudan on Monday."
    pairs = {
        (e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2021-03-10")
        if e.root == "08"
    }
    # (each signs with Sudan: none of the list is another's counterpart)
    assert pairs == {("TCD", "SDN"), ("NER", "SDN"), ("MLI", "SDN")}, pairs


def test_an_aid_noun_subject_is_its_verbs_act(pipeline: Pipeline) -> None:
    text = "ADEN, Mar 2 (Wire) - A relief flight from Oman landed in Yemen on Monday."
    events = [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "07"]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("OMN", "YEM")]
    assert SUBJECT_NOUN in events[0].evidence.steps
