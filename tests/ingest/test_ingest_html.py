"""HTML pages (issue 4, item 1): the seed as a realistic news page, captions, credits, chrome, charsets."""

from __future__ import annotations

import pytest
from ingest_helpers import news_page, seed_parts

from newsevents.ingest.boilerplate import split_text
from newsevents.ingest.html import clean_authors, extract_html
from newsevents.records import Article, Rejection


@pytest.fixture(scope="module")
def seed_page(seed_text: str, seed_expected: dict) -> tuple[str, str]:
    paragraphs, credit_line = seed_parts(seed_text, seed_expected)
    page = news_page(
        paragraphs,
        caption=seed_expected["photo"]["caption"],
        credit=seed_expected["photo"]["credit"],
        credit_line=credit_line,
        published="2019-07-02T08:15:00+09:00",
    )
    return page, split_text(seed_text).body


def test_seed_page_gives_the_text_body_and_metadata(seed_page: tuple[str, str], seed_expected: dict) -> None:
    page, text_body = seed_page
    article = extract_html(page.encode("utf-8"), id="panmunjom-2019", origin="page.html")
    assert isinstance(article, Article)
    assert article.text == text_body
    assert article.published == "2019-07-02"
    assert article.captions == (seed_expected["photo"]["caption"],)
    assert article.photo_credits == (seed_expected["photo"]["credit"],)
    assert article.translator == seed_expected["translator"]
    assert article.title == "A handshake at the border"
    assert article.source == "The Peninsula Ledger"
    assert article.url == "https://ledger.example.org/2019/07/handshake-at-the-border/"
    assert article.authors == ("Mina Park",)
    assert article.language == "en"
    for chrome in [
        *seed_expected["boilerplate_removed"],
        "Share on Facebook",
        "Talks stall again",
        "newsletter",
        "All rights reserved",
        "Post Comment",
        "Subscribe",
    ]:
        assert chrome not in article.text


def test_comment_form_label_is_never_the_author(seed_text: str, seed_expected: dict) -> None:
    paragraphs, _ = seed_parts(seed_text, seed_expected)
    page = news_page(
        paragraphs, caption="A caption.", credit="Agency", credit_line=None, published=None, author=None
    )
    article = extract_html(page, id="a", origin="a.html")
    assert isinstance(article, Article)
    assert article.authors == ()
    # No date on the page and no reference date: none is invented (the text's own dates are not used).
    assert article.published is None


def test_reference_date_applies_only_without_a_page_date(seed_page: tuple[str, str]) -> None:
    page, _ = seed_page
    article = extract_html(page, id="a", origin="a.html", default_published="2020-01-01")
    assert isinstance(article, Article) and article.published == "2019-07-02"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Name *", ()),
        ("Email *; Website", ()),
        ("By Ruth Achieng", ("Ruth Achieng",)),
        ("Leave a Reply", ()),
        ("Ana Lima; Tomas Berg", ("Ana Lima", "Tomas Berg")),
        ("admin", ()),
        (None, ()),
    ],
)
def test_clean_authors(raw: str | None, expected: tuple[str, ...]) -> None:
    assert clean_authors(raw) == expected


PARAGRAPHS = [
    "The port authority said on Monday that the new container terminal would open in the spring, "
    "two years later than first planned.",
    "Workers at the site have been on strike twice this year over pay, and the contractor has been fined "
    "for delays by the regional government.",
    "The terminal is expected to double the port's capacity once all three berths are working.",
]


def simple_page(charset_meta: str = "utf-8", extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<html><head><meta charset="{charset_meta}"><title>Terminal delayed</title></head>'
        f"<body><article>{extra}{body}</article></body></html>"
    )


def test_wordpress_caption_box_and_credit_markup() -> None:
    extra = (
        '<div class="wp-caption"><img src="x.jpg"><p class="wp-caption-text">Cranes at the new berth. '
        "(Photo: Delta Images)</p></div>"
    )
    article = extract_html(simple_page(extra=extra), id="t", origin="t.html")
    assert isinstance(article, Article)
    assert article.captions == ("Cranes at the new berth.",)
    assert article.photo_credits == ("Delta Images",)
    assert "Cranes" not in article.text


