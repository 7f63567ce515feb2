"""Who acts on whom in shapes wire copy uses (issue 10, sources): datelines glued to coordinated
subjects, three or more co-agents, titles that refer back by another word of their family, "the
country" as a counterpart, embassies, event nouns with their own agent and patient, joint acts with a
purpose or a topic. Sentences written for these tests; each case lists every event of its roots as
(root, source country, target country)."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.actors.parties import landmark
from newsevents.actors.words import packaged_words
from newsevents.pipeline import Pipeline

CASES = [
    DyadCase(
        "dateline, two titled people: each read with their own title",
        "HANOI, May 4 (Wire) - Vietnamese President Vo Van Thuong and Australian Prime Minister Anthony "
        "Albanese met on Thursday at the presidential palace.",
        (("04", "VNM", "AUS"),),
    ),
    DyadCase(
        "dateline city parsed as the subject: the phrase hung from it acts, with its conjunct",
        "NAIROBI, March 2 (Wire) - Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed "
        "a power-sharing accord on Friday.",
        (("05", "KEN", "KEN"),),
    ),
    DyadCase(
        "three coordinated states act together, none is the others' counterpart",
        "Britain, France and Germany urged Iran on Tuesday to return to the nuclear talks.",
        (("02", "GBR", "IRN"), ("02", "FRA", "IRN"), ("02", "DEU", "IRN")),
    ),
    DyadCase(
        "a dateline before three coordinated states",
        "PARIS (AP) -- Canada, Australia and Japan condemned Russia on Monday for the missile strikes.",
        (("11", "CAN", "RUS"), ("11", "AUS", "RUS"), ("11", "JPN", "RUS")),
    ),
    DyadCase(
        "four coordinated states each act",
        "ACCRA, March 3 (Wire) - Ghana, Togo, Benin and Nigeria closed their borders to Niger on Friday.",
        # (a border closed TO a party is a sanction, 163, as the corpus codes ports closed to its ships)
        (("16", "GHA", "NER"), ("16", "TGO", "NER"), ("16", "BEN", "NER"), ("16", "NGA", "NER")),
    ),
    DyadCase(
        "'the premier' refers back to a prime minister",
        "Japanese Prime Minister Fumio Kishida arrived in Manila on Friday. The premier urged the "
        "Philippines to deepen maritime cooperation.",
        (("02", "JPN", "PHL"),),
    ),
    DyadCase(
        "'the monarch' refers back to the king, not to the prime minister named after him",
        "Jordan's King Abdullah held talks with Israeli Prime Minister Benjamin Netanyahu in Amman on "
        "Tuesday. The monarch urged Israel to halt settlement building.",
        (("02", "JOR", "ISR"),),
    ),
    DyadCase(
        "'the envoy' refers back to an ambassador",
        "U.S. Ambassador Nicholas Burns met Chinese officials in Beijing on Tuesday. The envoy urged China "
        "to release detained Americans.",
        (("02", "USA", "CHN"),),
    ),
    DyadCase(
        "'the country' as a foreign actor's counterpart is the other country named",
        "Floods swept through eastern Libya on Monday. Egypt sent rescue teams to the country on Tuesday.",
        (("07", "EGY", "LBY"),),
        step="target:country-past-source",
    ),
    DyadCase(
        "'the country' after an American official's title",
        "Soldiers in Niger detained President Mohamed Bazoum on Wednesday. U.S. Secretary of State Antony "
        "Blinken threatened on Thursday to cut aid to the country.",
        (("13", "USA", "NER"),),
    ),
    DyadCase(
        "an embassy's owner does not place the crowd outside it",
        "Thousands of students hurled stones at the French embassy in Niamey on Sunday.",
        (("14", "NER", "FRA"),),
    ),
    DyadCase(
        "the agent of an event noun with its own patient is the counterpart",
        "Manila welcomed Hanoi's release of six Filipino fishermen on Monday.",
        (("05", "PHL", "VNM"),),
        step="target:object-agent",
    ),
    DyadCase(
        "a 'by' agent of an event noun object is the counterpart",
        "Ankara condemned the killing of two Turkish soldiers by Kurdish militants in northern Iraq.",
        (("11", "TUR", "IRQ"),),
        step="target:object-agent",
    ),
    DyadCase(
        "the agent of an event noun after a target preposition is the counterpart, not its patient",
        "Britain protested on Friday against the seizure of a British-flagged tanker by Iran in the Gulf.",
        (("11", "GBR", "IRN"),),
        step="target:object-agent",
    ),
    DyadCase(
        "a possessor agent of an event noun after a target preposition is the counterpart",
        "Seoul protested angrily over Tokyo's detention of three South Korean fishermen near Dokdo.",
        (("11", "KOR", "JPN"),),
        step="target:object-agent",
    ),
    DyadCase(
        "a hyphened heritage before a demonym: the head names the citizenship",
        "Tehran freed two Iranian-Americans on Sunday in a prisoner exchange.",
        (("08", "IRN", "USA"),),
    ),
    DyadCase(
        "a hyphened heritage demonym as the object of an arrest",
        "Chinese state security agents detained three Chinese-Canadians in Shanghai on Tuesday.",
        (("17", "CHN", "CAN"),),
    ),
    DyadCase(
        "a count of the detained told after them names their nationality",
        "Malaysian authorities deported 60 workers on Thursday, most of them Indonesians.",
        (("17", "MYS", "IDN"),),
    ),
    DyadCase(
        "a told nationality of the detained beats the place of the arrest",
        "Costa Rican police detained 14 men after a shootout near the port of Limon, 11 of them Nicaraguans.",
        (("17", "CRI", "NIC"),),
    ),
    DyadCase(
        "a mission named again without its country is the one named before with it",
        "The dissident was last seen entering the Iranian embassy in Ankara. Turkish prosecutors searched "
        "the embassy on Friday.",
        (("09", "TUR", "IRN"),),
    ),
    DyadCase(
        "a joint act's purpose clause does not name the counterpart",
        "Kenya and Uganda signed an agreement on Monday to build a railway to South Sudan.",
        (("05", "KEN", "UGA"),),
    ),
    DyadCase(
        "two leaders who discuss a third country meet each other",
        "Israeli Prime Minister Naftali Bennett and Egyptian President Abdel Fattah al-Sisi discussed Iran "
        "in Sharm el-Sheikh on Monday.",
        (("04", "ISR", "EGY"),),
    ),
    DyadCase(
        "the object's own 'with' names the counterpart before the verb's",
        "Bolivia said on Monday it was breaking off relations with Lima in solidarity with Caracas.",
        (("16", "BOL", "PER"),),
    ),
    DyadCase(
        "a reaction noun's 'from' party made it; what drew it is its target",
        "Moscow's expulsion of two Estonian diplomats drew a sharp protest from Tallinn on Thursday.",
        (("11", "EST", "RUS"),),
        step="source:from-phrase",
    ),
    DyadCase(
        "a scene clause with its own subject names no target",
        "Thousands of Chinese students hurled stones at the U.S. embassy in Beijing on Saturday, a day "
        "after NATO missiles struck China's embassy in Belgrade.",
        (("14", "CHN", "USA"),),
    ),
    DyadCase(
        "a pair's own possessive pronoun is no counterpart",
        "Thai Prime Minister Srettha Thavisin and Cambodian leader Hun Manet pledged on Monday to resolve "
        "their border dispute peacefully.",
        (("03", "THA", "KHM"),),
    ),
    DyadCase(
        "a seat of government stands for its state",
        "Mexican Foreign Minister Marcelo Ebrard held talks with State Department officials on Friday.",
        (("04", "MEX", "USA"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_who(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def test_title_families() -> None:
    words = packaged_words()
    assert "prime" in words.title_family("premier")
    assert "king" in words.title_family("monarch") and "president" not in words.title_family("monarch")
    assert {"president", "king"} <= words.title_family("strongman")
    assert words.title_family("president") == frozenset({"president"})


def test_embassy_owner_is_a_landmark(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Students hurled stones at the French embassy in Niamey.")
    by_text = {t.text: t for t in doc}
    assert landmark(by_text["French"])
    assert not landmark(by_text["Niamey"])
