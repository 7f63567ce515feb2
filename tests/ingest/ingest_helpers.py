# ruff: noqa: E501  (the page templates below are HTML literals, kept line for line as a browser sees them)
"""Helpers for the ingestion tests: pages built at run time around the seed's text (all chrome written
here; the seed itself is read from ../shared, never copied)."""

from __future__ import annotations

import html
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent.parent.parent.parent / "shared" / "corpus" / "seed"


def seed_parts(seed_text: str, expected: dict) -> tuple[list[str], str]:
    """The seed's body paragraphs (by the expected first and last words) and its credit line."""
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith(expected["body_starts_with"]))
    end = next(i for i, line in enumerate(lines) if line.endswith(expected["body_ends_with"]))
    credit_line = next(line for line in lines[end + 1 :] if expected["translator"] in line)
    return lines[start : end + 1], credit_line


def news_page(
    paragraphs: list[str],
    *,
    caption: str,
    credit: str,
    credit_line: str | None,
    published: str | None,
    author: str | None = "Mina Park",
    title: str = "A handshake at the border",
    comment_form: bool = True,
) -> str:
    """A realistic WordPress-style news page around the given paragraphs (all chrome written here)."""
    esc = html.escape
    meta_date = f'<meta property="article:published_time" content="{published}">' if published else ""
    byline = (
        (
            f'<div class="byline">By <a rel="author" class="author url fn" href="/author/x">{esc(author)}</a>'
            f"</div>"
        )
        if author
        else ""
    )
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    credit_p = f"<p><em>{esc(credit_line)}</em></p>" if credit_line else ""
    form = (
        """
<div id="comments" class="comments-area">
 <div id="respond" class="comment-respond">
  <h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a href="#respond">Cancel reply</a></small></h3>
  <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
   <p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
   <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
   <p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>
   <textarea id="comment" name="comment"></textarea></p>
   <p class="comment-form-author"><label for="author">Name <span class="required">*</span></label>
   <input id="author" name="author" type="text"></p>
   <p class="comment-form-email"><label for="email">Email <span class="required">*</span></label>
   <input id="email" name="email" type="email"></p>
   <p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url"></p>
   <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
  </form>
 </div>
</div>"""
        if comment_form
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(title)} | The Peninsula Ledger</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="The Peninsula Ledger">
<meta property="og:type" content="article">
<link rel="canonical" href="https://ledger.example.org/2019/07/handshake-at-the-border/">
{meta_date}
</head><body>
<header class="site-header"><a href="/" class="logo">The Peninsula Ledger</a>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article class="post type-post">
<h1 class="entry-title">{esc(title)}</h1>
{byline}
<figure class="wp-block-image"><img src="/img/border.jpg" alt="">
<figcaption>{esc(caption)} <span class="credit">Photo: {esc(credit)}</span></figcaption></figure>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>
<div class="entry-content">
{body}
{credit_p}
</div>
<div class="sharedaddy"><h3>Share this:</h3><ul><li>Click to share on Twitter</li><li>Click to print</li></ul></div>
<div class="jp-relatedposts"><h3>Related</h3><ul><li><a href="/a">Talks stall again in Hanoi</a></li>
<li><a href="/b">Envoys trade letters over the summer</a></li></ul></div>
<div class="newsletter-signup"><p>Sign up for our morning newsletter</p><form><input type="email"></form></div>
</article>
{form}
</main>
<footer class="site-footer"><p>Copyright 2019 The Peninsula Ledger. All rights reserved.</p>
<p><a href="/about">About us</a> | <a href="/privacy">Privacy</a></p></footer>
</body></html>"""


def write_warc(path: Path, records: list[tuple[str, str, bytes, dict[str, str]]], *, gzip: bool) -> None:
    """A WARC file laid out like CC-NEWS: warcinfo, then a request and a response record per page.

    ``records``: (url, HTTP status line, body, HTTP headers).
    """
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test-crawler/1.0"}))
        for url, status, body, headers in records:
            request = writer.create_warc_record(
                url,
                "request",
                payload=BytesIO(b""),
                length=0,
                http_headers=StatusAndHeaders(
                    "GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True
                ),
            )
            writer.write_record(request)
            http = StatusAndHeaders(status, list(headers.items()), protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=BytesIO(body),
                    length=len(body),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": "2023-04-05T06:07:08Z"},
                )
            )
