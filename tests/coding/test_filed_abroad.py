"""A long report filed from one capital on events in another country (issue 10, helper weakest10, probe
sets ``plong`` and ``pofficial``): when the lead names the other country and not the dateline's, and the
story names that country clearly more often, the dateline is only where the report was filed
(actors/doc_countries.py home_of), so unnamed police, troops and crowds are the story's country's, not the
capital's. Every sentence is invented."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline

_DAY = "2021-03-10"

# Filed from Paris on a coup in Mali: France named in the reactions only, Mali in the lead and throughout.
_FILED_ABROAD = (
    "PARIS, March 9 (Wire) - Soldiers in Mali arrested the prime minister on Tuesday, a week after the army "
    "seized power in Bamako. Police detained dozens of protesters outside the parliament. The "
    "neighbours of Mali closed their borders. France condemned the arrest and said it would review its "
    "aid. The French foreign minister called for calm. Mali's junta said elections would be held next "
    "year. Mali has had three coups since 2012, and the economy of Mali has shrunk."
)

# Filed from Paris, the lead naming France: the story is about France's own act, and stays at home.
_FILED_AT_HOME = (
    "PARIS, March 9 (Wire) - France suspended its aid to Mali on Tuesday. Police detained dozens of "
    "protesters outside the parliament. Soldiers in Mali arrested the prime minister, a week after the army "
    "seized power in Bamako. Mali's junta said elections would be held next year. Mali has had three coups "
    "since 2012."
)


def test_police_in_a_story_filed_abroad_are_the_story_countrys(pipeline: Pipeline) -> None:
    found = coded(pipeline, _FILED_ABROAD, _DAY)
    assert [c for c in found if c[0] == "173" and c[1] == "MLI" and c[2] == "MLI"], found
    assert not [c for c in found if c[1] == "FRA" and c[0].startswith("17")], found


def test_a_lead_naming_the_dateline_country_keeps_the_story_there(pipeline: Pipeline) -> None:
    found = coded(pipeline, _FILED_AT_HOME, _DAY)
    assert [c for c in found if c[0] == "173" and c[1] == "FRA"], found
