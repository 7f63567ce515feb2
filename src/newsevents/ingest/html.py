"""HTML pages: trafilatura for the main text and metadata, plus what trafilatura drops or mistakes.

Before trafilatura runs, figure captions and photo credits are read from ``<figure>``/``<figcaption>``
(and WordPress ``wp-caption`` boxes) and removed, because trafilatura discards captions and would otherwise
lose the credits; comment forms, share bars, related links and newsletter boxes are removed too, so their
labels can neither reach the body nor be taken for the author ("Name *" on a WordPress comment form).
After it runs, the text goes through the same line rules as scraped text (translator and syndication
lines become metadata).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.html
import trafilatura
from lxml import etree

from ..records import Article, Rejection
from .boilerplate import clean_name, default_rules
from .text import MAX_FILE_BYTES, MAX_TEXT_CHARS, decode_any, make_article

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Class or id tokens of page chrome that must never reach the body.
_CHROME_TOKENS = frozenset(
    {
        "comment",
        "comments",
        "respond",
        "comment-respond",
        "comments-area",
        "commentform",
        "reply",
        "share",
        "sharing",
        "sharedaddy",
        "social",
        "share-bar",
        "sharebar",
        "social-share",
        "share-buttons",
        "related",
        "relatedposts",
        "jp-relatedposts",
        "related-posts",
        "newsletter",
        "subscribe",
        "signup",
        "newsletter-signup",
        "breadcrumb",
        "breadcrumbs",
        "advert",
        "advertisement",
        "ad-slot",
        "promo",
    }
)
_CHROME_TAGS = ("nav", "footer", "aside", "form", "script", "style", "noscript", "iframe", "button")
_CREDIT_TOKENS = frozenset(
    {
        "credit",
        "credits",
        "photo-credit",
        "image-credit",
        "copyright",
        "source",
        "caption-credit",
        "wp-caption-credit",
        "media-credit",
        "attribution",
    }
)
_CAPTION_TOKENS = frozenset({"wp-caption", "image-caption", "photo-caption"})
# Labels of comment forms and other widgets that metadata extraction sometimes takes for a byline.
_NOT_AUTHOR = re.compile(
    r"^(?:name|your\s+name|e-?mail|website|url|comment|reply|leave\s+a\s+(?:reply|comment)|required|"
    r"author|admin|administrator|editor|staff|anonymous|guest|share|search|menu|login|log\s+in|subscribe)\b",
    re.IGNORECASE,
)
_BY_PREFIX = re.compile(r"^\s*(?:by|written\s+by|words\s+by)\s+", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"\s+")


def _tokens(element: etree._Element) -> set[str]:
    raw = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return {token for token in _TOKEN_SPLIT.split(raw) if token}


def _text_of(element: etree._Element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _drop(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        # Keep the tail text: it belongs to the parent, not to the element being removed.
        element.drop_tree() if hasattr(element, "drop_tree") else parent.remove(element)


def _split_caption(text: str, credits_found: list[str]) -> str:
    """A caption without its credit ("... Photo: X"), recording the credit."""
    for rule in default_rules():
        if rule.kind != "lead-credit":
            continue
        found = rule.pattern.match(text)
        credit = clean_name(found.group("credit")) if found else None
        if found and credit:
            credits_found.append(credit)
            return (found.group("caption") or "").strip()
    return text


def take_figures(root: etree._Element) -> tuple[list[str], list[str]]:
    """Read and remove figures: (captions, photo credits)."""
    captions: list[str] = []
    credits: list[str] = []
    boxes = [el for el in root.iter("figure")]
    boxes += [
        el
        for el in root.iter("div", "p", "span")
        if _tokens(el) & _CAPTION_TOKENS and not any(anc in boxes for anc in el.iterancestors())
    ]
    for box in boxes:
        if box.getparent() is None:
            continue
        box_credits: list[str] = []
        for el in box.iter():
            if isinstance(el.tag, str) and (_tokens(el) & _CREDIT_TOKENS or el.tag == "cite"):
                name = clean_name(_BY_PREFIX.sub("", _text_of(el)))
                if name:
                    # "Photo: X" inside a credit span: keep just X.
                    inner: list[str] = []
                    rest = _split_caption(name, inner)
                    box_credits.append(inner[0] if inner and not rest else name)
                el.text = None
                for child in list(el):
                    el.remove(child)
        caption_el = next(iter(box.iter("figcaption")), None)
        caption = _text_of(caption_el if caption_el is not None else box)
        caption = _split_caption(caption, box_credits) if caption else ""
        if caption:
            captions.append(caption)
        credits.extend(box_credits)
        _drop(box)
    return captions, credits


def strip_chrome(root: etree._Element) -> None:
    """Remove navigation, forms, share bars, related links, newsletter boxes and footers."""
    doomed = [el for el in root.iter(*_CHROME_TAGS)]
    doomed += [
        el
        for el in root.iter()
        if isinstance(el.tag, str) and el.tag not in ("html", "body") and _tokens(el) & _CHROME_TOKENS
    ]
    for el in doomed:
        if el.getparent() is not None and not any(anc in doomed for anc in el.iterancestors()):
            _drop(el)


def clean_authors(raw: str | None) -> tuple[str, ...]:
    """Authors from trafilatura's "A; B" string, without form labels and "By" prefixes."""
    if not raw:
        return ()
    out: list[str] = []
    for part in re.split(r"\s*;\s*", raw):
        name = _BY_PREFIX.sub("", part).strip()
        if (
            not name
            or "*" in name
            or "@" in name
            or _NOT_AUTHOR.match(name)
            or any(c.isdigit() for c in name)
        ):
            continue
        name = clean_name(name) or ""
        if name:
            out.append(name)
    return tuple(dict.fromkeys(out))


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top."""
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii", "ignore") if found else None


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary): one paragraph per block element."""
    try:
        root = lxml.html.fragment_fromstring(_XML_DECL.sub("", fragment), create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = [el for el in root.iter("p", "li", "h1", "h2", "h3", "h4", "blockquote", "pre")]
    if not blocks:
        return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())
    texts = [
        " ".join(_text_of(el).split())
        for el in blocks
        if not any(anc in blocks for anc in el.iterancestors())
    ]
    return "\n\n".join(t for t in texts if t)


