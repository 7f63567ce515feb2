"""Each rule of ``phrases.RULES`` alone, on a sentence written for it, and the table's order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from newsevents.actors import phrases
from newsevents.actors.phrases import RULES, make_phrase
from newsevents.actors.rule_notes import NOTES

DAY = dt.date(2015, 6, 1)


@dataclass(frozen=True)
class Case:
    rule: str | None  # the rule that decides; None: no rule applies
    text: str
    head: str  # the phrase's head word
    codes: tuple[str, ...]  # every actor code the phrase gives, in order
    nth: int = 0  # which of the words spelt ``head`` heads the phrase


CASES = [
    Case("dateline", "OSLO, May 3 (Wire) - Norway recalled its envoy.", "OSLO", ()),
    Case("place-adverb", "The envoy flew to Quito and stayed there.", "there", ("ECU",)),
    Case("definite-pair", "Peru and Chile met; both neighbours signed.", "neighbours", ("PERGOV", "CHLGOV")),
    # (a pair's organs and emissaries are one of each: actors/data/words.tsv pair-groups)
    Case(
        "definite-pair",
        "Peru and Chile met; the two foreign ministries signed.",
        "ministries",
        ("PERGOV", "CHLGOV"),
    ),
    Case("definite-pair", "Peru and Chile met; both embassies closed.", "embassies", ("PERGOV", "CHLGOV")),
    Case("pronoun", "Peru said it would reply.", "it", ("PERGOV",)),
    Case("pronoun", "Alan Garcia visited Chile, where he spoke.", "he", ("PERGOV",)),
    Case(
        "two-named-people", "Presidents Obama and Putin signed the pact.", "Presidents", ("USAGOV", "RUSGOV")
    ),
    Case("outlet-staff", "Peru expelled a CNN correspondent.", "correspondent", ("USAMED",)),
    Case("named-actor", "President Obama spoke.", "Obama", ("USAGOV",)),
    Case("named-actor", "Former President Obama spoke.", "Obama", ("USAELI",)),
    Case(
        "defined-acronym",
        "The Peruvian Dockers Union (PDU) struck. The PDU said it would go on.",
        "PDU",
        ("PERLAB",),
        nth=1,
    ),
    Case("owned-body", "Peru said its delegation would leave.", "delegation", ("PERGOV",)),
    Case("owned-body", "Chile said its air defences fired.", "defences", ("CHLMIL",)),
    Case(
        "definite-description",
        "The Tamil Tigers attacked a camp. Officials said the rebels had lost ground.",
        "rebels",
        ("LKAREB",),
    ),
    Case(
        "body-referent",
        "NATO met in Brussels. The Alliance urged Serbia to stop.",
        "Alliance",
        ("IGOWSTNAT",),
    ),
    Case(
        "group-referent",
        "Twelve Bolivian truck drivers were freed. Chilean police had held the group.",
        "group",
        ("BOL",),
    ),
    Case("organisation", "The Andean Fisheries Forum criticised the plan.", "Forum", ("NGO",)),
    Case(  # (a dateline the story is about places an organisation the dictionary lacks)
        "organisation",
        "SUVA, May 3 (Wire) - The Council of Island Elders rejected the new cabinet in Fiji.",
        "Council",
        ("FJINGO",),
    ),
    # (a state noun that acts is its government, as a state named by its name is: actors/state_noun.py)
    Case("coreferent-country", "Chile protested. The country recalled its envoy.", "country", ("CHLGOV",)),
    Case("coreferent-country", "The mainland ignored Taiwan.", "mainland", ("CHN",)),
    Case("settlers", "Settlers in the West Bank burned an olive grove.", "Settlers", ("ISRCVL",)),
    Case("ethnic-group", "Ethnic Peruvians marched in Santiago.", "Peruvians", ("CHL",)),
    Case("bloc-group", "Peru cut gas supplies. European leaders protested.", "leaders", ("GOV",)),
    Case(
        "hosted-facility",
        "MOGADISHU, March 3 (Wire) - Patients fled the Turkish hospital in Mogadishu on Monday.",
        "hospital",
        ("SOMHLH",),
    ),
    Case("country-modifier", "Chilean and Peruvian envoys met.", "envoys", ("CHLGOV", "PERGOV")),
    Case("country-modifier", "The former Peruvian president spoke.", "president", ("PERELI",)),
    # a heritage hyphened to the head demonym: the head names the citizenship
    Case("country-modifier", "Lima deported two Chilean-Argentines.", "Argentines", ("ARG",)),
    Case(
        "earlier-agents",
        "Gunmen seized 20 Chinese steelworkers in Niger. Beijing urged Niamey to free the workers.",
        "workers",
        ("CHNLAB",),
    ),
    Case("conjunct-party", "NATO jets and helicopters hit bridges near Nis.", "helicopters", ("IGOWSTNAT",)),
    Case("agent-in-context", "Farmers blocked a road near Cochabamba on Monday.", "Farmers", ("BOLAGR",)),
    Case("agent-in-context", "Peru recalled its diplomats.", "diplomats", ("PERGOV",)),
    # a count of the group's members told after it names their nationality
    Case(
        "agent-in-context",
        "Bolivian police detained eleven men near Oruro, nine of them Peruvians.",
        "men",
        ("PERPPL",),
    ),
    # Not the rule it looks like:
    Case(None, "There were no talks.", "There", ()),  # an existential "there" is no place
    Case("pronoun", "She said the talks failed.", "She", ()),  # decides, with no one to refer to
    Case("agent-in-context", "The two other envoys left.", "envoys", ("GOV",)),  # not a definite pair
    Case(None, "The mainland ignored the island.", "mainland", ()),  # no country named for context
    Case(None, "Peru recalled its delegation.", "delegation", ()),  # an owned body only as a subject
    Case("country-modifier", "Ethnic Peruvians marched in Lima.", "Peruvians", ("PER",)),  # at home
    Case("unplaced-specialists", "Investigators in Lima blamed the pilots.", "Investigators", ("PER",)),
    Case("unplaced-specialists", "International monitors watched the vote.", "monitors", ("IGO",)),
    Case(
        "listed-owners",
        "The missions of Chile, the European Union and Peru said they were disappointed.",
        "missions",
        ("CHLGOV", "IGOEUREEC", "PERGOV"),
    ),
    Case(
        "apposed-nationality",
        "Gunmen freed Hans Berger, a Swiss delegate of the International Committee of the Red Cross.",
        "Berger",
        ("CHE",),
    ),
    Case(
        "listed-origins",
        "Lima banned imports of fruit from Chile, the European Union and Brazil.",
        "imports",
        ("CHL", "IGOEUREEC", "BRA"),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule}: {c.text}")
def test_rule_decides(case: Case, read, word) -> None:
    actors = read(case.text)
    head = word(actors.doc, case.head, case.nth)
    assert actors.rule_of(head, DAY) == case.rule
    assert tuple(a.code for a in actors.resolve_all(head, DAY)) == case.codes


@pytest.mark.parametrize("case", [c for c in CASES if c.rule], ids=lambda c: f"{c.rule}: {c.text}")
def test_rule_alone(case: Case, read, word) -> None:
    """The rule by itself gives the phrase's actors, and every rule before it in the table declines."""
    actors = read(case.text)
    phrase = make_phrase(actors, word(actors.doc, case.head, case.nth), DAY)
    names = [name for name, _rule in RULES]
    position = names.index(case.rule)
    for name, rule in RULES[:position]:
        assert rule(phrase) is None, f"{name} should not apply"
    found = RULES[position][1](phrase)
    assert found is not None
    assert tuple(a.code for a in found) == case.codes


