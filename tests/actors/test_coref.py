"""Reference back to earlier actors: pronouns, definite pairs, "the country", context phrases."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.actors import coref

DAY = dt.date(2015, 6, 1)


def test_coref_table() -> None:
    table = coref.load_coref()
    assert table["the north"] == ("PRK", ("PRK", "KOR"))
    assert all(key == key.casefold() for key in table)


def test_last_country_before(read, word) -> None:
    actors = read("Peru wrote to Chile, then to Ecuador.")
    assert coref.last_country_before(actors, word(actors.doc, "Ecuador").i) == "CHL"
    assert coref.last_country_before(actors, word(actors.doc, "Peru").i) is None


@pytest.mark.parametrize(
    ("text", "head", "iso3"),
    [
        ("Chile protested. The republic recalled its envoy.", "republic", "CHL"),
        ("The republic recalled its envoy.", "republic", None),  # no country named before it
        ("Chile protested. A republic recalled its envoy.", "republic", None),  # not definite
        ("Taiwan protested. The mainland ignored it.", "mainland", "CHN"),  # its context is named
        ("Peru protested. The mainland ignored it.", "mainland", None),  # its context is not
        ("The Hermit Kingdom fired a missile.", "Kingdom", None),  # its context is not named either
        ("Chile protested. The state of siege ended.", "state", None),  # a condition, not a polity
        ("Chile protested. The state replied.", "state", "CHL"),
    ],
)
def test_coref_country(text: str, head: str, iso3: str | None, read, word) -> None:
    actors = read(text)
    tok = word(actors.doc, head)
    assert coref.coref_country(actors, tok, actors.phrase_tokens(tok)) == iso3


@pytest.mark.parametrize(
    ("text", "head", "codes"),
    [
        ("Peru and Chile met; both neighbours signed.", "neighbours", ["PERGOV", "CHLGOV"]),
        ("Peru and Chile met; the two delegations signed.", "delegations", ["PERGOV", "CHLGOV"]),
        ("President Obama met Chancellor Merkel. The two men spoke.", "men", ["USAGOV", "DEUGOV"]),
        ("Peru and Chile met; two other delegations watched.", "delegations", []),  # not definite
        ("Peru met its creditors; both sides signed.", "sides", []),  # only one named
        ("President Obama met Chancellor Merkel. The two nations spoke.", "nations", []),  # people
    ],
)
def test_pair(text: str, head: str, codes: list[str], read, word) -> None:
    actors = read(text)
    tok = word(actors.doc, head)
    assert [a.code for a in coref.pair(actors, tok, actors.phrase_tokens(tok), DAY)] == codes


@pytest.mark.parametrize(
    ("text", "pronoun", "code"),
    [
        ("Alan Garcia visited Chile, where he spoke.", "he", "PERGOV"),  # a person, not the country
        ("Peru hosted Alan Garcia, and it praised him.", "it", "PERGOV"),  # a state, not the person
        ("Bolivian farmers ended their blockade.", "their", "BOLAGR"),  # bound to its clause's subject
        ("A band of Bolivian farmers marched. They blocked a road.", "They", "BOLAGR"),  # sentence before
        ("She said the talks failed.", "She", None),
    ],
)
def test_antecedent(text: str, pronoun: str, code: str | None, read, word) -> None:
    actors = read(text)
    found = coref.antecedent(actors, word(actors.doc, pronoun), DAY)
    assert (found.code if found else None) == code


def test_first_person_outside_a_quote_clause_ends(read, word) -> None:
    # A first-person pronoun whose clause hangs from no speech verb has no speaker; the climb to the
    # sentence root must stop there (it once looped for ever: a spaCy Token is never ``is`` its head).
    actors = read('The commander spoke on radio. "We will take the capital."')
    assert coref._speaker(actors, word(actors.doc, "We"), DAY) is None


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        (
            "Japanese Prime Minister Shinzo Abe arrived in Canberra. The premier urged Australia to act.",
            "premier",
            "JPNGOV",
        ),
        (
            "Jordan's King Abdullah met Prime Minister Benjamin Netanyahu. The monarch warned Israel.",
            "monarch",
            "JOR",
        ),
        (
            "U.S. Ambassador Nicholas Burns met Chinese officials. The envoy urged China to act.",
            "envoy",
            "USA",
        ),
    ],
)
def test_title_family_descriptions(text: str, head: str, code: str, read, word) -> None:
    actors = read(text)
    tok = word(actors.doc, head)
    found = coref.described_antecedent(actors, tok, actors.phrase_tokens(tok), DAY)
    assert found is not None and found.code.startswith(code)


def test_pair_skips_a_venue(read, word) -> None:
    actors = read("Armenia and Azerbaijan met in Washington. The two neighbours agreed to open the border.")
    head = word(actors.doc, "neighbours")
    found = coref.pair(actors, head, actors.phrase_tokens(head), DAY)
    assert [a.country for a in found] == ["ARM", "AZE"]


def test_pair_keeps_a_venue_when_no_other_party_is_named(read, word) -> None:
    actors = read("Cuba raised its flag over its embassy in Washington as the two countries restored ties.")
    head = word(actors.doc, "countries")
    assert [a.country for a in coref.pair(actors, head, actors.phrase_tokens(head), DAY)] == ["CUB", "USA"]


def test_earlier_group(read, word) -> None:
    actors = read(
        "More than 200 schoolgirls were abducted in the Nigerian town of Chibok. The United States offered "
        "to help find the girls."
    )
    assert coref.earlier_group(actors, word(actors.doc, "girls"), DAY) == "NGA"
    assert actors.rule_of(word(actors.doc, "girls"), DAY) == "earlier-agents"