# libxml2 checks each new attribute against the element's others, so one tag with n attributes takes
# n² steps (200,000 attributes: minutes). No real page needs more than a few dozen per tag; a tag with
# more than MAX_ATTRIBUTES keeps its name and drops its attributes (nothing of the text is lost).
MAX_ATTRIBUTES = 256
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# trafilatura memoises text clean-up (``trim``, ``line_processing``: 1,024 entries each) by the whole
# string, so a few multi-megabyte pages stay in memory for the rest of a run, on top of the next big page
# (a URL list of hostile pages peaked 60 MB higher). Past this size a page's entries are let go.
_BIG_PAGE_CHARS = 1_000_000
# trafilatura splits text nodes into words (one Python string each), so its memory grows with a page's
# text: a 9.5 MB paragraph took 220 MB for a moment. A page with more text, chrome already removed, than
# twice what one article may have would be rejected as too long after extraction anyway.
_MAX_PAGE_TEXT = 2 * MAX_TEXT_CHARS
_TAG = re.compile(r"<([A-Za-z][\w:.-]*)(\s[^<>]*)>")


def _defuse(text: str) -> str:
    """``text`` with the attributes of over-stuffed tags removed (a linear pass over the tags)."""

    def bare(match: re.Match[str]) -> str:
        if match[2].count("=") <= MAX_ATTRIBUTES:
            return match[0]
        return f"<{match[1]}>"

    return _TAG.sub(bare, text)


def _too_much_text(root: lxml.html.HtmlElement, origin: str, id: str | None) -> Rejection | None:
    chars = sum(len(t) for t in root.itertext())
    if chars <= _MAX_PAGE_TEXT:
        return None
    detail = f"the page has {chars:,} characters of text, over twice the {MAX_TEXT_CHARS:,} of an article"
    return Rejection(origin, "too-long", detail + " (split it into several articles)", article_id=id)


def extract_html(
    content: bytes | str,
    *,
    id: str,
    origin: str,
    url: str | None = None,
    default_published: str | None = None,
    charsets: Iterable[str | None] = (),
    fallback_published: str | None = None,
) -> Article | Rejection:
    """One HTML page to an article.

    ``charsets`` are the encodings declared outside the page (HTTP headers), tried before the page's own
    ``<meta>`` declaration. ``fallback_published`` is a date known from the transport (a crawl's capture
    date): used only when the page gives none, before ``default_published``.
    """
    if isinstance(content, bytes):
        if len(content) > MAX_FILE_BYTES:
            return Rejection(
                origin, "too-large", f"the page is over {MAX_FILE_BYTES // (1024 * 1024)} MB", article_id=id
            )
        if not content.strip():
            return Rejection(origin, "empty", "the page is empty", article_id=id)
        decoded = decode_any(content, origin, [*charsets, declared_charset(content)])
        if isinstance(decoded, Rejection):
            return decoded
        text = decoded
    else:
        text = content
    # Control characters other than tab and line breaks are not allowed in XML text: lxml refuses to move
    # them between nodes (dropping a figure next to one raised ValueError).
    text = _defuse(_CONTROL.sub("", _XML_DECL.sub("", text)))
    if not text.strip():
        return Rejection(origin, "empty", "the page is empty", article_id=id)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        return Rejection(
            origin, "malformed-html", f"the page cannot be parsed as HTML ({exc})", article_id=id
        )

    captions, credits = take_figures(root)
    strip_chrome(root)
    if (too_long := _too_much_text(root, origin, id)) is not None:
        return too_long
    try:
        doc = trafilatura.bare_extraction(
            root,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            # No guessing from dates printed in the text: an event date is not a publication date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, etree.LxmlError):
        doc = None
    if len(text) > _BIG_PAGE_CHARS:
        from trafilatura.meta import reset_caches

        reset_caches()
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        # trafilatura gives up on short or unusual pages; the paragraphs that survived chrome removal will do.
        body_el = root.find("body")
        body = html_to_text(etree.tostring(body_el, encoding="unicode")) if body_el is not None else ""
    if not body.strip():
        return Rejection(origin, "no-text", "no article text was found in the page", article_id=id)
    title = getattr(doc, "title", None) if doc is not None else None
    if title:
        # The headline often opens the extracted text; it is the title, not the first paragraph.
        first, _, rest = body.lstrip().partition("\n")
        if first.strip() == title.strip() and rest.strip():
            body = rest
    meta_date = getattr(doc, "date", None) if doc is not None else None
    return make_article(
        body,
        id=id,
        origin=origin,
        default_published=fallback_published or default_published,
        url=(getattr(doc, "url", None) if doc is not None else None) or url,
        title=title,
        published=meta_date,
        source=getattr(doc, "sitename", None) if doc is not None else None,
        language=getattr(doc, "language", None) if doc is not None else None,
        authors=clean_authors(getattr(doc, "author", None) if doc is not None else None),
        captions=captions,
        photo_credits=credits,
    )


__all__ = [
    "clean_authors",
    "declared_charset",
    "extract_html",
    "html_to_text",
    "strip_chrome",
    "take_figures",
]