def test_rules_table() -> None:
    assert [name for name, _rule in RULES] == [
        "dateline",
        "place-adverb",
        "definite-pair",
        "pronoun",
        "two-named-people",
        "listed-owners",
        "listed-origins",
        "apposed-nationality",
        "outlet-staff",
        "named-actor",
        "defined-acronym",
        "owned-body",
        "definite-description",
        "body-referent",
        "group-referent",
        "organisation",
        "coreferent-country",
        "settlers",
        "ethnic-group",
        "bloc-group",
        "hosted-facility",
        "country-modifier",
        "earlier-agents",
        "conjunct-party",
        "agent-in-context",
        "unplaced-specialists",
    ]
    for name, _rule in RULES:
        # (its description, as the catalogue has it: test_rule_notes_match_the_docstrings)
        assert '"' in NOTES[name], f"{name}: a description with an example phrase"
    assert {c.rule for c in CASES} >= {name for name, _rule in RULES}, "every rule has a test sentence"


@pytest.mark.parametrize(
    ("text", "head", "member"),
    [
        ("Dozens of Bolivian farmers marched.", "Dozens", "farmers"),
        ("A band of rebels attacked.", "band", "rebels"),
        ("Dozens of groups of farmers marched.", "Dozens", "farmers"),
        ("The crowd marched.", "crowd", "crowd"),  # no "of": the collective itself
        ("Farmers marched.", "Farmers", "Farmers"),
    ],
)
def test_collective_member(text: str, head: str, member: str, nlp, word) -> None:
    doc = nlp(text)
    assert phrases.collective_member(word(doc, head)).text == member


def test_span_text(nlp) -> None:
    doc = nlp("The Peruvian envoy, tired, spoke.")
    assert phrases.span_text([doc[0], doc[2]]) == "The Peruvian envoy"
    assert phrases.span_text([]) == ""


def test_mission_named_again(read, word) -> None:
    """A state's mission named again without its country is the one named before with it, not the
    country of the sentence."""
    actors = read(
        "Protesters gathered outside the Chilean embassy in La Paz. "
        "Bolivian police later sealed off the embassy."
    )
    head = word(actors.doc, "embassy", 1)
    assert actors.rule_of(head, DAY) == "earlier-agents"
    assert [a.code for a in actors.resolve_all(head, DAY)] == ["CHLGOV"]


def test_rule_notes_match_the_docstrings() -> None:
    """The catalogue's text of each phrase rule (actors/rule_notes.py, data because the compiled build
    drops docstrings) says what the rule's docstring says; and the catalogue declares it."""
    from newsevents.coding import rules
    from newsevents.coding.arguments import PLACE_AS_STATE  # noqa: F401  (declares the actor rules)

    assert list(NOTES) == [name for name, _rule in RULES]
    for name, rule in RULES:
        assert rules.RULES[f"actor:{name}"].description == NOTES[name]
        if rule.__doc__ is not None:  # (None: compiled)
            assert NOTES[name] == " ".join(rule.__doc__.split())
