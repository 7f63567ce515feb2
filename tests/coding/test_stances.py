"""Stances, reported verdicts and the event expressions wire reports use for investigations, protests,
shows of force, aid and yielding. Every sentence is invented; each test is a class of wordings, not one
sentence."""

from __future__ import annotations

import pytest
from coding_helpers import events_of, kept_triggers

from newsevents.coding import judgement, stance
from newsevents.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(code, trigger word, source country, target country) of each event coded from ``text``."""
    return [
        (e.cameo, e.evidence.trigger, e.source.country, e.target.country if e.target else None)
        for e in events_of(pipeline, text, "2021-03-10")
    ]


@pytest.mark.parametrize(
    ("text", "verb", "root", "target"),
    [
        ("Lula kept open the option of retaliating against the United States.", "kept", "13", "USA"),
        ("Moscow did not rule out military action against Kyiv.", "rule", "13", "UKR"),
        ("Beijing did not rule out using force against Taiwan.", "rule", "13", "TWN"),
        ("Ankara left open the possibility of a military operation in northern Syria.", "left", "13", "SYR"),
        ("Washington is weighing the option of sanctions against Caracas.", "weighing", "13", "VEN"),
        ("Seoul kept open the option of talks with Pyongyang.", "kept", "03", "PRK"),
    ],
)
def test_an_option_kept_open_is_the_partys_threat_or_intent(
    pipeline: Pipeline, text: str, verb: str, root: str, target: str
) -> None:
    found = _codes(pipeline, text)
    assert [(c[:2], w, t) for c, w, _s, t in found] == [(root, verb, target)]
    steps = [s for _w, _c, s in kept_triggers(pipeline, text)]
    assert any(stance.OPTION_ACT in s for s in steps)


def test_an_act_ruled_out_is_no_event(pipeline: Pipeline) -> None:
    assert _codes(pipeline, "Lula ruled out retaliating against the United States.") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("NATO said the air strikes on Serbia would continue until Belgrade halted its offensive.", "SRB"),
        ("Israel said the raids on Gaza would go on until Hamas freed the hostages.", "PSE"),
        ("Riyadh said its air campaign would continue until the Houthis withdrew from Sanaa.", "YEM"),
    ],
)
def test_force_said_to_go_on_until_a_party_yields_is_a_threat_to_that_party(
    pipeline: Pipeline, text: str, target: str
) -> None:
    found = _codes(pipeline, text)
    assert [(c[:2], w, t) for c, w, _s, t in found] == [("13", "said", target)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Foreign Office said the deployment of the frigate near the islands was routine.", "said"),
        ("Kagame said he hoped the Congolese operation would be short.", "hoped"),
        ("Rwanda said the exercises near the border were routine and posed no threat.", "said"),
    ],
)
def test_a_neutral_verdict_on_an_act_is_a_reassuring_comment(
    pipeline: Pipeline, text: str, word: str
) -> None:
    found = kept_triggers(pipeline, text)
    assert [(w, c) for w, c, _s in found] == [(word, "013")]
    assert judgement.NEUTRAL_JUDGEMENT in found[0][2]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("Tehran said it had no role in the attack on the Saudi oil plant.", "016", "SAU"),
        ("Pakistan said it played no part in the raid on the Indian parliament.", "016", "IND"),
        ("Seoul said it was deeply sorry for the deaths of the Vietnamese villagers.", "055", "VNM"),
    ],
)
def test_reported_denials_and_apologies(pipeline: Pipeline, text: str, code: str, target: str) -> None:
    assert [(c, t) for c, _w, _s, t in _codes(pipeline, text)] == [(code, target)]


def test_a_messages_content_is_its_senders_act(pipeline: Pipeline) -> None:
    text = "Washington delivered a letter to Beijing saying it was very sorry for the loss of the pilot."
    assert [(c, w, s) for c, w, s, _t in _codes(pipeline, text)] == [("055", "delivered", "USA")]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Kenya ordered an inquiry into the deaths of protesters in Nairobi.", "09"),
        ("Swedish prosecutors opened an investigation into the sabotage of the pipelines.", "09"),
        ("Australian-led peacekeepers landed in East Timor on Monday.", "07"),
        ("Uruguayan peacekeepers arrived in Goma on Friday.", "07"),
        ("The UN airlifted 400 Uzbek refugees to Romania.", "07"),
        ("Pakistan opened its borders to Afghan refugees.", "07"),
        ("Germany gave Ukraine air defence systems.", "07"),
        ("Britain sent two warships to the waters off Jersey.", "15"),
        ("The United States sent troops, warplanes and ships to the Gulf.", "15"),
        ("Russia moved tens of thousands of troops to its border with Ukraine.", "15"),
        ("Moscow flew paratroopers to Minsk on Thursday.", "15"),
        ("Pakistan placed its forces on high alert along the Line of Control.", "15"),
        ("Chinese rioters burned a Japanese factory in Qingdao.", "14"),
        ("Protesters clashed with police in Nairobi over tax increases.", "14"),
        ("Canadian truckers blockaded the border crossing at Windsor.", "14"),
        ("Thousands of students who had occupied the parliament building in Jakarta cheered.", "14"),
        ("Thai and Malaysian troops began joint patrols along the border.", "06"),
        ("Iran returned the seized British tanker to its owners.", "08"),
        ("Hong Kong police raided the offices of the newspaper.", "17"),
        ("The Thai government agreed to the opposition's demands for early elections.", "08"),
        ("Mali's junta handed power back to a civilian government.", "08"),
        ("Beijing ended its ban on Australian wine imports.", "08"),
        ("Turkey lifted its veto on Sweden's membership.", "08"),
        ("The Emir of Qatar received the Sudanese army chief in Doha.", "04"),
        ("Saudi Arabia hosted talks between Russian and American officials in Riyadh.", "04"),
        ("Turkey sent search and rescue teams to Syria after the earthquake.", "07"),
        ("The IMF approved a $3 billion bailout for Pakistan.", "07"),
        ("Angry crowds attacked the French embassy in Niamey.", "14"),
        ("Doctors in Kenya began an indefinite strike over unpaid salaries.", "14"),
        ("Japan scrambled fighter jets after Chinese bombers approached its airspace.", "15"),
        ("South Africa appointed a judicial commission to investigate the killings at the mine.", "09"),
        ("An investigation by Turkish police found that the journalist was killed in the consulate.", "09"),
        ("Sudanese President Omar al-Bashir flew in for the ceremony in Juba on Saturday.", "04"),
        ("The Chinese vice president attended the inauguration in Jakarta.", "04"),
        ("Ethiopia and Eritrea restarted flights between their capitals.", "06"),
        ("India shipped 50,000 tonnes of wheat to Afghanistan.", "07"),
        ("China set up field hospitals in earthquake-hit Nepal.", "07"),
        ("A Turkish relief flight landed in Benghazi with medical supplies.", "07"),
        ("Cuba sent 200 doctors to Italy to fight the pandemic.", "07"),
        ("Kenya hosted thousands of Somali refugees at Dadaab.", "07"),
        ("The UN delivered vaccines to North Korea.", "07"),
    ],
)
def test_event_expressions_of_each_root(pipeline: Pipeline, text: str, root: str) -> None:
    # (one event per party where the act has two: "talks between Moscow and Washington")
    assert {c[:2] for c, _w, _s, _t in _codes(pipeline, text)} == {root}


def test_an_act_after_a_commitment_keeps_its_intent(pipeline: Pipeline) -> None:
    assert [
        c[:2] for c, *_ in _codes(pipeline, "Tokyo committed to providing $5 billion in loans to Kyiv.")
    ] == ["03"]
    assert [
        c[:2] for c, *_ in _codes(pipeline, "Moscow pledged to halt its offensive in eastern Ukraine.")
    ] == ["03"]


def test_flying_someone_else_is_no_visit(pipeline: Pipeline) -> None:
    text = "Serbia flew Ratko Mladic to the Netherlands on Tuesday and handed him over to the court."
    assert [c for c, *_ in _codes(pipeline, text)] == ["063"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("London accused Buenos Aires of colonialism for pressing its claim to the islands.", ["112"]),
        ("Australians who came to Turkey were questioned, Canberra said.", []),
    ],
)
def test_contents_of_accusations_and_journeys_are_no_events(
    pipeline: Pipeline, text: str, codes: list[str]
) -> None:
    assert [c for c, *_ in _codes(pipeline, text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian president met his inflation target for the first time in years.",
        "Japan's ruling party claimed victory in the upper house election.",
        "The Turkish central bank targeted inflation of 5 percent.",
        "Nigeria's president fired his finance minister on Friday.",
        "Mexico's ruling party pushed the reform bill through congress.",
    ],
)
def test_generic_verbs_with_an_object_that_names_no_event_code_nothing(pipeline: Pipeline, text: str) -> None:
    assert _codes(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tehran said any attack on its soil would be met with a crushing response.",
        "Seoul said all options remained open in dealing with Pyongyang.",
        "Beijing vowed to take resolute countermeasures against the arms sale to Taiwan.",
    ],
)
def test_implicit_threats_are_the_speakers(pipeline: Pipeline, text: str) -> None:
    found = _codes(pipeline, text)
    assert [c[:2] for c, *_ in found] == ["13"]
