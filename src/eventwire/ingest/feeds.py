"""RSS and Atom feeds -> Articles, one per entry (feedparser; nothing is fetched).

An entry's text comes, in this order of preference, from a local HTML page the
entry links to (``file:`` URL or a path relative to the feed file), from its
``content``, or from its ``summary``. Remote pages are never downloaded: an
entry with only a remote link and no content or summary is reported as an error.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from ..errors import InputError
from ..records import Article, ItemError
from .layout import article_from_text

log = logging.getLogger(__name__)

_BLOCKS = (
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "pre",
    "tr",
    "table",
    "section",
    "article",
)


def html_text(fragment: str) -> str:
    """Visible text of an HTML fragment: one line per block (p, li, br, ...)."""
    if "<" not in fragment:
        lines = [" ".join(line.split()) for line in fragment.splitlines()]
        return "\n\n".join(line for line in lines if line)
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for el in root.iter("script", "style"):
        el.text = ""
    for el in root.iter("br"):
        el.tail = "\n" + (el.tail or "")
    for el in root.iter(*_BLOCKS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().splitlines()]
    return "\n\n".join(line for line in lines if line)


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def _local_page(link: str, folder: Path) -> Path | None:
    """The local file an entry links to, or None for a remote (or no) link."""
    if not link:
        return None
    parsed = urlparse(link)
    if parsed.scheme == "file":
        # feedparser turns file:///tmp/x into file://tmp/x: a host part is the first folder
        host = parsed.netloc if parsed.netloc not in ("", "localhost") else ""
        path = Path(unquote(f"/{host}{parsed.path}" if host else parsed.path))
    elif parsed.scheme == "" and not link.startswith("//"):
        path = Path(unquote(parsed.path))
    else:
        return None
    return path if path.is_absolute() else folder / path


def _entry_article(
    entry: Any, index: int, name: str, folder: Path, feed_title: str | None, max_bytes: int
) -> Article:
    from .readers import _from_html, check_english, decode

    item = f"{name}#{index}"
    link = str(entry.get("link") or "")
    article_id = str(entry.get("id") or link or f"{Path(name).stem}-{index}")
    title = str(entry.get("title") or "") or None
    date = _date(entry)
    remote = link if urlparse(link).scheme in ("http", "https") else None
    page = _local_page(link, folder)
    if page is not None and page.is_file():
        try:
            data = page.read_bytes()
        except OSError as exc:
            raise InputError(f"{item}: cannot read linked page {page} ({exc.strerror})") from None
        html = decode(data, f"{item} ({page})", max_bytes)
        article = _from_html(html, f"{item} ({page})", article_id)
        article = article_from_text(
            article.text,
            article_id,
            title=title or article.title,
            date=date or article.date,
            url=remote or article.url,
            source=feed_title,
        )
    else:
        body = ""
        for content in entry.get("content") or []:
            body = html_text(str(content.get("value") or ""))
            if body:
                break
        if not body:
            body = html_text(str(entry.get("summary") or ""))
        if not body:
            if page is not None:
                raise InputError(f"{item}: linked page {page} not found, and no content")
            raise InputError(
                f"{item}: no content or summary (remote pages are not fetched: {link or '-'})"
            )
        if len(body.encode("utf-8")) > max_bytes:
            raise InputError(f"{item}: too large (the limit is {max_bytes:,} bytes)")
        article = article_from_text(
            body, article_id, title=title, date=date, url=remote, source=feed_title
        )
    check_english(article.text, item)
    return article


def read_feed(data: bytes, name: str, max_bytes: int) -> Iterator[Article | ItemError]:
    """Articles (or ItemErrors naming ``file#entry``) from one RSS/Atom document."""
    import feedparser

    # Always parse bytes: given a string, feedparser would fetch URLs and open paths.
    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            yield ItemError(name, f"{name}: malformed feed ({problem})")
        elif not parsed.get("version"):
            yield ItemError(name, f"{name}: not an RSS or Atom feed")
        else:
            yield ItemError(name, f"{name}: the feed has no entries")
        return
    feed_title = str(parsed.get("feed", {}).get("title") or "") or None
    folder = Path(name).resolve().parent
    for index, entry in enumerate(entries, 1):
        try:
            yield _entry_article(entry, index, name, folder, feed_title, max_bytes)
        except InputError as exc:
            yield ItemError(f"{name}#{index}", str(exc))
