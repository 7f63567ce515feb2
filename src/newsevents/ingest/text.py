"""Plain text: decoding, sanity checks, and the one place where an ``Article`` record is assembled.

Every reader (HTML, JSON lines, feeds, WARC, URLs) ends in :func:`make_article`, so the rules about ids,
dates, languages, credits and empty bodies are the same whatever the source.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from ..records import Article, Rejection
from .boilerplate import CleanText, clean_name, split_text
from .language import detect_language

# A single text or HTML file larger than this is not an article (a dump, a log, a mistaken path).
MAX_FILE_BYTES = 20 * 1024 * 1024
# spaCy's default ``max_length``: the parser needs about 1 GB of memory per 100,000 characters of one
# doc, so a longer article is rejected (split it into several records) rather than parsed.
MAX_TEXT_CHARS = 1_000_000
# Publication dates outside this range are treated as missing: they are typing errors or placeholders
# (0001-01-01), and date arithmetic near the ends of Python's calendar overflows.
YEARS = range(1000, 2101)
_SURROGATE = re.compile("[\ud800-\udfff]")
_SNIFF_BYTES = 8192
# Share of control characters (other than whitespace) above which bytes are treated as binary.
_CONTROL_SHARE = 0.05
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SLUG_STRIP = re.compile(r"[^a-z0-9]+")
_ID_STRIP = re.compile(r"[^A-Za-z0-9._-]+")


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read: NUL bytes, or many control characters,
    anywhere in the data (not just at its start: text with a binary tail is binary too). Each block of
    ``_SNIFF_BYTES`` is judged on its own, so a short binary stretch inside long text is not averaged away.
    """
    if not data:
        return False
    if b"\x00" in data:
        # UTF-16 text has NULs too, but only with a BOM; without one it is not an article file.
        return not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    # The share is counted per block of _SNIFF_BYTES (at least, for the last one, over the text's own
    # length when it is shorter); translate() counts in C, so this stays fast on 20 MB.
    floor = min(len(data), _SNIFF_BYTES)
    for start in range(0, len(data), _SNIFF_BYTES):
        block = data[start : start + _SNIFF_BYTES]
        controls = len(block) - len(block.translate(None, _CONTROLS))
        if controls > _CONTROL_SHARE * max(len(block), floor):
            return True
    return False


def decode_utf8(data: bytes, origin: str) -> str | Rejection:
    """Strict UTF-8 (a BOM is allowed): the declared encoding of plain text and JSON lines."""
    if looks_binary(data):
        return Rejection(origin, "binary", "the file holds binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejection(
            origin,
            "encoding",
            f"the file is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
        )


def decode_any(data: bytes, origin: str, declared: Iterable[str | None] = ()) -> str | Rejection:
    """Decode web content: the declared charsets in order, then UTF-8, then charset detection.

    Pages often declare the wrong charset (or none), so a declaration that fails is not fatal.
    """
    if looks_binary(data):
        return Rejection(origin, "binary", "the content is binary data, not text")
    tried: list[str] = []
    for name in [*declared, "utf-8"]:
        if not name:
            continue
        name = name.strip().strip("\"'").lower()
        if name in tried:
            continue
        tried.append(name)
        try:
            return data.decode(name)
        except (ValueError, LookupError):  # ValueError: undecodable bytes, or a name like "utf\x008"
            continue
    from charset_normalizer import from_bytes  # imported lazily: only mis-declared pages need it

    best = from_bytes(data[:MAX_FILE_BYTES]).best()
    if best is not None:
        return str(best)
    return Rejection(
        origin, "encoding", f"the content is in no recognisable character encoding (tried {', '.join(tried)})"
    )


