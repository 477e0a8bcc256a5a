"""Find direct quotations by their marks, across paragraphs, without trusting apostrophes.

Straight (") and curly (“ ”) double marks are paired within a paragraph; a
paragraph that opens a quotation without closing it continues into the next
paragraph when that one opens with a mark (news convention). Single marks are
never used: they are apostrophes far more often than quotation marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Article

OPEN_MARKS = {"“", "„", "«"}
CLOSE_MARKS = {"”", "»"}
STRAIGHT = '"'


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Characters inside a quotation (marks excluded); ``parts`` for multi-paragraph ones."""

    start_char: int
    end_char: int
    paragraph: int


def _marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(position, width, kind) of each quotation mark; kind is open, close or either.

    Besides single-character marks this knows the typewriter pairs ``...'' and
    ''...'' used by some wires and newspapers.
    """
    found = []
    i = start
    while i < end:
        pair = text[i : i + 2]
        if pair == "``":
            found.append((i, 2, "open"))
            i += 2
            continue
        if pair == "''":
            found.append((i, 2, "either"))
            i += 2
            continue
        ch = text[i]
        if ch in OPEN_MARKS:
            found.append((i, 1, "open"))
        elif ch in CLOSE_MARKS:
            found.append((i, 1, "close"))
        elif ch == STRAIGHT:
            found.append((i, 1, "either"))
        i += 1
    return found


def _pairs(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quotation spans in text[start:end], and the start of an unclosed one."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, width, kind in _marks(text, start, end):
        if open_at is None and kind in {"open", "either"}:
            open_at = i + width
        elif open_at is not None and kind in {"close", "either"}:
            if i > open_at:
                spans.append((open_at, i))
            open_at = None
    return spans, open_at


def find_quote_spans(article: Article) -> list[QuoteSpan]:
    text = article.text
    found: list[QuoteSpan] = []
    carry: tuple[int, int] | None = None  # (start_char, paragraph) of a quote running on
    for index, para in enumerate(article.paragraphs):
        start, end = para.start_char, para.end_char
        first = _marks(text, start, min(start + 2, end))
        opens_with_mark = bool(first) and first[0][0] == start and first[0][2] != "close"
        if carry is not None:
            if opens_with_mark:
                # the continued quotation re-opens here: skip the opening mark
                after_open = start + first[0][1]
                closing = next(
                    ((i, w) for i, w, kind in _marks(text, after_open, end) if kind != "open"),
                    None,
                )
                if closing is not None:
                    found.append(QuoteSpan(carry[0], closing[0], carry[1]))
                    spans, open_at = _pairs(text, closing[0] + closing[1], end)
                    carry = None
                    found.extend(QuoteSpan(s, e, index) for s, e in spans)
                    if open_at is not None:
                        carry = (open_at, index)
                continue
            # the quotation never closed: end it with the previous paragraph
            prev = article.paragraphs[index - 1]
            found.append(QuoteSpan(carry[0], prev.end_char, carry[1]))
            carry = None
        spans, open_at = _pairs(text, start, end)
        found.extend(QuoteSpan(s, e, index) for s, e in spans)
        if open_at is not None and open_at < end:
            carry = (open_at, index)
    if carry is not None and article.paragraphs:
        found.append(QuoteSpan(carry[0], article.paragraphs[-1].end_char, carry[1]))
    return [q for q in found if article.text[q.start_char : q.end_char].strip()]
