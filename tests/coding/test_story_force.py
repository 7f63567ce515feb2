"""Foreign forces named by a bare noun: a bare "the army" in a report about one foreign state's armed
action is that state's army, not the army of the place the report was filed from (actors/story_force.py);
"the generals" after a junta named with its country are that junta (actors/ruling_generals.py). Every
sentence is invented."""

from __future__ import annotations

from coding_helpers import by_trigger, events_of

from newsevents.pipeline import Pipeline


def test_military_after_a_state_shelled_across_the_border_is_that_states(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT, March 3 (Wire) - Syria shelled villages along the Lebanese border on Monday, hitting homes "
        "near Hermel. Lebanese officials said three civilians were wounded. The military said it was "
        "targeting smugglers."
    )
    targeting = by_trigger(events_of(pipeline, text, "2019-03-05"))["targeting"][0]
    assert targeting.source.country == "SYR" and targeting.source.role == "MIL"


def test_army_after_strikes_on_the_dateline_place_is_the_strikers(pipeline: Pipeline) -> None:
    text = (
        "GAZA, March 3 (Wire) - Israel struck militant targets across the Gaza Strip on Monday after rockets "
        "were fired at Israeli villages. Palestinian medics said nine people were killed. Islamic Jihad "
        "said it would answer the raids. The army said it had mobilised 2,000 reservists."
    )
    mobilised = by_trigger(events_of(pipeline, text, "2019-03-05"))["mobilised"][0]
    assert mobilised.source.country == "ISR" and mobilised.source.role == "MIL"


def test_armed_agents_of_two_states_leave_the_army_to_the_dateline(pipeline: Pipeline) -> None:
    """Once the report has named the armed forces of both sides, a bare "the army" is not read as
    either by this rule: the filing country's own army keeps it."""
    text = (
        "NAIROBI, March 3 (Wire) - Somali troops and Ethiopian soldiers clashed near the border town of "
        "Dolow on Monday, officials said. Kenya closed two border crossings. Residents said dozens of "
        "families had fled. The army said it had sent 300 soldiers to guard the frontier."
    )
    sent = by_trigger(events_of(pipeline, text, "2019-03-05"))["sent"][0]
    assert sent.source.country == "KEN"


def test_generals_after_a_named_junta_are_the_juntas_not_the_last_army(pipeline: Pipeline) -> None:
    """"The generals" refer back to the junta named with its country (actors/ruling_generals.py), not to
    the foreign military named last."""
    text = (
        "YANGON, March 3 (Wire) - A U.S. military plane carrying tents and medicine landed in Yangon on "
        "Monday, the first American aid flight Myanmar's junta has allowed since the storm. The generals "
        "still refuse to admit foreign doctors."
    )
    refuse = by_trigger(events_of(pipeline, text, "2019-03-05"))["refuse"][0]
    assert refuse.source.country == "MMR" and refuse.source.role == "MIL"


def test_unlisted_person_with_a_nationality_in_apposition_is_that_nationals(pipeline: Pipeline) -> None:
    """A staff member the dictionary lacks, described as "a Swiss delegate of" a listed body, is Swiss,
    not the body (actors/apposed_nationality.py)."""
    text = (
        "MANILA, March 3 (Wire) - Gunmen freed Hans Berger, a Swiss delegate of the International Committee "
        "of the Red Cross, on Monday after holding him for two months."
    )
    freed = by_trigger(events_of(pipeline, text, "2019-03-05"))["freed"][0]
    assert freed.target is not None and freed.target.country == "CHE"


def test_listed_person_in_apposition_keeps_the_dictionarys_code(pipeline: Pipeline) -> None:
    text = (
        "GENEVA, March 3 (Wire) - Iran on Monday criticised Antonio Guterres, the Portuguese head of the "
        "United Nations, over his report on the protests."
    )
    criticised = by_trigger(events_of(pipeline, text, "2019-03-05"))["criticised"][0]
    assert criticised.target is not None and criticised.target.code == "IGOUNO"


def test_soldiers_placed_by_their_sentence_do_not_count(pipeline: Pipeline) -> None:
    """Only armed agents whose own words name their country are read: generic "soldiers" placed by the
    country named near them is no evidence of whose army "the army" is."""
    text = (
        "BOGOTA, May 5 (Wire) - Colombia handed over a drug lord to the United States on Wednesday, a month "
        "after soldiers caught him near the border. President Ivan Duque said no gang was beyond the law. "
        "The gang answered with a strike across the north. The army said it had sent extra troops to "
        "reopen the roads."
    )
    sent = by_trigger(events_of(pipeline, text, "2019-03-05"))["sent"][0]
    assert sent.source.country == "COL"


def test_a_report_led_by_the_home_state_keeps_its_military(pipeline: Pipeline) -> None:
    """The one armed party named must be the one the lead sentence is about: a report led by "South
    Korea said" that names only a North Korean torpedo as armed is still about the South's military."""
    text = (
        "SEOUL, May 24 - South Korea said on Monday it would halt trade with the North, days after "
        "investigators concluded that a North Korean torpedo had sunk a patrol boat. President Park said "
        "the South would go to the United Nations. Markets in Seoul fell sharply. The military said it "
        "would hold joint drills with the United States."
    )
    drills = by_trigger(events_of(pipeline, text, "2019-03-05"))["drills"][0]
    assert drills.source.country == "KOR"


def test_bare_troops_after_a_named_foreign_force_are_that_forces(pipeline: Pipeline) -> None:
    """A plural "the troops" that its own words do not place is the one armed party the report named
    with its country, not the country of the building it seized (actors/story_force.py)."""
    text = (
        "RIGA, Jan 20 (Wire) - Soviet commandos backed by armoured cars stormed the interior ministry in "
        "Riga on Sunday, killing four people, hospital officials said. Crowds gathered at barricades "
        "across the old town. Later in the evening the troops seized the main telephone exchange and "
        "Latvian radio fell silent."
    )
    seized = by_trigger(events_of(pipeline, text, "1991-01-20"))["seized"][0]
    assert seized.source.country in ("RUS", "SUN") and seized.source.role == "MIL"


def test_counted_soldiers_are_not_read_as_the_named_force(pipeline: Pipeline) -> None:
    """A counted plural ("three soldiers") is often the other side's dead: it is not read this way."""
    text = (
        "RIGA, Jan 20 (Wire) - Soviet commandos stormed the interior ministry in Riga on Sunday, killing "
        "four people, hospital officials said. Three soldiers were detained by Latvian guards."
    )
    events = events_of(pipeline, text, "1991-01-20")
    detained = by_trigger(events).get("detained", [])
    assert all(e.target is None or e.target.country not in ("RUS", "SUN") for e in detained)
