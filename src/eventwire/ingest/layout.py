"""Plain-text news layout: section label, headline, body paragraphs and captions.

Every line break is a hard boundary, so each non-empty line becomes a Paragraph.
The text itself is never changed; paragraphs are offsets into it.
"""

from __future__ import annotations

import re

from ..records import Article, Paragraph, ParagraphKind

CAPTION_LABEL = re.compile(
    r"^\s*(?:Image|Media|Photo|Video|Picture)\s+(?:caption|copyright)\b[:\s]*"
    r"|^\s*(?:Caption|Photo|Pictured|Image)\s*:\s*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped of surrounding whitespace."""
    spans = []
    for m in re.finditer(r"[^\r\n]+", text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        spans.append((start, start + len(stripped)))
    return spans


def _is_label(line: str) -> bool:
    """A short line with no sentence punctuation, such as a section name or headline."""
    return len(line.split()) <= 20 and not _SENTENCE_END.search(line)


def split_paragraphs(text: str, has_title: bool = False) -> tuple[Paragraph, ...]:
    """Mark each line as section label, headline, caption or body paragraph."""
    spans = _lines(text)
    paragraphs: list[Paragraph] = []
    headline_seen = has_title
    for index, (start, end) in enumerate(spans):
        line = text[start:end]
        caption = CAPTION_LABEL.match(line)
        kind: ParagraphKind = "body"
        if caption:
            kind = "caption"
            start += caption.end()
            if start >= end:
                continue
        elif not headline_seen and _is_label(line):
            following = (
                text[spans[index + 1][0] : spans[index + 1][1]] if index + 1 < len(spans) else ""
            )
            if index == 0 and len(line.split()) <= 4 and following and _is_label(following):
                kind = "section"
            else:
                kind = "headline"
                headline_seen = True
        else:
            headline_seen = True
        paragraphs.append(Paragraph(start, end, kind))
    return tuple(paragraphs)


def article_from_text(
    text: str,
    id: str,
    *,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Article:
    """Build an Article from plain text; the title defaults to the headline line."""
    paragraphs = split_paragraphs(text, has_title=title is not None)
    if title is None:
        title = next(
            (text[p.start_char : p.end_char] for p in paragraphs if p.kind == "headline"), None
        )
    return Article(
        id=id, text=text, paragraphs=paragraphs, title=title, date=date, url=url, source=source
    )
