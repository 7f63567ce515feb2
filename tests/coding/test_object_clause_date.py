"""The date that ends a clause describing an undated act's object dates the act too
(newsevents.objectdate): the parser hangs a sentence's last date on the nearest verb. Every sentence is
invented."""

from __future__ import annotations

from coding_helpers import events_of

from newsevents.pipeline import Pipeline


def _dates(pipeline: Pipeline, text: str, trigger: str) -> list[str | None]:
    return [e.date for e in events_of(pipeline, text, "2024-05-06") if e.evidence.trigger == trigger]


def test_relative_clause_of_the_object_dates_the_act(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, May 6 (Wire) - Militia fighters attacked Malian soldiers who guarded a bridge near the "
        "town of Gao on Sunday, wounding two of them."
    )
    assert _dates(pipeline, text, "attacked") == ["2024-05-05"]


def test_coordinated_acts_and_a_counted_object_share_it(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, May 6 (Wire) - Police beat students and arrested four of the leaders who marched against "
        "the governor on Sunday night."
    )
    assert _dates(pipeline, text, "arrested") == ["2024-05-05"]
    assert _dates(pipeline, text, "beat") == ["2024-05-05"]


def test_participle_clause_of_the_object(pipeline: Pipeline) -> None:
    text = "BAMAKO, May 6 (Wire) - The government dissolved a militia accused of the raid on Sunday."
    assert _dates(pipeline, text, "dissolved") == ["2024-05-05"]


def test_a_date_inside_the_clause_stays_its_own(pipeline: Pipeline) -> None:
    # the description's date is not at its end: the act keeps the report's day
    text = (
        "BAMAKO, May 6 (Wire) - Police arrested two men who on Sunday had set fire to a bank in the "
        "capital's main market."
    )
    assert _dates(pipeline, text, "arrested") == ["2024-05-06"]


def test_an_infinitive_on_the_object_lends_no_date(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO, May 6 (Wire) - The opposition rejected a government plan to redraw the electoral map "
        "before the vote in June."
    )
    assert "2024-06" not in _dates(pipeline, text, "rejected")


def test_a_date_nested_deeper_in_the_description_is_not_the_acts(pipeline: Pipeline) -> None:
    # ptwin6: "who was toppled in a putsch on April 2" dates the putsch, not the shelling; the day hung
    # on "held", followed only by the purpose phrase the parser also hung there, is the shelling's
    text = (
        "ACCRA, May 6 (Wire) - Ghanaian gunboats shelled positions held by the rebels near the port on "
        "Sunday in a bid to restore the president, Kofi Mensah, who was toppled in a putsch on April 2."
    )
    assert _dates(pipeline, text, "shelled") == ["2024-05-05"]
