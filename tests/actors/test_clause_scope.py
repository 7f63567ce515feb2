"""A bare state body is not placed by a country named in what it says, in the subject of another clause,
as a partner in its object or in the aim of its act (actors.clause_scope); it falls to the body of its kind
named just before or to the story's home country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.actors.clause_scope import unplacing_tokens

_QUITO = "QUITO, May 3 (Wire) - Rains flooded Ecuador's coast. "
_NAIROBI = "NAIROBI, May 3 (Wire) - Fighting went on in northern Kenya. "
_MANILA = "MANILA, May 3 (Wire) - Storms hit the Philippine coast. "


@pytest.mark.parametrize(
    ("text", "head", "country"),
    [
        # what the agent says names another country
        (_QUITO + "The ministry said the smugglers had come in from Peru.", "ministry", "ECU"),
        (_QUITO + "Police say they have arrested 12 Peruvians.", "Police", "ECU"),
        # another clause's subject is another state
        (_NAIROBI + "Ethiopia and Egypt have offered to mediate, and the army said it would send envoys.",
         "army", "KEN"),
        # for any agent, not only a state body: the opposition, a church (a crowd or a body of its own)
        (_NAIROBI + "France praised the new council, and the opposition denounced the vote.", "opposition",
         "KEN"),
        (_NAIROBI + "The bishops agreed to mediate the talks, and Ethiopia condemned the violence.",
         "bishops", "KEN"),
        # a partner of the object
        (_MANILA + "The military will resume patrols and plans joint exercises with Japan in the spring.",
         "military", "PHL"),
        # the aim of the act
        (_QUITO + "Police closed the square to stop a march against Peru's claims.", "Police", "ECU"),
        # what a participle clause sharing the agent's subject says or charges (actors/data/words.tsv
        # telling-participles)
        (_QUITO + "The ministry blamed the smugglers, saying Peru had let them cross.", "ministry", "ECU"),
        (_QUITO + "The ministry closed the border, accusing the guards of helping Peru.", "ministry", "ECU"),
        # the owner of a speaking body speaks through it: what the body says places the owner no more
        (_QUITO + "Ecuador will expel 500 undocumented Peruvians a week, the president's office said on "
         "Monday, saying Lima had failed them.", "president", "ECU"),
        # with the sentence's own countries left out, the dateline's city does not place it either
        ("NAIROBI, May 3 (Wire) - The ministry said on Thursday that rebels from Rwanda had shelled towns in "
         "Burundi. Burundi closed its border with Rwanda on Friday. Burundi asked for help.",
         "ministry", "BDI"),
    ],
)
def test_unplacing_clause_left_out(text: str, head: str, country: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head), None)
    assert [a.country for a in found] == [country]


@pytest.mark.parametrize(
    ("text", "head", "country"),
    [
        # the agent's own clause still places it
        (_QUITO + "Peruvian police said they had arrested 12 men.", "police", "PER"),
        (_QUITO + "Police in Peru said they had arrested 12 men.", "Police", "PER"),
        # the people of another clause are no other party: the scene is theirs
        (_NAIROBI + "Thousands of Ugandans marched in Kampala, and police fired tear gas.", "police", "UGA"),
        # a body of its kind named just before, when the sentence names another country only in speech
        (_QUITO + "The Peruvian foreign ministry protested. The ministry said Ecuador had broken the accord.",
         "ministry", "PER"),
    ],
)
def test_own_clause_still_places(text: str, head: str, country: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head), None)
    assert [a.country for a in found] == [country]


_LIMA = "LIMA, May 3 (Wire) - Peru's congress voted to remove the president. "


@pytest.mark.parametrize(
    ("text", "head", "country"),
    [
        # a crowd is not placed by what it acts on: its object, its "on" or "against" phrase
        (_LIMA + "Thousands of protesters marched on the US embassy and chanted slogans against "
         "Washington.", "protesters", "PER"),
        # (the place of what it acts on still places it)
        (_LIMA + "Protesters stormed the Chilean embassy in La Paz on Monday.", "Protesters", "BOL"),
        # nor by another party's clause
        (_LIMA + "Crowds burned tyres after the minister said Bolivia had closed the border.", "Crowds",
         "PER"),
        # nor by its "to" phrase ("set fire to"): the place in it still places it
        ("LA PAZ, May 3 (Wire) - Miners blocked roads in Bolivia. Hundreds of protesters set fire to the "
         "gates of the Chilean and Argentine consulates in La Paz on Monday.", "protesters", "BOL"),
        # nor by what it is angry at
        (_LIMA + "Protesters angry over a contract signed in Canada blocked the highway on Monday.",
         "Protesters", "PER"),
    ],
)
def test_crowd_not_placed_by_its_target(text: str, head: str, country: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head), None)
    assert [a.country for a in found] == [country]


@pytest.mark.parametrize(
    ("text", "head", "country"),
    [
        # a crowd its sentence does not place is the dateline's where the story names the country of what
        # it attacks more often (actors/crowd_home.py; with no target country in its sentence, the story's
        # main country stands: tests/coding/test_wire_reports.py)
        ("ACCRA, May 3 (Wire) - Youths stoned the Dutch embassy on Monday after the ruling council accused "
         "the Netherlands of meddling. The Dutch foreign ministry said the Netherlands had recalled its "
         "ambassador. Ghana's president appealed for calm.", "Youths", "GHA"),
    ],
)
def test_crowd_home_is_its_dateline(text: str, head: str, country: str, read, word) -> None:
    actors = read(text)
    found = actors.resolve_all(word(actors.doc, head), None)
    assert [a.country for a in found] == [country]


def test_only_a_state_body_subject_has_unplacing_clauses(nlp) -> None:
    doc = nlp("The ministry said the smugglers had come in from Peru.")
    ministry = doc[1]
    assert {t.text for t in doc if t.i in unplacing_tokens(ministry, "GOV")} >= {"smugglers", "Peru"}
    assert ministry.i not in unplacing_tokens(ministry, "GOV")
    assert unplacing_tokens(doc[9], "GOV") == frozenset()  # ("Peru" is no subject)
    assert unplacing_tokens(ministry, "BUS") == frozenset()  # (a company often speaks of another country)
    crowd = nlp("Protesters marched in Lima against the Chilean claim.")
    left_out = {t.text for t in crowd if t.i in unplacing_tokens(crowd[0], "OPP")}
    assert left_out == {"against", "the", "Chilean", "claim"}  # (not "in Lima": where the crowd is)
