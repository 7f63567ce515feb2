"""A threat, a promise or a weighing of a measure whose object names the kind of another party's earlier
measure against a third country joins that measure: it is aimed at the measure's target, not at its maker
(issue 10, helper errpair: coding/answered.py ``weighed_measure``, read by the selection stage's reaction
rule); an inquiry may answer an act at home (``answerable``). Every sentence is invented."""

from __future__ import annotations

from coding_helpers import DyadCase, check_dyads

from newsevents.coding.answered import JOINED_MEASURE
from newsevents.coding.selection import REACTION
from newsevents.pipeline import Pipeline

_PROMISED = (
    "OSLO, March 9 (Wire) - Chadian troops seized the border town of Bol on Tuesday. Niger cut diplomatic "
    "ties with Chad the same day. Canadian Prime Minister Justin Trudeau condemned the seizure and promised "
    "tough sanctions."
)
_WEIGHED = (
    "OSLO, March 9 (Wire) - Chadian troops seized the border town of Bol on Tuesday. Niger imposed "
    "sanctions on Chad the same day. Japan said it would consider sanctions of its own."
)


def test_promised_sanctions_join_the_earlier_cut_in_ties(pipeline: Pipeline) -> None:
    check_dyads(pipeline, DyadCase("promised", _PROMISED, (("13", "CAN", "TCD"),), JOINED_MEASURE))


def test_weighed_sanctions_join_the_earlier_sanctions(pipeline: Pipeline) -> None:
    check_dyads(pipeline, DyadCase("weighed", _WEIGHED, (("01", "JPN", "TCD"),), JOINED_MEASURE))


def test_a_condemnation_of_the_measure_still_answers_its_maker(pipeline: Pipeline) -> None:
    text = (
        "OSLO, March 9 (Wire) - Niger imposed sanctions on Chad on Tuesday. Chad condemned the sanctions "
        "as illegal."
    )
    check_dyads(pipeline, DyadCase("condemned", text, (("11", "TCD", "NER"),)))


def test_an_inquiry_looks_into_an_act_at_home(pipeline: Pipeline) -> None:
    """An inquiry answers the earlier act it names by any other actor, of its own country too: the police
    investigate the gunmen's killing, not the neighbour that closed its border (answered.answerable)."""
    text = (
        "LUSAKA, March 9 (Wire) - Gunmen shot dead a Zambian opposition leader in Lusaka on Tuesday, and "
        "Malawi closed its border. Zambian police said they were investigating the killing."
    )
    check_dyads(pipeline, DyadCase("inquiry", text, (("09", "ZMB", "ZMB"),), REACTION))
