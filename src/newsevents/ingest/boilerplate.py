"""Separate page chrome and credits from the body of scraped article text, by rules over lines.

A scraped page's text typically opens with a photo caption and its credit and ends with credit lines (a
translator, "first published in ...") and a comment form, share bar, related links or newsletter box. The
rules live in ``data/boilerplate.tsv`` (one regex per line with its kind and an example it must match), so
they can be read, extended and tested without touching code. Credits are kept as metadata; chrome is
dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import DataFileError

KINDS = frozenset({"lead-credit", "credit", "chrome", "chrome-block"})
# A caption or credit line at the top is only looked for among the first few lines: further down a line
# that happens to mention a photo is body text.
_LEAD_WINDOW = 3
# A chrome-block opener is only honoured once some body precedes it, and when what follows it is short
# compared with the body, so a stray "Read more" inside a long scrape does not truncate the article.
_BLOCK_MAX_TAIL_SHARE = 0.5
_NAME_MAX_WORDS = 8


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]
    example: str


@dataclass(frozen=True, slots=True)
class CleanText:
    """The body of a scraped text with the credits found around it."""

    body: str
    captions: tuple[str, ...] = ()
    photo_credits: tuple[str, ...] = ()
    translator: str | None = None
    republished_from: str | None = None
    removed: tuple[str, ...] = ()


def parse_rules(text: str, origin: str = "boilerplate.tsv") -> tuple[Rule, ...]:
    """Parse and check a rules file: known kind, a regex that compiles, and an example that it matches."""
    rules: list[Rule] = []
    header_seen = False
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            if cells != ["kind", "pattern", "example"]:
                raise DataFileError(f"{origin}:{number}: expected the header 'kind<TAB>pattern<TAB>example'")
            header_seen = True
            continue
        if len(cells) != 3:
            raise DataFileError(f"{origin}:{number}: expected 3 tab-separated cells, found {len(cells)}")
        kind, pattern, example = cells
        if kind not in KINDS:
            raise DataFileError(
                f"{origin}:{number}: unknown kind {kind!r} (known: {', '.join(sorted(KINDS))})"
            )
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise DataFileError(f"{origin}:{number}: bad regex: {exc}") from exc
        if not compiled.search(example):
            raise DataFileError(f"{origin}:{number}: the pattern does not match its own example {example!r}")
        rules.append(Rule(kind, compiled, example))
    if not rules:
        raise DataFileError(f"{origin}: no rules")
    return tuple(rules)


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    """The packaged rules, loaded and checked once."""
    text = resources.files(__package__).joinpath("data", "boilerplate.tsv").read_text(encoding="utf-8")
    return parse_rules(text)


def clean_name(value: str | None) -> str | None:
    """A credited name, or None when what was captured does not look like one (empty, lower-case start,
    too long): regexes are case-insensitive, so the shape check happens here."""
    if value is None:
        return None
    value = value.strip(" \t*·•|-–—:;,.\"'“”‘’")
    if value.startswith("the ") and value[4:5].isupper():
        value = value[4:]  # "appeared in the Harbour Gazette": the name starts after the article
    if not value or not (value[0].isupper() or value[0].isdigit()):
        return None
    if len(value.split()) > _NAME_MAX_WORDS or len(value) > 100:
        return None
    return value


def _match(rules: tuple[Rule, ...], kind: str, line: str) -> re.Match[str] | None:
    for rule in rules:
        if rule.kind == kind:
            found = rule.pattern.match(line)
            if found:
                return found
    return None


def split_text(text: str, rules: tuple[Rule, ...] | None = None) -> CleanText:
    """Split scraped text into body and credits.

    Paragraphs are the non-empty lines; the body keeps their order, joined by blank lines.
    """
    rules = rules if rules is not None else default_rules()
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    captions: list[str] = []
    credits: list[str] = []
    removed: list[str] = []
    translator: str | None = None
    source: str | None = None

    # Leading caption and credit.
    start = 0
    while start < min(len(lines) - 1, _LEAD_WINDOW):
        found = _match(rules, "lead-credit", lines[start])
        credit = clean_name(found.group("credit")) if found else None
        if found and credit:
            caption = (found.group("caption") or "").strip()
            if caption:
                captions.append(caption)
            elif start > 0 and not captions and len(lines[start - 1]) <= 300:
                # A caption on its own line directly above its credit.
                captions.append(lines[start - 1])
            credits.append(credit)
            removed.append(lines[start])
            start += 1
            continue
        # A bare caption line followed by a bare credit line.
        if start + 1 < len(lines) and len(lines[start]) <= 300 and not captions:
            nxt = _match(rules, "lead-credit", lines[start + 1])
            if nxt and not (nxt.group("caption") or "").strip() and clean_name(nxt.group("credit")):
                removed.append(lines[start])
                start += 1
                continue
        break

    body = lines[start:]

    def take_credit(line: str) -> bool:
        nonlocal translator, source
        found = _match(rules, "credit", line)
        if not found:
            return False
        groups = found.groupdict()
        name = clean_name(groups.get("translator"))
        if name and translator is None:
            translator = name
        origin = clean_name(groups.get("source"))
        if origin and source is None:
            source = origin
        return True

    # A trailing chrome block: everything from its opening line on goes, credits in it are still read.
    total = sum(len(line) for line in body)
    for index in range(1, len(body)):
        if _match(rules, "chrome-block", body[index]):
            tail = body[index:]
            if sum(len(line) for line in tail) <= _BLOCK_MAX_TAIL_SHARE * total:
                for line in tail:
                    take_credit(line)
                removed.extend(tail)
                body = body[:index]
                break

    # Trailing credit and chrome lines, from the bottom up (a text of nothing but chrome ends up empty).
    while body:
        line = body[-1]
        if take_credit(line) or _match(rules, "chrome", line) or _match(rules, "chrome-block", line):
            removed.append(line)
            body.pop()
            continue
        break

    return CleanText(
        body="\n\n".join(body),
        captions=tuple(captions),
        photo_credits=tuple(dict.fromkeys(credits)),
        translator=translator,
        republished_from=source,
        removed=tuple(removed),
    )


__all__ = ["CleanText", "Rule", "clean_name", "default_rules", "parse_rules", "split_text"]