def test_wrong_declared_charset_falls_back() -> None:
    page = (
        simple_page(charset_meta="utf-8").replace("port's", "port’s").replace("Monday", "Montag – Montréal")
    )
    data = page.encode("cp1252")  # declared utf-8, really Windows-1252
    article = extract_html(data, id="t", origin="t.html")
    assert isinstance(article, Article)
    assert "Montréal" in article.text


def test_header_charset_wins_over_meta() -> None:
    data = simple_page(charset_meta="utf-8").replace("Monday", "Montréal").encode("latin-1")
    article = extract_html(data, id="t", origin="t.html", charsets=["iso-8859-1"])
    assert isinstance(article, Article) and "Montréal" in article.text


def test_malformed_html_still_gives_text() -> None:
    page = "<html><body><div><p>" + "</p><p>".join(PARAGRAPHS) + "<table><tr><td>unclosed"
    article = extract_html(page, id="m", origin="m.html")
    assert isinstance(article, Article)
    assert article.text.startswith("The port authority")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n ", "empty"),
        (b"\x00\x01\x02PNG\x00\x00" * 50, "binary"),
        (b"<html><body><nav>Home</nav></body></html>", "no-text"),
    ],
)
def test_bad_pages_are_rejected(content: bytes, reason: str) -> None:
    result = extract_html(content, id="b", origin="b.html")
    assert isinstance(result, Rejection) and result.reason == reason and result.origin == "b.html"


def test_page_over_the_size_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsevents.ingest.html as html_module

    monkeypatch.setattr(html_module, "MAX_FILE_BYTES", 100)
    result = extract_html(simple_page().encode(), id="b", origin="b.html")
    assert isinstance(result, Rejection) and result.reason == "too-large"


def test_page_with_more_text_than_articles_have_is_rejected_before_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newsevents.ingest.html as html_module

    calls: list[object] = []
    monkeypatch.setattr(html_module.trafilatura, "bare_extraction", lambda *a, **k: calls.append(a))
    monkeypatch.setattr(html_module, "_MAX_PAGE_TEXT", 500)
    story = "<p>Dock workers stayed off the job for a third day at the container port on Monday.</p>"
    long = extract_html(f"<html><body>{story * 8}</body></html>", id="l", origin="l.html")
    assert isinstance(long, Rejection) and long.reason == "too-long" and "characters of text" in long.detail
    assert calls == []
    # Chrome does not count: the same text in a footer leaves a short article to extract.
    chrome = f"<html><body>{story}<footer>{story * 8}</footer></body></html>"
    extract_html(chrome, id="c", origin="c.html")
    assert len(calls) == 1


@pytest.mark.timeout(60)  # quadratic attribute parsing took minutes; a guard, not a benchmark
def test_a_tag_stuffed_with_attributes_is_defused() -> None:
    from newsevents.ingest.html import MAX_ATTRIBUTES, _defuse, extract_html

    stuffed = " ".join(f'data-k{i}="v"' for i in range(100_000))
    story = "Farmers blocked the main road into the provincial capital on Friday over fuel prices."
    page = f"<html><body><div {stuffed}><p>{story}</p></div></body></html>"
    article = extract_html(page, id="stuffed", origin="stuffed.html")
    assert isinstance(article, Article) and story in article.text
    few = " ".join(f'a{i}="v"' for i in range(MAX_ATTRIBUTES))
    assert _defuse(f"<p {few}>x</p>") == f"<p {few}>x</p>"


def test_control_characters_around_a_dropped_figure() -> None:
    from newsevents.ingest.html import extract_html

    # found by the fuzz test: lxml refused to move a control character into the parent's text
    result = extract_html("\x1f<figure></figure>0", id="h", origin="h")
    assert isinstance(result, Article | Rejection)
