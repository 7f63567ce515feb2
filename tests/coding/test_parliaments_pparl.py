"""Parliaments, elections and political crises seen from abroad (the pparl probe set's error classes): envoys
declared persona non grata in the active voice (coding/persona_grata.py, a parse repair), coordinated states
recalling their envoys from a named host (coding/posts.py, source:mission-host-pair), a date bound to the
noun it names ("over the Nov. 7 election", "the election of Aug. 9": dateclause.bound_noun), and treaties
approved, military training halted and joint operations suspended (verbs.curated.tsv ne.pparl.*).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import Coded, coded, events_of

from newsevents import doccache, nlp
from newsevents.coding.persona_grata import mend_persona_grata
from newsevents.pipeline import Pipeline

Found = list[Coded]


@pytest.mark.parametrize(("text", "found"), [
    # the parser reads "persona" as a clause's verb with the envoys its subject: they are the object
    ("Moscow declared two Estonian diplomats persona non grata on Friday.", [("161", "RUS", "EST")]),
    ("Quito on Monday declared the Mexican ambassador and two Spanish diplomats persona non grata.",
     [("161", "ECU", "MEX"), ("161", "ECU", "ESP")]),
    # the passive parses well and is left as it was
    ("Two Danish diplomats were declared persona non grata in Iran on Thursday.", [("161", "IRN", "DNK")]),
])  # fmt: skip
def test_persona_non_grata(pipeline: Pipeline, text: str, found: Found) -> None:
    assert coded(pipeline, text, "2019-12-31") == found


def test_persona_non_grata_object_mended() -> None:
    doc = nlp.load()("Minsk on Tuesday declared two Lithuanian diplomats persona non grata, citing spying.")
    assert mend_persona_grata(doccache.words(doc, ("persona",))["persona"]) == 1
    declared = next(t for t in doc if t.lower_ == "declared")
    diplomats = next(t for t in doc if t.lower_ == "diplomats")
    citing = next(t for t in doc if t.lower_ == "citing")
    assert (diplomats.head, diplomats.dep_) == (declared, "dobj")
    assert citing.head == declared  # (the participle clause is the verb's again)


@pytest.mark.parametrize(("text", "found"), [
    # a pair recalling their envoys from a named host acts on the host, each its own act
    ("Norway and Denmark recalled their envoys from Lagos on Friday.",
     [("161", "NOR", "NGA"), ("161", "DNK", "NGA")]),
    ("Sweden and Finland closed their consulates in Karachi on Friday.",
     [("161", "SWE", "PAK"), ("161", "FIN", "PAK")]),
    # with no host named, a pair recalling their envoys is read as acting on each other
    ("Kenya and Uganda recalled their ambassadors on Friday.", [("161", "KEN", "UGA")]),
])  # fmt: skip
def test_pair_recalls_from_host(pipeline: Pipeline, text: str, found: Found) -> None:
    assert coded(pipeline, text, "1995-11-12") == found


@pytest.mark.parametrize(("text", "dates"), [
    # a calendar date on the noun an act is about is the noun's, not the act's
    ("OTTAWA, Nov 15 (Wire) - Canada imposed sanctions on four Nicaraguan judges on Monday over the Nov. 7 "
     "election.", ["2021-11-15"]),
    ("BRUSSELS, Nov 15 (Wire) - Spain does not accept the official result of Nicaragua's election of Nov. 7, "
     "its foreign minister said on Monday.", ["2021-11-15"]),
    # "of" on a stretch of time still dates the clause
    ("KABUL, Nov 15 (Wire) - Gunmen attacked an Afghan army base on the night of Nov. 7.", ["2021-11-07"]),
])  # fmt: skip
def test_noun_dates(pipeline: Pipeline, text: str, dates: list[str]) -> None:
    assert [e.date for e in events_of(pipeline, text, "2021-11-16")] == dates


@pytest.mark.parametrize(("text", "found"), [
    # a parliament approving a treaty ratifies it (057)
    ("The Greek parliament approved the treaty with Albania on Friday.", [("057", "GRC", "ALB")]),
    # halting military training for a state's forces stops military aid
    ("The United States halted military training for Mali's armed forces on Friday.",
     [("1622", "USA", "MLI")]),
    # joint operations suspended cut cooperation; a state's own operation suspended is de-escalation
    ("The United States suspended joint military operations with Honduras on Friday.",
     [("160", "USA", "HND")]),
    ("The Afghan army suspended its military operation against the rebels on Friday.",
     [("087", "AFG", "AFG")]),
])  # fmt: skip
def test_pparl_rows(pipeline: Pipeline, text: str, found: Found) -> None:
    assert coded(pipeline, text, "2012-06-30") == found
