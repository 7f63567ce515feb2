"""Coordinated subjects of an offer, a dispatch of troops or a cut of ties with a third party act side by
side on that party, never on each other (issue 10, helper errparty2: coding/co_actors.py ``co-actors``).
A pair that makes an act between them (an agreement, ties cut with no third party named) still acts on
each other (``coordinated-subject``). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.actors.mentions import Mention
from newsevents.coding.arguments import COORDINATED_SUBJECT
from newsevents.coding.co_actors import CO_ACTORS, listed_with
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "pair-offers-help",
            "MANILA, Nov 3 (Wire) - A typhoon struck the central Philippines on Saturday. Norway and Italy "
            "have also offered help.",
            (("03", "NOR", "PHL"), ("03", "ITA", "PHL")),
            step=CO_ACTORS,
        ),
        DyadCase(
            "pair-deploys-battalions",
            "NIAMEY, Aug 2 (Wire) - Insurgents attacked an army base in Niger on Monday. Chad and Benin are "
            "deploying battalions.",
            (("15", "TCD", "NER"), ("15", "BEN", "NER")),
            step=CO_ACTORS,
        ),
        DyadCase(
            "pair-suspends-ties-with-third",
            "SUVA, Dec 6 (Wire) - The army of Fiji took power on Tuesday. Canada and Japan suspended "
            "military cooperation with Fiji on Wednesday.",
            (("16", "CAN", "FJI"), ("16", "JPN", "FJI")),
            step=CO_ACTORS,
        ),
        DyadCase(
            "pair-halts-flights-to-and-from-a-place",
            "MANILA, Nov 3 (Wire) - Cholera spread in the southern Philippines. Vietnam and Laos halted "
            "flights to and from the islands on Monday.",
            (("16", "VNM", "PHL"), ("16", "LAO", "PHL")),
            step=CO_ACTORS,
        ),
    ],
    ids=lambda c: c.name,
)
def test_co_actors_act_on_a_third_party(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "case",
    [
        DyadCase(
            "pair-agrees-between-them",
            "ASMARA, July 9 (Wire) - Eritrea and Ethiopia signed a peace declaration on Monday. The two "
            "governments agreed to reopen embassies.",
            (("03", "ERI", "ETH"),),
            step=COORDINATED_SUBJECT,
        ),
        DyadCase(
            "pair-cuts-ties-with-no-third",
            "QUITO, May 2 (Wire) - Ecuador and Peru suspended diplomatic ties on Friday after a border "
            "clash.",
            (("16", "ECU", "PER"),),
            step=COORDINATED_SUBJECT,
        ),
    ],
    ids=lambda c: c.name,
)
def test_pairs_acting_between_them_stay_paired(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_a_list_member_before_the_sources_is_one_of_them(pipeline: Pipeline) -> None:
    """A country followed by a comma and a source's mention heads the sources' list (the parse may hang it
    apart, under a preceding "after"): "the country" the list acts on is not that member."""
    doc = pipeline.nlp("Peru complained after Oman, Chile and Bolivia halted flights to the country.")
    words = [t.text for t in doc]
    at = {w: words.index(w) for w in ("Peru", "Oman", "Chile", "Bolivia")}
    codes = {"Peru": "PER", "Oman": "OMN", "Chile": "CHL", "Bolivia": "BOL"}
    mentions = [Mention(i, i + 1, "country", codes[w]) for w, i in at.items()]
    own = {"CHL", "BOL"}
    assert listed_with(mentions[1], mentions, own=own, doc=doc)
    assert not listed_with(mentions[0], mentions, own=own, doc=doc)