def normalize_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from an ISO 8601 date or datetime (or a date object); None for anything else."""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str):
        return None
    found = _DATE_PREFIX.match(value.strip())
    if not found:
        return None
    if int(found[1]) not in YEARS:
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3])).isoformat()
    except ValueError:
        return None


def scrub(value: str) -> str:
    """``value`` with lone surrogates (from ``\\ud800``-style JSON escapes) replaced by U+FFFD, so it
    can be encoded, printed and stored."""
    return _SURROGATE.sub("\ufffd", value)


def id_from_url(url: str) -> str:
    """A stable, readable id for a URL: a slug of its last path segment plus a short hash of the URL."""
    digest = hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    try:
        parts = urlsplit(url)
        path, host = parts.path, parts.hostname or ""
    except ValueError:  # a malformed host ("http://[::1"): the URL is still a name, only not a parsed one
        path, host = url.partition("://")[2].partition("/")[2], ""
    segments = [s for s in unquote(path).split("/") if s]
    last = segments[-1] if segments else host
    last = re.sub(r"\.(?:s?html?|php|aspx?)$", "", last, flags=re.IGNORECASE)
    ascii_last = unicodedata.normalize("NFKD", last).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_STRIP.sub("-", ascii_last.lower()).strip("-")[:60].strip("-")
    return f"{slug}-{digest}" if slug else digest


def id_from_name(stem: str) -> str:
    """An id from a file stem: kept as is where it is already a plain token."""
    cleaned = _ID_STRIP.sub("-", stem).strip("-")
    return cleaned or "article"


def make_article(
    text: str,
    *,
    id: str,
    origin: str,
    default_published: str | None = None,
    clean: bool = True,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    language: str | None = None,
    authors: Iterable[str] = (),
    captions: Iterable[str] = (),
    photo_credits: Iterable[str] = (),
    translator: str | None = None,
    republished_from: str | None = None,
) -> Article | Rejection:
    """Assemble an article: separate credits and chrome (when ``clean``), detect the language, apply the
    reference date for articles without one, and reject bodies that end up empty.

    ``default_published`` is only a fallback: a date the source gives always wins, and no date is ever
    taken from the clock.
    """
    parts = (
        split_text(text)
        if clean
        else CleanText(body="\n\n".join(line.strip() for line in text.splitlines() if line.strip()))
    )
    body = scrub(parts.body)
    if not body.strip():
        detail = "nothing is left after removing page chrome" if text.strip() else "the article has no text"
        return Rejection(origin, "empty", detail, article_id=id)
    if len(body) > MAX_TEXT_CHARS:
        detail = f"the text has {len(body):,} characters, over the {MAX_TEXT_CHARS:,} one article may have"
        return Rejection(origin, "too-long", detail + " (split it into several articles)", article_id=id)
    detected = detect_language(body)
    return Article(
        id=id,
        text=body,
        url=url or None,
        title=(title or "").strip() or None,
        published=normalize_date(published) or normalize_date(default_published),
        source=(source or "").strip() or None,
        language=detected or ((language or "").strip().lower() or None),
        authors=tuple(dict.fromkeys(a.strip() for a in authors if a and a.strip())),
        translator=clean_name(translator) or parts.translator,
        photo_credits=tuple(
            dict.fromkeys([*(c.strip() for c in photo_credits if c and c.strip()), *parts.photo_credits])
        ),
        captions=tuple(dict.fromkeys([*(c.strip() for c in captions if c and c.strip()), *parts.captions])),
        republished_from=(republished_from or "").strip() or parts.republished_from,
        origin=origin,
    )


def sniff_kind(head: bytes) -> str:
    """Guess the format of unnamed content (standard input, unknown extensions) from its first bytes:
    ``"jsonl"``, ``"html"``, ``"feed"``, ``"urls"`` or ``"text"``."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048]
    lower = start.lower()
    if start.startswith(b"{"):
        return "jsonl"
    if lower.startswith(b"<?xml") or lower.startswith((b"<rss", b"<feed")):
        return "feed" if (b"<rss" in lower or b"<feed" in lower or b"<rdf" in lower) else "html"
    if lower.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")) or re.search(
        rb"<(?:p|div|article|body|title)\b[^>]*>", lower
    ):
        return "html"
    if is_url_list(head):
        return "urls"
    return "text"


_URL_LINE = re.compile(rb"^\s*https?://\S+\s*$", re.IGNORECASE)


def is_url_list(data: bytes) -> bool:
    """True when every non-empty, non-comment line (of the sample given) is an http(s) URL."""
    lines = [line for line in data.splitlines() if line.strip() and not line.lstrip().startswith(b"#")]
    if data and len(data) >= _SNIFF_BYTES and lines:
        lines = lines[:-1]  # the last line of a sample may be cut in the middle
    return bool(lines) and all(_URL_LINE.match(line) for line in lines)


__all__ = [
    "MAX_FILE_BYTES",
    "decode_any",
    "decode_utf8",
    "id_from_name",
    "id_from_url",
    "is_url_list",
    "looks_binary",
    "make_article",
    "normalize_date",
    "sniff_kind",
]


def content_type(raw: str | None) -> tuple[str | None, str | None]:
    """The media type (lower case) and the charset of a ``Content-Type`` header value, None for either
    part the value lacks: how fetched pages and WARC records say what their bytes are."""
    if not raw:
        return None, None
    media, _, params = raw.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().lower() or None, charset
