"""Who uses force on whom (issue 10, cause 1): the code of an act of force by the types of its parties,
a state's own forces told apart from its targets, and the foreign party of a show of force that names
none. Sentences written for these tests; each case names every event of its roots as (root, source
country, target country) and a step they all record."""

from __future__ import annotations

import pytest
from coding_helpers import DyadCase, check_dyads

from newsevents.coding.forces import force_code, force_roles, own_forces
from newsevents.pipeline import Pipeline
from newsevents.records import Actor, Article

CASES = [
    # a state's force against an armed group fights it
    DyadCase(
        "troops kill a rebel commander",
        "COLOMBO, May 19 (Wire) - Government troops killed a senior rebel commander near the coast, the "
        "army said on Monday.",
        (("19", "LKA", "LKA"),),
        step="code:state-on-armed-group",
    ),
    DyadCase(
        "police shoot insurgents dead",
        "MANILA, June 2 (Wire) - Philippine police shot dead four insurgents at a checkpoint on Mindanao "
        "on Tuesday.",
        (("19", "PHL", "PHL"),),
        step="code:state-on-armed-group",
    ),
    # an armed group's force on a state's soldiers fights them
    DyadCase(
        "rebels kill soldiers at an outpost",
        "BAMAKO, June 3 (Wire) - Tuareg rebels killed eleven Malian soldiers in an attack on an army outpost "
        "near Kidal on Monday, the defence ministry said.",
        (("19", "MLI", "MLI"),),
        step="code:armed-on-armed",
    ),
    # ... but gunmen firing on villagers assault them
    DyadCase(
        "gunmen kill villagers",
        "BAMAKO, June 3 (Wire) - Gunmen killed eleven villagers near the Malian town of Mopti on Monday, "
        "officials said.",
        (("18", None, "MLI"),),
    ),
    # a state's force firing on its public represses it
    DyadCase(
        "soldiers fire on marchers",
        "YANGON, Sept 28 (Wire) - Soldiers shot into a crowd of marchers in Yangon on Thursday, killing "
        "at least five people.",
        (("17", "MMR", "MMR"),),
        step="code:state-on-public",
    ),
    DyadCase(
        "police open fire on strikers",
        "LAGOS, Jan 12 (Wire) - Nigerian police opened fire on striking miners outside the mine on "
        "Wednesday.",
        (("17", "NGA", "NGA"),),
        step="code:state-on-public",
    ),
    # the object of the act's purpose is not its patient: no repression read from "to disperse"
    DyadCase(
        "fire opened to disperse a crowd",
        "DHAKA, May 5 (Wire) - Bangladeshi police opened fire to disperse thousands of protesters in "
        "central Dhaka on Sunday.",
        (("19", "BGD", "BGD"),),
    ),
    # unnamed forces a state sends are its own; the place they go names the target
    DyadCase(
        "battalions ordered to a foreign frontier",
        "CARACAS, March 3 (Wire) - Venezuela's president ordered ten army battalions to the Colombian "
        "frontier on Monday.",
        (("15", "VEN", "COL"),),
    ),
    DyadCase(
        "battalions sent into a neighbour's region",
        "CARACAS, Dec 8 (Wire) - Venezuela sent two army battalions into Guyana's Essequibo region on "
        "Friday.",
        (("15", "VEN", "GUY"),),
        step="target:own-forces-object",
    ),
    # a show of force that names no target is aimed at the foreign party its sentence names
    DyadCase(
        "troops to its own border after a break with a neighbour",
        "QUITO, March 3 (Wire) - Ecuador cut diplomatic ties with Colombia on Monday after ordering "
        "troops to its northern border.",
        (("15", "ECU", "COL"),),
        step="target:force-counterpart",
    ),
    DyadCase(
        "reinforcements to the frontier after a neighbour's move",
        "ATHENS, March 1 (Wire) - Turkey said on Saturday it would no longer stop migrants heading for "
        "Europe. The government in Athens rushed army and police reinforcements to the frontier.",
        (("15", "GRC", "TUR"),),
        step="target:force-counterpart",
    ),
    DyadCase(
        "the speaker of a clause on the object is no target",
        "SRINAGAR, Feb 26 (Wire) - Indian jets bombed what New Delhi called a militant training camp near "
        "Balakot in Pakistan on Tuesday.",
        (("19", "IND", "PAK"),),
    ),
    DyadCase(
        "a release after the other side's letter",
        "BEIJING, April 11 (Wire) - China released the crew on Wednesday after Washington sent a letter "
        "of regret.",
        (("08", "CHN", "USA"),),
        step="target:force-counterpart",
    ),
    DyadCase(
        "a pull-back reported by the other side",
        "NEW DELHI, Aug 29 (Wire) - Beijing said on Tuesday that the Indian troops had pulled back from "
        "the plateau.",
        (("08", "IND", "CHN"),),
        step="target:force-counterpart",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_forces(pipeline: Pipeline, case: DyadCase) -> None:
    check_dyads(pipeline, case)


def _actor(country: str | None, role: str | None) -> Actor:
    return Actor(text="x", name=None, country=country, role=role, code=f"{country or ''}{role or ''}")


def test_force_code_by_actor_types() -> None:
    non_state = frozenset({"REB", "CVL"})
    army, rebels, crowd = _actor("TCD", "MIL"), _actor("TCD", "REB"), _actor("TCD", "CVL")
    assert force_code("180", army, rebels, False, non_state) == ("190", "code:state-on-armed-group")
    assert force_code("193", army, crowd, False, non_state) == ("175", "code:state-on-public")
    # a neighbour's villagers are no public of the state's own: shooting them is fighting
    assert force_code("193", army, _actor("CMR", "CVL"), False, non_state) == ("193", None)
    # an armed group's force on soldiers or another armed group is fighting too (19 stays, 180 -> 190)
    assert force_code("193", rebels, army, False, non_state) == ("193", None)
    assert force_code("1823", rebels, army, False, non_state) == ("190", "code:armed-on-armed")
    assert force_code("180", _actor("TCD", "UAF"), rebels, False, non_state) == ("190", "code:armed-on-armed")
    # ... not on a crowd, nor when nobody is named, nor by a crowd
    assert force_code("193", rebels, crowd, False, non_state) == ("180", "code:non-state-violence")
    assert force_code("193", rebels, army, True, non_state) == ("180", "code:non-state-violence")
    assert force_code("193", crowd, army, False, non_state) == ("180", "code:non-state-violence")
    # breaking a ceasefire is 196 whoever breaks it
    assert force_code("196", rebels, None, True, non_state) == ("196", None)
    # how it was done stays: a bombing, an abduction, an air strike, taking a town
    assert force_code("183", army, rebels, False, non_state) == ("183", None)
    assert force_code("195", army, crowd, False, non_state) == ("195", None)
    assert force_code("192", rebels, army, False, non_state) == ("192", None)
    # a state's government is no armed force; nobody named gives no state force
    assert force_code("193", _actor("TCD", "GOV"), crowd, False, non_state) == ("193", None)
    assert "175" == force_roles().repression_code


def test_own_forces_placed_by_context() -> None:
    roles = frozenset({"", "GOV", "MIL"})
    state, troops = _actor("VEN", "GOV"), _actor("COL", "MIL")
    assert own_forces(troops, state, roles, "154", placed_by_context=True)
    # troops named for their country, or attacked, are a party of their own
    assert not own_forces(troops, state, roles, "154", placed_by_context=False)
    assert not own_forces(troops, state, roles, "190", placed_by_context=True)


def test_a_city_the_recogniser_misses_is_still_a_place(pipeline: Pipeline) -> None:
    """ "shelled Kharkiv" with Kharkiv read as a PERSON: the gazetteer's city stands for its state."""
    result = pipeline.analyze_article(
        Article(id="t", text="Russian forces shelled Kharkiv overnight.", published="2021-03-10")
    )
    found = {(e.root, e.source.country, e.target.country if e.target else None) for e in result.events}  # type: ignore[union-attr]
    assert ("19", "RUS", "UKR") in found, found
