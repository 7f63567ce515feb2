"""Triggers missed entirely on copy from other desks (issue 10, eighth session, helper pdesk): refusals
told with "rule out", motions defeated, territory handed over, expulsion notices served, appeals made by
turning to a party, veiled threats, crowds breaking through police lines, ultimatums of weeks, units
redeployed, communication lines cut, terrorist designations, insults and tributes as judgements,
warnings coordinated after a reported clause, and wrongs a speaker reports another party did.
Sentences written for these tests; each case lists every event of its roots."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads, events_of

from newsevents.pipeline import Pipeline

CULPABILITY = [
    DyadCase(
        "a named party said to be responsible for an attack is accused, not praised",
        "The Israeli army said Hezbollah was responsible for the rocket fire.",
        (("11", "ISR", "LBN"),),
        "trigger:reported-wrong",
    ),
    DyadCase(
        "a named party said to be behind an attack is accused",
        "The Saudi foreign minister said Iran was behind the attack on the oil plants.",
        (("11", "SAU", "IRN"),),
        "trigger:reported-wrong",
    ),
    DyadCase(
        "the speaker's side said not to be responsible denies it",
        "Hamas said it was not responsible for the rocket fire.",
        (("01", "PSE", None),),
    ),
]


@pytest.mark.parametrize("case", CULPABILITY, ids=[c.name for c in CULPABILITY])
def test_culpability(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_responsible_step_still_praises(pipeline: Pipeline) -> None:
    text = "The Ghanaian president said the new law was a responsible step."
    assert {e.root for e in events_of(pipeline, text, "2021-03-10")} == {"05"}


CASES = [
    DyadCase(
        "ruling out troops refuses",
        "The Canadian prime minister ruled out sending troops to Haiti.",
        (("12", "CAN", "HTI"),),
    ),
    DyadCase(
        "ruling out a military role refuses",
        "Germany ruled out any military role in Libya.",
        (("12", "DEU", "LBY"),),
    ),
    DyadCase(
        "a chamber defeating the government's motion rejects it",
        "The Colombian parliament defeated the government's motion on the treaty.",
        (("12", "COL", "COL"),),
    ),
    DyadCase(
        "handing an island to a state returns territory",
        "Nigeria handed the disputed island to Cameroon on Thursday.",
        (("08", "NGA", "CMR"),),
    ),
    DyadCase(
        "expulsion notices served expel",
        "On Monday Canada served notices of expulsion on six Indian envoys, officials in Ottawa "
        "said.",
        (("16", "CAN", "IND"),),
    ),
    DyadCase(
        "turning to a party with a request is an appeal",
        "Egypt turned to the African Union with a request for help.",
        (("02", "EGY", None),),
    ),
    DyadCase(
        "exercising all options is a veiled threat",
        "Pakistan said it would exercise all possible options to counter India's move.",
        (("13", "PAK", "IND"),),
    ),
    DyadCase(
        "protesters breaking through barricades riot",
        "Thousands of Kenyan protesters broke through police barricades in Nairobi on Tuesday.",
        (("14", "KEN", "KEN"),),
    ),
    DyadCase(
        "a week given to act is an ultimatum",
        "Nigeria gave the Gambian leader one week to step down.",
        (("13", "NGA", "GMB"),),
    ),
    DyadCase(
        "communication lines cut reduce relations",
        "On Tuesday North Korea cut every communication line with South Korea.",
        (("16", "PRK", "KOR"),),
    ),
    DyadCase(
        "a posture raised is military alert",
        "The South Korean military raised its surveillance posture along the border.",
        (("15", "KOR", "KOR"),),
    ),
    DyadCase(
        "export curbs tightened are a sanction",
        "Seoul tightened export curbs on three chemicals used by Japanese firms.",
        (("16", "KOR", "JPN"),),
    ),
    DyadCase(
        "a war vowed is a threat", "Gaddafi vowed a long war against the rebels.", (("13", "LBY", "LBY"),)
    ),
    DyadCase(
        "designating a party as terrorist is an administrative sanction",
        "The Mexican government designated the cartels as terrorist organisations.",
        (("17", "MEX", "MEX"),),
    ),
    DyadCase(
        "transport planes lent to another state's operation are military aid (intended)",
        "Britain will lend France two transport planes for the operation in Mali.",
        (("03", "GBR", "FRA"),),
    ),
    DyadCase(
        "tents set up for refugees are humanitarian aid",
        "Kyrgyz border guards set up tents for Uzbek refugees.",
        (("07", "KGZ", "UZB"),),
    ),
    DyadCase(
        "recommitting to a ceasefire observes the truce",
        "India and Pakistan recommitted to the 2003 ceasefire.",
        (("08", "IND", "PAK"),),
    ),
    DyadCase(
        "a state of siege declared is a state of emergency",
        "The Argentine president declared a state of siege on Wednesday.",
        (("17", "ARG", "ARG"),),
    ),
    DyadCase(
        "a chamber named by its own name is its state's legislature",
        "The Storting voted down the government's plan for new oil licences.",
        (("12", "NOR", None),),
    ),
    DyadCase(
        "people held at gunpoint are hostages",
        "Hooded gunmen from Colombia held the Ecuadorean journalists at gunpoint for twenty minutes.",
        (("18", "COL", "ECU"),),
    ),
    DyadCase(
        "consent given to a deployment is intent to cooperate",
        "The Kazakh parliament gave its consent to the dispatch of Russian troops.",
        (("03", "KAZ", "RUS"),),
    ),
    DyadCase(
        "an insult for people blames them",
        "The Indonesian president called the protesters thugs.",
        (("11", "IDN", "IDN"),),
        "trigger:called-judgement",
    ),
    DyadCase(
        "a warning coordinated after a reported clause is the speaker's",
        "The British foreign secretary said the boarding was illegal and warned of grave consequences.",
        (("11", "GBR", None), ("13", "GBR", None)),
    ),
    DyadCase(
        "a speaker saying another party violated a treaty accuses it",
        "The Japanese prime minister said China had shamelessly violated the treaty.",
        (("11", "JPN", "CHN"),),
        "trigger:reported-wrong",
    ),
    DyadCase(
        "a speaker saying another party meddles accuses it",
        "The Estonian prime minister said Moscow was meddling in its elections.",
        (("11", "EST", "RUS"),),
        "trigger:reported-wrong",
    ),
    DyadCase(
        "a speaker saying another party did not comply accuses it",
        "The Iranian foreign minister said Washington had not complied with the nuclear deal.",
        (("11", "IRN", "USA"),),
        "trigger:reported-wrong",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_desk_triggers(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


@pytest.mark.parametrize(
    "text",
    [
        # a cause ruled out by investigators is no refusal
        "Police investigators in Lima ruled out foul play in the death of the Peruvian minister.",
        # a feared breach, with a modal, is no accusation; nor a refusal of one's own
        "The Dutch government said the cargoes could breach its embargo on Syria.",
        "The Croatian general said he had not cooperated with the tribunal.",
        # an army breaking through rebel lines fights; it does not riot
        "Ecuador's army broke through rebel lines near the Colombian border.",
    ],
)
def test_desk_non_events(pipeline: Pipeline, text: str) -> None:
    roots = {e.root for e in events_of(pipeline, text, "2021-03-10")}
    assert not roots & {"11", "12", "14"}, roots


def test_abstaining_in_a_vote_is_no_event(pipeline: Pipeline) -> None:
    # a UN release's list of abstentions yields nothing (Phoenix codes a bare "abstain" as yielding)
    text = "The draft passed with 11 votes; China and Russia abstained."
    assert not [e for e in events_of(pipeline, text, "2021-03-10") if e.root == "08"]


def test_subject_after_a_fronted_participle(pipeline: Pipeline) -> None:
    # the parser hangs the subject on the participle's last noun ("Chad, the Security Council"): it acts
    text = "Demanding an immediate truce in Chad, the Security Council imposed an arms embargo on Sudan."
    coded = [
        (e.root, e.source.role, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2021-03-10")
    ]
    assert ("16", "IGO", "SDN") in coded, coded
