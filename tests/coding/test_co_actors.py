"""Coordinated subjects of an offer, a dispatch of troops or a cut of ties with a third party act side by
side on that party, never on each other (issue 10, helper errparty2: coding/co_actors.py ``co-actors``).
A pair that makes an act between them (an agreement, ties cut with no third party named) still acts on
each other (``coordinated-subject``). A pair named by a relative pronoun ("X and Y, which also ...") and
a pair that votes against a text act side by side too, and a list of three is never its own fallback
target (round 27, coordsubj). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.actors.mentions import Mention
from newsevents.coding.arguments import COORDINATED_SUBJECT
from newsevents.coding.co_actors import CO_ACTORS, listed_with
from newsevents.coding.side_by_side import LISTED_APART
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
        DyadCase(
            "pair-votes-against-a-third-partys-text",
            "SUVA, Dec 6 (Wire) - The army of Fiji seized power on Tuesday. At the assembly on Friday, "
            "Canada and Japan voted against a motion backing the new rulers.",
            (("12", "CAN", "FJI"), ("12", "JPN", "FJI")),
            step=CO_ACTORS,
        ),
        DyadCase(
            "pair-named-by-a-relative-pronoun",
            "LIMA, May 3 (Wire) - Bolivia's army dissolved congress on Monday. Peru froze the assets of "
            "five Bolivian generals on Tuesday, in step with Chile and Brazil, which also imposed sanctions.",
            (("16", "PER", "BOL"), ("16", "CHL", "BOL"), ("16", "BRA", "BOL")),
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


def test_a_list_of_three_is_never_its_own_fallback_target(pipeline: Pipeline) -> None:
    """Three parties listed as the doers of one act with no target named (here through a relative pronoun
    after "with") each act on the story's counterpart, not on the next party of the list, which is the
    nearest foreign party to the act (coding/side_by_side.py ``listed-apart``)."""
    case = DyadCase(
        "list-imposes-sanctions",
        "LA PAZ, May 3 (Wire) - Bolivia's army dissolved congress on Monday. The move was taken in concert "
        "with Chile, Brazil and Uruguay, which also imposed sanctions.",
        (("16", "CHL", "BOL"), ("16", "BRA", "BOL"), ("16", "URY", "BOL")),
        step=LISTED_APART,
    )
    check_dyads(pipeline, case)
