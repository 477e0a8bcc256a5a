"""Turn paths (files, folders, JSONL corpora, HTML pages, stdin) into Articles.

Each bad item becomes an ItemError naming it; reading goes on with the next one.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Article, ItemError
from .layout import article_from_text

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "said",
        "with",
        "was",
        "as",
        "by",
        "at",
        "it",
        "from",
        "his",
        "her",
        "has",
        "have",
        "be",
        "are",
        "were",
        "an",
        "will",
        "not",
        "this",
        "but",
        "they",
        "he",
        "she",
        "who",
        "which",
        "their",
        "its",
        "after",
        "had",
        "been",
        "would",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def decode(data: bytes, item: str, max_bytes: int) -> str:
    """Bytes to text, refusing what is too large, binary, not UTF-8 or empty."""
    if len(data) > max_bytes:
        raise InputError(f"{item}: too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if b"\x00" in data:
        # anywhere, not only in the head: no store keeps NUL inside text
        raise InputError(f"{item}: binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{item}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(f"{item}: binary file (control characters)")
    if not text.strip():
        raise InputError(f"{item}: empty")
    return text


def check_english(text: str, item: str) -> None:
    """Refuse text that is clearly not English (few English function words)."""
    words = _WORD.findall(text[:20000])
    if len(words) < 8:
        return
    ascii_words = sum(1 for w in words if w.isascii())
    common = sum(1 for w in words if w.lower() in _ENGLISH_WORDS)
    if ascii_words < 0.5 * len(words) or common < 0.08 * len(words):
        raise InputError(f"{item}: does not look like English text")


def _from_html(html: str, item: str, stem: str) -> Article:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise InputError(f"{item}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else None
    date = meta.date if meta is not None and meta.date and _DATE.match(meta.date) else None
    url = meta.url if meta is not None else None
    return article_from_text(text, stem, title=title, date=date, url=url)


def _from_record(record: Any, item: str) -> Article:
    if not isinstance(record, dict):
        raise InputError(f"{item}: a JSONL line must be an object with 'id' and 'text'")
    rid, text = record.get("id"), record.get("text")
    if not isinstance(rid, (str, int)) or str(rid) == "":
        raise InputError(f"{item}: missing 'id'")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{item}: missing or empty 'text'")
    if any(isinstance(v, str) and "\x00" in v for v in record.values()):
        raise InputError(f"{item}: contains a NUL character (\\u0000)")
    extra: dict[str, str | None] = {}
    for key in ("title", "date", "url", "source"):
        value = record.get(key)
        extra[key] = str(value) if value not in (None, "") else None
    date = extra["date"]
    if date is not None and not _DATE.match(date):
        log.info("%s: ignoring date %r (not YYYY-MM-DD)", item, date)
        date = None
    return article_from_text(
        text, str(rid), title=extra["title"], date=date, url=extra["url"], source=extra["source"]
    )


def _jsonl(text: str, name: str, max_bytes: int) -> Iterator[Article | ItemError]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        item = f"{name}:{lineno}"
        try:
            if len(line.encode("utf-8")) > max_bytes:
                raise InputError(f"{item}: too large (the limit is {max_bytes:,} bytes)")
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{item}: malformed JSON ({exc.msg} at column {exc.colno})"
                ) from None
            article = _from_record(record, item)
            check_english(article.text, item)
            yield article
        except InputError as exc:
            yield ItemError(item, str(exc))


def _read_one(
    data: bytes, name: str, stem: str, suffix: str, max_bytes: int
) -> Iterator[Article | ItemError]:
    if suffix in FEED_SUFFIXES:  # RSS/Atom: one article per entry, limited per entry
        from .feeds import read_feed

        yield from read_feed(data, name, max_bytes)
        return
    is_jsonl = suffix in JSONL_SUFFIXES or (suffix == "" and data.lstrip()[:1] == b"{")
    try:
        # A JSONL corpus is limited per record, not as a whole.
        text = decode(data, name, max(max_bytes, len(data)) if is_jsonl else max_bytes)
        if is_jsonl:
            yield from _jsonl(text, name, max_bytes)
            return
        if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
            article = _from_html(text, name, stem)
        else:
            article = article_from_text(text, stem)
        check_english(article.text, name)
        yield article
    except InputError as exc:
        yield ItemError(name, str(exc))


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not any(
                p.startswith(".") for p in child.relative_to(path).parts
            ):
                yield child
    else:
        yield path


def read_items(paths: Iterable[str], *, max_bytes: int) -> Iterator[Article | ItemError]:
    """Articles (or ItemErrors) from files, folders, JSONL corpora and '-' for stdin."""
    for raw in paths:
        if raw == "-":
            yield from _read_one(sys.stdin.buffer.read(), "<stdin>", "stdin", "", max_bytes)
            continue
        path = Path(raw)
        if not path.exists():
            yield ItemError(raw, f"{raw}: no such file or directory")
            continue
        for file in _files(path):
            name = str(file)
            try:
                size = file.stat().st_size
                per_record = JSONL_SUFFIXES | FEED_SUFFIXES
                limit = max_bytes if file.suffix.lower() not in per_record else None
                if limit is not None and size > limit:
                    raise InputError(f"{name}: too large ({size:,} bytes; the limit is {limit:,})")
                data = file.read_bytes()
            except InputError as exc:
                yield ItemError(name, str(exc))
                continue
            except OSError as exc:
                yield ItemError(name, f"{name}: cannot read ({exc.strerror})")
                continue
            yield from _read_one(data, name, file.stem, file.suffix.lower(), max_bytes)
