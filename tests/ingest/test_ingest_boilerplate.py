"""Line rules for scraped text (issue 4, item 2): the seed's expectations and other sites' chrome."""

from __future__ import annotations

import pytest

from newsevents.errors import DataFileError
from newsevents.ingest.boilerplate import default_rules, parse_rules, split_text


def test_seed_expectations(seed_text: str, seed_expected: dict) -> None:
    parts = split_text(seed_text)
    assert parts.body.startswith(seed_expected["body_starts_with"])
    assert parts.body.endswith(seed_expected["body_ends_with"])
    assert parts.captions == (seed_expected["photo"]["caption"],)
    assert parts.photo_credits == (seed_expected["photo"]["credit"],)
    assert parts.translator == seed_expected["translator"]
    # "first published on and translated by": no publication is named, so none is invented.
    assert parts.republished_from is None
    for chrome in seed_expected["boilerplate_removed"]:
        assert chrome not in parts.body


BODY = (
    "The council voted on Tuesday to reopen the northern market.\n\n"
    "Traders said the decision came after weeks of talks with the regional governor."
)


@pytest.mark.parametrize(
    ("lead", "caption", "credit"),
    [
        (
            "Fishermen unload the catch at dawn. Photo: Ama Mensah/Harbour Wire",
            "Fishermen unload the catch at dawn.",
            "Ama Mensah/Harbour Wire",
        ),
        (
            "Police stand guard outside the court. (Photo: Metro Agency)",
            "Police stand guard outside the court.",
            "Metro Agency",
        ),
        ("Photo by Lucas Ferreira", "", "Lucas Ferreira"),
        ("Image credit: Orbital Imaging Ltd", "", "Orbital Imaging Ltd"),
        (
            "Flood water covers the valley road. Photograph: Ines Kalnina",
            "Flood water covers the valley road.",
            "Ines Kalnina",
        ),
        ("Volunteers hand out bread. Credit: Relief Network", "Volunteers hand out bread.", "Relief Network"),
    ],
)
def test_leading_caption_and_credit(lead: str, caption: str, credit: str) -> None:
    parts = split_text(f"{lead}\n\n{BODY}")
    assert parts.body == BODY
    assert parts.photo_credits == (credit,)
    assert parts.captions == ((caption,) if caption else ())


def test_caption_and_credit_on_separate_lines() -> None:
    parts = split_text(f"Ministers arrive for the summit.\nPhoto: Capital Press\n\n{BODY}")
    assert parts.body == BODY
    assert parts.captions == ("Ministers arrive for the summit.",)
    assert parts.photo_credits == ("Capital Press",)


@pytest.mark.parametrize(
    "first",
    [
        "Credit card debt rose sharply in May, the central bank said.",
        "Pictures by the dozen lined the walls of the old station.",
        "Photo: this is not a credit because it is a sentence in lower case.",
    ],
)
def test_body_lines_are_not_taken_for_credits(first: str) -> None:
    parts = split_text(f"{first}\n\n{BODY}")
    assert parts.body.startswith(first)
    assert parts.photo_credits == ()


@pytest.mark.parametrize(
    ("line", "translator", "source"),
    [
        ("Translated by Olga Petrenko.", "Olga Petrenko", None),
        (
            "This essay was first published in Le Monde Diplomatique and translated from French by Ana Ruiz.",
            "Ana Ruiz",
            "Le Monde Diplomatique",
        ),
        ("This column first appeared on and was translated by Rui Tanaka", "Rui Tanaka", None),
        ("Translated from the Arabic into English by Samir Haddad", "Samir Haddad", None),
        ("This story originally appeared in the Harbour Gazette on March 3, 2021.", None, "Harbour Gazette"),
        (
            "This article is republished from River Valley Times under a Creative Commons license.",
            None,
            "River Valley Times",
        ),
        ("Republished with permission from The Northern Review.", None, "The Northern Review"),
        ("Republished with permission", None, None),
    ],
)
def test_trailing_credit_lines(line: str, translator: str | None, source: str | None) -> None:
    parts = split_text(f"{BODY}\n\n{line}")
    assert parts.body == BODY
    assert parts.translator == translator
    assert parts.republished_from == source


@pytest.mark.parametrize(
    "footer",
    [
        "Leave a Reply\nCancel reply\nYour email address will not be published.\n"
        "Comment *\nName *\nEmail *\nWebsite\n"
        "Save my name, email, and website in this browser for the next time I comment.\nPost Comment",
        "Share this:\nClick to share on Twitter (Opens in new window)\n"
        "Click to share on Facebook\nLike this:\nLoading...",
        "Related posts\nRain delays the harvest in the east\nA new bridge opens in the capital",
        "You might also like\nMayor resigns after audit",
        "Sign up for our daily newsletter to get the top stories in your inbox\nEmail address",
        "Tags: markets, trade, regional news\n© 2023 Northern Review Media. All rights reserved.",
        "Follow us on Mastodon and Bluesky\n4 Comments",
    ],
)
def test_trailing_chrome_is_removed(footer: str) -> None:
    parts = split_text(f"{BODY}\n\n{footer}")
    assert parts.body == BODY


def test_credit_inside_a_trailing_block_is_still_read() -> None:
    parts = split_text(f"{BODY}\n\nShare this:\nTwitter | Facebook\nTranslated by Nadia Ilic")
    assert parts.body == BODY
    assert parts.translator == "Nadia Ilic"


def test_a_chrome_opener_early_in_a_long_text_does_not_truncate_it() -> None:
    long_body = "\n\n".join(
        f"Paragraph {i} tells more of the story of the harbour strike." for i in range(12)
    )
    text = f"The strike entered its third week.\n\nRead more\n\n{long_body}"
    assert split_text(text).body.endswith("Paragraph 11 tells more of the story of the harbour strike.")


def test_packaged_rules_load() -> None:
    kinds = {rule.kind for rule in default_rules()}
    assert kinds == {"lead-credit", "credit", "chrome", "chrome-block"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("kind\tpattern\texample\nfooter\t^x$\tx\n", "unknown kind"),
        ("kind\tpattern\texample\nchrome\t^(x$\tx\n", "bad regex"),
        ("kind\tpattern\texample\nchrome\t^x$\ty\n", "does not match its own example"),
        ("kind\tpattern\texample\nchrome\t^x$\n", "expected 3"),
        ("pattern\tkind\texample\n", "header"),
        ("kind\tpattern\texample\n", "no rules"),
    ],
)
def test_rule_file_is_checked(text: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        parse_rules(text)
