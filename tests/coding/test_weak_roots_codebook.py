"""Codebook coverage of the roots unseen news gets least of (08 yield, 09 investigate, 15 force posture,
18 assault, 19 fight, then 12, 07, 04, 01; issue 10): subcodes that had no row or a wrong converted row,
checked on sentences written for these tests (the ne.errweak.* rows in verbs.curated.tsv), and the parse
repair that reads a verbless complement clause ("took two engineers hostage", "let the inspectors in") as
the verb's object, and past forms the lemmatiser cuts wrong ("raped": rap) put right from
participles.tsv (coding/syntax.py). Each case states every event the sentence gives."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded

from newsevents.coding import syntax
from newsevents.pipeline import Pipeline

_DAY = "2021-06-08"  # a Tuesday


def _found(pipeline: Pipeline, text: str) -> list[Coded]:
    return coded(pipeline, text, _DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 08: sanctions and restrictions eased, persons and property returned, forces withdrawn
        ("Canada unfroze Iranian assets on Tuesday.", [("085", "CAN", "IRN")]),
        ("Washington suspended tariffs on Mexican steel on Tuesday.", [("085", "USA", "MEX")]),
        ("Venezuela's opposition suspended its street protests on Tuesday.", [("082", "VEN", "VEN")]),
        ("Germany returned looted artifacts to Nigeria on Tuesday.", [("0842", "DEU", "NGA")]),
        ("Looted bronzes were returned to Nigeria by Germany on Tuesday.", [("0842", "DEU", "NGA")]),
        ("Iran released a British-Iranian aid worker on Tuesday.", [("0841", "IRN", "GBR")]),
        ("Israel let aid trucks through to Gaza on Tuesday.", [("0863", "ISR", "PSE")]),
        ("French troops left Mali on Tuesday.", [("0874", "FRA", "MLI")]),
        ("Russian columns turned back on Tuesday.", [("0874", "RUS", "RUS")]),
        ("The Iraqi prime minister handed in his resignation on Tuesday.", [("0831", "IRQ", "IRQ")]),
        ("The Iraqi prime minister tendered his resignation on Tuesday.", [("0831", "IRQ", "IRQ")]),
        ("Myanmar's junta restored internet access on Tuesday.", [("081", "MMR", "MMR")]),
        # 15: forces going on alert; the use of troops authorised
        ("Taiwan's military went on high alert on Tuesday.", [("152", "TWN", "TWN")]),
        (
            "The Russian parliament authorised the use of troops in Syria on Tuesday.",
            [("154", "RUS", "SYR")],
        ),
        # 19: aerial attackers, corridors and ships blocked, territory absorbed
        ("Houthi drones attacked Saudi oil facilities on Tuesday.", [("195", "YEM", "SAU")]),
        ("Azerbaijan blocked the Lachin corridor on Tuesday.", [("191", "AZE", "AZE")]),
        ("Two Chinese coast guard ships blocked a Philippine vessel on Tuesday.", [("191", "CHN", "PHL")]),
        ("Russia absorbed Crimea in March 2014.", [("192", "RUS", "UKR")]),
        # 12: rulings ignored or disregarded defy the law; a council statement blocked is vetoed
        ("Russia disregarded the court's ruling on Tuesday.", [("128", "RUS", "RUS")]),
        ("Hungary ignored the European Union ruling on Tuesday.", [("128", "HUN", None)]),
        ("China blocked the Security Council statement on Myanmar.", [("129", "CHN", None)]),
        # 07: arms supplied are military aid; peacekeepers patrolling keep the peace
        ("Britain supplied tanks to Kyiv on Tuesday.", [("072", "GBR", "UKR")]),
        ("Iran supplied drones to Russia.", [("072", "IRN", "RUS")]),
        ("United Nations peacekeepers patrolled the buffer zone in Cyprus.", [("074", None, "CYP")]),
        # 01: a measure weighed, a wreath laid, agreement expressed
        ("Britain is weighing a ban on Chinese imports.", [("014", "GBR", "CHN")]),
        ("Japan's prime minister laid a wreath at the memorial in Hiroshima.", [("017", "JPN", "JPN")]),
        (
            "Russia and China expressed their agreement on Syria.",
            [("019", "RUS", "SYR"), ("019", "CHN", "SYR")],
        ),
        # 04: a visitor embraced on arrival is hosted
        (
            "The Kenyan president hugged the Ugandan president at the airport on Tuesday.",
            [("043", "KEN", "UGA")],
        ),
        # 16, 12, 07: a deal quit, inspectors barred, remarks not withdrawn, a loan agreed
        ("Britain quit the nuclear deal with Iran.", [("161", "GBR", "IRN")]),
        ("Iraq barred American inspectors from the site on Tuesday.", [("1245", "IRQ", "USA")]),
        (
            "The IMF and the European Union agreed a 110 billion euro loan for Greece.",
            [("071", None, "GRC"), ("071", None, "GRC")],
        ),
        # 19, 18: troops marching in, armies pursuing or hitting back, a counteroffensive, villages burned
        ("Ethiopian troops marched into Mekele on Tuesday.", [("192", "ETH", "ETH")]),
        ("The Indian army hit back at Pakistani troops on Tuesday.", [("190", "IND", "PAK")]),
        (
            "Ukraine launched a counteroffensive against Russian forces on Tuesday.",
            [("190", "UKR", "RUS")],
        ),
        ("Pro-government militias burned villages in East Timor on Tuesday.", [("180", "TLS", "TLS")]),
        # 08, 18, 19: strikes scaled back, militias disbanded, ships seized by pirates, supplies cut off
        ("Israel scaled back its air strikes on Gaza on Tuesday.", [("087", "ISR", "PSE")]),
        ("The Afghan warlord disbanded his militia on Tuesday.", [("0873", "AFG", "AFG")]),
        ("Somali pirates seized a Greek cargo ship on Tuesday.", [("181", "SOM", "GRC")]),
        ("Serbian forces cut off supplies to Sarajevo on Tuesday.", [("191", "SRB", "BIH")]),
        # 08: a prisoner release told by the noun's modifier, its releaser the light verb's subject
        ("Russia and Ukraine carried out a prisoner release on Tuesday.", [("0841", "RUS", "UKR")]),
        # 09: black boxes recovered, a strike reviewed, abuses documented are investigations
        (
            "French investigators recovered the black boxes of the Ethiopian airliner.",
            [("090", "FRA", "ETH")],
        ),
        ("UN investigators documented abuses by Myanmar's army.", [("090", None, "MMR")]),
        # 18, 08: a past tense the lemmatiser cuts wrong, put right from participles.tsv
        ("Russian soldiers raped Ukrainian women in Bucha in March.", [("1821", "RUS", "UKR")]),
        ("Zambia's government unbanned the main opposition party on Tuesday.", [("081", "ZMB", "ZMB")]),
        # 18, 08: an object and its complement the parser read as a verbless clause
        ("Gunmen took the French tourists hostage in Niger.", [("181", "NER", "FRA")]),
        ("Iran let the inspectors in on Tuesday.", [("0862", "IRN", None)]),
    ],
)
def test_codebook_subcodes_of_the_weak_roots(pipeline: Pipeline, text: str, expected: list[Coded]) -> None:
    assert _found(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # leaving a place is a withdrawal only for troops; a minister's journey is no event
        "The minister left Paris for Berlin on Tuesday.",
        # a deadline ignored names no defied law (the rows keep to rulings, verdicts, resolutions, bans)
        "The company ignored the deadline for the filing on Tuesday.",
        # a statement released is no veto; only one blocked is
        "The Chinese embassy released a statement on Tuesday.",
        # marchers who are no troops stay a protest; a government hitting back at critics fights no one
        "Thousands of protesters marched into the capital on Tuesday.",
        "The government hit back at its critics on Tuesday.",
        # a club disbanding a team demobilises no force
        "The club disbanded its youth team on Tuesday.",
    ],
)
def test_narrowed_rows_leave_these_alone(pipeline: Pipeline, text: str) -> None:
    assert [c for c in _found(pipeline, text) if c[0][:2] in ("08", "12", "19")] == []


def test_a_verbless_complement_clause_is_the_verbs_object(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Militants took two Japanese engineers hostage on Tuesday.")
    took = next(t for t in doc if t.lower_ == "took")
    assert [c.lower_ for c in took.children if c.dep_ == "ccomp"] == ["hostage"]  # the misreading
    assert {"hostage", "engineer"} <= syntax.object_lemmas(took, noun=False)


def test_a_misread_past_form_takes_the_tables_lemma(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Russian soldiers raped Ukrainian women in Bucha in March.")
    raped = doc[2]
    assert raped.lemma_ == "rap"  # the lemmatiser's cut, which the table mends
    assert syntax.verb_lemma(raped) == "rape"
    assert syntax.verb_lemma(doc[1]) == "soldier"  # other words keep their lemma


def test_a_state_seizing_a_tanker_stays_a_confiscation(pipeline: Pipeline) -> None:
    """Only pirates' seizures are hijackings; a state's seizure keeps the confiscation (ne.seize.6)."""
    found = _found(pipeline, "Iran seized a British tanker in the Gulf on Tuesday.")
    assert found == [("1711", "IRN", "GBR")]


def test_a_complement_with_a_determiner_stays_out_of_the_object(pipeline: Pipeline) -> None:
    """"declared the president the winner": a predicate noun with its own article is no misread object."""
    doc = pipeline.nlp("The electoral commission declared the president the winner on Monday.")
    declared = next(t for t in doc if t.lower_ == "declared")
    assert [c.lower_ for c in declared.children if c.dep_ == "ccomp"] == ["winner"]  # the parser's reading
    assert "winner" not in syntax.object_lemmas(declared, noun=False)
