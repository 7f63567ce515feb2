"""Who a reaction answers (issue 10, cause 1): a refusal that names nobody answers the story's lead
event, by another country's actor for a state organ, by any other actor for a party, a cleric or a
citizen, who may refuse their own state; an object pronoun ("freed them") is never its own verb's
subject nor a country named as a place, and takes up the earlier sentence's object. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article

CASES = [
    (
        "a state refuses the foreign party of the lead",
        "MOSCOW, Nov 28 (Wire) - Russia imposed sanctions on Turkey on Saturday. Ankara has refused to "
        "apologise.",
        ("12", "TUR", "RUS"),
    ),
    (
        "an opposition party refuses its own state",
        "MINSK, Aug 20 (Wire) - Belarusian police detained the opposition leader on Tuesday. The "
        "opposition party refused to call off the strike.",
        ("12", "BLR", "BLR"),
    ),
]


@pytest.mark.parametrize(("name", "text", "dyad"), CASES, ids=[c[0] for c in CASES])
def test_refusal_answers_the_lead(
    pipeline: Pipeline, name: str, text: str, dyad: tuple[str, str, str]
) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-10"))
    found = [
        (e.root, e.source.country, e.target.country if e.target else None, e.evidence.steps)
        for e in getattr(result, "events", ())
        if e.root == dyad[0]
    ]
    assert [f[:3] for f in found] == [dyad], found
    assert "target:answers-lead" in found[0][3]


PRONOUN_CASES = [
    (
        "the earlier object, not the clause's own subject",
        "TEHRAN, March 30 (Wire) - Iranian forces detained fifteen British sailors in the Gulf last week. "
        "Tehran accused them on Friday of entering its waters.",
        ("11", "IRN", "GBR"),
    ),
    (
        "traders freed by the state that held them",
        "KABUL, May 2 (Wire) - Pakistani border guards arrested six Afghan traders near the Torkham "
        "crossing. Islamabad freed them on Sunday.",
        ("08", "PAK", "AFG"),
    ),
    (
        "not a country named as where they went",
        "SKOPJE, April 2 (Wire) - Thousands of Kosovars crossed into Macedonia on Friday. They said "
        "Serbian police had ordered them to leave.",
        ("16", "SRB", "XKX"),
    ),
]


@pytest.mark.parametrize(("name", "text", "dyad"), PRONOUN_CASES, ids=[c[0] for c in PRONOUN_CASES])
def test_object_pronoun(pipeline: Pipeline, name: str, text: str, dyad: tuple[str, str, str]) -> None:
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-03-10"))
    found = [
        (e.root, e.source.country, e.target.country if e.target else None)
        for e in getattr(result, "events", ())
        if e.root == dyad[0]
    ]
    assert dyad in found, found


def test_object_phrase_country_is_named_by_its_words(pipeline: Pipeline) -> None:
    """The last-resort target, a country inside the object's phrase, is one its words name ("support
    for Kyiv"), not an agent noun the sentence around it places ("intelligence support")."""
    text = (
        "RIYADH, March 26 (Wire) - Saudi warplanes pounded rebel positions across Yemen on Thursday. "
        "The White House said the United States would provide logistical and intelligence support."
    )
    result = pipeline.analyze_article(Article(id="t", text=text, published="2015-03-27"))
    aid = [e for e in getattr(result, "events", ()) if e.root in ("03", "07") and e.source.country == "USA"]
    assert aid and all(e.target is None or e.target.country != "USA" for e in aid), [
        (e.cameo, e.target, e.evidence.steps) for e in aid
    ]


@pytest.mark.parametrize(
    "text",
    [
        "OUAGADOUGOU, June 6 (Wire) - Burkina Faso was in mourning on Sunday after gunmen massacred about "
        "160 people in the village of Solhan near the border with Niger.",
        "BAMAKO, Jan 3 (Wire) - Mali declared three days of mourning after gunmen killed 40 villagers in "
        "two hamlets close to the frontier with Niger.",
    ],
)
def test_a_country_named_as_a_landmark_places_no_victims(pipeline: Pipeline, text: str) -> None:
    """ "near the border with Niger" locates the village; the villagers are the story's country's."""
    result = pipeline.analyze_article(Article(id="t", text=text, published="2021-06-07"))
    victims = {e.target.country for e in getattr(result, "events", ()) if e.root in ("18", "20") and e.target}
    assert victims and "NER" not in victims, victims


def test_a_pair_acts_on_each_other_not_on_its_own_organs(pipeline: Pipeline) -> None:
    """ "The two governments agreed to reopen embassies": the embassies, placed by the sentence, are no
    target; the pair's other side is."""
    text = (
        "ASMARA, July 9 (Wire) - Eritrea and Ethiopia signed a peace declaration on Monday. The two "
        "governments agreed to reopen embassies and restart flights."
    )
    result = pipeline.analyze_article(Article(id="t", text=text, published="2018-07-10"))
    found = {
        (e.source.country, e.target.country if e.target else None)
        for e in getattr(result, "events", ())
        if e.evidence.trigger == "reopen"
    }
    assert found and all(s != t for s, t in found), found
