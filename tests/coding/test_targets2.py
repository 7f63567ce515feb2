"""Wrong targets (helper targets2), on sentences written for these tests: the owners listed after a noun
("summoned the envoys of A, B and C", "banned imports of X from A, the EU and B") are one target each,
not one group (actors/listed_owners.py, coding/grouped.py); an official complaint lodged with the UN that
names no accused is aimed at the foreign state of its sentence, else the article's other country, not at
the UN (coding/complaint.py)."""

from __future__ import annotations

from coding_helpers import coded

from newsevents.pipeline import Pipeline


def test_envoys_of_listed_owners_are_summoned_one_by_one(pipeline: Pipeline) -> None:
    text = (
        "Egypt summoned the ambassadors of the European Union, France and Spain on Monday to protest "
        "a report."
    )
    assert sorted(coded(pipeline, text, "2020-03-05"), key=str) == sorted(
        [("114", "EGY", "ESP"), ("114", "EGY", "FRA"), ("114", "EGY", None)], key=str
    )


def test_imports_from_a_list_of_parties_are_banned_from_each(pipeline: Pipeline) -> None:
    text = (
        "MOSCOW, March 3 (Wire) - Russia banned imports of grain and cheese from the United States, "
        "the European Union, Hungary and Finland on Tuesday."
    )
    assert sorted(coded(pipeline, text, "2020-03-05"), key=str) == sorted(
        [("163", "RUS", "USA"), ("163", "RUS", None), ("163", "RUS", "HUN"), ("163", "RUS", "FIN")], key=str
    )


def test_goods_listed_before_the_owners_stay_goods(pipeline: Pipeline) -> None:
    # ("of grain and cheese" names goods, not owners: the owners are the "from" list)
    text = "Russia banned imports of grain and cheese on Tuesday."
    assert [t for _, _, t in coded(pipeline, text, "2020-03-05")] == [None]


def test_complaint_with_the_un_is_aimed_at_the_story_rival(pipeline: Pipeline) -> None:
    text = (
        "LIMA, March 3 (Wire) - Ecuadorean troops shelled two Peruvian border posts on Sunday. "
        "Peru said on Monday it would file a complaint with the United Nations."
    )
    assert ("114", "PER", "ECU") in coded(pipeline, text, "2020-03-05")


def test_complaint_to_the_un_about_a_foreign_act_is_aimed_at_its_maker(pipeline: Pipeline) -> None:
    text = (
        "Chile lodged a complaint with the U.N. Security Council after Argentine jets flew over "
        "its territory."
    )
    assert coded(pipeline, text, "2020-03-05") == [("114", "CHL", "ARG")]


def test_complaint_with_the_un_naming_no_other_state_keeps_the_un(pipeline: Pipeline) -> None:
    text = "Chile lodged a complaint with the U.N. Security Council on Monday."
    assert coded(pipeline, text, "2020-03-05") == [("114", "CHL", None)]
