"""A bare noun right after "ADJ NOUN and" shares the first noun's country adjective when the first noun is a
thing of no role (actors/conjunct_party.py ``shared_adjective``), not when it is another kind of party."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2015, 6, 1)


def test_thing_pair_shares_its_adjective(read, word) -> None:
    actors = read("Rioters in Lusaka looted Chinese homes and schools on Monday.")
    head = word(actors.doc, "schools")
    assert actors.rule_of(head, DAY) == "conjunct-party"
    assert {a.country for a in actors.resolve_all(head, DAY)} == {"CHN"}


def test_party_of_another_role_keeps_its_own(read, word) -> None:
    actors = read("Russian troops and rebels shelled Debaltseve in Ukraine on Monday.")
    head = word(actors.doc, "rebels")
    assert actors.rule_of(head, DAY) != "conjunct-party"


def test_modified_second_noun_is_not_shared(read, word) -> None:
    actors = read("Rioters in Lusaka looted Chinese homes and local schools on Monday.")
    head = word(actors.doc, "schools")
    assert actors.rule_of(head, DAY) != "conjunct-party"
