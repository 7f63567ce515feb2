"""Duplicates (issue 4, item 8): exact copies rejected, near copies point to the canonical article."""

from __future__ import annotations

from newsevents.ingest.dedup import Deduplicator
from newsevents.records import Article, Rejection

WIRE = (
    "The central bank raised its main interest rate by half a point on Wednesday, its third rise this year, "
    "saying that prices for food and fuel were still climbing faster than wages. The governor told reporters "
    "that the bank would watch the figures for the coming months closely before deciding on any further "
    "step, and that the banking system remained sound despite the pressure on borrowers."
)


def test_exact_duplicate_is_rejected() -> None:
    dedup = Deduplicator()
    assert dedup.check(Article(id="a", text=WIRE)) == Article(id="a", text=WIRE)
    # Case and whitespace do not make a copy different.
    result = dedup.check(Article(id="b", text="  " + WIRE.upper().replace(" ", "\n"), origin="b.txt"))
    assert isinstance(result, Rejection) and result.reason == "duplicate" and result.article_id == "b"
    assert "article a" in result.detail


def test_exact_copy_from_another_outlet_is_a_syndicated_report() -> None:
    """Issue 13, point 2: a text another outlet ran is kept as a copy; the same outlet again, or no
    outlet, is the same report twice."""
    dedup = Deduplicator()
    dedup.check(Article(id="wire", text=WIRE, source="Wire"))
    copy = dedup.check(Article(id="gazette", text=WIRE, source="Gazette"))
    assert isinstance(copy, Article) and copy.duplicate_of == "wire"
    for again in (Article(id="wire-2", text=WIRE, source="Wire"), Article(id="anon", text=WIRE),
                  Article(id="gazette-2", text=WIRE, source="Gazette")):
        result = dedup.check(again)
        assert isinstance(result, Rejection) and result.reason == "duplicate", again.id
        assert "article wire" in result.detail


def test_syndicated_copy_points_to_the_first() -> None:
    dedup = Deduplicator()
    dedup.check(Article(id="wire", text=WIRE))
    copy = "LAGOS (Coastal Post) - " + WIRE + " Reporting by the Coastal Post business desk."
    result = dedup.check(Article(id="copy", text=copy))
    assert isinstance(result, Article) and result.duplicate_of == "wire" and result.text == copy


def test_different_stories_are_kept_apart() -> None:
    dedup = Deduplicator()
    dedup.check(Article(id="wire", text=WIRE))
    other = (
        "Heavy rain flooded the lower districts of the port city overnight, forcing hundreds of families "
        "to leave their homes, and the fire service said that two bridges had been closed while engineers "
        "checked them for damage. Schools in the area will stay shut until the water goes down."
    )
    result = dedup.check(Article(id="rain", text=other))
    assert isinstance(result, Article) and result.duplicate_of is None


def test_short_texts_are_only_checked_for_exact_copies() -> None:
    dedup = Deduplicator()
    dedup.check(Article(id="s1", text="Markets closed higher on Friday."))
    result = dedup.check(Article(id="s2", text="Markets closed higher on Friday, traders said."))
    assert isinstance(result, Article) and result.duplicate_of is None
